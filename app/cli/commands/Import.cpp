// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/SecretInput.h"
#include "cli/TokenDraftOptions.h"
#include "portal/TokenService.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace monime::cli {

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::synopsis() const
{
    return QStringLiteral("import --name NAME --release ID --permission P ... [--expiry WHEN] [--space ID] [--ip A]");
}

QString ImportCommand::summary() const
{
    return tr("Add a token made in the real Monime portal; the token is read from standard input.");
}

QList<QCommandLineOption> ImportCommand::options() const
{
    return {
        { { QStringLiteral("name") }, tr("What the token is for."), QStringLiteral("NAME") },
        { { QStringLiteral("release") }, tr("Its default API release."), QStringLiteral("ID") },
        { { QStringLiteral("permission") }, tr("A permission it was given; repeat for more."), QStringLiteral("P") },
        { { QStringLiteral("expiry") },
          tr("When it expires, as the portal showed (live tokens only)."),
          QStringLiteral("WHEN") },
        { { QStringLiteral("space") }, tr("Its Space whitelist (live only)."), QStringLiteral("ID") },
        { { QStringLiteral("ip") }, tr("Its IP whitelist (live only); repeat for more."), QStringLiteral("ADDR") }
    };
}

void ImportCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        cli.usageError(tr("import reads the token from standard input, never from an argument (arguments end up in "
                          "shell history). Pipe it in or paste it when asked."),
                       QStringLiteral("import"));
        return;
    }
    std::optional<TokenDraft> read = draftFromOptions(cli, parser);
    if (!read)
        return;
    TokenDraft draft = *read;
    const QByteArray secret
        = readSecretFromStdin(cli.err(), tr("Paste the token, then press Enter (it is not shown): "));
    if (secret.isEmpty()) {
        cli.err() << tr("monime-portal-cli: error: token: nothing was read from standard input. Pipe the token in, "
                        "e.g. `monime-portal-cli import --name NAME ... < token.txt`, or paste it when asked.")
                  << Qt::endl;
        cli.finish(Cli::BadInput);
        return;
    }
    cli.withService([&cli, &parser, draft, secret] {
        cli.service().importToken(secret, draft, [&cli, &parser](Result<CreatedToken> created) {
            if (!created.ok())
                return cli.fail(created.error());
            CreatedToken shown = created.value();
            shown.secret.clear(); // the user has it already; never echo it back
            cli.printCreated(shown, Cli::Made::Imported);
            cli.finish(Cli::Success);
        });
    });
}

} // namespace monime::cli
