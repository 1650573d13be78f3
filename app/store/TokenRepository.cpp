// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TokenRepository.h"

#include "store/Database.h"
#include "store/SqlCursor.h"

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

namespace monime {

namespace {

QVariant msOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString kColumns = QStringLiteral(
    "id, owner_id, name, environment, api_release, created_at, expires_at, revoked_at, revoke_reason, "
    "space_whitelist, hint, checksum_state, origin, rotated_from, last_used_at, last_tested_at, last_test_result, "
    "last_test_passed, version, revoked_by");

/// Maps one row of kColumns, from either cursor kind.
template<typename Row> TokenInfo readToken(Row& r)
{
    auto time = [&r](int c) { return r.isNull(c) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.int64(c), Qt::UTC); };
    TokenInfo t;
    t.id = r.text(0);
    t.ownerId = r.interned(1);
    t.name = r.text(2);
    t.environment = r.interned(3) == QLatin1String("live") ? Environment::Live : Environment::Test;
    t.apiRelease = r.interned(4);
    t.createdAt = time(5);
    t.expiresAt = time(6);
    t.revokedAt = time(7);
    t.revokeReason = r.text(8);
    t.spaceWhitelist = r.text(9);
    t.hint = r.text(10);
    t.checksum = r.interned(11) == QLatin1String("valid") ? ChecksumState::Valid : ChecksumState::NotApplicable;
    t.origin = originFromName(r.interned(12));
    t.rotatedFrom = r.text(13);
    t.lastUsedAt = time(14);
    t.lastTestedAt = time(15);
    t.lastTestResult = r.text(16);
    if (!r.isNull(17))
        t.lastTestPassed = r.int64(17) != 0;
    t.version = int(r.int64(18));
    t.revokedBy = r.interned(19);
    return t;
}

/// QSqlQuery seen through the cursor interface, for the small single-row reads.
struct QueryRow
{
    const QSqlQuery& q;
    bool isNull(int c) const { return q.isNull(c); }
    QString text(int c) const { return q.value(c).toString(); }
    QString interned(int c) const { return text(c); }
    qint64 int64(int c) const { return q.value(c).toLongLong(); }
};

} // namespace

TokenRepository::TokenRepository(Database& database)
    : m_db(database)
{ }

Result<void> TokenRepository::insertPending(const TokenInfo& t, const QString& digest)
{
    return m_db.transaction([&]() -> Result<void> {
        // Looked up first as well: on PostgreSQL a failed INSERT aborts the transaction, so the check after it
        // (kept for a race on SQLite) could not run there.
        if (m_db.isPostgres()) {
            QSqlQuery dup(m_db.connection());
            dup.prepare(QStringLiteral("SELECT 1 FROM tokens WHERE secret_digest = ?"));
            dup.addBindValue(digest);
            if (auto r = Database::exec(dup, tr("save the token")); !r.ok())
                return r;
            if (dup.next())
                return makeError(QStringLiteral("token_exists"), QStringLiteral("token"),
                                 tr("This token is already in the inventory; it was not added twice."));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, expires_at, revoked_at, "
            "revoke_reason, space_whitelist, secret_digest, hint, checksum_state, origin, rotated_from, state, "
            "pending_owner) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, 'pending', ?)"));
        q.addBindValue(t.id);
        q.addBindValue(t.ownerId);
        q.addBindValue(t.name);
        q.addBindValue(environmentName(t.environment));
        q.addBindValue(t.apiRelease);
        q.addBindValue(t.createdAt.toMSecsSinceEpoch());
        q.addBindValue(msOrNull(t.expiresAt));
        q.addBindValue(t.spaceWhitelist.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : t.spaceWhitelist);
        q.addBindValue(digest);
        q.addBindValue(t.hint);
        q.addBindValue(t.checksum == ChecksumState::Valid ? QStringLiteral("valid") : QStringLiteral("not_applicable"));
        q.addBindValue(originName(t.origin));
        q.addBindValue(t.rotatedFrom.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : t.rotatedFrom);
        q.addBindValue(processTag());
        if (!q.exec()) {
            QSqlQuery dup(m_db.connection());
            dup.prepare(QStringLiteral("SELECT 1 FROM tokens WHERE secret_digest = ?"));
            dup.addBindValue(digest);
            if (dup.exec() && dup.next())
                return makeError(QStringLiteral("token_exists"), QStringLiteral("token"),
                                 tr("This token is already in the inventory; it was not added twice."));
            return Database::queryError(q, tr("save the token"));
        }
        QSqlQuery p(m_db.connection());
        p.prepare(QStringLiteral("INSERT INTO token_permissions (token_id, permission) VALUES (?, ?)"));
        for (const QString& permission : t.permissions) {
            p.addBindValue(t.id);
            p.addBindValue(permission);
            if (auto r = Database::exec(p, tr("save the token's permissions")); !r.ok())
                return r;
        }
        QSqlQuery ip(m_db.connection());
        ip.prepare(QStringLiteral("INSERT INTO token_ip_rules (token_id, rule) VALUES (?, ?)"));
        for (const QString& rule : t.ipWhitelist) {
            ip.addBindValue(t.id);
            ip.addBindValue(rule);
            if (auto r = Database::exec(ip, tr("save the token's IP whitelist")); !r.ok())
                return r;
        }
        return {};
    });
}

