// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Catalog.h"
#include "domain/Environment.h"
#include "domain/IpRule.h"

#include <QCoreApplication>

#include <limits>
#include <optional>
#include <vector>

namespace monime {

/// The outcome of DESIGN.md's enforcement table, in its order; the first failing check decides.
enum class AccessReason {
    Granted,
    Unauthenticated, ///< 401: no/invalid Authorization, malformed or unknown token
    TokenRevoked, ///< 401
    TokenExpired, ///< 401
    EnvironmentMismatch, ///< 401: token type ≠ API environment
    IpNotAllowed, ///< 403
    SpaceRequired, ///< 400: Monime-Space-Id missing
    SpaceNotFound, ///< 403, answered exactly like NoSpaceAccess: from outside, an unknown Space and one the
                   ///< Monimeer does not belong to look the same (seed 002)
    SpaceNotAllowed, ///< 403: token whitelisted to another Space
    NoSpaceAccess, ///< 403: Monimeer not a member of the Space
    TokenPermissionDenied, ///< 403
    RolePermissionDenied, ///< 403
};

struct TokenInfo;

/// A token compiled for fast decisions: parsed IP rules, a permission bitset, times in ms since the epoch.
struct TokenGrant
{
    /// The one way a stored token becomes a grant: the sandbox and every screen build it here. An IP whitelist
    /// whose every entry fails to parse denies everyone rather than allowing everyone.
    static TokenGrant from(const TokenInfo& token, const Catalog& catalog);

    static constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    Environment environment = Environment::Test;
    qint64 expiresAtMs = kNever;
    qint64 revokedAtMs = kNever;
    std::vector<IpRule> ipRules;
    QString spaceWhitelist;
    PermissionSet permissions;
};

/// One request as the sandbox sees it. The caller resolves the token, the Space and the membership.
struct AccessRequest
{
    const TokenGrant* token = nullptr; ///< nullptr: missing, malformed or unknown
    std::optional<Environment> apiEnvironment; ///< nullopt: taken from the token ("auto")
    IpAddress caller;
    QStringView spaceId; ///< empty: header missing
    bool spaceKnown = false;
    bool isMember = false;
    PermissionSet rolePermissions;
    int requiredPermission = -1; ///< catalog index; -1 when the endpoint needs none
    /// false for the operations the spec declares without Monime-Space-Id (banks, momos, countries, provider
    /// KYC): checks 6-8 and the role check are skipped, the token's own permission still counts.
    bool needsSpace = true;
    qint64 nowMs = 0;
};

struct AccessDecision
{
    AccessReason reason = AccessReason::Granted;
    int httpStatus = 200;
    bool allowed() const { return reason == AccessReason::Granted; }
};

class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(monime::AccessPolicy)

public:
    /// Pure and allocation-free: the same request always gets the same decision.
    static AccessDecision decide(const AccessRequest& request);
    static int httpStatus(AccessReason reason);
    /// The `error.reason` of Monime's envelope, e.g. "token_permission_denied".
    static QLatin1String reasonCode(AccessReason reason);
    /// What happened and what to do next, for `error.message`.
    static QString message(AccessReason reason, const QString& permission = {});
};

} // namespace monime
