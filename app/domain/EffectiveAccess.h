// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Catalog.h"
#include "domain/Token.h"

#include <QList>

namespace monime {

/// Why a token's permission does or does not work in one Space: the intersection the seeds describe.
enum class Grant {
    Granted, ///< the token has it and the Monimeer's role in the Space grants it
    MissingFromRole, ///< the token has it, but the role in this Space does not
    NotAMember, ///< the Monimeer has no role in this Space
    BlockedByWhitelist, ///< the token is whitelisted to another Space
    Revoked, ///< the token is revoked: nothing works anywhere
    Expired, ///< the token has expired: nothing works anywhere
};

struct SpaceAccess
{
    QString spaceId;
    QString spaceName;
    QString role; ///< empty: not a member
    QList<QPair<QString, Grant>> permissions; ///< each of the token's permissions
    int grantedCount() const;
};

struct SpaceRef
{
    QString id;
    QString name;
    QString role;
};

/// For each Space, what each of the token's permissions amounts to there, at `now`: each verdict is
/// AccessPolicy::decide's, for a request from an address the token's IP whitelist admits (the whitelist is about
/// callers, not Spaces), so the screen can never disagree with the sandbox.
QList<SpaceAccess> effectiveAccess(const TokenInfo& token, const QList<SpaceRef>& spaces, const Catalog& catalog,
                                   const QDateTime& now);

} // namespace monime
