// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace monime {

namespace {
QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(TokenJson::timestamp(t)) : QJsonValue(QJsonValue::Null);
}
QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QString TokenJson::timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject TokenJson::token(const TokenInfo& t, const QDateTime& now)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), t.id);
    o.insert(QLatin1String("name"), t.name);
    o.insert(QLatin1String("environment"), environmentName(t.environment));
    o.insert(QLatin1String("status"), statusName(t.status(now)));
    o.insert(QLatin1String("expiresSoon"), t.expiresSoon(now));
    o.insert(QLatin1String("createdAt"), timeOrNull(t.createdAt));
    o.insert(QLatin1String("expiresAt"), timeOrNull(t.expiresAt));
    o.insert(QLatin1String("revokedAt"), timeOrNull(t.revokedAt));
    o.insert(QLatin1String("revokeReason"), textOrNull(t.revokeReason));
    o.insert(QLatin1String("apiRelease"), t.apiRelease);
    o.insert(QLatin1String("permissions"), QJsonArray::fromStringList(t.permissions));
    o.insert(QLatin1String("spaceWhitelist"), textOrNull(t.spaceWhitelist));
    o.insert(QLatin1String("ipWhitelist"), QJsonArray::fromStringList(t.ipWhitelist));
    o.insert(QLatin1String("hint"), t.hint);
    o.insert(QLatin1String("checksum"),
             t.checksum == ChecksumState::Valid ? QStringLiteral("valid") : QStringLiteral("not_applicable"));
    o.insert(QLatin1String("origin"), originName(t.origin));
    o.insert(QLatin1String("rotatedFrom"), textOrNull(t.rotatedFrom));
    o.insert(QLatin1String("owner"), t.ownerId);
    o.insert(QLatin1String("lastUsedAt"), timeOrNull(t.lastUsedAt));
    o.insert(QLatin1String("lastTestedAt"), timeOrNull(t.lastTestedAt));
    o.insert(QLatin1String("lastTestResult"), textOrNull(t.lastTestResult));
    return o;
}

QByteArray TokenJson::tokenArray(const QList<TokenInfo>& tokens, const QDateTime& now)
{
    QByteArray out;
    out.reserve(tokens.size() * 700 + 4);
    out.append('[');
    bool first = true;
    for (const TokenInfo& t : tokens) {
        if (!first)
            out.append(',');
        first = false;
        // QJsonDocument per object keeps escaping correct; one small document at a time keeps memory flat.
        QByteArray one = QJsonDocument(token(t, now)).toJson(QJsonDocument::Compact);
        out.append(one);
    }
    out.append("]\n");
    return out;
}

QJsonObject TokenJson::audit(const AuditEntry& e)
{
    QJsonObject o;
    o.insert(QLatin1String("at"), timestamp(e.at));
    o.insert(QLatin1String("actor"), e.actor);
    o.insert(QLatin1String("action"), e.action);
    o.insert(QLatin1String("detail"), e.detail);
    return o;
}

QJsonObject TokenJson::space(const SpaceInfo& s)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), s.id);
    o.insert(QLatin1String("name"), s.name);
    o.insert(QLatin1String("role"), textOrNull(s.role));
    o.insert(QLatin1String("createdAt"), timestamp(s.createdAt));
    return o;
}

} // namespace monime
