// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "domain/TokenSecret.h"

#include <QDateTime>
#include <QStringList>

namespace monime {

/// ACTIVE, EXPIRED or REVOKED: computed from the token and an injected "now", never stored.
enum class TokenStatus { Active, Expired, Revoked };

QString statusName(TokenStatus status); ///< "ACTIVE", "EXPIRED", "REVOKED"
std::optional<TokenStatus> statusFromName(const QString& name); ///< case-insensitive

/// How a token came to be.
enum class TokenOrigin { Created, Imported, Rotated };
QString originName(TokenOrigin origin);
TokenOrigin originFromName(const QString& name);

/// A token's metadata: everything the app keeps about it except the secret itself.
struct TokenInfo
{
    QString id; ///< "tok-…"
    QString ownerId; ///< the Monimeer
    QString name;
    Environment environment = Environment::Test;
    QString apiRelease;
    QDateTime createdAt;
    QDateTime expiresAt; ///< invalid when the token never expires
    QDateTime revokedAt; ///< invalid unless revoked
    QString revokeReason;
    QStringList permissions; ///< sorted
    QString spaceWhitelist; ///< empty when any Space is allowed
    QStringList ipWhitelist; ///< normalised rules; empty when any address is allowed
    QString hint; ///< "mon_test_…a1B2"
    ChecksumState checksum = ChecksumState::Valid;
    TokenOrigin origin = TokenOrigin::Created;
    QString rotatedFrom; ///< id of the token this one replaced
    QString replacedBy; ///< id of the token that replaced this one in a rotation, when the store knows it
    QDateTime lastUsedAt;
    QDateTime lastTestedAt;
    QString lastTestResult; ///< what the last test said, for people ("passed: authenticated HTTP 200 …")
    std::optional<bool> lastTestPassed; ///< the last test's outcome as data; nullopt: never tested
    QStringList leakedAt; ///< where a leak scan found the secret ("[commit:]path:line"); health flags it until revoked
    int version = 1; ///< raised by every edit (revoke, rotation link): an edit made on an older version is refused
    QString revokedBy; ///< the Monimeer who revoked it (empty: unknown, or not revoked)
    QString ownerLabel; ///< how others see its owner (email, else name), when the service filled it in
    QString revokedByLabel; ///< how others see who revoked it, when the service filled it in

    static constexpr int kExpiresSoonDays = 14;

    TokenStatus status(const QDateTime& now) const;
    /// ACTIVE and expiring within 14 days: a warning beside the status, not a status.
    bool expiresSoon(const QDateTime& now) const;
    /// Active, but with a revocation already set (a rotation's grace period): it stops working then.
    bool revocationScheduled(const QDateTime& now) const { return revokedAt.isValid() && revokedAt > now; }
};

/// The status as people read it, the same in the list, the details and every report: "ACTIVE",
/// "ACTIVE until 2026-12-08 12:00 UTC, replaced by tok-…" in a rotation's grace period, "REVOKED (replaced by
/// tok-…)", "EXPIRED".
QString statusText(const TokenInfo& token, const QDateTime& now);

} // namespace monime
