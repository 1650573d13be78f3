// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/TeamPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace monime {

class Database;

/// A Space and the local Monimeer's role in it (empty role: not a member).
struct SpaceInfo
{
    QString id; ///< "spc-…" or "spc_…"
    QString name;
    QString role; ///< catalog role id, e.g. "developer"; empty when the Monimeer is not a member
    QDateTime createdAt;
};

/// A person of the inventory: on SQLite the one local person (an owner); on a team database (issue 13) each
/// Monimeer, tied to their PostgreSQL login (`dbUser`).
struct Monimeer
{
    QString id; ///< "mmr-…"
    QString name;
    QString email; ///< the Monime account's email they gave; may be empty
    TeamRole role = TeamRole::Owner;
    QString dbUser; ///< PostgreSQL login role; empty on SQLite
    QDateTime createdAt;

    /// How others see them: the email, else the name.
    QString label() const { return email.isEmpty() ? name : email; }
    Actor actor() const { return Actor { id, role, label() }; }
};

/// SQL for the Monimeer, Spaces and memberships.
class SpaceRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::SpaceRepository)

public:
    explicit SpaceRepository(Database& database);

    /// Who is using the inventory. SQLite: the one person it belongs to, created on first use with `defaultName`.
    /// PostgreSQL: the team member whose `db_user` is this login (`session_user`); an Error saying whom to ask
    /// when there is none.
    Result<Monimeer> localMonimeer(const QString& defaultName, const QDateTime& now);

    /// Adds the Space, or renames it, and sets the Monimeer's role there (empty role: remove the membership).
    Result<void> upsert(const QString& monimeerId, const SpaceInfo& space);
    Result<void> remove(const QString& spaceId);
    Result<QList<SpaceInfo>> list(const QString& monimeerId);
    Result<std::optional<SpaceInfo>> find(const QString& monimeerId, const QString& spaceIdOrName);

private:
    Database& m_db;
};

} // namespace monime
