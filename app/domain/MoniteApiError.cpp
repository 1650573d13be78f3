// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MoniteApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace monime {

MoniteErrorBody MoniteErrorBody::parse(const QByteArray& body)
{
    MoniteErrorBody b;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return b;
    b.json = true;
    const QJsonObject o = doc.object();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isObject()) {
        b.message = error.toObject().value(QLatin1String("message")).toString();
        b.type = error.toObject().value(QLatin1String("type")).toString();
    } else if (error.isString()) {
        b.message = error.toString();
    }
    const QJsonValue detail = o.value(QLatin1String("detail"));
    if (detail.isArray()) {
        for (const QJsonValue& d : detail.toArray()) {
            const QJsonObject item = d.toObject();
            QStringList parts;
            for (const QJsonValue& part : item.value(QLatin1String("loc")).toArray())
                parts.append(part.isDouble() ? QString::number(part.toInt()) : part.toString());
            if (parts.value(0) == QLatin1String("body") || parts.value(0) == QLatin1String("query")
                || parts.value(0) == QLatin1String("header"))
                parts.removeFirst();
            const QString loc = parts.join(QLatin1Char('.'));
            b.locations.append(loc);
            const QString msg = item.value(QLatin1String("msg")).toString();
            b.details.append(loc.isEmpty() ? msg : loc + QStringLiteral(": ") + msg);
            if (b.type.isEmpty())
                b.type = item.value(QLatin1String("type")).toString();
        }
        if (b.message.isEmpty())
            b.message = b.details.join(QLatin1String("; "));
    } else if (detail.isString() && b.message.isEmpty()) {
        b.message = detail.toString();
    }
    return b;
}

QString MoniteApiError::fieldOf(const QStringList& locations)
{
    for (const QString& loc : locations) {
        if (loc.startsWith(QLatin1String("client_id")))
            return QStringLiteral("clientId");
        if (loc.startsWith(QLatin1String("client_secret")))
            return QStringLiteral("clientSecret");
        if (loc.startsWith(QLatin1String("entity_user_id")))
            return QStringLiteral("entityUser");
        if (loc.startsWith(QLatin1String("grant_type")))
            return QStringLiteral("grantType");
        if (loc.startsWith(QLatin1String("x-monite-version")))
            return QStringLiteral("apiVersion");
    }
    return QStringLiteral("server");
}

QString MoniteApiError::requestIdNote(const QString& requestId)
{
    if (requestId.isEmpty())
        return {};
    return QLatin1Char(' ') + tr("(x-request-id %1: quote it if you contact Monite support.)").arg(requestId);
}

Error MoniteApiError::fromHttp(int status, const QByteArray& body, const QString& requestId, const QString& action,
                               const QString& retryAfter)
{
    const MoniteErrorBody b = MoniteErrorBody::parse(body);
    const QString server = b.message.isEmpty() ? tr("no message") : b.message.left(500);
    const QString note = requestIdNote(requestId);
    const QString field = QStringLiteral("server");
    if (b.type == QLatin1String("missing_api_version"))
        return makeError(QStringLiteral("monite_missing_api_version"), QStringLiteral("apiVersion"),
                         tr("Could not %1: the server wants the x-monite-version header (HTTP %2: %3). Give the "
                            "profile an API version, e.g. 2024-05-25, and try again.")
                                 .arg(action)
                                 .arg(status)
                                 .arg(server)
                             + note);
    switch (status) {
    case 400:
        if (b.message.contains(QLatin1String("expired"), Qt::CaseInsensitive)
            || b.message.contains(QLatin1String("revoked"), Qt::CaseInsensitive))
            return makeError(QStringLiteral("monite_token_invalid"), QStringLiteral("token"),
                             tr("Could not %1: Monite says the token is revoked, expired or unknown (%2). Get a new "
                                "token and try again.")
                                     .arg(action, server)
                                 + note);
        return makeError(QStringLiteral("monite_bad_request"), field,
                         tr("Could not %1: Monite refused the request as invalid (HTTP 400: %2). Check the client "
                            "id, the grant and the entity user id; the body holds only the documented fields.")
                                 .arg(action, server)
                             + note);
    case 401:
        // A bearer Monite no longer accepts (revoke of an expired token answers this way too): the token is dead,
        // the credentials may be fine.
        if (b.type.startsWith(QLatin1String("token_"))
            || b.message.contains(QLatin1String("expired"), Qt::CaseInsensitive)
            || b.message.contains(QLatin1String("revoked"), Qt::CaseInsensitive))
            return makeError(QStringLiteral("monite_token_invalid"), QStringLiteral("token"),
                             tr("Could not %1: Monite says the token is revoked, expired or unknown (%2). Get a new "
                                "token and try again.")
                                     .arg(action, server)
                                 + note);
        return makeError(QStringLiteral("monite_unauthorized"), QStringLiteral("clientSecret"),
                         tr("Could not %1: Monite did not accept the credentials or the token (HTTP 401: %2). Check "
                            "the client id, replace the secret with `monite secret NAME` if it was regenerated, and "
                            "remember that sandbox and production have different credentials.")
                                 .arg(action, server)
                             + note);
    case 403:
        return makeError(QStringLiteral("monite_forbidden"), QStringLiteral("role"),
                         tr("Could not %1: the token is not allowed to do this (HTTP 403: %2). An entity-user "
                            "token may do only what its user's role allows; use a role that allows it, or a "
                            "partner token.")
                                 .arg(action, server)
                             + note);
    case 404:
        return makeError(QStringLiteral("monite_not_found"), QStringLiteral("environment"),
                         tr("Could not %1: not found (HTTP 404: %2). Check the profile's base URL (it ends in /v1) "
                            "and, for an entity-user token, the entity user id.")
                                 .arg(action, server)
                             + note);
    case 405:
        return makeError(QStringLiteral("monite_method_not_allowed"), QStringLiteral("environment"),
                         tr("Could not %1: the server does not allow this method here (HTTP 405: %2). The base URL "
                            "probably does not point at the Monite API; it should end in /v1.")
                                 .arg(action, server)
                             + note);
    case 422:
        return makeError(
            QStringLiteral("monite_validation"), fieldOf(b.locations),
            tr("Could not %1: Monite rejected these fields (HTTP 422): %2. Correct them and try again.")
                    .arg(action, b.details.isEmpty() ? server : b.details.join(QLatin1String("; ")).left(500))
                + note);
    case 429:
        return makeError(
            QStringLiteral("monite_rate_limited"), field,
            (retryAfter.isEmpty()
                 ? tr("Could not %1: too many requests (HTTP 429). Wait a minute, then try again.").arg(action)
                 : tr("Could not %1: too many requests (HTTP 429). Wait %2 seconds, then try again.")
                       .arg(action, retryAfter))
                + note);
    default:
        break;
    }
    if (status >= 500)
        return makeError(QStringLiteral("monite_server_error"), field,
                         tr("Could not %1: Monite had a problem of its own (HTTP %2: %3). Nothing is wrong with your "
                            "settings; try again later, and quote the request id to Monite support if it persists.")
                                 .arg(action)
                                 .arg(status)
                                 .arg(server)
                             + note);
    return makeError(QStringLiteral("monite_http_error"), field,
                     tr("Could not %1: unexpected answer HTTP %2 (%3). Check the profile's base URL.")
                             .arg(action)
                             .arg(status)
                             .arg(b.json ? server : tr("not JSON"))
                         + note);
}

} // namespace monime
