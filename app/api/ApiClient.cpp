// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace monime {

QString ProbeResult::outcomeName() const
{
    switch (outcome) {
    case ProbeOutcome::Authenticated:
        return QStringLiteral("authenticated");
    case ProbeOutcome::NotAuthenticated:
        return QStringLiteral("not_authenticated");
    case ProbeOutcome::HttpError:
        return QStringLiteral("http_error");
    case ProbeOutcome::Timeout:
        return QStringLiteral("timeout");
    case ProbeOutcome::DnsFailure:
        return QStringLiteral("dns_failure");
    case ProbeOutcome::TlsError:
        return QStringLiteral("tls_error");
    case ProbeOutcome::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case ProbeOutcome::NotJson:
        return QStringLiteral("not_json");
    case ProbeOutcome::UnexpectedAnswer:
        return QStringLiteral("unexpected_answer");
    case ProbeOutcome::NetworkError:
        return QStringLiteral("network_error");
    }
    return QStringLiteral("unknown");
}

QString ProbeResult::summary() const
{
    QString s = outcomeName();
    if (httpStatus > 0)
        s += QStringLiteral(" HTTP %1").arg(httpStatus);
    if (!environment.isEmpty())
        s += QStringLiteral(" ") + environment;
    if (!sandboxCheck.isEmpty() && sandboxCheck != QLatin1String("granted"))
        s += QStringLiteral(" (") + sandboxCheck + QLatin1Char(')');
    s += QStringLiteral(" %1 ms via %2").arg(elapsedMs).arg(url.toString(QUrl::RemoveUserInfo));
    return s;
}

ApiClient::ApiClient(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{ }

void ApiClient::interpret(ProbeResult& r, const QByteArray& body, const QByteArray& contentType)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        r.outcome = ProbeOutcome::NotJson;
        r.verdict = tr("The server answered, but not with JSON");
        r.detail = tr("HTTP %1, %2, %3 bytes. This URL is probably not a Monime API (a web page, a proxy or a "
                      "captive portal answered). Check the target URL.")
                       .arg(r.httpStatus)
                       .arg(contentType.isEmpty() ? tr("no content type") : QString::fromLatin1(contentType.left(80)))
                       .arg(body.size());
        return;
    }
    const QJsonObject o = doc.object();
    if (r.httpStatus != 200 || o.value(QLatin1String("success")).isBool()) {
        const QJsonObject e = o.value(QLatin1String("error")).toObject();
        r.outcome = ProbeOutcome::HttpError;
        r.errorReason = e.value(QLatin1String("reason")).toString();
        r.verdict = tr("The server refused the request (HTTP %1)").arg(r.httpStatus);
        r.detail = e.value(QLatin1String("message")).toString();
        if (r.detail.isEmpty())
            r.detail = tr("The answer was JSON but carried no error message.");
        return;
    }
    const QJsonObject status = o.value(QLatin1String("status")).toObject();
    if (!status.value(QLatin1String("isAuthenticated")).isBool()) {
        r.outcome = ProbeOutcome::UnexpectedAnswer;
        r.verdict = tr("The server answered JSON, but not Monime's root endpoint");
        r.detail = tr("It has no status.isAuthenticated field. Check that the target URL is the API's base URL.");
        return;
    }
    r.authenticated = status.value(QLatin1String("isAuthenticated")).toBool();
    r.environment = status.value(QLatin1String("environment")).toString();
    const QJsonObject version = o.value(QLatin1String("apiVersion")).toObject();
    r.apiVersionId = version.value(QLatin1String("id")).toString();
    r.releaseName = version.value(QLatin1String("release")).toObject().value(QLatin1String("name")).toString();
    r.releaseDate = version.value(QLatin1String("release")).toObject().value(QLatin1String("date")).toString();
    r.deprecated = version.value(QLatin1String("deprecated")).toBool();
    r.openApi = version.value(QLatin1String("apiSchemas")).toObject().value(QLatin1String("openApi")).toString();
    const QJsonObject origin = o.value(QLatin1String("requestOrigin")).toObject();
    r.country = origin.value(QLatin1String("country")).toString();
    r.ipAddress = origin.value(QLatin1String("ipAddress")).toString();

    if (!r.authenticated) {
        r.outcome = ProbeOutcome::NotAuthenticated;
        // The headline names the reason when the server says it (the sandbox does, in Monime-Sandbox-Check);
        // Monime's own API does not, and then "missing, invalid or expired" is all that can be said.
        struct Why
        {
            const char* verdict;
            const char* detail;
        };
        static const QHash<QString, Why> why {
            { QStringLiteral("unauthenticated"),
              { QT_TR_NOOP("Unknown token"),
                QT_TR_NOOP("The token is not known here: check that it is the whole token and that the server reads "
                           "this inventory.") } },
            { QStringLiteral("token_revoked"),
              { QT_TR_NOOP("Revoked token"), QT_TR_NOOP("The token is revoked: create a new one or rotate.") } },
            { QStringLiteral("token_expired"),
              { QT_TR_NOOP("Expired token"), QT_TR_NOOP("The token has expired: create a new one or rotate.") } },
            { QStringLiteral("environment_mismatch"),
              { QT_TR_NOOP("Wrong environment"),
                QT_TR_NOOP("The token's type does not match the server's environment (a live token against test, "
                           "or a test token against live).") } },
            { QStringLiteral("ip_not_allowed"),
              { QT_TR_NOOP("IP address not allowed"),
                QT_TR_NOOP("This computer's address is not in the token's IP whitelist.") } },
        };
        const auto it = why.constFind(r.sandboxCheck);
        if (it != why.constEnd()) {
            r.verdict = tr(it->verdict);
            r.detail = tr(it->detail);
        } else {
            r.verdict = tr("Missing, invalid or expired");
            r.detail = tr("The API did not accept the token. It is missing, mistyped, revoked or expired; check it, "
                          "or create a new one.");
        }
        return;
    }
    r.outcome = ProbeOutcome::Authenticated;
    if (r.environment == QLatin1String("live")) {
        r.verdict = tr("Live token — real money");
        r.detail = tr("Production mode: real financial transactions will occur with this token.");
    } else {
        r.verdict = tr("Valid test token — safe, no real money moves");
        r.detail = tr("Connected to the test environment: transactions are simulated.");
    }
    if (r.deprecated)
        r.detail += QLatin1Char(' ') + tr("API release %1 is deprecated: move to a newer one.").arg(r.apiVersionId);
    if (!r.sandboxCheck.isEmpty() && r.sandboxCheck != QLatin1String("granted"))
        r.detail += QLatin1Char(' ') + tr("The Space given is not usable with this token (%1).").arg(r.sandboxCheck);
}

