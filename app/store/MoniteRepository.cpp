// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/MoniteRepository.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace monime {

namespace {

QVariant ms(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime time(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

MoniteEnvironment environmentOf(const QString& name)
{
    if (name == QLatin1String("eu"))
        return MoniteEnvironment::ProductionEu;
    if (name == QLatin1String("na"))
        return MoniteEnvironment::ProductionNa;
    if (name == QLatin1String("custom"))
        return MoniteEnvironment::Custom;
    return MoniteEnvironment::Sandbox;
}

const QLatin1String kProfileColumns("id, name, environment, base_url, api_version, client_id, created_at, "
                                    "secret_set_at, last_used_at, last_tested_at, last_test_result");

MoniteProfile profileFrom(const QSqlQuery& q)
{
    MoniteProfile p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.environment = environmentOf(q.value(2).toString());
    p.baseUrl = QUrl(q.value(3).toString());
    p.apiVersion = q.value(4).toString();
    p.clientId = q.value(5).toString();
    p.createdAt = time(q.value(6));
    p.secretSetAt = time(q.value(7));
    p.lastUsedAt = time(q.value(8));
    p.lastTestedAt = time(q.value(9));
    p.lastTestResult = q.value(10).toString();
    return p;
}

MoniteTokenRecord tokenFrom(const QSqlQuery& q, int first)
{
    MoniteTokenRecord r;
    r.grant = MoniteAuthGrant::fromKey(q.value(first).toString());
    r.times.receivedAt = time(q.value(first + 1));
    r.times.expiresAt = time(q.value(first + 2));
    r.times.revokedAt = time(q.value(first + 3));
    return r;
}

} // namespace

MoniteRepository::MoniteRepository(Database& database)
    : m_db(database)
{ }

Result<void> MoniteRepository::insert(const MoniteProfile& p)
{
    {
        QSqlQuery taken(m_db.connection());
        taken.prepare(QStringLiteral("SELECT 1 FROM monite_profiles WHERE name = ?"));
        taken.addBindValue(p.name);
        if (!taken.exec())
            return Database::queryError(taken, tr("check the profile name"));
        if (taken.next())
            return makeError(QStringLiteral("name_taken"), QStringLiteral("name"),
                             tr("A Monite profile named \"%1\" exists already. Choose another name, or remove that "
                                "profile first.")
                                 .arg(p.name));
    }
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO monite_profiles (id, name, environment, base_url, api_version, "
                                 "client_id, created_at, secret_set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(p.id);
        q.addBindValue(p.name);
        q.addBindValue(MoniteRules::environmentName(p.environment));
        q.addBindValue(p.baseUrl.toString());
        q.addBindValue(p.apiVersion);
        q.addBindValue(p.clientId);
        q.addBindValue(ms(p.createdAt));
        q.addBindValue(ms(p.secretSetAt));
        if (auto r = Database::exec(q, tr("save the Monite profile")); !r.ok())
            return r;
        for (const MoniteProfileUser& u : p.entityUsers)
            if (auto r = addEntityUser(p.id, u); !r.ok())
                return r;
        return {};
    });
}

Result<void> MoniteRepository::addEntityUser(const QString& profileId, const MoniteProfileUser& user)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO monite_entity_users (profile_id, entity_user_id, label, position) "
                       "VALUES (?, ?, coalesce(?, ''), (SELECT coalesce(max(position), 0) + 1 FROM monite_entity_users "
                       "WHERE profile_id = ?)) ON CONFLICT DO NOTHING"));
    q.addBindValue(profileId);
    q.addBindValue(user.id);
    q.addBindValue(user.label);
    q.addBindValue(profileId);
    return Database::exec(q, tr("save the profile's entity users"));
}

Result<void> MoniteRepository::remove(const QString& profileId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM monite_profiles WHERE id = ?"));
    q.addBindValue(profileId);
    return Database::exec(q, tr("remove the Monite profile"));
}

Result<void> MoniteRepository::loadEntityUsers(QList<MoniteProfile>& profiles)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT profile_id, entity_user_id, label FROM monite_entity_users "
                               "ORDER BY profile_id, position")))
        return Database::queryError(q, tr("read the entity users"));
    QHash<QString, QList<MoniteProfileUser>> users;
    while (q.next())
        users[q.value(0).toString()].append({ q.value(1).toString(), q.value(2).toString() });
    for (MoniteProfile& p : profiles)
        p.entityUsers = users.value(p.id);
    return {};
}

Result<QList<MoniteProfile>> MoniteRepository::list()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM monite_profiles ORDER BY name").arg(kProfileColumns)))
        return Database::queryError(q, tr("read the Monite profiles"));
    QList<MoniteProfile> out;
    while (q.next())
        out.append(profileFrom(q));
    if (auto r = loadEntityUsers(out); !r.ok())
        return r.error();
    return out;
}

