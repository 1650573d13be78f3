// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MoniteToken.h"

#include <algorithm>

namespace monime {

QString MoniteAuthGrant::grantTypeName() const
{
    return isPartner() ? QStringLiteral("client_credentials") : QStringLiteral("entity_user");
}

QString MoniteAuthGrant::key() const
{
    return isPartner() ? QStringLiteral("partner") : QStringLiteral("eu-") + entityUserId;
}

MoniteAuthGrant MoniteAuthGrant::fromKey(const QString& key)
{
    if (key.startsWith(QLatin1String("eu-")))
        return entityUser(key.mid(3));
    return partner();
}

QJsonObject MoniteAuthGrant::tokenRequestBody(const QString& clientId, const QByteArray& clientSecret) const
{
    QJsonObject body { { QStringLiteral("grant_type"), grantTypeName() },
                       { QStringLiteral("client_id"), clientId },
                       { QStringLiteral("client_secret"), QString::fromUtf8(clientSecret) } };
    if (!isPartner())
        body.insert(QStringLiteral("entity_user_id"), entityUserId);
    return body;
}

MoniteTokenTimes MoniteTokenTimes::fromResponse(const QDateTime& receivedAt, qint64 expiresInSecs)
{
    MoniteTokenTimes t;
    t.receivedAt = receivedAt.toUTC();
    t.expiresAt = t.receivedAt.addSecs(std::max<qint64>(0, expiresInSecs));
    return t;
}

qint64 MoniteTokenTimes::secondsLeft(const QDateTime& now) const
{
    if (!expiresAt.isValid())
        return 0;
    return std::max<qint64>(0, now.secsTo(expiresAt));
}

QDateTime MoniteTokenTimes::remintAt() const
{
    const qint64 lifetime = std::max<qint64>(0, lifetimeSecs());
    const qint64 byShare = lifetime * kRemintPercent / 100;
    const qint64 byMargin = lifetime - kRemintMarginSecs;
    return receivedAt.addSecs(std::max<qint64>(0, std::min(byShare, byMargin)));
}

MoniteTokenStatus MoniteTokenText::statusOf(const MoniteTokenTimes& times, const QDateTime& now)
{
    if (!times.receivedAt.isValid())
        return MoniteTokenStatus::None;
    if (times.revoked())
        return MoniteTokenStatus::Revoked;
    if (times.expired(now))
        return MoniteTokenStatus::Expired;
    if (times.remintDue(now))
        return MoniteTokenStatus::RemintDue;
    return MoniteTokenStatus::Live;
}

QString MoniteTokenText::statusName(MoniteTokenStatus status)
{
    switch (status) {
    case MoniteTokenStatus::None:
        return QStringLiteral("none");
    case MoniteTokenStatus::Live:
        return QStringLiteral("live");
    case MoniteTokenStatus::RemintDue:
        return QStringLiteral("remint_due");
    case MoniteTokenStatus::Expired:
        return QStringLiteral("expired");
    case MoniteTokenStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("none");
}

QString MoniteTokenText::duration(qint64 secs)
{
    secs = std::max<qint64>(0, secs);
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    const qint64 seconds = secs % 60;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes);
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(seconds);
    return tr("%1 s").arg(seconds);
}

QString MoniteTokenText::describe(const MoniteTokenTimes& t, const QDateTime& now)
{
    const QString at = t.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    switch (statusOf(t, now)) {
    case MoniteTokenStatus::None:
        return tr("no token yet");
    case MoniteTokenStatus::Revoked:
        return tr("revoked %1").arg(t.revokedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    case MoniteTokenStatus::Expired:
        return tr("expired %1 ago (%2)").arg(duration(t.expiresAt.secsTo(now)), at);
    case MoniteTokenStatus::RemintDue:
        return tr("live, expires in %1 (%2); a test gets a fresh one first").arg(duration(t.secondsLeft(now)), at);
    case MoniteTokenStatus::Live:
        break;
    }
    return tr("live, expires in %1 (%2)").arg(duration(t.secondsLeft(now)), at);
}

} // namespace monime
