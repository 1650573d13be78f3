// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TeamPolicy.h"

namespace monime {

QString teamRoleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return QStringLiteral("owner");
    case TeamRole::Admin:
        return QStringLiteral("admin");
    case TeamRole::Member:
        return QStringLiteral("member");
    case TeamRole::Viewer:
        return QStringLiteral("viewer");
    case TeamRole::Former:
        return QStringLiteral("former");
    }
    return {};
}

std::optional<TeamRole> teamRoleFromName(const QString& name)
{
    for (TeamRole r : { TeamRole::Owner, TeamRole::Admin, TeamRole::Member, TeamRole::Viewer, TeamRole::Former })
        if (name.compare(teamRoleName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

namespace {
Error refusal(const QString& message)
{
    return makeError(QStringLiteral("team_forbidden"), QStringLiteral("role"), message);
}
} // namespace

Error TeamPolicy::viewer(const Actor& actor)
{
    if (actor.role == TeamRole::Former)
        return refusal(tr("You (%1) are no longer a member of this team inventory; nothing was changed. Ask one of its "
                          "owners or admins to add you again (`monime-portal-cli team add`).")
                           .arg(actor.label));
    return refusal(tr("You (%1) are a viewer in this team inventory: you can read it, not change it. Nothing was "
                      "changed; ask one of its owners or admins for the member role (`monime-portal-cli team role`).")
                       .arg(actor.label));
}

Result<void> TeamPolicy::read(const Actor& actor)
{
    if (actor.role == TeamRole::Former)
        return refusal(tr("You (%1) are no longer a member of this team inventory, so it shows you nothing. Ask one "
                          "of its owners or admins to add you again (`monime-portal-cli team add`).")
                           .arg(actor.label));
    return {};
}

Result<void> TeamPolicy::create(const Actor& actor)
{
    if (!canWrite(actor.role))
        return viewer(actor);
    return {};
}

Result<void> TeamPolicy::write(const Actor& actor)
{
    return create(actor);
}

Result<void> TeamPolicy::revoke(const Actor& actor, const QString& ownerId, const QString& ownerLabel,
                                const QString& reason)
{
    if (!canWrite(actor.role))
        return viewer(actor);
    if (ownerId == actor.id)
        return {};
    if (!canManage(actor.role))
        return refusal(tr("This token belongs to %1; as a member you may revoke only your own tokens. Nothing was "
                          "changed; ask %1, or an owner or admin of the team.")
                           .arg(ownerLabel));
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("reason_required"), QStringLiteral("reason"),
                         tr("This token belongs to %1: say why you revoke it (--reason, or the Reason field); %1 "
                            "will see it with your name.")
                             .arg(ownerLabel));
    return {};
}

Result<void> TeamPolicy::rotate(const Actor& actor, const QString& ownerId, const QString& ownerLabel)
{
    if (!canWrite(actor.role))
        return viewer(actor);
    if (ownerId != actor.id)
        return makeError(QStringLiteral("secret_elsewhere"), QStringLiteral("id"),
                         tr("This token belongs to %1: its secret is in %1's keychain, not yours, so only %1 can "
                            "rotate it and deploy the new one. Ask %1; an owner or admin may revoke it.")
                             .arg(ownerLabel));
    return {};
}

Result<void> TeamPolicy::test(const Actor& actor, const QString& ownerId, const QString& ownerLabel)
{
    if (ownerId != actor.id)
        return makeError(QStringLiteral("secret_elsewhere"), QStringLiteral("id"),
                         tr("This token belongs to %1: its secret is in %1's keychain only, so only %1 can test "
                            "it. Its metadata and history are all here.")
                             .arg(ownerLabel));
    return {};
}

Result<void> TeamPolicy::setRole(const Actor& actor, std::optional<TeamRole> from, TeamRole to)
{
    if (!canManage(actor.role))
        return refusal(tr("Only the team's owners and admins may add people or change roles; you (%1) are %2. "
                          "Nothing was changed.")
                           .arg(actor.label, teamRoleName(actor.role)));
    const bool touchesOwner = to == TeamRole::Owner || (from && *from == TeamRole::Owner);
    if (touchesOwner && actor.role != TeamRole::Owner)
        return refusal(tr("Only an owner may make someone an owner or change an owner's role. Nothing was changed."));
    return {};
}

Error TeamPolicy::refusedByDatabase(const QString& detail)
{
    return refusal(tr("The team database refused this change (%1). Your role in the team does not allow it; "
                      "nothing was changed. `monime-portal-cli team list` shows the roles.")
                       .arg(detail));
}

} // namespace monime