Result<MoniteProfile> MoniteRepository::findByName(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM monite_profiles WHERE name = ?").arg(kProfileColumns));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return Database::queryError(q, tr("read the Monite profile"));
    if (!q.next())
        return makeError(QStringLiteral("profile_not_found"), QStringLiteral("name"),
                         tr("There is no Monite profile named \"%1\". See the profiles with `monite list`, or add one "
                            "with `monite add`.")
                             .arg(name));
    QList<MoniteProfile> one { profileFrom(q) };
    q.finish();
    if (auto r = loadEntityUsers(one); !r.ok())
        return r.error();
    return one.first();
}

Result<void> MoniteRepository::setSecretSetAt(const QString& profileId, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE monite_profiles SET secret_set_at = ? WHERE id = ?"));
    q.addBindValue(ms(at));
    q.addBindValue(profileId);
    return Database::exec(q, tr("record the new client secret"));
}

Result<void> MoniteRepository::setLastUsed(const QString& profileId, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE monite_profiles SET last_used_at = ? WHERE id = ?"));
    q.addBindValue(ms(at));
    q.addBindValue(profileId);
    return Database::exec(q, tr("record when the profile was used"));
}

Result<void> MoniteRepository::setLastTest(const QString& profileId, const QDateTime& at, bool passed,
                                           const QString& result)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE monite_profiles SET last_tested_at = ?, last_used_at = ?, last_test_result = ?, "
                             "last_test_passed = ? WHERE id = ?"));
    q.addBindValue(ms(at));
    q.addBindValue(ms(at));
    q.addBindValue(result);
    q.addBindValue(passed ? 1 : 0);
    q.addBindValue(profileId);
    return Database::exec(q, tr("record the test"));
}

Result<void> MoniteRepository::putToken(const QString& profileId, const MoniteTokenRecord& r)
{
    QSqlQuery q(m_db.connection());
    // An upsert both drivers speak (SQLite since 3.24): the row of this profile and grant is replaced.
    q.prepare(QStringLiteral("INSERT INTO monite_tokens (profile_id, grant_key, grant_type, entity_user_id, "
                             "received_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (profile_id, grant_key) DO UPDATE SET grant_type = excluded.grant_type, "
                             "entity_user_id = excluded.entity_user_id, received_at = excluded.received_at, "
                             "expires_at = excluded.expires_at, revoked_at = excluded.revoked_at"));
    q.addBindValue(profileId);
    q.addBindValue(r.grant.key());
    q.addBindValue(r.grant.grantTypeName());
    q.addBindValue(r.grant.isPartner() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.grant.entityUserId));
    q.addBindValue(ms(r.times.receivedAt));
    q.addBindValue(ms(r.times.expiresAt));
    q.addBindValue(ms(r.times.revokedAt));
    return Database::exec(q, tr("record the access token's expiry"));
}

Result<void> MoniteRepository::markRevoked(const QString& profileId, const MoniteAuthGrant& grant, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE monite_tokens SET revoked_at = ? WHERE profile_id = ? AND grant_key = ?"));
    q.addBindValue(ms(at));
    q.addBindValue(profileId);
    q.addBindValue(grant.key());
    return Database::exec(q, tr("record the revocation"));
}

Result<void> MoniteRepository::removeToken(const QString& profileId, const MoniteAuthGrant& grant)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM monite_tokens WHERE profile_id = ? AND grant_key = ?"));
    q.addBindValue(profileId);
    q.addBindValue(grant.key());
    return Database::exec(q, tr("forget the access token"));
}

Result<QList<MoniteTokenRecord>> MoniteRepository::tokens(const QString& profileId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT grant_key, received_at, expires_at, revoked_at FROM monite_tokens WHERE "
                             "profile_id = ? ORDER BY grant_type, entity_user_id"));
    q.addBindValue(profileId);
    if (!q.exec())
        return Database::queryError(q, tr("read the access tokens' expiry"));
    QList<MoniteTokenRecord> out;
    while (q.next())
        out.append(tokenFrom(q, 0));
    return out;
}

Result<QHash<QString, QList<MoniteTokenRecord>>> MoniteRepository::allTokens()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT profile_id, grant_key, received_at, expires_at, revoked_at FROM monite_tokens "
                               "ORDER BY profile_id, grant_type, entity_user_id")))
        return Database::queryError(q, tr("read the access tokens' expiry"));
    QHash<QString, QList<MoniteTokenRecord>> out;
    while (q.next())
        out[q.value(0).toString()].append(tokenFrom(q, 1));
    return out;
}

Result<void> MoniteRepository::appendHistory(const QString& profileId, const MoniteHistoryEntry& e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO monite_history (profile_id, at, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(profileId);
    q.addBindValue(ms(e.at));
    q.addBindValue(e.action);
    q.addBindValue(e.detail);
    return Database::exec(q, tr("record the profile's history"));
}

Result<QList<MoniteHistoryEntry>> MoniteRepository::history(const QString& profileId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, action, detail FROM monite_history WHERE profile_id = ? "
                             "ORDER BY at DESC, rowid DESC"));
    q.addBindValue(profileId);
    if (!q.exec())
        return Database::queryError(q, tr("read the profile's history"));
    QList<MoniteHistoryEntry> out;
    while (q.next())
        out.append({ time(q.value(0)), q.value(1).toString(), q.value(2).toString() });
    return out;
}

} // namespace monime
