// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/TokenJson.h"

#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace monime {

using json::appendList;
using json::appendString;
using json::appendStringOrNull;
using json::appendTime;

QString TokenJson::timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

void TokenJson::appendToken(QByteArray& out, const TokenInfo& t, const QDateTime& now)
{
    out.append("{\"id\":");
    appendString(out, t.id);
    out.append(",\"name\":");
    appendString(out, t.name);
    out.append(",\"environment\":").append(t.environment == Environment::Test ? "\"test\"" : "\"live\"");
    out.append(",\"status\":\"").append(statusName(t.status(now)).toLatin1()).append('"');
    out.append(",\"expiresSoon\":").append(t.expiresSoon(now) ? "true" : "false");
    out.append(",\"createdAt\":");
    appendTime(out, t.createdAt);
    out.append(",\"expiresAt\":");
    appendTime(out, t.expiresAt);
    out.append(",\"revokedAt\":");
    appendTime(out, t.revokedAt);
    out.append(",\"revokeReason\":");
    appendStringOrNull(out, t.revokeReason);
    out.append(",\"apiRelease\":");
    appendString(out, t.apiRelease);
    out.append(",\"permissions\":");
    appendList(out, t.permissions);
    out.append(",\"spaceWhitelist\":");
    appendStringOrNull(out, t.spaceWhitelist);
    out.append(",\"ipWhitelist\":");
    appendList(out, t.ipWhitelist);
    out.append(",\"hint\":");
    appendString(out, t.hint);
    out.append(",\"checksum\":").append(t.checksum == ChecksumState::Valid ? "\"valid\"" : "\"not_applicable\"");
    out.append(",\"origin\":\"").append(originName(t.origin).toLatin1()).append('"');
    out.append(",\"rotatedFrom\":");
    appendStringOrNull(out, t.rotatedFrom);
    out.append(",\"owner\":");
    appendString(out, t.ownerId);
    out.append(",\"ownerLabel\":");
    appendStringOrNull(out, t.ownerLabel);
    out.append(",\"revokedBy\":");
    appendStringOrNull(out, t.revokedBy);
    out.append(",\"revokedByLabel\":");
    appendStringOrNull(out, t.revokedByLabel);
    out.append(",\"version\":").append(QByteArray::number(t.version));
    out.append(",\"lastUsedAt\":");
    appendTime(out, t.lastUsedAt);
    out.append(",\"lastTestedAt\":");
    appendTime(out, t.lastTestedAt);
    out.append(",\"lastTestResult\":");
    appendStringOrNull(out, t.lastTestResult);
    out.append('}');
}

QJsonObject TokenJson::token(const TokenInfo& t, const QDateTime& now)
{
    QByteArray bytes;
    appendToken(bytes, t, now);
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray TokenJson::tokenArray(const QList<TokenInfo>& tokens, const QDateTime& now)
{
    QByteArray out;
    out.reserve(tokens.size() * 600 + 4);
    out.append('[');
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i)
            out.append(',');
        appendToken(out, tokens.at(i), now);
    }
    out.append("]\n");
    return out;
}

QJsonObject TokenJson::audit(const AuditEntry& e, const QString& actorLabel)
{
    QJsonObject o;
    o.insert(QLatin1String("at"), timestamp(e.at));
    o.insert(QLatin1String("actor"), e.actor);
    o.insert(QLatin1String("actorLabel"), actorLabel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(actorLabel));
    o.insert(QLatin1String("action"), e.action);
    o.insert(QLatin1String("detail"), e.detail);
    return o;
}

QJsonObject TokenJson::person(const Monimeer& p)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), p.id);
    o.insert(QLatin1String("name"), p.name);
    o.insert(QLatin1String("email"), p.email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.email));
    o.insert(QLatin1String("role"), teamRoleName(p.role));
    o.insert(QLatin1String("dbUser"), p.dbUser.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.dbUser));
    o.insert(QLatin1String("createdAt"), timestamp(p.createdAt));
    return o;
}

QJsonObject TokenJson::space(const SpaceInfo& s)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), s.id);
    o.insert(QLatin1String("name"), s.name);
    o.insert(QLatin1String("role"), s.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.role));
    o.insert(QLatin1String("createdAt"), timestamp(s.createdAt));
    return o;
}

} // namespace monime
