// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/TokenDraftOptions.h"
#include "portal/TokenService.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace monime::cli {

QString CreateCommand::name() const
{
    return QStringLiteral("create");
}

QString CreateCommand::synopsis() const
{
    return QStringLiteral("create --name NAME (--test | --live) --release ID --permission P [--permission P ...] "
                          "[--expiry 2m|1y|never|DATE] [--space ID] [--ip ADDR_OR_CIDR ...]");
}

QString CreateCommand::summary() const
{
    return tr("Create a token; its secret is printed once, on standard output.");
}

QList<QCommandLineOption> CreateCommand::options() const
{
    return {
        { { QStringLiteral("name") }, tr("What the token is for (1-100 characters)."), QStringLiteral("NAME") },
        { { QStringLiteral("test") }, tr("A test token (mon_test_): simulated transactions, 2-month expiry.") },
        { { QStringLiteral("live") }, tr("A live token (mon_): real money.") },
        { { QStringLiteral("release") }, tr("Default API release, e.g. caph.2025-08-23."), QStringLiteral("ID") },
        { { QStringLiteral("permission") },
          tr("A permission such as payments:read; repeat for more."),
          QStringLiteral("P") },
        { { QStringLiteral("expiry") },
          tr("2m, 1y, never, YYYY-MM-DD (00:00 UTC) or an ISO-8601 date-time (UTC unless it has an offset). "
             "Live only; test tokens always expire after 2 months."),
          QStringLiteral("WHEN") },
        { { QStringLiteral("space") }, tr("Whitelist one Space, by id or name (live only)."), QStringLiteral("ID") },
        { { QStringLiteral("ip") },
          tr("Whitelist an IP address or CIDR range (live only); repeat for more."),
          QStringLiteral("ADDR") }
    };
}

void CreateCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const bool test = parser.isSet(QStringLiteral("test"));
    const bool live = parser.isSet(QStringLiteral("live"));
    if (test == live) {
        cli.usageError(test
                           ? tr("--test and --live exclude each other: choose one.")
                           : tr("Say which kind of token: --test (mon_test_, simulated) or --live (mon_, real money)."),
                       QStringLiteral("create"));
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
                       QStringLiteral("create"));
        return;
    }
    std::optional<TokenDraft> read = draftFromOptions(cli, parser);
    if (!read)
        return;
    TokenDraft draft = *read;
    draft.testMode = test;
    cli.withService([&cli, &parser, draft] {
        cli.service().create(draft, [&cli, &parser](Result<CreatedToken> created) {
            if (!created.ok())
                return cli.fail(created.error());
            cli.printCreated(created.value(), Cli::Made::Created);
            cli.finish(Cli::Success);
        });
    });
}

} // namespace monime::cli
