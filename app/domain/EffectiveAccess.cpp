// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/EffectiveAccess.h"

#include "domain/AccessPolicy.h"

namespace monime {

int SpaceAccess::grantedCount() const
{
    int n = 0;
    for (const auto& p : permissions)
        n += p.second == Grant::Granted;
    return n;
}

QList<SpaceAccess> effectiveAccess(const TokenInfo& token, const QList<SpaceRef>& spaces, const Catalog& catalog,
                                   const QDateTime& now)
{
    TokenGrant grant = TokenGrant::from(token, catalog);
    grant.ipRules.clear(); // asked from an address the whitelist admits
    QList<SpaceAccess> out;
    for (const SpaceRef& space : spaces) {
        SpaceAccess access { space.id, space.name, space.role, {} };
        const SpaceRole* role = catalog.role(space.role);
        AccessRequest request;
        request.token = &grant;
        request.spaceId = space.id;
        request.spaceKnown = true;
        request.isMember = role != nullptr;
        if (role)
            request.rolePermissions = role->permissions;
        request.nowMs = now.toMSecsSinceEpoch();
        for (const QString& permission : token.permissions) {
            request.requiredPermission = catalog.permissionIndex(permission);
            Grant verdict = Grant::Granted;
            switch (AccessPolicy::decide(request).reason) {
            case AccessReason::Granted:
                // A permission the catalog does not know is one no endpoint can require: no role grants it.
                verdict = request.requiredPermission < 0 ? Grant::MissingFromRole : Grant::Granted;
                break;
            case AccessReason::TokenRevoked:
                verdict = Grant::Revoked;
                break;
            case AccessReason::TokenExpired:
                verdict = Grant::Expired;
                break;
            case AccessReason::SpaceNotAllowed:
                verdict = Grant::BlockedByWhitelist;
                break;
            case AccessReason::NoSpaceAccess:
                verdict = Grant::NotAMember;
                break;
            default: // the role (or the token itself) lacks it
                verdict = Grant::MissingFromRole;
                break;
            }
            access.permissions.append({ permission, verdict });
        }
        out.append(access);
    }
    return out;
}

} // namespace monime
