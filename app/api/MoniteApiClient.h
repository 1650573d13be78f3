// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/MoniteToken.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace monime {

/// Where and how to talk to one Monite API: base URL (ends in /v1) and the `x-monite-version` to send.
struct MoniteEndpoint
{
    QUrl baseUrl;
    QString apiVersion;
};

/// `POST /auth/token`'s answer. `accessToken` is a secret: keep it in the keychain, show it once.
struct MoniteTokenResponse
{
    QByteArray accessToken;
    qint64 expiresIn = 0;
    QString tokenType;
    QString requestId;
};

/// A JSON answer of a successful request.
struct MoniteReply
{
    int httpStatus = 0;
    QJsonDocument body;
    QString requestId;
    qint64 elapsedMs = 0;
};

/// The Monite API over a QNetworkAccessManager handed in: `POST /auth/token`, `POST /auth/revoke` and GETs with a
/// bearer token. Asynchronous: each callback runs exactly once, later, on this object's thread. No redirect is
/// followed (a secret is never forwarded to another host). Errors have codes: monite_timeout, monite_dns,
/// monite_tls, monite_refused, monite_network, monite_not_json, monite_bad_answer, and MoniteApiError's for an
/// HTTP error.
class MoniteApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;
    /// An answer larger than this is cut off and reported (monite_too_large).
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

    explicit MoniteApiClient(QNetworkAccessManager& network, QObject* parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    /// `POST {base}/auth/token` without an Authorization header, body exactly the documented fields of `grant`.
    void requestToken(const MoniteEndpoint& endpoint, const QString& clientId, const QByteArray& clientSecret,
                      const MoniteAuthGrant& grant, std::function<void(Result<MoniteTokenResponse>)> done);
    /// `POST {base}/auth/revoke` with `Authorization: Bearer token` and {client_id, client_secret, token}.
    void revokeToken(const MoniteEndpoint& endpoint, const QString& clientId, const QByteArray& clientSecret,
                     const QByteArray& token, std::function<void(Result<QString>)> done);
    /// `GET {base}{path}?{query}` with the bearer token (and `x-monite-entity-id` when `entityId` is not empty).
    void get(const MoniteEndpoint& endpoint, const QByteArray& token, const QString& path, const QString& query,
             const QString& entityId, std::function<void(Result<MoniteReply>)> done);

    /// The request `{base}{path}` with the headers every Monite call carries (public for tests).
    static QNetworkRequest request(const MoniteEndpoint& endpoint, const QString& path, const QString& query = {});

Q_SIGNALS:
    /// A request went out (method, path): for a GUI's activity indicator; never carries a secret.
    void requestStarted(const QString& method, const QString& path);

private:
    using Finished = std::function<void(Result<MoniteReply>)>;
    void send(const QString& method, const MoniteEndpoint& endpoint, const QString& path, const QString& query,
              const QByteArray& bearer, const QString& entityId, const QByteArray& body, const QString& action,
              Finished done);

    QNetworkAccessManager& m_network;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace monime
