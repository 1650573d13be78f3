// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "cli/commands/monite/MoniteText.h"
#include "portal/MoniteJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString MoniteListCommand::name() const
{
    return QStringLiteral("list");
}

QString MoniteListCommand::synopsis() const
{
    return QStringLiteral("list [--json]");
}

void MoniteListCommand::run(std::shared_ptr<MoniteContext> c)
{
    Cli& cli = c->cli;
    auto profiles = c->service->profiles();
    if (!profiles.ok())
        return cli.fail(profiles.error());
    if (cli.json()) {
        QJsonArray array;
        for (const MoniteProfileView& v : profiles.value())
            array.append(MoniteJson::profile(v));
        cli.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return cli.finish(Cli::Success);
    }
    if (profiles->isEmpty()) {
        cli.out() << tr("No Monite profiles yet. Add one: monime-portal-cli monite add NAME --client-id UUID < "
                        "secret.txt")
                  << Qt::endl;
        return cli.finish(Cli::Success);
    }
    const QDateTime now = cli.clock().now();
    for (const MoniteProfileView& v : profiles.value()) {
        cli.out() << Cli::padded(v.profile.name, 24)
                  << Cli::padded(MoniteRules::environmentLabel(v.profile.environment), 28) << v.profile.clientId
                  << "\n";
        MoniteText::printTokens(cli.out(), v, now);
    }
    cli.out().flush();
    cli.finish(Cli::Success);
}

} // namespace monime::cli
