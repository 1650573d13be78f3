// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MoniteApiClient.h"

#include "domain/MoniteApiError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace monime {

MoniteApiClient::MoniteApiClient(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

QNetworkRequest MoniteApiClient::request(const MoniteEndpoint& endpoint, const QString& path, const QString& query)
{
    QUrl url = endpoint.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query.isEmpty() ? QString() : query);
    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("x-monite-version", endpoint.apiVersion.toLatin1());
    return r;
}

void MoniteApiClient::send(const QString& method, const MoniteEndpoint& endpoint, const QString& path,
                           const QString& query, const QByteArray& bearer, const QString& entityId,
                           const QByteArray& body, const QString& action, Finished done)
{
    QNetworkRequest req = request(endpoint, path, query);
    const QUrl url = req.url();
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        QTimer::singleShot(0, this, [done, endpoint] {
            done(makeError(QStringLiteral("monite_network"), QStringLiteral("environment"),
                           tr("\"%1\" is not a usable base URL. Use e.g. https://api.sandbox.monite.com/v1.")
                               .arg(endpoint.baseUrl.toString(QUrl::RemoveUserInfo))));
        });
        return;
    }
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer);
    if (!entityId.isEmpty())
        req.setRawHeader("x-monite-entity-id", entityId.toLatin1());
    if (method == QLatin1String("POST"))
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = method == QLatin1String("POST") ? m_network.post(req, body) : m_network.get(req);
    Q_EMIT requestStarted(method, path);
    auto timedOut = std::make_shared<bool>(false);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(m_timeoutMs);
    // Monite's answers are a few kilobytes: a server that sends megabytes is not it, and is not kept in memory.
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, tooLarge](qint64 received, qint64) {
        if (received > kMaxAnswerBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });

    const int timeoutMs = m_timeoutMs;
    connect(reply, &QNetworkReply::finished, this, [reply, timer, timedOut, tooLarge, timeoutMs, action, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
        const QString host = reply->url().host();
        const QNetworkReply::NetworkError e = reply->error();
        if (*tooLarge)
            return done(makeError(QStringLiteral("monite_too_large"), QStringLiteral("environment"),
                                  tr("Could not %1: %2 sent an answer larger than %3 MiB, which no Monite endpoint "
                                     "sends. Check that the base URL points at the Monite API (it ends in /v1).")
                                      .arg(action, reply->url().host())
                                      .arg(kMaxAnswerBytes / (1024 * 1024))));
        if (*timedOut)
            return done(makeError(QStringLiteral("monite_timeout"), QStringLiteral("network"),
                                  tr("Could not %1: %2 did not answer within %3 seconds. The server may be down or "
                                     "blocked by a firewall; check the base URL and your network, then try again.")
                                      .arg(action, host)
                                      .arg(timeoutMs / 1000.0, 0, 'g', 3)));
        if (e == QNetworkReply::HostNotFoundError)
            return done(makeError(QStringLiteral("monite_dns"), QStringLiteral("environment"),
                                  tr("Could not %1: the name %2 could not be resolved. Check the base URL's spelling "
                                     "and your internet connection.")
                                      .arg(action, host)));
        if (e == QNetworkReply::SslHandshakeFailedError
            || (e == QNetworkReply::UnknownNetworkError
                && reply->errorString().contains(QLatin1String("SSL"), Qt::CaseInsensitive)))
            return done(makeError(QStringLiteral("monite_tls"), QStringLiteral("network"),
                                  tr("Could not %1: the secure connection to %2 failed (%3). Check the computer's "
                                     "date and time, and that no proxy intercepts HTTPS.")
                                      .arg(action, host, reply->errorString())));
        if (e == QNetworkReply::ConnectionRefusedError)
            return done(
                makeError(QStringLiteral("monite_refused"), QStringLiteral("environment"),
                          tr("Could not %1: nothing accepts connections at %2 port %3. Is the server (or the "
                             "local sandbox) running, and is the base URL's port right?")
                              .arg(action, host)
                              .arg(reply->url().port(reply->url().scheme() == QLatin1String("https") ? 443 : 80))));
        if (status == 0)
            return done(makeError(QStringLiteral("monite_network"), QStringLiteral("network"),
                                  tr("Could not %1: the request to %2 failed (%3). Check your network and the base "
                                     "URL, then try again.")
                                      .arg(action, host, reply->errorString())));
        const QByteArray data = reply->readAll();
        if (status < 200 || status > 299)
            return done(MoniteApiError::fromHttp(status, data, requestId, action,
                                                 QString::fromLatin1(reply->rawHeader("Retry-After"))));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (doc.isNull())
            return done(makeError(QStringLiteral("monite_not_json"), QStringLiteral("environment"),
                                  tr("Could not %1: %2 answered HTTP %3 but not with JSON. The base URL probably "
                                     "does not point at the Monite API (it should end in /v1).")
                                          .arg(action, host)
                                          .arg(status)
                                      + MoniteApiError::requestIdNote(requestId)));
        done(MoniteReply { status, doc, requestId, timer->elapsed() });
    });
}

