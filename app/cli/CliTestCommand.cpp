// SPDX-License-Identifier: GPL-3.0-or-later
// `monime-portal-cli test`: the Test button for scripts.
#include "api/ApiClient.h"
#include "cli/CliApp.h"
#include "cli/TokenJson.h"
#include "domain/Catalog.h"
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

namespace monime {

struct CliApp::TestRun
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<SandboxServer> sandbox;
    std::unique_ptr<TokenTester> tester;
};

namespace {

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

void CliApp::cmdTest(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("test takes one token id, e.g. test tok-… --target sandbox."), QStringLiteral("test"));
        return;
    }
    int timeoutMs = ApiClient::kDefaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutMs = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutMs < 1 || timeoutMs > 600000) {
            usageError(tr("--timeout must be a number of milliseconds between 1 and 600000."), QStringLiteral("test"));
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
            usageError(tr("--target must be sandbox, monime, or an http(s):// base URL such as "
                          "https://api.monime.io."),
                       QStringLiteral("test"));
            return;
        }
    }
    const QString id = parser.positionalArguments().constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));
    withService(parser, [this, &parser, id, target, toSandbox, url, timeoutMs, json]() mutable {
        auto token = m_service->show(id);
        if (!token.ok())
            return fail(token.error());
        const TokenInfo info = token->token;

        QString spaceId = parser.value(QStringLiteral("space"));
        if (!spaceId.isEmpty()) {
            if (auto spaces = m_service->spaces(); spaces.ok())
                for (const SpaceInfo& s : spaces.value())
                    if (s.name.compare(spaceId, Qt::CaseInsensitive) == 0 && s.id != spaceId)
                        spaceId = s.id;
        }

        const QUrl& where = url;
        if (TokenTester::mustConfirm(info, toSandbox)) {
            if (parser.isSet(QStringLiteral("yes"))) {
                err() << tr("warning: %1 is a LIVE token (real money); sending it to %2 as --yes says.")
                             .arg(info.id, where.host())
                      << Qt::endl;
            } else {
                err() << TokenTester::confirmQuestion(info, where);
                if (!stdinIsTerminal()) {
                    err() << Qt::endl
                          << tr("monime-portal-cli: error: refusing to send a live token to a non-local target "
                                "without confirmation; standard input is not a terminal, so I cannot ask. Pass "
                                "--yes to confirm, or test against --target sandbox.")
                          << Qt::endl;
                    finish(BadInput);
                    return;
                }
                err() << tr(" [y/N] ") << Qt::flush;
                QFile in;
                const bool opened = in.open(stdin, QIODevice::ReadOnly);
                const QByteArray answer = opened ? in.readLine(16).trimmed().toLower() : QByteArray();
                if (answer != "y" && answer != "yes") {
                    err() << tr("Not sent.") << Qt::endl;
                    finish(BadInput);
                    return;
                }
            }
        }

        m_testRun = std::make_shared<TestRun>();
        m_testRun->network = std::make_unique<QNetworkAccessManager>();
        m_testRun->client = std::make_unique<ApiClient>(*m_testRun->network);
        if (toSandbox) {
            SandboxOptions options;
            options.usageFlushMs = 100;
            m_testRun->sandbox = std::make_unique<SandboxServer>(m_database->path(), m_service->catalog(),
                                                                 m_service->clock(), options);
            auto started = m_testRun->sandbox->start();
            if (!started.ok())
                return fail(started.error());
            url = m_testRun->sandbox->baseUrl();
        }

        m_testRun->tester = std::make_unique<TokenTester>(*m_service, *m_testRun->client);
        // The same use case as the GUI's Test button: secret from the keychain, GET /, outcome kept with the token.
        m_testRun->tester->test(
            id, url, spaceId, target,
            [this, info, target, json](Result<ProbeResult> tested) {
                if (!tested.ok())
                    return fail(tested.error());
                const ProbeResult& r = tested.value();
                if (m_testRun->sandbox)
                    m_testRun->sandbox->flushUsage();
                if (json) {
                    out() << QJsonDocument(probeJson(info.id, target, r)).toJson(QJsonDocument::Compact) << Qt::endl;
                } else {
                    auto line = [this](const QString& label, const QString& value) {
                        out() << "  " << label.leftJustified(16, QLatin1Char(' ')) << value << "\n";
                    };
                    out() << r.verdict << "\n";
                    line(tr("Token"), info.id + QStringLiteral(" (") + info.name + QLatin1Char(')'));
                    line(tr("Target"),
                         r.url.toString(QUrl::RemoveUserInfo)
                             + (target == QLatin1String("sandbox") ? tr(" (local sandbox)") : QString()));
                    line(tr("HTTP status"), r.httpStatus > 0 ? QString::number(r.httpStatus) : tr("none"));
                    line(tr("Time taken"), tr("%1 ms").arg(r.elapsedMs));
                    if (r.httpStatus == 200 && r.outcome != ProbeOutcome::NotJson
                        && r.outcome != ProbeOutcome::UnexpectedAnswer) {
                        line(tr("Authenticated"), r.authenticated ? tr("yes") : tr("no"));
                        line(tr("Environment"), r.environment.isEmpty() ? tr("none") : r.environment);
                        line(tr("API version"),
                             r.apiVersionId.isEmpty() ? tr("none")
                                                      : tr("%1 (release %2, %3)%4")
                                                            .arg(r.apiVersionId, r.releaseName, r.releaseDate,
                                                                 r.deprecated ? tr(", deprecated") : QString()));
                        line(tr("Request origin"), r.ipAddress + QStringLiteral(" (") + r.country + QLatin1Char(')'));
                    }
                    if (!r.requestId.isEmpty())
                        line(tr("Request id"), r.requestId);
                    out() << r.detail << "\n";
                }
                finish(r.ok() ? Success : Failure);
            },
            timeoutMs);
    });
}

} // namespace monime