Result<void> TokenRepository::markReady(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE tokens SET state = 'ready', pending_owner = NULL WHERE id = ? AND state = 'pending'"));
    q.addBindValue(id);
    if (auto r = Database::exec(q, tr("finish saving the token")); !r.ok())
        return r;
    if (q.numRowsAffected() != 1)
        return makeError(QStringLiteral("token_rolled_back"), QStringLiteral("database"),
                         tr("The token being created was rolled back by another start of the app meanwhile. Nothing "
                            "was kept; create it again."));
    return {};
}

QString TokenRepository::processTag()
{
    return QSysInfo::machineHostName() + QLatin1Char(':') + QString::number(QCoreApplication::applicationPid());
}

Result<void> TokenRepository::remove(const QString& id)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const char* sql : { "DELETE FROM token_permissions WHERE token_id = ?",
                                 "DELETE FROM token_ip_rules WHERE token_id = ?", "DELETE FROM tokens WHERE id = ?" }) {
            QSqlQuery q(m_db.connection());
            q.prepare(QLatin1String(sql));
            q.addBindValue(id);
            if (auto r = Database::exec(q, tr("remove the token")); !r.ok())
                return r;
        }
        return {};
    });
}

Result<QStringList> TokenRepository::abandonedPendingIds(const QDateTime& now, const QString& ownerId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, pending_owner, created_at FROM tokens WHERE state = 'pending'")
              + (ownerId.isEmpty() ? QString() : QStringLiteral(" AND owner_id = ?")));
    if (!ownerId.isEmpty())
        q.addBindValue(ownerId);
    if (auto r = Database::exec(q, tr("look for unfinished tokens")); !r.ok())
        return r.error();
    const QString host = QSysInfo::machineHostName();
    QStringList ids;
    while (q.next()) {
        const QString owner = q.value(1).toString();
        const qsizetype colon = owner.lastIndexOf(QLatin1Char(':'));
        bool alive = false;
        if (colon > 0 && owner.left(colon) == host) {
            const qint64 pid = owner.mid(colon + 1).toLongLong();
#ifdef Q_OS_UNIX
            alive = pid > 0 && (pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0);
#else
            alive = pid == QCoreApplication::applicationPid();
#endif
        } else if (colon > 0) {
            alive = q.value(2).toLongLong() > now.addSecs(-3600).toMSecsSinceEpoch(); // another host: wait an hour
        }
        if (!alive)
            ids.append(q.value(0).toString());
    }
    return ids;
}

Result<QHash<QString, QString>> TokenRepository::rowStates()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(!m_db.isPostgres()); // see SqlCursor::open
    if (!q.exec(QStringLiteral("SELECT id, state FROM tokens")))
        return Database::queryError(q, tr("read the tokens"));
    QHash<QString, QString> states;
    while (q.next())
        states.insert(q.value(0).toString(), q.value(1).toString());
    return states;
}