void MoniteApiClient::requestToken(const MoniteEndpoint& endpoint, const QString& clientId,
                                   const QByteArray& clientSecret, const MoniteAuthGrant& grant,
                                   std::function<void(Result<MoniteTokenResponse>)> done)
{
    const QByteArray body
        = QJsonDocument(grant.tokenRequestBody(clientId, clientSecret)).toJson(QJsonDocument::Compact);
    const QString action = grant.isPartner() ? tr("get a partner token") : tr("get an entity-user token");
    send(QStringLiteral("POST"), endpoint, QStringLiteral("/auth/token"), {}, {}, {}, body, action,
         [done, action](Result<MoniteReply> reply) {
             if (!reply.ok())
                 return done(reply.error());
             const QJsonObject o = reply->body.object();
             const QString token = o.value(QLatin1String("access_token")).toString();
             const QJsonValue expiresIn = o.value(QLatin1String("expires_in"));
             if (token.isEmpty() || !expiresIn.isDouble() || expiresIn.toDouble() <= 0)
                 return done(makeError(QStringLiteral("monite_bad_answer"), QStringLiteral("server"),
                                       tr("Could not %1: the answer has no access_token or no positive expires_in. "
                                          "Check that the base URL is the Monite API.")
                                               .arg(action)
                                           + MoniteApiError::requestIdNote(reply->requestId)));
             done(MoniteTokenResponse { token.toUtf8(), qint64(expiresIn.toDouble()),
                                        o.value(QLatin1String("token_type")).toString(), reply->requestId });
         });
}

void MoniteApiClient::revokeToken(const MoniteEndpoint& endpoint, const QString& clientId,
                                  const QByteArray& clientSecret, const QByteArray& token,
                                  std::function<void(Result<QString>)> done)
{
    const QJsonObject payload { { QStringLiteral("client_id"), clientId },
                                { QStringLiteral("client_secret"), QString::fromUtf8(clientSecret) },
                                { QStringLiteral("token"), QString::fromUtf8(token) } };
    send(QStringLiteral("POST"), endpoint, QStringLiteral("/auth/revoke"), {}, token, {},
         QJsonDocument(payload).toJson(QJsonDocument::Compact), tr("revoke the token"),
         [done](Result<MoniteReply> reply) {
             if (!reply.ok())
                 return done(reply.error());
             done(reply->body.object().value(QLatin1String("message")).toString());
         });
}

void MoniteApiClient::get(const MoniteEndpoint& endpoint, const QByteArray& token, const QString& path,
                          const QString& query, const QString& entityId, std::function<void(Result<MoniteReply>)> done)
{
    send(QStringLiteral("GET"), endpoint, path, query, token, entityId, {}, tr("read %1").arg(path), std::move(done));
}

} // namespace monime
