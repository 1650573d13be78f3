// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AccessPolicy.h"

#include "domain/Token.h"

namespace monime {

TokenGrant TokenGrant::from(const TokenInfo& t, const Catalog& catalog)
{
    TokenGrant grant;
    grant.environment = t.environment;
    grant.expiresAtMs = t.expiresAt.isValid() ? t.expiresAt.toMSecsSinceEpoch() : kNever;
    grant.revokedAtMs = t.revokedAt.isValid() ? t.revokedAt.toMSecsSinceEpoch() : kNever;
    grant.spaceWhitelist = t.spaceWhitelist;
    grant.permissions = catalog.toSet(t.permissions);
    for (const QString& text : t.ipWhitelist) {
        auto rule = IpRule::parse(text);
        if (rule.ok())
            grant.ipRules.push_back(rule.value());
    }
    if (!t.ipWhitelist.isEmpty() && grant.ipRules.empty())
        grant.ipRules.push_back(IpRule::parse(QStringLiteral("0.0.0.0/32")).value());
    return grant;
}

AccessDecision AccessPolicy::decide(const AccessRequest& r)
{
    auto deny = [](AccessReason reason) { return AccessDecision { reason, httpStatus(reason) }; };
    const TokenGrant* t = r.token;
    if (!t)
        return deny(AccessReason::Unauthenticated);
    if (r.nowMs >= t->revokedAtMs)
        return deny(AccessReason::TokenRevoked);
    if (r.nowMs >= t->expiresAtMs)
        return deny(AccessReason::TokenExpired);
    if (r.apiEnvironment && *r.apiEnvironment != t->environment)
        return deny(AccessReason::EnvironmentMismatch);
    if (!t->ipRules.empty()) {
        bool inside = false;
        for (const IpRule& rule : t->ipRules) {
            if (rule.contains(r.caller)) {
                inside = true;
                break;
            }
        }
        if (!inside)
            return deny(AccessReason::IpNotAllowed);
    }
    if (!r.needsSpace) {
        if (r.requiredPermission >= 0 && !t->permissions.test(static_cast<size_t>(r.requiredPermission)))
            return deny(AccessReason::TokenPermissionDenied);
        return AccessDecision {};
    }
    if (r.spaceId.isEmpty())
        return deny(AccessReason::SpaceRequired);
    if (!r.spaceKnown)
        return deny(AccessReason::SpaceNotFound);
    if (!t->spaceWhitelist.isEmpty() && t->spaceWhitelist != r.spaceId)
        return deny(AccessReason::SpaceNotAllowed);
    if (!r.isMember)
        return deny(AccessReason::NoSpaceAccess);
    if (r.requiredPermission >= 0) {
        if (!t->permissions.test(static_cast<size_t>(r.requiredPermission)))
            return deny(AccessReason::TokenPermissionDenied);
        if (!r.rolePermissions.test(static_cast<size_t>(r.requiredPermission)))
            return deny(AccessReason::RolePermissionDenied);
    }
    return AccessDecision {};
}

int AccessPolicy::httpStatus(AccessReason reason)
{
    switch (reason) {
    case AccessReason::Granted:
        return 200;
    case AccessReason::Unauthenticated:
    case AccessReason::TokenRevoked:
    case AccessReason::TokenExpired:
    case AccessReason::EnvironmentMismatch:
        return 401;
    case AccessReason::SpaceRequired:
        return 400;
    case AccessReason::IpNotAllowed:
    case AccessReason::SpaceNotFound:
    case AccessReason::SpaceNotAllowed:
    case AccessReason::NoSpaceAccess:
    case AccessReason::TokenPermissionDenied:
    case AccessReason::RolePermissionDenied:
        return 403;
    }
    return 500;
}

QLatin1String AccessPolicy::reasonCode(AccessReason reason)
{
    switch (reason) {
    case AccessReason::Granted:
        return QLatin1String("granted");
    case AccessReason::Unauthenticated:
        return QLatin1String("unauthenticated");
    case AccessReason::TokenRevoked:
        return QLatin1String("token_revoked");
    case AccessReason::TokenExpired:
        return QLatin1String("token_expired");
    case AccessReason::EnvironmentMismatch:
        return QLatin1String("environment_mismatch");
    case AccessReason::IpNotAllowed:
        return QLatin1String("ip_not_allowed");
    case AccessReason::SpaceRequired:
        return QLatin1String("space_required");
    case AccessReason::SpaceNotFound: // one reason for both: an unknown Space is not told apart from a forbidden one
        return QLatin1String("no_space_access");
    case AccessReason::SpaceNotAllowed:
        return QLatin1String("space_not_allowed");
    case AccessReason::NoSpaceAccess:
        return QLatin1String("no_space_access");
    case AccessReason::TokenPermissionDenied:
        return QLatin1String("token_permission_denied");
    case AccessReason::RolePermissionDenied:
        return QLatin1String("role_permission_denied");
    }
    return QLatin1String("unknown");
}

QString AccessPolicy::message(AccessReason reason, const QString& permission)
{
    switch (reason) {
    case AccessReason::Granted:
        return tr("Access granted.");
    case AccessReason::Unauthenticated:
        return tr("Missing, malformed or unknown access token. Send \"Authorization: Bearer <token>\" with a token "
                  "created in the portal.");
    case AccessReason::TokenRevoked:
        return tr("This access token has been revoked. Create a new token (or rotate) and update your integration.");
    case AccessReason::TokenExpired:
        return tr("This access token has expired. Create a new token (or rotate) and update your integration.");
    case AccessReason::EnvironmentMismatch:
        return tr("The token's type does not match this API environment: use a mon_test_ token against the test "
                  "environment and a mon_ token against live.");
    case AccessReason::IpNotAllowed:
        return tr("The request comes from an IP address outside this token's IP whitelist. Call from a whitelisted "
                  "address or add this one to the token.");
    case AccessReason::SpaceRequired:
        return tr("The Monime-Space-Id header is missing. Send the id of the Space you operate in (spc-…).");
    case AccessReason::SpaceNotFound:
    case AccessReason::NoSpaceAccess:
        return tr("The token's owner has no access to the Space given in Monime-Space-Id. Check the id on the "
                  "Developer page, or ask a Space owner to invite them.");
    case AccessReason::SpaceNotAllowed:
        return tr("This token is whitelisted to another Space. Use that Space, or a token without a Space "
                  "whitelist.");
    case AccessReason::TokenPermissionDenied:
        return tr("The token does not have the permission %1. Create a token that includes it.").arg(permission);
    case AccessReason::RolePermissionDenied:
        return tr("The owner's role in this Space does not grant %1, so the token cannot use it here. Ask a Space "
                  "owner to adjust the role.")
            .arg(permission);
    }
    return {};
}

} // namespace monime
