// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "cli/commands/monite/MoniteText.h"
#include "portal/MoniteJson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString MoniteTestCommand::name() const
{
    return QStringLiteral("test");
}

QString MoniteTestCommand::synopsis() const
{
    return QStringLiteral("test NAME [--entity-user ID] [--json]");
}

void MoniteTestCommand::run(std::shared_ptr<MoniteContext> c)
{
    const QString profile = c->args.value(0);
    c->service->test(profile, c->parser.value(QStringLiteral("entity-user")), [c, profile](Result<MoniteTestResult> r) {
        Cli& cli = c->cli;
        if (!r.ok())
            return cli.fail(r.error());
        if (cli.json())
            cli.out() << QJsonDocument(MoniteJson::testResult(profile, r.value())).toJson(QJsonDocument::Compact)
                      << Qt::endl;
        else
            MoniteText::printTest(cli.out(), profile, r.value());
        cli.out().flush();
        cli.finish(r->ok ? Cli::Success : Cli::Failure);
    });
}

} // namespace monime::cli
