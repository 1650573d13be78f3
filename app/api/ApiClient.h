// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace monime {

/// How a root-endpoint test ended. Each failure kind gets its own plain message.
enum class ProbeOutcome {
    Authenticated, ///< 200, isAuthenticated true
    NotAuthenticated, ///< 200, isAuthenticated false: missing, invalid, revoked or expired
    HttpError, ///< an error status with Monime's error envelope (or another JSON body)
    Timeout,
    DnsFailure,
    TlsError,
    ConnectionRefused,
    NotJson, ///< an answer that is not JSON (an HTML page, a proxy's error…)
    UnexpectedAnswer, ///< JSON, but not the root endpoint's
    NetworkError, ///< any other transport failure
};

/// What `GET /` told about a token, and what it means in words.
struct ProbeResult
{
    ProbeOutcome outcome = ProbeOutcome::NetworkError;
    QUrl url;
    int httpStatus = 0; ///< 0 when no HTTP answer came
    qint64 elapsedMs = 0;
    bool authenticated = false;
    QString environment; ///< "test", "live" or empty
    QString apiVersionId; ///< "caph.2025-08-23"
    QString releaseName;
    QString releaseDate;
    bool deprecated = false;
    QString openApi;
    QString country;
    QString ipAddress;
    QString requestId; ///< Monime-Request-Id
    QString sandboxCheck; ///< the local sandbox's Monime-Sandbox-Check header (the check that decided)
    QString errorReason; ///< error.reason of an error envelope
    QString verdict; ///< one plain line: "Valid test token — safe, no real money moves"
    QString detail; ///< what happened in more words, and what to do

    bool ok() const { return outcome == ProbeOutcome::Authenticated; }
    /// A one-line summary to keep as the token's last test result; never contains a secret.
    QString summary() const;
    /// A stable machine name of the outcome, e.g. "authenticated", "timeout".
    QString outcomeName() const;
};

/// Sends `GET /` to a Monime API (the local sandbox, https://api.monime.io or any base URL) with a bearer
/// token and reports what came back. Uses the QNetworkAccessManager it is given; follows no redirects, so
/// the token is never forwarded to another host.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 10000;
    static QUrl monimeUrl() { return QUrl(QStringLiteral("https://api.monime.io")); }

    explicit ApiClient(QNetworkAccessManager& network, QObject* parent = nullptr);

    /// Tests `token` against `baseUrl`. `done` runs exactly once, on this object's thread; `probeFinished` too.
    void probe(const QUrl& baseUrl, const QByteArray& token, const QString& spaceId,
               std::function<void(const ProbeResult&)> done, int timeoutMs = kDefaultTimeoutMs);

    /// Fills outcome, verdict and fields from a finished answer (public for tests).
    static void interpret(ProbeResult& result, const QByteArray& body, const QByteArray& contentType);

Q_SIGNALS:
    void probeFinished(const monime::ProbeResult& result);

private:
    QNetworkAccessManager& m_network;
};

} // namespace monime
