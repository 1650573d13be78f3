// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Token.h"

#include <QCoreApplication>

namespace monime {

QString statusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active:
        return QStringLiteral("ACTIVE");
    case TokenStatus::Expired:
        return QStringLiteral("EXPIRED");
    case TokenStatus::Revoked:
        return QStringLiteral("REVOKED");
    }
    return {};
}

std::optional<TokenStatus> statusFromName(const QString& name)
{
    for (auto s : { TokenStatus::Active, TokenStatus::Expired, TokenStatus::Revoked })
        if (statusName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString originName(TokenOrigin origin)
{
    switch (origin) {
    case TokenOrigin::Created:
        return QStringLiteral("created");
    case TokenOrigin::Imported:
        return QStringLiteral("imported");
    case TokenOrigin::Rotated:
        return QStringLiteral("rotated");
    }
    return {};
}

TokenOrigin originFromName(const QString& name)
{
    if (name == QLatin1String("imported"))
        return TokenOrigin::Imported;
    if (name == QLatin1String("rotated"))
        return TokenOrigin::Rotated;
    return TokenOrigin::Created;
}

TokenStatus TokenInfo::status(const QDateTime& now) const
{
    if (revokedAt.isValid() && revokedAt <= now)
        return TokenStatus::Revoked;
    if (expiresAt.isValid() && now >= expiresAt)
        return TokenStatus::Expired;
    return TokenStatus::Active;
}

QString statusText(const TokenInfo& t, const QDateTime& now)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("monime::TokenInfo", text); };
    const TokenStatus status = t.status(now);
    if (t.revocationScheduled(now)) {
        const QString until = t.revokedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return t.replacedBy.isEmpty() ? tr("ACTIVE until %1 UTC").arg(until)
                                      : tr("ACTIVE until %1 UTC, replaced by %2").arg(until, t.replacedBy);
    }
    if (status == TokenStatus::Revoked && !t.replacedBy.isEmpty())
        return tr("REVOKED (replaced by %1)").arg(t.replacedBy);
    return statusName(status);
}

bool TokenInfo::expiresSoon(const QDateTime& now) const
{
    return status(now) == TokenStatus::Active && expiresAt.isValid()
        && now.msecsTo(expiresAt) <= qint64(kExpiresSoonDays) * 24 * 3600 * 1000;
}

} // namespace monime
