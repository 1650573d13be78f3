// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MoniteApiClient.h"
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/SecretInput.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "portal/MoniteService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace monime::cli {

namespace {
/// What the Monite commands keep alive until the program exits.
struct MoniteRuntime
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<MoniteApiClient> client;
    std::unique_ptr<MoniteService> service;
    std::shared_ptr<MoniteContext> context;
};
} // namespace

QString MoniteCommand::name() const
{
    return QStringLiteral("monite");
}

QString MoniteCommand::synopsis() const
{
    QStringList lines;
    for (const auto& sub : moniteSubcommands())
        lines.append(QStringLiteral("monite ") + sub->synopsis());
    return lines.join(QLatin1String("\n       "));
}

QString MoniteCommand::summary() const
{
    return tr("Monite client profiles: client id and secret, short-lived tokens, revoke, test.");
}

QList<QCommandLineOption> MoniteCommand::options() const
{
    return {
        { { QStringLiteral("client-id") },
          tr("add: the client id (a UUID) from the Monite partner portal."),
          QStringLiteral("UUID") },
        { { QStringLiteral("environment") },
          tr("add: sandbox (default), eu, na, or a base URL (https, or http on 127.0.0.1 for a local sandbox)."),
          QStringLiteral("ENV") },
        { { QStringLiteral("api-version") },
          tr("add: the x-monite-version to send (default 2024-05-25)."),
          QStringLiteral("V") },
        { { QStringLiteral("entity-user") },
          tr("add: an entity user, ID or ID=LABEL; repeat for more. token, revoke, test: act for this entity user "
             "(id or label) instead of the partner."),
          QStringLiteral("ID") },
        { { QStringLiteral("timeout") },
          tr("Give up on Monite after MS milliseconds (default 15000)."),
          QStringLiteral("MS") },
    };
}

void MoniteCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString subName = positional.value(0);
    auto subs = std::make_shared<std::vector<std::unique_ptr<MoniteSubcommand>>>(moniteSubcommands());
    MoniteSubcommand* sub = nullptr;
    QStringList names;
    for (const auto& s : *subs) {
        names.append(s->name());
        if (s->name() == subName)
            sub = s.get();
    }
    if (!sub)
        return cli.usageError(
            subName.isEmpty()
                ? tr("monite needs a subcommand: %1.").arg(names.join(QLatin1String(", ")))
                : tr("Unknown monite subcommand \"%1\"; use one of: %2.").arg(subName, names.join(QLatin1String(", "))),
            name());
    const QStringList args = positional.mid(1);
    if (args.size() != sub->arguments())
        return cli.usageError(
            sub->arguments() == 0
                ? tr("monite %1 takes no arguments. Usage: monite %2").arg(sub->name(), sub->synopsis())
                : tr("monite %1 takes the profile's name. Usage: monite %2").arg(sub->name(), sub->synopsis()),
            name());
    int timeoutMs = MoniteApiClient::kDefaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutMs < 1 || timeoutMs > 600000)
            return cli.usageError(tr("--timeout must be a number of milliseconds between 1 and 600000."), name());
    }
    auto runtime = std::make_shared<MoniteRuntime>();
    runtime->context = std::make_shared<MoniteContext>(MoniteContext { cli, parser, args, nullptr, {} });
    cli.keepAlive(subs);
    cli.keepAlive(runtime);
    if (sub->readsSecret()) {
        runtime->context->secret = readSecretFromStdin(
            cli.err(),
            tr("Paste the client secret from the Monite partner portal, then press Enter (it is not shown): "));
        if (runtime->context->secret.isEmpty()) {
            cli.err() << tr("monime-portal-cli: error: client secret: nothing was read from standard input. Pipe it "
                            "in, e.g. `monime-portal-cli monite %1 NAME … < secret.txt`, or paste it when asked; it "
                            "is never taken as an argument.")
                             .arg(sub->name())
                      << Qt::endl;
            return cli.finish(Cli::BadInput);
        }
    }
    cli.withService([&cli, runtime, sub, timeoutMs] {
        runtime->network = std::make_unique<QNetworkAccessManager>();
        runtime->client = std::make_unique<MoniteApiClient>(*runtime->network);
        runtime->client->setTimeout(timeoutMs);
        runtime->service
            = std::make_unique<MoniteService>(cli.database(), cli.secrets(), cli.clock(), *runtime->client);
        runtime->context->service = runtime->service.get();
        sub->run(runtime->context);
    });
}

std::vector<std::unique_ptr<MoniteSubcommand>> moniteSubcommands()
{
    std::vector<std::unique_ptr<MoniteSubcommand>> subs;
    subs.push_back(std::make_unique<MoniteAddCommand>());
    subs.push_back(std::make_unique<MoniteListCommand>());
    subs.push_back(std::make_unique<MoniteShowCommand>());
    subs.push_back(std::make_unique<MoniteRemoveCommand>());
    subs.push_back(std::make_unique<MoniteTokenCommand>());
    subs.push_back(std::make_unique<MoniteRevokeCommand>());
    subs.push_back(std::make_unique<MoniteTestCommand>());
    subs.push_back(std::make_unique<MoniteSecretCommand>());
    return subs;
}

} // namespace monime::cli