Result<QList<TokenInfo>> TokenRepository::list(const TokenFilter& filter, const QDateTime& now)
{
    QString where = QStringLiteral(" WHERE t.state = 'ready'");
    QVariantList binds;
    if (filter.environment) {
        where += QStringLiteral(" AND t.environment = ?");
        binds.append(environmentName(*filter.environment));
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (filter.status) {
        switch (*filter.status) {
        case TokenStatus::Revoked:
            where += QStringLiteral(" AND t.revoked_at IS NOT NULL AND t.revoked_at <= ?");
            binds.append(nowMs);
            break;
        case TokenStatus::Expired:
            where += QStringLiteral(" AND (t.revoked_at IS NULL OR t.revoked_at > ?) AND t.expires_at IS NOT NULL"
                                    " AND t.expires_at <= ?");
            binds << nowMs << nowMs;
            break;
        case TokenStatus::Active:
            where += QStringLiteral(" AND (t.revoked_at IS NULL OR t.revoked_at > ?) AND (t.expires_at IS NULL"
                                    " OR t.expires_at > ?)");
            binds << nowMs << nowMs;
            break;
        }
    }

    QList<TokenInfo> tokens;
    QHash<QString, qsizetype> byId;
    {
        QString columns = kColumns;
        columns.replace(QStringLiteral(", "), QStringLiteral(", t."));
        auto cursor = SqlCursor::open(m_db,
                                      QStringLiteral("SELECT t.") + columns + QStringLiteral(" FROM tokens t") + where
                                          + QStringLiteral(" ORDER BY t.created_at DESC, t.id"),
                                      binds);
        if (!cursor.ok())
            return cursor.error();
        SqlCursor& rows = *cursor.value();
        // Growing a list of 100,000 TokenInfo moves them all a dozen times; count first (an index scan).
        if (auto count = SqlCursor::open(m_db, QStringLiteral("SELECT count(*) FROM tokens t") + where, binds);
            count.ok() && count.value()->next())
            tokens.reserve(count.value()->int64(0));
        while (rows.next()) {
            TokenInfo t = readToken(rows);
            byId.insert(t.id, tokens.size());
            tokens.append(std::move(t));
        }
    }
    // Children in one scan per table, in primary-key order (a covering index, no sort), attached in memory to
    // the tokens the filter kept: no N+1 round trips and no join.
    auto attach = [&](const QString& table, const QString& column, QStringList TokenInfo::*member,
                      bool fewDistinct) -> Result<void> {
        auto cursor = SqlCursor::open(m_db,
                                      QStringLiteral("SELECT token_id, ") + column + QStringLiteral(" FROM ") + table
                                          + QStringLiteral(" ORDER BY token_id, ") + column,
                                      {});
        if (!cursor.ok())
            return cursor.error();
        SqlCursor& rows = *cursor.value();
        QByteArray lastId;
        qsizetype lastRow = -1;
        while (rows.next()) {
            // Compare the raw bytes: a QString per child row would be 300,000 allocations for nothing.
            const QByteArrayView id = rows.bytes(0);
            if (id != lastId) {
                lastId = id.toByteArray();
                lastRow = byId.value(QString::fromUtf8(lastId), -1);
            }
            if (lastRow >= 0)
                (tokens[lastRow].*member).append(fewDistinct ? rows.interned(1) : rows.text(1));
        }
        return {};
    };
    if (auto r
        = attach(QStringLiteral("token_permissions"), QStringLiteral("permission"), &TokenInfo::permissions, true);
        !r.ok())
        return r.error();
    if (auto r = attach(QStringLiteral("token_ip_rules"), QStringLiteral("rule"), &TokenInfo::ipWhitelist, false);
        !r.ok())
        return r.error();
    if (auto r = attach(QStringLiteral("token_leaks"), QStringLiteral("location"), &TokenInfo::leakedAt, false);
        !r.ok())
        return r.error();
    // Which token replaced which, among those listed: one pass, no query.
    for (const TokenInfo& t : std::as_const(tokens))
        if (!t.rotatedFrom.isEmpty())
            if (const int old = byId.value(t.rotatedFrom, -1); old >= 0)
                tokens[old].replacedBy = t.id;
    return tokens;
}

Result<TokenInfo> TokenRepository::find(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tokens WHERE id = ? AND state = 'ready'"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("read the token"));
    if (!q.next())
        return makeError(QStringLiteral("token_not_found"), QStringLiteral("id"),
                         tr("No token has the id \"%1\". Run `monime-portal-cli list` to see the ids.").arg(id));
    QueryRow row { q };
    TokenInfo t = readToken(row);
    QSqlQuery p(m_db.connection());
    p.prepare(QStringLiteral("SELECT permission FROM token_permissions WHERE token_id = ? ORDER BY permission"));
    p.addBindValue(id);
    if (!p.exec())
        return Database::queryError(p, tr("read the token"));
    while (p.next())
        t.permissions.append(p.value(0).toString());
    QSqlQuery ip(m_db.connection());
    ip.prepare(QStringLiteral("SELECT rule FROM token_ip_rules WHERE token_id = ? ORDER BY rule"));
    ip.addBindValue(id);
    if (!ip.exec())
        return Database::queryError(ip, tr("read the token"));
    while (ip.next())
        t.ipWhitelist.append(ip.value(0).toString());
    QSqlQuery next(m_db.connection());
    next.prepare(QStringLiteral("SELECT id FROM tokens WHERE rotated_from = ? AND state = 'ready'"));
    next.addBindValue(id);
    if (!next.exec())
        return Database::queryError(next, tr("read the token"));
    if (next.next())
        t.replacedBy = next.value(0).toString();
    return t;
}

Result<std::optional<TokenInfo>> TokenRepository::findByDigest(const QString& digest)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM tokens WHERE secret_digest = ? AND state = 'ready'"));
    q.addBindValue(digest);
    if (!q.exec())
        return Database::queryError(q, tr("look up the token"));
    if (!q.next())
        return std::optional<TokenInfo>();
    auto token = find(q.value(0).toString());
    if (!token.ok())
        return token.error();
    return std::optional<TokenInfo>(std::move(token).value());
}

