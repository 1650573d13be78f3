// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString ShowCommand::name() const
{
    return QStringLiteral("show");
}

QString ShowCommand::synopsis() const
{
    return QStringLiteral("show ID");
}

QString ShowCommand::summary() const
{
    return tr("Show a token's details and history.");
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return {};
}

void ShowCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        cli.usageError(tr("show takes one token id."), QStringLiteral("show"));
        return;
    }
    const QString id = parser.positionalArguments().constFirst();
    cli.withService([&cli, &parser, id] {
        auto details = cli.service().show(id);
        if (!details.ok())
            return cli.fail(details.error());
        const QDateTime now = cli.clock().now();
        const TokenInfo& t = details->token;
        if (cli.json()) {
            QJsonObject o = TokenJson::token(t, now);
            QJsonArray history;
            for (const AuditEntry& e : details->history)
                history.append(TokenJson::audit(e, details->people.value(e.actor)));
            o.insert(QLatin1String("history"), history);
            cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
            cli.finish(Cli::Success);
            return;
        }
        auto line = [&cli](const QString& label, const QString& value) {
            cli.out() << "  " << Cli::padded(label, 16) << value << "\n";
        };
        cli.out() << t.name << "\n";
        line(tr("ID"), t.id);
        line(tr("Type"), t.environment == Environment::Test ? tr("TEST (mon_test_)") : tr("LIVE (mon_)"));
        line(tr("Status"),
             t.expiresSoon(now) ? tr("%1 (expires soon)").arg(statusName(t.status(now))) : statusName(t.status(now)));
        line(tr("Hint"), t.hint);
        line(tr("Created"), TokenJson::timestamp(t.createdAt));
        line(tr("Expires"), t.expiresAt.isValid() ? TokenJson::timestamp(t.expiresAt) : tr("never"));
        line(tr("Owner"), t.ownerLabel.isEmpty() ? t.ownerId : t.ownerLabel);
        if (t.revokedAt.isValid())
            line(tr("Revoked"),
                 t.revokedByLabel.isEmpty()
                     ? tr("%1 (%2)").arg(TokenJson::timestamp(t.revokedAt), t.revokeReason)
                     : tr("%1 by %2 (%3)").arg(TokenJson::timestamp(t.revokedAt), t.revokedByLabel, t.revokeReason));
        line(tr("API release"), t.apiRelease);
        line(tr("Permissions"), t.permissions.join(QLatin1String(", ")));
        line(tr("Space"), t.spaceWhitelist.isEmpty() ? tr("any") : t.spaceWhitelist);
        line(tr("IP addresses"), t.ipWhitelist.isEmpty() ? tr("any") : t.ipWhitelist.join(QLatin1String(", ")));
        line(tr("Origin"),
             t.rotatedFrom.isEmpty() ? originName(t.origin)
                                     : tr("%1 from %2").arg(originName(t.origin), t.rotatedFrom));
        line(tr("Last used"), t.lastUsedAt.isValid() ? TokenJson::timestamp(t.lastUsedAt) : tr("never"));
        line(tr("Version"), QString::number(t.version));
        cli.out() << tr("History:") << "\n";
        for (const AuditEntry& e : details->history)
            cli.out() << "  " << TokenJson::timestamp(e.at) << "  " << Cli::padded(e.action, 10) << e.detail
                      << (e.actor.isEmpty() || !cli.database().isPostgres()
                              ? QString()
                              : tr(" (by %1)").arg(details->people.value(e.actor, e.actor)))
                      << "\n";
        cli.finish(Cli::Success);
    });
}

} // namespace monime::cli
