// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageRepository.h"

#include "store/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace monime {

namespace {
QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

/// Rows per INSERT statement off SQLite: 10 parameters each, well below PostgreSQL's 65,535 a statement.
constexpr int kRowsPerInsert = 500;

/// `INSERT INTO usage (…) VALUES (?, …), …` for `rows` rows.
QString insertSql(int rows)
{
    QString sql = QStringLiteral("INSERT INTO usage (token_id, at, method, path, status, reason, caller_ip, space_id, "
                                 "environment, latency_us) VALUES ");
    const QLatin1String row("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QLatin1String(", ");
        sql += row;
    }
    return sql;
}

/// The SQLite handle under a QSQLITE connection, or nullptr (another driver).
sqlite3* sqliteHandle(QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

/// Binds text as UTF-8 (SQLite's encoding, so it converts nothing); empty: NULL. ASCII, nearly all of it, is
/// copied byte by byte into `scratch`, which must not reallocate before the row is stepped (reserved by caller).
int bindText(sqlite3_stmt* statement, int index, const QString& s, bool emptyIsNull, QByteArray& scratch)
{
    if (s.isEmpty() && emptyIsNull)
        return sqlite3_bind_null(statement, index);
    const qsizetype start = scratch.size();
    for (const QChar c : s) {
        if (c.unicode() >= 0x80 || scratch.size() == scratch.capacity()) {
            scratch.truncate(start);
            const QByteArray utf8 = s.toUtf8();
            return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        scratch.append(char(c.unicode()));
    }
    return sqlite3_bind_text(statement, index, scratch.constData() + start, int(scratch.size() - start), SQLITE_STATIC);
}

Error sqliteError(sqlite3* db, int code, const QString& what)
{
    return Database::sqlError(
        QSqlError(QString::fromUtf8(sqlite3_errmsg(db)), QString(), QSqlError::StatementError, QString::number(code)),
        what);
}
} // namespace

UsageRepository::UsageRepository(Database& database)
    : m_db(database)
{ }

Result<void> UsageRepository::moveLastUsed(const QHash<QString, qint64>& newest)
{
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR "
                             "last_used_at < ?)"));
    for (auto it = newest.cbegin(); it != newest.cend(); ++it) {
        u.addBindValue(it.value());
        u.addBindValue(it.key());
        u.addBindValue(it.value());
        if (auto e = Database::exec(u, tr("record the token's last use")); !e.ok())
            return e;
    }
    return {};
}

Result<void> UsageRepository::append(const QList<UsageRecord>& records)
{
    if (records.isEmpty())
        return {};
    if (sqlite3* db = sqliteHandle(m_db.connection()))
        return appendSqlite(db, records);
    // Other drivers (PostgreSQL): multi-row INSERTs. QPSQL sends each statement as a round trip and an `EXECUTE`
    // the server parses; one a row cost more CPU than answering the request, and a busy sandbox's usage fell
    // seconds behind (benchmarks/postgres-bench.sh).
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery full(m_db.connection());
        QHash<QString, qint64> newest;
        for (qsizetype start = 0; start < records.size(); start += kRowsPerInsert) {
            const int rows = int(std::min<qsizetype>(kRowsPerInsert, records.size() - start));
            QSqlQuery tail(m_db.connection());
            QSqlQuery& q = rows == kRowsPerInsert ? full : tail;
            if ((rows < kRowsPerInsert || start == 0) && !q.prepare(insertSql(rows)))
                return Database::queryError(q, tr("record API usage"));
            for (qsizetype i = start; i < start + rows; ++i) {
                const UsageRecord& r = records.at(i);
                q.addBindValue(textOrNull(r.tokenId));
                q.addBindValue(r.atMs);
                q.addBindValue(r.method);
                q.addBindValue(r.path);
                q.addBindValue(r.status);
                q.addBindValue(textOrNull(r.reason));
                q.addBindValue(r.callerIp);
                q.addBindValue(textOrNull(r.spaceId));
                q.addBindValue(textOrNull(r.environment));
                q.addBindValue(r.latencyUs);
                if (!r.tokenId.isEmpty()) {
                    qint64& at = newest[r.tokenId];
                    at = std::max(at, r.atMs);
                }
            }
            if (auto e = Database::exec(q, tr("record API usage")); !e.ok())
                return e;
        }
        return moveLastUsed(newest);
    });
}

