// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UsageRepository.h"

#include "store/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace monime {

namespace {
QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

UsageRepository::UsageRepository(Database& database)
    : m_db(database)
{ }

Result<void> UsageRepository::append(const QList<UsageRecord>& records)
{
    if (records.isEmpty())
        return {};
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO usage (token_id, at, method, path, status, reason, caller_ip, space_id, "
                                 "environment, latency_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QHash<QString, qint64> newest;
        for (const UsageRecord& r : records) {
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
            if (auto e = Database::exec(q, tr("record API usage")); !e.ok())
                return e;
            if (!r.tokenId.isEmpty()) {
                qint64& at = newest[r.tokenId];
                at = std::max(at, r.atMs);
            }
        }
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
    });
}

Result<QList<UsageRecord>> UsageRepository::recent(const QString& tokenId, int limit)
{
    QSqlQuery q(m_db.connection());
    const QString columns = QStringLiteral("SELECT token_id, at, method, path, status, reason, caller_ip, space_id, "
                                           "environment, latency_us FROM usage");
    if (tokenId.isEmpty()) {
        q.prepare(columns + QStringLiteral(" ORDER BY at DESC LIMIT ?"));
    } else {
        q.prepare(columns + QStringLiteral(" WHERE token_id = ? ORDER BY at DESC LIMIT ?"));
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
        q.setForwardOnly(true);
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
             QStringLiteral("SELECT (at - ?) / ?, sum(status < 400), sum(status >= 400 AND status < 500), "
                            "sum(status >= 500)"),
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
    if (!run(endpoints, QStringLiteral("SELECT method, path, count(*), sum(status >= 400)"),
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
