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
    return QStringLiteral("revoke ID [--reason TEXT] [--if-version N]");
}

QString RevokeCommand::summary() const
{
    return tr("Revoke a token, at once and for good.");
}

QList<QCommandLineOption> RevokeCommand::options() const
{
    return { { { QStringLiteral("reason") },
               tr("Why it is revoked (kept in the history; required for a teammate's token)."),
               QStringLiteral("TEXT") },
             { { QStringLiteral("if-version") },
               tr("Revoke only if the token is still at this version (from show or list --json): another's edit "
                  "since is never overwritten."),
               QStringLiteral("N") } };
}

void RevokeCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        cli.usageError(tr("revoke takes one token id."), QStringLiteral("revoke"));
        return;
    }
    const QString id = parser.positionalArguments().constFirst();
    std::optional<int> version;
    if (parser.isSet(QStringLiteral("if-version"))) {
        bool ok = false;
        version = parser.value(QStringLiteral("if-version")).toInt(&ok);
        if (!ok || *version < 1) {
            cli.usageError(tr("--if-version takes the token's version, a whole number from 1 (see `show ID`)."),
                           QStringLiteral("revoke"));
            return;
        }
    }
    cli.withService([&cli, &parser, id, version] {
        auto revoked = cli.service().revoke(id, parser.value(QStringLiteral("reason")), version);
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