Result<QList<UsageRecord>> UsageRepository::recent(const QString& tokenId, int limit)
{
    QSqlQuery q(m_db.connection());
    const QString columns = QStringLiteral("SELECT token_id, at, method, path, status, reason, caller_ip, space_id, "
                                           "environment, latency_us FROM usage");
    if (tokenId.isEmpty()) {
        q.prepare(columns + QStringLiteral(" ORDER BY at DESC, rowid DESC LIMIT ?"));
    } else {
        q.prepare(columns + QStringLiteral(" WHERE token_id = ? ORDER BY at DESC, rowid DESC LIMIT ?"));
        q.addBindValue(tokenId);
    }
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, tr("read API usage"));
    QList<UsageRecord> out;
    while (q.next())
        out.append(UsageRecord { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toInt(), q.value(5).toString(),
                                 q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                 q.value(9).toLongLong() });
    return out;
}

QString UsageRepository::endpointOf(const QString& method, const QString& path)
{
    static const QRegularExpression item(QStringLiteral("^(/v1/[^/]+)/[^/]+"));
    QString p = path;
    p.replace(item, QStringLiteral("\\1/{id}"));
    return method + QLatin1Char(' ') + p;
}

Result<UsageSummary> UsageRepository::summary(const QString& tokenId, qint64 firstMs, qint64 bucketMs, int count)
{
    UsageSummary out;
    if (bucketMs <= 0 || count <= 0)
        return out;
    const qint64 endMs = firstMs + bucketMs * count;
    const QString where = QStringLiteral(" FROM usage WHERE at >= ? AND at < ?")
        + (tokenId.isEmpty() ? QString() : QStringLiteral(" AND token_id = ?"));
    auto run = [&](QSqlQuery& q, const QString& select, const QString& tail, const QVariantList& leading) {
        q.setForwardOnly(!m_db.isPostgres()); // see SqlCursor::open
        q.prepare(select + where + tail);
        for (const QVariant& v : leading)
            q.addBindValue(v);
        q.addBindValue(firstMs);
        q.addBindValue(endMs);
        if (!tokenId.isEmpty())
            q.addBindValue(tokenId);
        return q.exec();
    };
    out.buckets.resize(count);
    for (int i = 0; i < count; ++i)
        out.buckets[i].startMs = firstMs + i * bucketMs;
    QSqlQuery buckets(m_db.connection());
    if (!run(buckets,
             // CASE, not sum(status < 400): PostgreSQL does not add up booleans.
             QStringLiteral("SELECT (at - ?) / ?, sum(CASE WHEN status < 400 THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN status >= 400 AND status < 500 THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN status >= 500 THEN 1 ELSE 0 END)"),
             QStringLiteral(" GROUP BY 1"), { firstMs, bucketMs }))
        return Database::queryError(buckets, tr("read API usage"));
    while (buckets.next()) {
        const qint64 b = buckets.value(0).toLongLong();
        if (b < 0 || b >= count)
            continue;
        UsageSummary::Bucket& bucket = out.buckets[int(b)];
        bucket.ok = buckets.value(1).toLongLong();
        bucket.clientErrors = buckets.value(2).toLongLong();
        bucket.serverErrors = buckets.value(3).toLongLong();
        out.total += bucket.ok + bucket.clientErrors + bucket.serverErrors;
    }
    QSqlQuery statuses(m_db.connection());
    if (!run(statuses, QStringLiteral("SELECT status, count(*)"), QStringLiteral(" GROUP BY status ORDER BY status"),
             {}))
        return Database::queryError(statuses, tr("read API usage"));
    while (statuses.next())
        out.byStatus.append({ statuses.value(0).toInt(), statuses.value(1).toLongLong() });
    QSqlQuery endpoints(m_db.connection());
    if (!run(endpoints, QStringLiteral("SELECT method, path, count(*), sum(CASE WHEN status >= 400 THEN 1 ELSE 0 END)"),
             QStringLiteral(" GROUP BY method, path"), {}))
        return Database::queryError(endpoints, tr("read API usage"));
    QHash<QString, qsizetype> byName;
    while (endpoints.next()) {
        const QString name = endpointOf(endpoints.value(0).toString(), endpoints.value(1).toString());
        qsizetype at = byName.value(name, -1);
        if (at < 0) {
            at = out.byEndpoint.size();
            byName.insert(name, at);
            out.byEndpoint.append({ name, 0, 0 });
        }
        out.byEndpoint[at].calls += endpoints.value(2).toLongLong();
        out.byEndpoint[at].errors += endpoints.value(3).toLongLong();
    }
    std::sort(out.byEndpoint.begin(), out.byEndpoint.end(),
              [](const UsageSummary::Endpoint& a, const UsageSummary::Endpoint& b) {
                  return a.calls != b.calls ? a.calls > b.calls : a.name < b.name;
              });
    return out;
}

