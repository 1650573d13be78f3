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

/// For each Space, what each of the token's permissions amounts to there.
QList<SpaceAccess> effectiveAccess(const TokenInfo& token, const QList<SpaceRef>& spaces, const Catalog& catalog);

} // namespace monime