void ApiClient::probe(const QUrl& baseUrl, const QByteArray& token, const QString& spaceId,
                      std::function<void(const ProbeResult&)> done, int timeoutMs)
{
    auto result = std::make_shared<ProbeResult>();
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/"));
    url.setQuery(QString());
    url.setFragment(QString());
    result->url = url;
    auto finish = [this, result, done = std::move(done)] {
        done(*result);
        Q_EMIT probeFinished(*result);
    };
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty()) {
        result->outcome = ProbeOutcome::NetworkError;
        result->verdict = tr("Not a usable URL");
        result->detail = tr("\"%1\" is not an http:// or https:// URL with a host. Use e.g. https://api.monime.io.")
                             .arg(baseUrl.toString(QUrl::RemoveUserInfo));
        QTimer::singleShot(0, this, finish);
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!spaceId.isEmpty())
        request.setRawHeader("Monime-Space-Id", spaceId.toUtf8());

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply* reply = m_network.get(request);
    auto timedOut = std::make_shared<bool>(false);
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs);

    connect(reply, &QNetworkReply::finished, this, [reply, result, timer, timedOut, timeoutMs, finish] {
        reply->deleteLater();
        ProbeResult& r = *result;
        r.elapsedMs = timer->elapsed();
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.requestId = QString::fromLatin1(reply->rawHeader("Monime-Request-Id"));
        r.sandboxCheck = QString::fromLatin1(reply->rawHeader("Monime-Sandbox-Check"));
        const QString host = r.url.host();
        const QNetworkReply::NetworkError e = reply->error();
        if (*timedOut) {
            r.outcome = ProbeOutcome::Timeout;
            r.verdict = tr("No answer (timed out)");
            r.detail = tr("%1 did not answer within %2 seconds. The server may be down, overloaded, or blocked by "
                          "a firewall; check the URL and your network, then try again.")
                           .arg(host)
                           .arg(timeoutMs / 1000.0, 0, 'g', 3);
        } else if (e == QNetworkReply::HostNotFoundError) {
            r.outcome = ProbeOutcome::DnsFailure;
            r.verdict = tr("Host not found (DNS)");
            r.detail = tr("The name %1 could not be resolved. Check the URL's spelling and your internet "
                          "connection or DNS settings.")
                           .arg(host);
        } else if (e == QNetworkReply::SslHandshakeFailedError
                   || (e == QNetworkReply::UnknownNetworkError
                       && reply->errorString().contains(QLatin1String("SSL"), Qt::CaseInsensitive))) {
            r.outcome = ProbeOutcome::TlsError;
            r.verdict = tr("Secure connection failed (TLS)");
            r.detail = tr("The TLS handshake with %1 failed: %2. Check the computer's date and time, and that no "
                          "proxy or antivirus intercepts HTTPS.")
                           .arg(host, reply->errorString());
        } else if (e == QNetworkReply::ConnectionRefusedError) {
            r.outcome = ProbeOutcome::ConnectionRefused;
            r.verdict = tr("Connection refused");
            r.detail = tr("Nothing accepts connections at %1 port %2. Is the server running, and is the port "
                          "right?")
                           .arg(host)
                           .arg(r.url.port(r.url.scheme() == QLatin1String("https") ? 443 : 80));
        } else if (r.httpStatus == 0) {
            r.outcome = ProbeOutcome::NetworkError;
            r.verdict = tr("Network error");
            r.detail = tr("The request to %1 failed: %2.").arg(host, reply->errorString());
        } else {
            interpret(r, reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        }
        finish();
    });
}

} // namespace monime
