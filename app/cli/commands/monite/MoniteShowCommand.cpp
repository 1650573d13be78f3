// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "cli/commands/monite/MoniteText.h"
#include "portal/MoniteJson.h"
#include "portal/TokenJson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString MoniteShowCommand::name() const
{
    return QStringLiteral("show");
}

QString MoniteShowCommand::synopsis() const
{
    return QStringLiteral("show NAME [--json]");
}

void MoniteShowCommand::run(std::shared_ptr<MoniteContext> c)
{
    Cli& cli = c->cli;
    auto d = c->service->show(c->args.value(0));
    if (!d.ok())
        return cli.fail(d.error());
    if (cli.json()) {
        cli.out() << QJsonDocument(MoniteJson::details(d.value())).toJson(QJsonDocument::Compact) << Qt::endl;
        return cli.finish(Cli::Success);
    }
    const MoniteProfile& p = d->view.profile;
    auto line = [&cli](const QString& label, const QString& value) {
        cli.out() << "  " << Cli::padded(label, 16) << value << "\n";
    };
    auto when = [](const QDateTime& t) { return t.isValid() ? TokenJson::timestamp(t) : tr("never"); };
    cli.out() << p.name << "\n";
    line(tr("environment:"), MoniteRules::environmentLabel(p.environment));
    line(tr("base URL:"), p.baseUrl.toString());
    line(tr("API version:"), p.apiVersion);
    line(tr("client id:"), p.clientId);
    line(tr("client secret:"), tr("in the keychain, set %1").arg(when(p.secretSetAt)));
    for (const MoniteProfileUser& u : p.entityUsers)
        line(tr("entity user:"), u.label.isEmpty() ? u.id : u.id + QStringLiteral(" (") + u.label + QLatin1Char(')'));
    line(tr("added:"), when(p.createdAt));
    line(tr("last used:"), when(p.lastUsedAt));
    line(tr("last test:"),
         p.lastTestResult.isEmpty() ? tr("never") : when(p.lastTestedAt) + QStringLiteral(", ") + p.lastTestResult);
    cli.out() << tr("Tokens:") << "\n";
    MoniteText::printTokens(cli.out(), d->view, cli.clock().now());
    cli.out() << tr("History:") << "\n";
    for (const MoniteHistoryEntry& h : d->history)
        cli.out() << "  " << TokenJson::timestamp(h.at) << "  " << Cli::padded(h.action, 16) << h.detail << "\n";
    cli.out().flush();
    cli.finish(Cli::Success);
}

} // namespace monime::cli
