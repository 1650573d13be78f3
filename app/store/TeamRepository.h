// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/SpaceRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class QSqlQuery;

namespace monime {

class Database;

/// SQL for the people of an inventory and their team roles (schema 8, issue 13). On PostgreSQL the database
/// checks the same rules again (Database: row-level security and the `monimeers_guard` trigger).
class TeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::TeamRepository)

public:
    explicit TeamRepository(Database& database);

    /// The columns readPerson maps, in its order.
    static const QString kColumns;
    static Monimeer readPerson(const QSqlQuery& q);

    /// Everyone, owners first, then by email or name. Former members included (their tokens still name them).
    Result<QList<Monimeer>> people();
    /// id → how others see them (email, else name): what lists and reports show instead of ids.
    Result<QHash<QString, QString>> labels();
    /// A person by id, email (case-insensitive) or PostgreSQL login; an Error naming what was looked for.
    Result<Monimeer> find(const QString& idEmailOrLogin);
    /// Adds a person; an Error when the email or login is taken.
    Result<void> add(const Monimeer& person);
    /// Changes a person's role; `expectedVersion` is not needed: the role is the whole edit, compared in SQL
    /// (`WHERE id = ? AND team_role = ?`): false when it was changed meanwhile.
    Result<bool> setRole(const QString& id, TeamRole from, TeamRole to);
    /// Changes a person's own email and name.
    Result<void> setProfile(const QString& id, const QString& email, const QString& name);

private:
    Database& m_db;
};

} // namespace monime
