// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace monime {

/// A person's role in an inventory's team (issue 13). A personal SQLite inventory has one person, its owner.
/// `Former`: removed from the team — kept so their tokens and history still name them, with no rights.
enum class TeamRole { Owner, Admin, Member, Viewer, Former };

QString teamRoleName(TeamRole role); ///< "owner", "admin", "member", "viewer", "former" (stored, CLI)
std::optional<TeamRole> teamRoleFromName(const QString& name);

/// Who is acting: their Monimeer id and team role.
struct Actor
{
    QString id;
    TeamRole role = TeamRole::Owner;
    QString label; ///< email, else name: how others see them
};

/// The team rules, one home for the use cases (TokenService), the CLI and the GUI (which enable what these
/// allow). PostgreSQL enforces the same table a second time with row-level security and triggers (Database,
/// schema 8), so a hand-written SQL client gets no more than the app would give; docs/ARCHITECTURE.md lists it.
///
/// | action                                  | owner | admin | member | viewer |
/// |-----------------------------------------|-------|-------|--------|--------|
/// | see every token's metadata and history  | yes   | yes   | yes    | yes    |
/// | create, import; rotate/test own token   | yes   | yes   | yes    | no     |
/// | revoke own token                        | yes   | yes   | yes    | no     |
/// | revoke anyone's token (reason required) | yes   | yes   | no     | no     |
/// | add people, change roles (not owner)    | yes   | yes   | no     | no     |
/// | make or unmake an owner                 | yes   | no    | no     | no     |
///
/// A token's secret is in its creator's keychain only: nobody else can test or rotate it.
class TeamPolicy
{
    Q_DECLARE_TR_FUNCTIONS(monime::TeamPolicy)

public:
    static bool canWrite(TeamRole role)
    {
        return role == TeamRole::Owner || role == TeamRole::Admin || role == TeamRole::Member;
    }
    static bool canManage(TeamRole role) { return role == TeamRole::Owner || role == TeamRole::Admin; }

    /// Reading the inventory: refused to a former member (the database shows them nothing).
    static Result<void> read(const Actor& actor);
    /// Creating or importing a token.
    static Result<void> create(const Actor& actor);
    /// Revoking token `ownerId`'s token; `ownerLabel` names its owner; `reason` as given.
    static Result<void> revoke(const Actor& actor, const QString& ownerId, const QString& ownerLabel,
                               const QString& reason);
    /// Rotating (or finishing a rotation of) a token: only its creator holds its secret and can deploy the new one.
    static Result<void> rotate(const Actor& actor, const QString& ownerId, const QString& ownerLabel);
    /// Testing a token: the secret is in its creator's keychain only.
    static Result<void> test(const Actor& actor, const QString& ownerId, const QString& ownerLabel);
    /// Writes that are not about one token (a Space, a leak record, a Monite profile).
    static Result<void> write(const Actor& actor);
    /// Adding a person with `role`, or changing a person from `from` to `to` (nullopt `from`: adding).
    static Result<void> setRole(const Actor& actor, std::optional<TeamRole> from, TeamRole to);
    /// The error every refusal of the database's own checks maps to (SQLSTATE 42501 and the triggers' P0001).
    static Error refusedByDatabase(const QString& detail);

private:
    static Error viewer(const Actor& actor);
};

} // namespace monime
