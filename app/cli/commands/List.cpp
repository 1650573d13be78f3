// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace monime::cli {

namespace {

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

} // namespace

QString ListCommand::name() const
{
    return QStringLiteral("list");
}

QString ListCommand::synopsis() const
{
    return QStringLiteral("list [--status active|expired|revoked] [--environment test|live]");
}

QString ListCommand::summary() const
{
    return tr("List tokens (never their secrets).");
}

QList<QCommandLineOption> ListCommand::options() const
{
    return { { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
             { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") } };
}

void ListCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    TokenFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromName(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            cli.usageError(tr("--status must be active, expired or revoked."), QStringLiteral("list"));
            return;
        }
    }
    if (parser.isSet(QStringLiteral("environment"))) {
        filter.environment = environmentFromName(parser.value(QStringLiteral("environment")));
        if (!filter.environment) {
            cli.usageError(tr("--environment must be test or live."), QStringLiteral("list"));
            return;
        }
    }
    cli.withService([&cli, &parser, filter] {
        auto tokens = cli.service().list(filter);
        if (!tokens.ok())
            return cli.fail(tokens.error());
        // A damaged file must not pass for an empty (or complete) inventory: say so, and exit 1.
        const std::optional<Error> damaged = cli.service().damage(tokens->isEmpty());
        auto done = [&cli, damaged] {
            if (!damaged)
                return cli.finish(Cli::Success);
            cli.err() << tr("monime-portal-cli: warning: %1").arg(damaged->message) << Qt::endl;
            cli.finish(Cli::Failure);
        };
        const QDateTime now = cli.clock().now();
        if (cli.json()) {
            cli.out().flush();
            const QByteArray json = TokenJson::tokenArray(tokens.value(), now);
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
            done();
            return;
        }
        if (tokens->isEmpty() && damaged)
            return done();
        if (tokens->isEmpty()) {
            cli.out() << tr("No tokens. Create one: monime-portal-cli create --name NAME --test --release %1 "
                            "--permission payments:read")
                             .arg(Catalog::builtIn().defaultReleaseId())
                      << "\n";
            cli.finish(Cli::Success);
            return;
        }
        // A team inventory says whose each token is (a personal one is all yours).
        const bool team = cli.database().isPostgres();
        cli.out() << Cli::padded(tr("ID"), 25) << Cli::padded(tr("NAME"), 28) << Cli::padded(tr("TYPE"), 6)
                  << Cli::padded(tr("STATUS"), 9) << Cli::padded(tr("EXPIRES (UTC)"), 18) << Cli::padded(tr("HINT"), 20)
                  << (team ? Cli::padded(tr("OWNER"), 26) : QString()) << tr("PERMISSIONS") << "\n";
        for (const TokenInfo& t : tokens.value()) {
            QString name = t.name;
            if (name.size() > 27)
                name = name.left(26) + QChar(0x2026);
            QString status = statusName(t.status(now));
            if (t.expiresSoon(now))
                status += QLatin1Char('!');
            cli.out() << Cli::padded(t.id, 25) << Cli::padded(name, 28)
                      << Cli::padded(
                             t.environment == Environment::Test ? QStringLiteral("TEST") : QStringLiteral("LIVE"), 6)
                      << Cli::padded(status, 9) << Cli::padded(shortTime(t.expiresAt), 18) << Cli::padded(t.hint, 20)
                      << (team ? Cli::padded(t.ownerLabel, 26) : QString()) << t.permissions.join(QLatin1Char(','))
                      << "\n";
        }
        done();
    });
}

} // namespace monime::cli