Result<bool> TokenRepository::recordLeak(const QString& id, const QString& location, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO token_leaks (token_id, location, found_at) VALUES (?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    q.addBindValue(id);
    q.addBindValue(location);
    q.addBindValue(at.toMSecsSinceEpoch());
    if (!q.exec())
        return Database::queryError(q, tr("record where the token was found"));
    return q.numRowsAffected() > 0;
}

Result<QSet<QString>> TokenRepository::digests()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT secret_digest FROM tokens WHERE state = 'ready'")))
        return Database::queryError(q, tr("read the token digests"));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<QStringList> TokenRepository::names()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM tokens WHERE state = 'ready'")))
        return Database::queryError(q, tr("read the token names"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<EditOutcome> TokenRepository::setRevoked(const QString& id, const QDateTime& at, const QString& reason,
                                                const QString& by, std::optional<int> expectedVersion)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE tokens SET revoked_at = ?, revoke_reason = ?, revoked_by = ?, version = version + 1 "
                       "WHERE id = ? AND (revoked_at IS NULL OR revoked_at > ?)")
        + (expectedVersion ? QStringLiteral(" AND version = ?") : QString()));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(reason);
    q.addBindValue(by.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(by));
    q.addBindValue(id);
    q.addBindValue(at.toMSecsSinceEpoch());
    if (expectedVersion)
        q.addBindValue(*expectedVersion);
    if (auto r = Database::exec(q, tr("revoke the token")); !r.ok())
        return r.error();
    if (q.numRowsAffected() > 0)
        return EditOutcome::Done;
    return expectedVersion ? outcomeOfMiss(id, *expectedVersion) : EditOutcome::Unchanged;
}

Result<EditOutcome> TokenRepository::outcomeOfMiss(const QString& id, int expectedVersion)
{
    QSqlQuery v(m_db.connection());
    v.prepare(QStringLiteral("SELECT version FROM tokens WHERE id = ?"));
    v.addBindValue(id);
    if (auto r = Database::exec(v, tr("read the token")); !r.ok())
        return r.error();
    if (v.next() && v.value(0).toInt() != expectedVersion)
        return EditOutcome::Stale;
    return EditOutcome::Unchanged;
}

Result<bool> TokenRepository::setRotatedFrom(const QString& id, const QString& previousId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE tokens SET rotated_from = ?, version = version + 1 WHERE id = ? AND rotated_from IS NULL"));
    q.addBindValue(previousId);
    q.addBindValue(id);
    if (auto r = Database::exec(q, tr("link the new token to the one it replaces")); !r.ok())
        return r.error();
    return q.numRowsAffected() > 0;
}

Result<bool> TokenRepository::nameTaken(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM tokens WHERE state = 'ready' AND lower(name) = lower(?) LIMIT 1"));
    q.addBindValue(name);
    if (auto r = Database::exec(q, tr("read the token names")); !r.ok())
        return r.error();
    return q.next();
}

Result<QHash<QString, QDateTime>> TokenRepository::usedSince(const QDateTime& since)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, last_used_at FROM tokens WHERE state = 'ready' AND last_used_at > ?"));
    q.addBindValue(since.toMSecsSinceEpoch());
    if (auto r = Database::exec(q, tr("read when tokens were last used")); !r.ok())
        return r.error();
    QHash<QString, QDateTime> used;
    while (q.next())
        used.insert(q.value(0).toString(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return used;
}

Result<void> TokenRepository::setLastUsed(const QString& id, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(id);
    return Database::exec(q, tr("record the token's last use"));
}

Result<void> TokenRepository::setLastTest(const QString& id, const QDateTime& at, bool passed, const QString& result)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE tokens SET last_tested_at = ?, last_test_result = ?, last_test_passed = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(result);
    q.addBindValue(passed ? 1 : 0);
    q.addBindValue(id);
    return Database::exec(q, tr("record the token's test result"));
}

} // namespace monime
