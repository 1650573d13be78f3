// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/TeamRepository.h"

#include <QCoreApplication>

namespace monime {

class Database;
class TokenService;

/// The team's use cases (issue 13): who is in a team inventory and with which role. Every rule asked of
/// TeamPolicy; on PostgreSQL the database checks them again (row-level security, the `monimeers_guard` trigger).
class TeamService
{
    Q_DECLARE_TR_FUNCTIONS(monime::TeamService)

public:
    TeamService(Database& database, TokenService& tokens);

    /// Who you are here.
    Result<Monimeer> me();
    Result<QList<Monimeer>> people();
    /// Adds a person (owners and admins; an owner only by an owner): their Monime account email, their
    /// PostgreSQL login, their role. Team databases only.
    Result<Monimeer> add(const QString& email, const QString& dbUser, const QString& role, const QString& name);
    /// Changes a person's role (`former` removes them: their tokens and history keep their name).
    Result<Monimeer> setRole(const QString& person, const QString& role);
    /// Sets your own email and name (empty: unchanged).
    Result<Monimeer> setMe(const QString& email, const QString& name);

    /// Checks an email as given: something@domain, no spaces.
    static Result<QString> checkEmail(const QString& email);

private:
    Result<void> teamDatabase() const;

    Database& m_db;
    TokenService& m_tokens;
    TeamRepository m_team;
};

} // namespace monime