Result<void> UsageRepository::appendSqlite(sqlite3* db, const QList<UsageRecord>& records)
{
    // The sandbox writes thousands of rows a second: one statement prepared per batch, values bound without
    // QVariant, in the same transaction and connection as everything else.
    return m_db.transaction([&]() -> Result<void> {
        sqlite3_stmt* insert = nullptr;
        int rc = sqlite3_prepare_v2(db,
                                    "INSERT INTO usage (token_id, at, method, path, status, reason, caller_ip, "
                                    "space_id, environment, latency_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    -1, &insert, nullptr);
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, tr("record API usage"));
        QHash<QString, qint64> newest;
        QByteArray scratch;
        scratch.reserve(4096);
        for (const UsageRecord& r : records) {
            scratch.resize(0); // keeps the capacity: pointers bound below stay valid until the step
            bindText(insert, 1, r.tokenId, true, scratch);
            sqlite3_bind_int64(insert, 2, r.atMs);
            bindText(insert, 3, r.method, false, scratch);
            bindText(insert, 4, r.path, false, scratch);
            sqlite3_bind_int(insert, 5, r.status);
            bindText(insert, 6, r.reason, true, scratch);
            bindText(insert, 7, r.callerIp, false, scratch);
            bindText(insert, 8, r.spaceId, true, scratch);
            bindText(insert, 9, r.environment, true, scratch);
            sqlite3_bind_int64(insert, 10, r.latencyUs);
            rc = sqlite3_step(insert);
            sqlite3_reset(insert);
            if (rc != SQLITE_DONE) {
                const Error e = sqliteError(db, rc, tr("record API usage"));
                sqlite3_finalize(insert);
                return e;
            }
            if (!r.tokenId.isEmpty()) {
                qint64& at = newest[r.tokenId];
                at = std::max(at, r.atMs);
            }
        }
        sqlite3_finalize(insert);
        return moveLastUsed(newest);
    });
}

Result<QList<UsageCount>> UsageRepository::countsSince(qint64 sinceMs)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT token_id, status, count(*) FROM usage WHERE at >= ? GROUP BY token_id, status "
                             "ORDER BY token_id, status"));
    q.addBindValue(sinceMs);
    if (!q.exec())
        return Database::queryError(q, tr("read API usage"));
    QList<UsageCount> out;
    while (q.next())
        out.append(UsageCount { q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong() });
    return out;
}

} // namespace monime
