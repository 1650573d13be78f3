// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace monime {

namespace detail {
/// `INSERT INTO table (columns) VALUES (?, …), (?, …), …` with `rows` rows of `columnCount` placeholders, or the
/// given literal values per row (`rowValues`, e.g. "?, ?, 'valid'").
inline QString multiRowInsert(const QString& head, const QString& rowValues, int rows)
{
    QString sql = head + QStringLiteral(" VALUES ");
    sql.reserve(sql.size() + rows * (rowValues.size() + 4));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            sql += QStringLiteral(", ");
        sql += QLatin1Char('(') + rowValues + QLatin1Char(')');
    }
    return sql;
}

/// Runs `bind(row)` for `count` rows through multi-row INSERTs of at most `batch` rows: one round trip per batch
/// (on PostgreSQL, one per row made seeding 100,000 tokens take most of a minute). False on the first failure.
inline bool insertRows(QSqlDatabase& db, const QString& head, const QString& rowValues, int count, int batch,
                       const std::function<void(QSqlQuery&, int)>& bind, QString* error)
{
    QSqlQuery full(db);
    if (count >= batch && !full.prepare(multiRowInsert(head, rowValues, batch))) {
        *error = full.lastError().text();
        return false;
    }
    for (int start = 0; start < count; start += batch) {
        const int rows = std::min(batch, count - start);
        QSqlQuery tail(db);
        QSqlQuery* q = &full;
        if (rows < batch) {
            if (!tail.prepare(multiRowInsert(head, rowValues, rows))) {
                *error = tail.lastError().text();
                return false;
            }
            q = &tail;
        }
        for (int r = start; r < start + rows; ++r)
            bind(*q, r);
        if (!q->exec()) {
            *error = q->lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace detail

/// Writes `n` ready tokens straight into the tables of an SQLite or PostgreSQL inventory, in one transaction and
/// multi-row INSERTs. The same `n`, `owner` and `nowMs` give the same rows on either back end (ids, names,
/// times, digests, permissions, IP rules). True when every row went in; else false and `error` says why.
inline bool seed(Database& db, int n, const QString& owner, qint64 nowMs = QDateTime::currentMSecsSinceEpoch(),
                 QString* error = nullptr)
{
    QString ignored;
    if (!error)
        error = &ignored;
    constexpr int kBatch = 500; // 13 parameters a token: well below SQLite's 32,766 and PostgreSQL's 65,535
    QSqlDatabase& c = db.connection();
    if (!c.transaction()) {
        *error = c.lastError().text();
        return false;
    }
    const QStringList perms = Catalog::builtIn().permissions();
    const auto id = [](int i) { return QStringLiteral("tok-bench%1").arg(i, 12, 10, QLatin1Char('0')); };
    const auto live = [](int i) { return i % 3 == 0; };
    bool ok = detail::insertRows(
        c,
        QStringLiteral("INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, expires_at,"
                       " space_whitelist, secret_digest, hint, checksum_state, origin, state)"),
        QStringLiteral("?, ?, ?, ?, 'caph.2025-08-23', ?, ?, ?, ?, ?, 'valid', 'created', 'ready'"), n, kBatch,
        [&](QSqlQuery& q, int i) {
            q.addBindValue(id(i));
            q.addBindValue(owner);
            q.addBindValue(QStringLiteral("Integration %1").arg(i));
            q.addBindValue(live(i) ? QStringLiteral("live") : QStringLiteral("test"));
            q.addBindValue(nowMs - qint64(i) * 60000);
            q.addBindValue(nowMs + qint64(i % 400) * 86400000);
            q.addBindValue(live(i) ? QVariant(QStringLiteral("spc-acme01")) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(TokenSecret::digest(QByteArray::number(i)));
            q.addBindValue(QStringLiteral("mon_test_\u2026%1").arg(i % 10000, 4, 10, QLatin1Char('0')));
        },
        error);
    // Three permissions a token: row r is token r / 3's k = r % 3.
    ok = ok
        && detail::insertRows(
             c, QStringLiteral("INSERT INTO token_permissions (token_id, permission)"), QStringLiteral("?, ?"), n * 3,
             kBatch * 3,
             [&](QSqlQuery& q, int r) {
                 const int i = r / 3;
                 q.addBindValue(id(i));
                 q.addBindValue(perms.at((i + (r % 3) * 7) % perms.size()));
             },
             error);
    // One IP rule for each live token (every third).
    ok = ok
        && detail::insertRows(
             c, QStringLiteral("INSERT INTO token_ip_rules (token_id, rule)"), QStringLiteral("?, ?"), (n + 2) / 3,
             kBatch,
             [&](QSqlQuery& q, int r) {
                 q.addBindValue(id(r * 3));
                 q.addBindValue(QStringLiteral("203.0.113.0/24"));
             },
             error);
    if (!ok) {
        c.rollback();
        return false;
    }
    if (!c.commit()) {
        *error = c.lastError().text();
        return false;
    }
    return true;
}

} // namespace monime
