// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

struct sqlite3;

namespace monime {

class Database;

/// One request the sandbox answered. Never holds a secret: the token is named by its id.
struct UsageRecord
{
    QString tokenId; ///< empty when the request carried no known token
    qint64 atMs = 0; ///< when the request arrived, ms since the epoch (UTC)
    QString method;
    QString path; ///< without the query string
    int status = 0;
    QString reason; ///< `error.reason` when the request failed, else empty
    QString callerIp;
    QString spaceId; ///< the Monime-Space-Id header, if any
    QString environment; ///< "test" or "live" when known
    qint64 latencyUs = 0;
};

/// Calls per token and status, for the usage view.
struct UsageCount
{
    QString tokenId;
    int status = 0;
    qint64 calls = 0;
};

/// The usage view's figures for one period, summed by SQL (GROUP BY), never row by row in the caller.
struct UsageSummary
{
    struct Bucket
    {
        qint64 startMs = 0;
        qint64 ok = 0; ///< 1xx–3xx
        qint64 clientErrors = 0; ///< 4xx
        qint64 serverErrors = 0; ///< 5xx
    };
    struct Endpoint
    {
        QString name; ///< "GET /v1/payments/{id}": ids folded into {id}
        qint64 calls = 0;
        qint64 errors = 0; ///< status ≥ 400
    };
    QList<Bucket> buckets; ///< `count` buckets from the first, oldest first
    QList<QPair<int, qint64>> byStatus; ///< ascending status
    QList<Endpoint> byEndpoint; ///< most calls first
    qint64 total = 0;
};

/// SQL for the `usage` table (schema version 2).
class UsageRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::UsageRepository)

public:
    explicit UsageRepository(Database& database);

    /// Inserts a batch in one transaction and moves each token's `last_used_at` forward to its newest call.
    Result<void> append(const QList<UsageRecord>& records);
    /// Newest first; every token when `tokenId` is empty. At most `limit` rows.
    Result<QList<UsageRecord>> recent(const QString& tokenId = {}, int limit = 1000);
    /// Calls in `count` buckets of `bucketMs` from `firstMs`, by status and by endpoint; every token when `tokenId`
    /// is empty. Cheap on a large table: three grouped queries over the `usage_at` index.
    Result<UsageSummary> summary(const QString& tokenId, qint64 firstMs, qint64 bucketMs, int count);
    /// "GET /v1/payments/{id}" for GET /v1/payments/pay-123: what the usage view groups by.
    static QString endpointOf(const QString& method, const QString& path);
    /// Calls per token and HTTP status since `sinceMs`.
    Result<QList<UsageCount>> countsSince(qint64 sinceMs);

private:
    Result<void> appendSqlite(sqlite3* db, const QList<UsageRecord>& records);
    /// Moves each token's `last_used_at` forward to its newest call (never back), in the caller's transaction.
    Result<void> moveLastUsed(const QHash<QString, qint64>& newest);

    Database& m_db;
};

} // namespace monime
