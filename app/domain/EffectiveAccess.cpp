// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/EffectiveAccess.h"

namespace monime {

int SpaceAccess::grantedCount() const
{
    int n = 0;
    for (const auto& p : permissions)
        n += p.second == Grant::Granted;
    return n;
}

QList<SpaceAccess> effectiveAccess(const TokenInfo& token, const QList<SpaceRef>& spaces, const Catalog& catalog)
{
    QList<SpaceAccess> out;
    for (const SpaceRef& space : spaces) {
        SpaceAccess access { space.id, space.name, space.role, {} };
        const SpaceRole* role = catalog.role(space.role);
        for (const QString& permission : token.permissions) {
            Grant grant = Grant::Granted;
            if (!token.spaceWhitelist.isEmpty() && token.spaceWhitelist != space.id)
                grant = Grant::BlockedByWhitelist;
            else if (!role)
                grant = Grant::NotAMember;
            else if (const int index = catalog.permissionIndex(permission);
                     index < 0 || !role->permissions.test(size_t(index)))
                grant = Grant::MissingFromRole;
            access.permissions.append({ permission, grant });
        }
        out.append(access);
    }
    return out;
}

} // namespace monime
