// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TeamRepository.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace monime {

const QString TeamRepository::kColumns
    = QStringLiteral("monimeers.id, monimeers.name, monimeers.email, monimeers.team_role, monimeers.db_user, "
                     "monimeers.created_at");

TeamRepository::TeamRepository(Database& database)
    : m_db(database)
{ }

Monimeer TeamRepository::readPerson(const QSqlQuery& q)
{
    Monimeer m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.email = q.value(2).toString();
    m.role = teamRoleFromName(q.value(3).toString()).value_or(TeamRole::Former);
    m.dbUser = q.value(4).toString();
    m.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return m;
}

Result<QList<Monimeer>> TeamRepository::people()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT ") + kColumns
                + QStringLiteral(" FROM monimeers ORDER BY CASE team_role WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 "
                                 "WHEN 'member' THEN 2 WHEN 'viewer' THEN 3 ELSE 4 END, lower(coalesce(email, name)), "
                                 "id")))
        return Database::queryError(q, tr("read the team"));
    QList<Monimeer> out;
    while (q.next())
        out.append(readPerson(q));
    return out;
}

Result<QHash<QString, QString>> TeamRepository::labels()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, coalesce(email, name) FROM monimeers")))
        return Database::queryError(q, tr("read the team"));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Result<Monimeer> TeamRepository::find(const QString& key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM monimeers WHERE id = ? OR lower(email) = lower(?) OR db_user = ?"));
    q.addBindValue(key);
    q.addBindValue(key);
    q.addBindValue(key);
    if (auto r = Database::exec(q, tr("look up the person")); !r.ok())
        return r.error();
    if (!q.next())
        return makeError(QStringLiteral("person_not_found"), QStringLiteral("person"),
                         tr("Nobody in this inventory has the id, email or login \"%1\". Run `monime-portal-cli team "
                            "list` to see the team.")
                             .arg(key));
    return readPerson(q);
}

Result<void> TeamRepository::add(const Monimeer& p)
{
    QSqlQuery dup(m_db.connection());
    dup.prepare(
        QStringLiteral("SELECT coalesce(email, name) FROM monimeers WHERE lower(email) = lower(?) OR db_user = ?"));
    dup.addBindValue(p.email);
    dup.addBindValue(p.dbUser);
    if (auto r = Database::exec(dup, tr("add the person")); !r.ok())
        return r;
    if (dup.next())
        return makeError(QStringLiteral("person_exists"), QStringLiteral("email"),
                         tr("%1 is already in the team (the email %2 or the login %3 is taken). Change their role "
                            "with `monime-portal-cli team role`.")
                             .arg(dup.value(0).toString(), p.email, p.dbUser));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO monimeers (id, name, email, team_role, db_user, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.name);
    q.addBindValue(p.email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.email));
    q.addBindValue(teamRoleName(p.role));
    q.addBindValue(p.dbUser.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.dbUser));
    q.addBindValue(p.createdAt.toMSecsSinceEpoch());
    return Database::exec(q, tr("add the person"));
}

Result<bool> TeamRepository::setRole(const QString& id, TeamRole from, TeamRole to)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE monimeers SET team_role = ? WHERE id = ? AND team_role = ?"));
    q.addBindValue(teamRoleName(to));
    q.addBindValue(id);
    q.addBindValue(teamRoleName(from));
    if (auto r = Database::exec(q, tr("change the role")); !r.ok())
        return r.error();
    return q.numRowsAffected() > 0;
}

Result<void> TeamRepository::setProfile(const QString& id, const QString& email, const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE monimeers SET email = ?, name = ? WHERE id = ?"));
    q.addBindValue(email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email));
    q.addBindValue(name);
    q.addBindValue(id);
    return Database::exec(q, tr("save your email and name"));
}

} // namespace monime
