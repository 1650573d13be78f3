// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/TeamService.h"

#include "domain/TokenSecret.h"
#include "portal/TokenService.h"
#include "store/Database.h"

#include <QRegularExpression>

namespace monime {

TeamService::TeamService(Database& database, TokenService& tokens)
    : m_db(database)
    , m_tokens(tokens)
    , m_team(database)
{ }

Result<void> TeamService::teamDatabase() const
{
    if (m_db.isPostgres())
        return {};
    return makeError(QStringLiteral("not_a_team_database"), QStringLiteral("database"),
                     tr("%1 is a personal inventory (an SQLite file): it has one person, you, its owner. A team "
                        "shares a PostgreSQL database: open it with --database postgresql://USER@HOST/DBNAME, or "
                        "move this inventory there with `monime-portal-cli migrate --to postgresql://…`.")
                         .arg(m_db.path()));
}

Result<QString> TeamService::checkEmail(const QString& raw)
{
    const QString email = raw.trimmed();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (email.size() > 254 || !shape.match(email).hasMatch())
        return makeError(QStringLiteral("invalid_email"), QStringLiteral("email"),
                         tr("\"%1\" is not an email address. Give the email of the person's Monime account, e.g. "
                            "ada@example.com.")
                             .arg(raw));
    return email;
}

Result<Monimeer> TeamService::me()
{
    return m_tokens.monimeer();
}

Result<QList<Monimeer>> TeamService::people()
{
    return m_team.people();
}

Result<Monimeer> TeamService::add(const QString& rawEmail, const QString& rawDbUser, const QString& rawRole,
                                  const QString& rawName)
{
    if (auto r = teamDatabase(); !r.ok())
        return r.error();
    auto email = checkEmail(rawEmail);
    if (!email.ok())
        return email.error();
    const QString dbUser = rawDbUser.trimmed();
    static const QRegularExpression login(QStringLiteral("^[^\\s\"]{1,63}$"));
    if (!login.match(dbUser).hasMatch())
        return makeError(QStringLiteral("invalid_db_user"), QStringLiteral("db-user"),
                         tr("--db-user must be the person's PostgreSQL login (1 to 63 characters, no spaces or "
                            "quotes), the user name in their postgresql:// URL."));
    const std::optional<TeamRole> role = teamRoleFromName(rawRole.trimmed());
    if (!role || *role == TeamRole::Former)
        return makeError(QStringLiteral("invalid_team_role"), QStringLiteral("role"),
                         tr("\"%1\" is not a team role. Choose one of: owner, admin, member, viewer.").arg(rawRole));
    auto me = m_tokens.monimeer();
    if (!me.ok())
        return me.error();
    if (auto allowed = TeamPolicy::setRole(me->actor(), std::nullopt, *role); !allowed.ok())
        return allowed.error();
    Monimeer person;
    person.id = TokenSecret::randomId(QLatin1String("mmr-"), 16);
    person.email = email.value();
    person.name = rawName.trimmed().isEmpty() ? email->section(QLatin1Char('@'), 0, 0) : rawName.trimmed();
    person.role = *role;
    person.dbUser = dbUser;
    person.createdAt = QDateTime::currentDateTimeUtc();
    if (auto r = m_db.transaction([&] { return m_team.add(person); }); !r.ok())
        return r.error();
    return person;
}

Result<Monimeer> TeamService::setRole(const QString& key, const QString& rawRole)
{
    if (auto r = teamDatabase(); !r.ok())
        return r.error();
    const std::optional<TeamRole> role = teamRoleFromName(rawRole.trimmed());
    if (!role)
        return makeError(QStringLiteral("invalid_team_role"), QStringLiteral("role"),
                         tr("\"%1\" is not a team role. Choose one of: owner, admin, member, viewer, or former (to "
                            "remove the person).")
                             .arg(rawRole));
    auto person = m_team.find(key.trimmed());
    if (!person.ok())
        return person.error();
    auto me = m_tokens.monimeer();
    if (!me.ok())
        return me.error();
    if (auto allowed = TeamPolicy::setRole(me->actor(), person->role, *role); !allowed.ok())
        return allowed.error();
    if (person->role == *role)
        return person;
    if (person->role == TeamRole::Owner) {
        auto everyone = m_team.people();
        if (!everyone.ok())
            return everyone.error();
        const auto owners = std::count_if(everyone->cbegin(), everyone->cend(),
                                          [](const Monimeer& p) { return p.role == TeamRole::Owner; });
        if (owners <= 1)
            return makeError(QStringLiteral("last_owner"), QStringLiteral("role"),
                             tr("%1 is the team's only owner: make someone else an owner first. Nothing was "
                                "changed.")
                                 .arg(person->label()));
    }
    auto changed = m_team.setRole(person->id, person->role, *role);
    if (!changed.ok())
        return changed.error();
    if (!changed.value())
        return makeError(QStringLiteral("stale_edit"), QStringLiteral("role"),
                         tr("%1's role was changed by someone else meanwhile; nothing was changed. Run `team list` "
                            "to see it now.")
                             .arg(person->label()));
    Monimeer updated = person.value();
    updated.role = *role;
    return updated;
}

Result<Monimeer> TeamService::setMe(const QString& rawEmail, const QString& rawName)
{
    auto me = m_tokens.monimeer();
    if (!me.ok())
        return me.error();
    Monimeer updated = me.value();
    if (!rawEmail.trimmed().isEmpty()) {
        auto email = checkEmail(rawEmail);
        if (!email.ok())
            return email.error();
        updated.email = email.value();
    }
    if (!rawName.trimmed().isEmpty())
        updated.name = rawName.trimmed();
    if (auto r = m_team.setProfile(updated.id, updated.email, updated.name); !r.ok())
        return r.error();
    m_tokens.forgetMonimeer();
    return updated;
}

} // namespace monime
