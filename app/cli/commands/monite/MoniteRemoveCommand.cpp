// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "portal/MoniteService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace monime::cli {

QString MoniteRemoveCommand::name() const
{
    return QStringLiteral("remove");
}

QString MoniteRemoveCommand::synopsis() const
{
    return QStringLiteral("remove NAME");
}

void MoniteRemoveCommand::run(std::shared_ptr<MoniteContext> c)
{
    Cli& cli = c->cli;
    // Tokens still live at Monite stay valid until they expire: say which, before they are forgotten.
    QStringList live;
    if (auto d = c->service->show(c->args.value(0)); d.ok())
        for (const MoniteTokenView& t : d->view.liveTokens())
            live.append(t.label);
    c->service->removeProfile(c->args.value(0), [c, live](Result<MoniteProfile> removed) {
        Cli& cli = c->cli;
        if (!removed.ok())
            return cli.fail(removed.error());
        if (!live.isEmpty())
            cli.err() << tr("warning: the %1 token(s) got with this profile stay valid at Monite until they expire; "
                            "revoke them first next time (monite revoke NAME).")
                             .arg(live.join(QLatin1String(", ")))
                      << Qt::endl;
        if (cli.json())
            cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("removed"), removed->name } })
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        else
            cli.out() << tr("Monite profile \"%1\" removed, with its client secret and tokens in the keychain.")
                             .arg(removed->name)
                      << Qt::endl;
        cli.finish(Cli::Success);
    });
    Q_UNUSED(cli)
}

} // namespace monime::cli
