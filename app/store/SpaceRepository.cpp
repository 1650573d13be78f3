// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SpaceRepository.h"

#include "domain/TokenSecret.h"
#include "store/Database.h"
#include "store/TeamRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace monime {

SpaceRepository::SpaceRepository(Database& database)
    : m_db(database)
{ }

Result<Monimeer> SpaceRepository::localMonimeer(const QString& defaultName, const QDateTime& now)
{
    QSqlQuery q(m_db.connection());
    if (m_db.isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT ") + TeamRepository::kColumns
                    + QStringLiteral(", session_user FROM monimeers WHERE db_user = session_user")))
            return Database::queryError(q, tr("read who you are in the team"));
        if (q.next())
            return TeamRepository::readPerson(q);
        q.finish();
        QSqlQuery user(m_db.connection());
        QString login;
        if (user.exec(QStringLiteral("SELECT session_user")) && user.next())
            login = user.value(0).toString();
        return makeError(QStringLiteral("team_not_member"), QStringLiteral("database"),
                         tr("You (the PostgreSQL user \"%1\") are not a member of the team inventory %2 yet. Ask one "
                            "of its owners or admins to add you: `monime-portal-cli team add YOUR-EMAIL --db-user %1 "
                            "--role member`.")
                             .arg(login, m_db.path()));
    }
    if (!q.exec(
            QStringLiteral("SELECT ") + TeamRepository::kColumns
            + QStringLiteral(" FROM meta k JOIN monimeers ON monimeers.id = k.value WHERE k.key = 'local_monimeer'")))
        return Database::queryError(q, tr("read the Monimeer"));
    if (q.next())
        return TeamRepository::readPerson(q);
    q.finish();

    Monimeer m;
    m.id = TokenSecret::randomId(QLatin1String("mmr-"), 16);
    m.name = defaultName;
    m.createdAt = now.toUTC();
    auto saved = m_db.transaction([&]() -> Result<void> {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES (?, ?, ?)"));
        insert.addBindValue(m.id);
        insert.addBindValue(m.name);
        insert.addBindValue(now.toMSecsSinceEpoch());
        if (auto r = Database::exec(insert, tr("create the Monimeer")); !r.ok())
            return r;
        QSqlQuery meta(m_db.connection());
        meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('local_monimeer', ?)"));
        meta.addBindValue(m.id);
        return Database::exec(meta, tr("create the Monimeer"));
    });
    if (!saved.ok())
        return saved.error();
    return m;
}

Result<void> SpaceRepository::upsert(const QString& monimeerId, const SpaceInfo& space)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery exists(m_db.connection());
        exists.prepare(QStringLiteral("SELECT 1 FROM spaces WHERE id = ?"));
        exists.addBindValue(space.id);
        if (auto r = Database::exec(exists, tr("save the Space")); !r.ok())
            return r;
        QSqlQuery q(m_db.connection());
        if (exists.next()) {
            q.prepare(QStringLiteral("UPDATE spaces SET name = ? WHERE id = ?"));
            q.addBindValue(space.name);
            q.addBindValue(space.id);
        } else {
            q.prepare(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES (?, ?, ?)"));
            q.addBindValue(space.id);
            q.addBindValue(space.name);
            q.addBindValue(space.createdAt.toMSecsSinceEpoch());
        }
        if (auto r = Database::exec(q, tr("save the Space")); !r.ok())
            return r;
        QSqlQuery drop(m_db.connection());
        drop.prepare(QStringLiteral("DELETE FROM memberships WHERE monimeer_id = ? AND space_id = ?"));
        drop.addBindValue(monimeerId);
        drop.addBindValue(space.id);
        if (auto r = Database::exec(drop, tr("save the Space role")); !r.ok())
            return r;
        if (space.role.isEmpty())
            return {};
        QSqlQuery member(m_db.connection());
        member.prepare(QStringLiteral("INSERT INTO memberships (monimeer_id, space_id, role) VALUES (?, ?, ?)"));
        member.addBindValue(monimeerId);
        member.addBindValue(space.id);
        member.addBindValue(space.role);
        return Database::exec(member, tr("save the Space role"));
    });
}

Result<void> SpaceRepository::remove(const QString& spaceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM spaces WHERE id = ?"));
    q.addBindValue(spaceId);
    return Database::exec(q, tr("remove the Space"));
}

Result<QList<SpaceInfo>> SpaceRepository::list(const QString& monimeerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.id, s.name, m.role, s.created_at FROM spaces s LEFT JOIN memberships m "
                             "ON m.space_id = s.id AND m.monimeer_id = ? ORDER BY s.name, s.id"));
    q.addBindValue(monimeerId);
    if (!q.exec())
        return Database::queryError(q, tr("read the Spaces"));
    QList<SpaceInfo> out;
    while (q.next())
        out.append(SpaceInfo { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC) });
    return out;
}

Result<std::optional<SpaceInfo>> SpaceRepository::find(const QString& monimeerId, const QString& idOrName)
{
    auto all = list(monimeerId);
    if (!all.ok())
        return all.error();
    for (const SpaceInfo& s : all.value())
        if (s.id == idOrName)
            return std::optional<SpaceInfo>(s);
    for (const SpaceInfo& s : all.value())
        if (s.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return std::optional<SpaceInfo>(s);
    return std::optional<SpaceInfo>();
}

} // namespace monime
