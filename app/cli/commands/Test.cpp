// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"
#include "portal/TokenTester.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace monime::cli {

namespace {

/// What a test needs until its answer arrives: the network, the client, a sandbox of its own, the tester.
struct TestRun
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<TokenTester> tester;
};

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#else
    return false;
#endif
}

QJsonObject probeJson(const QString& tokenId, const QString& target, const ProbeResult& r)
{
    return QJsonObject {
        { QStringLiteral("tokenId"), tokenId },
        { QStringLiteral("target"), target },
        { QStringLiteral("url"), r.url.toString(QUrl::RemoveUserInfo) },
        { QStringLiteral("outcome"), r.outcomeName() },
        { QStringLiteral("ok"), r.ok() },
        { QStringLiteral("httpStatus"), r.httpStatus },
        { QStringLiteral("elapsedMs"), r.elapsedMs },
        { QStringLiteral("authenticated"), r.authenticated },
        { QStringLiteral("environment"), r.environment.isEmpty() ? QJsonValue() : QJsonValue(r.environment) },
        { QStringLiteral("apiVersion"),
          r.apiVersionId.isEmpty() ? QJsonValue()
                                   : QJsonValue(QJsonObject { { QStringLiteral("id"), r.apiVersionId },
                                                              { QStringLiteral("releaseName"), r.releaseName },
                                                              { QStringLiteral("releaseDate"), r.releaseDate },
                                                              { QStringLiteral("deprecated"), r.deprecated } }) },
        { QStringLiteral("requestOrigin"),
          QJsonObject { { QStringLiteral("country"), r.country }, { QStringLiteral("ipAddress"), r.ipAddress } } },
        { QStringLiteral("requestId"), r.requestId },
        { QStringLiteral("verdict"), r.verdict },
        { QStringLiteral("detail"), r.detail },
    };
}

} // namespace

QString TestCommand::name() const
{
    return QStringLiteral("test");
}

QString TestCommand::synopsis() const
{
    return QStringLiteral("test ID [--target sandbox|monime|URL] [--space ID] [--yes] [--timeout MS]");
}

QString TestCommand::summary() const
{
    return tr("Test a token against the root endpoint (default: the local sandbox) and say what it means.");
}

QList<QCommandLineOption> TestCommand::options() const
{
    return {
        { { QStringLiteral("target") },
          tr("sandbox (a local sandbox over this inventory, the default), monime (https://api.monime.io) or "
             "a base URL."),
          QStringLiteral("TARGET") },
        { { QStringLiteral("space") }, tr("Send this Monime-Space-Id (id or name)."), QStringLiteral("ID") },
        { { QStringLiteral("yes") },
          tr("Send a live token to a non-local target without asking (needed when not on a terminal).") },
        { { QStringLiteral("timeout") }, tr("Give up after MS milliseconds (default 10000)."), QStringLiteral("MS") }
    };
}

void TestCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        cli.usageError(tr("test takes one token id, e.g. test tok-… --target sandbox."), QStringLiteral("test"));
        return;
    }
    int timeoutMs = ApiClient::kDefaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutMs < 1 || timeoutMs > 600000) {
            cli.usageError(tr("--timeout must be a number of milliseconds between 1 and 600000."),
                           QStringLiteral("test"));
            return;
        }
    }
    const QString target
        = parser.isSet(QStringLiteral("target")) ? parser.value(QStringLiteral("target")) : QStringLiteral("sandbox");
    const bool toSandbox = target == QLatin1String("sandbox");
    QUrl url;
    if (target == QLatin1String("monime")) {
        url = ApiClient::monimeUrl();
    } else if (!toSandbox) {
        url = QUrl(target, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            cli.usageError(tr("--target must be sandbox, monime, or an http(s):// base URL such as "
                              "https://api.monime.io."),
                           QStringLiteral("test"));
            return;
        }
    }
    const QString id = parser.positionalArguments().constFirst();
    const bool json = cli.json();
    cli.withService([&cli, &parser, id, target, toSandbox, url, timeoutMs, json]() mutable {
        auto token = cli.service().show(id);
        if (!token.ok())
            return cli.fail(token.error());
        const TokenInfo info = token->token;

        QString spaceId = parser.value(QStringLiteral("space"));
        if (!spaceId.isEmpty()) {
            if (auto spaces = cli.service().spaces(); spaces.ok())
                for (const SpaceInfo& s : spaces.value())
                    if (s.name.compare(spaceId, Qt::CaseInsensitive) == 0 && s.id != spaceId)
                        spaceId = s.id;
        }

        const QUrl& where = url;
        if (TokenTester::mustConfirm(info, toSandbox)) {
            if (parser.isSet(QStringLiteral("yes"))) {
                cli.err() << tr("warning: %1 is a LIVE token (real money); sending it to %2 as --yes says.")
                                 .arg(info.id, where.host())
                          << Qt::endl;
            } else {
                const QString question = TokenTester::confirmQuestion(info, where);
                if (!stdinIsTerminal()) {
                    cli.err() << question << Qt::endl
                              << tr("monime-portal-cli: error: refusing to send a live token to a non-local target "
                                    "without confirmation; standard input is not a terminal, so I cannot ask. Pass "
                                    "--yes to confirm, or test against --target sandbox.")
                              << Qt::endl;
                    cli.finish(Cli::BadInput);
                    return;
                }
                //: a yes/no question on a terminal; y or yes answers yes, in every language
                cli.err() << tr("%1 [y/N] ").arg(question) << Qt::flush;
                QFile in;
                const bool opened = in.open(stdin, QIODevice::ReadOnly);
                const QByteArray answer = opened ? in.readLine(16).trimmed().toLower() : QByteArray();
                if (answer != "y" && answer != "yes") {
                    cli.err() << tr("Not sent.") << Qt::endl;
                    cli.finish(Cli::BadInput);
                    return;
                }
            }
        }

        auto run = std::make_shared<TestRun>();
        cli.keepAlive(run);
        run->network = std::make_unique<QNetworkAccessManager>();
        run->client = std::make_unique<ApiClient>(*run->network);
        if (toSandbox) {
            SandboxOptions options;
            options.usageFlushMs = 100;
            run->sandbox = std::make_unique<SandboxServer>(cli.database().path(), cli.service().catalog(),
                                                           cli.service().clock(), options);
            auto started = run->sandbox->start();
            if (!started.ok())
                return cli.fail(started.error());
            url = run->sandbox->baseUrl();
        }

        run->tester = std::make_unique<TokenTester>(cli.service(), *run->client);
        // The same use case as the GUI's Test button: secret from the keychain, GET /, outcome kept with the token.
        run->tester->test(
            id, url, spaceId, target,
            [&cli, sandbox = run->sandbox.get(), info, target, json](Result<ProbeResult> tested) {
                if (!tested.ok())
                    return cli.fail(tested.error());
                const ProbeResult& r = tested.value();
                if (sandbox)
                    sandbox->flushUsage();
                if (json) {
                    cli.out() << QJsonDocument(probeJson(info.id, target, r)).toJson(QJsonDocument::Compact)
                              << Qt::endl;
                } else {
                    auto line = [&cli](const QString& label, const QString& value) {
                        cli.out() << "  " << label.leftJustified(16, QLatin1Char(' ')) << value << "\n";
                    };
                    cli.out() << r.verdict << "\n";
                    line(tr("Token"), info.id + QStringLiteral(" (") + info.name + QLatin1Char(')'));
                    line(tr("Target"),
                         target == QLatin1String("sandbox")
                             ? tr("%1 (local sandbox)").arg(r.url.toString(QUrl::RemoveUserInfo))
                             : r.url.toString(QUrl::RemoveUserInfo));
                    line(tr("HTTP status"), r.httpStatus > 0 ? QString::number(r.httpStatus) : tr("none"));
                    line(tr("Time taken"), tr("%1 ms").arg(r.elapsedMs));
                    if (r.httpStatus == 200 && r.outcome != ProbeOutcome::NotJson
                        && r.outcome != ProbeOutcome::UnexpectedAnswer) {
                        line(tr("Authenticated"), r.authenticated ? tr("yes") : tr("no"));
                        line(tr("Environment"), r.environment.isEmpty() ? tr("none") : r.environment);
                        line(tr("API version"),
                             r.apiVersionId.isEmpty() ? tr("none")
                                 : r.deprecated
                                 ? tr("%1 (release %2, %3, deprecated)")
                                       .arg(r.apiVersionId, r.releaseName, r.releaseDate)
                                 : tr("%1 (release %2, %3)").arg(r.apiVersionId, r.releaseName, r.releaseDate));
                        line(tr("Request origin"), r.ipAddress + QStringLiteral(" (") + r.country + QLatin1Char(')'));
                    }
                    if (!r.requestId.isEmpty())
                        line(tr("Request id"), r.requestId);
                    cli.out() << r.detail << "\n";
                }
                cli.finish(r.ok() ? Cli::Success : Cli::Failure);
            },
            timeoutMs);
    });
}

} // namespace monime::cli
