// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString RevokeCommand::name() const
{
    return QStringLiteral("revoke");
}

QString RevokeCommand::synopsis() const
{
    return QStringLiteral("revoke ID [--reason TEXT]");
}

QString RevokeCommand::summary() const
{
    return tr("Revoke a token, at once and for good.");
}

QList<QCommandLineOption> RevokeCommand::options() const
{
    return { { { QStringLiteral("reason") }, tr("Why it is revoked (kept in the history)."), QStringLiteral("TEXT") } };
}

void RevokeCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        cli.usageError(tr("revoke takes one token id."), QStringLiteral("revoke"));
        return;
    }
    const QString id = parser.positionalArguments().constFirst();
    cli.withService([&cli, &parser, id] {
        auto revoked = cli.service().revoke(id, parser.value(QStringLiteral("reason")));
        if (!revoked.ok())
            return cli.fail(revoked.error());
        if (cli.json())
            cli.out()
                << QJsonDocument(TokenJson::token(revoked.value(), cli.clock().now())).toJson(QJsonDocument::Compact)
                << "\n";
        else
            cli.out() << tr("Revoked %1 (\"%2\"): it stops working at once.").arg(revoked->id, revoked->name) << "\n";
        cli.finish(Cli::Success);
    });
}

} // namespace monime::cli
