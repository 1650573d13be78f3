// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/InventoryCopy.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace monime {

namespace {

// The advisory lock a copy holds on the destination until its transaction ends ("monime-m" in ASCII): two copies
// at once would each miss the other's uncommitted usage rows and add them twice.
constexpr qint64 kCopyLock = 0x6d6f6e696d652d6d;
// PostgreSQL takes at most 65,535 parameters in one statement.
constexpr int kMaxParameters = 30000;

enum class Identity {
    Key, ///< a primary key: ON CONFLICT DO NOTHING
    WholeRow, ///< no key: skipped when an identical row was there before the copy began
};

struct TableSpec
{
    const char* name;
    Identity identity;
    const char* sourceFilter; ///< SQLite WHERE clause, or empty
};

// Parents first. Pending tokens (an unfinished create) and what hangs off them stay behind.
#define MONIME_NOT_PENDING(column) column " NOT IN (SELECT id FROM tokens WHERE state = 'pending')"
const TableSpec kTables[] = {
    { "spaces", Identity::Key, "" },
    { "tokens", Identity::Key, "state <> 'pending'" },
    { "token_permissions", Identity::Key, MONIME_NOT_PENDING("token_id") },
    { "token_ip_rules", Identity::Key, MONIME_NOT_PENDING("token_id") },
    { "memberships", Identity::Key, "" },
    { "reminders", Identity::Key, MONIME_NOT_PENDING("token_id") },
    { "token_leaks", Identity::Key, MONIME_NOT_PENDING("token_id") },
    { "audit_log", Identity::Key, "token_id IS NULL OR " MONIME_NOT_PENDING("token_id") },
    { "usage", Identity::WholeRow, "" },
    { "monite_profiles", Identity::Key, "" },
    { "monite_entity_users", Identity::Key, "" },
    { "monite_tokens", Identity::Key, "" },
    { "monite_history", Identity::WholeRow, "" },
};
#undef MONIME_NOT_PENDING

// Columns that hold a Monimeer id: a source id there becomes the migrating person's (today owner_id, actor,
// monimeer_id; revoked_by comes with schema 8).
const char* const kMonimeerColumns[] = { "owner_id", "monimeer_id", "actor", "revoked_by" };

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// One destination column as information_schema tells it.
struct DestinationColumn
{
    QString type; ///< castable: "pg_catalog"."int8"
    bool notNull = false;
};

/// A table's copy: the columns both sides have, in the source's order.
struct TablePlan
{
    QString table;
    Identity identity = Identity::Key;
    QString filter;
    QStringList columns;
    QStringList types;
    QList<bool> notNull;
    QList<int> monimeerColumns; ///< indexes into columns
    std::optional<qint64> rowidBefore; ///< WholeRow: the destination's highest rowid before the copy (if it has one)
    bool destinationEmpty = true;
};

} // namespace

InventoryCopy::InventoryCopy(Database& source, Database& destination)
    : m_source(source)
    , m_destination(destination)
{ }

QStringList InventoryCopy::tables()
{
    QStringList names;
    for (const TableSpec& t : kTables)
        names << QLatin1String(t.name);
    return names;
}

Result<InventoryCopyReport> InventoryCopy::run(const QDateTime& now, bool dryRun)
{
    QElapsedTimer timer;
    timer.start();
    InventoryCopyReport report;
    report.dryRun = dryRun;
    QSqlDatabase& src = m_source.connection();
    QSqlDatabase& dst = m_destination.connection();

    // The person migrating: named as in their own inventory. localMonimeer commits on its own, before the copy's
    // transaction (a nested BEGIN/COMMIT would commit the copy half-way).
    QString name;
    {
        QSqlQuery q(src);
        if (q.exec(QStringLiteral("SELECT m.name FROM meta k JOIN monimeers m ON m.id = k.value WHERE k.key = "
                                  "'local_monimeer'"))
            && q.next())
            name = q.value(0).toString();
    }
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", QStringLiteral("me"));
    auto person = SpaceRepository(m_destination).localMonimeer(name, now);
    if (!person.ok())
        return person.error();
    report.owner = person.value();

    // One snapshot of the source (a read transaction), one transaction on the destination.
    if (!src.transaction())
        return Database::sqlError(src.lastError(), tr("read the inventory to copy"));
    if (!dst.transaction()) {
        src.rollback();
        return Database::sqlError(dst.lastError(), tr("start the copy"), true);
    }
    auto work = [&]() -> Result<void> {
        QSqlQuery lock(dst);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kCopyLock)))
            return Database::queryError(lock, tr("lock the team database for the copy"));

        QSet<QString> monimeers;
        {
            QSqlQuery q(src);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT id FROM monimeers")))
                return Database::queryError(q, tr("read the Monimeers"));
            while (q.next())
                monimeers.insert(q.value(0).toString());
            if (!q.exec(QStringLiteral("SELECT count(*) FROM tokens WHERE state = 'pending'")) || !q.next())
                return Database::queryError(q, tr("read the tokens"));
            report.pendingSkipped = q.value(0).toLongLong();
        }

        // Conflicts first, before any row is written: a token id with another secret, or a secret under
        // another id, would pair a keychain item with the wrong row.
        {
            struct Known
            {
                QString digest;
                bool revoked = false;
            };
            QHash<QString, Known> byId;
            QHash<QString, QString> idByDigest;
            QSqlQuery d(dst);
            d.setForwardOnly(true);
            if (!d.exec(QStringLiteral("SELECT id, secret_digest, revoked_at IS NOT NULL FROM tokens")))
                return Database::queryError(d, tr("read the team database's tokens"));
            while (d.next()) {
                byId.insert(d.value(0).toString(), Known { d.value(1).toString(), d.value(2).toBool() });
                idByDigest.insert(d.value(1).toString(), d.value(0).toString());
            }
            d.finish();
            QSqlQuery s(src);
            s.setForwardOnly(true);
            if (!s.exec(QStringLiteral("SELECT id, name, secret_digest, revoked_at IS NOT NULL FROM tokens WHERE state "
                                       "<> 'pending' ORDER BY rowid")))
                return Database::queryError(s, tr("read the tokens"));
            QStringList conflicts;
            while (s.next()) {
                const QString id = s.value(0).toString();
                const QString digest = s.value(2).toString();
                const auto known = byId.constFind(id);
                const QString other = idByDigest.value(digest);
                if ((known != byId.cend() && known->digest != digest) || (!other.isEmpty() && other != id))
                    conflicts << tr("%1 (\"%2\")").arg(id, s.value(1).toString());
                else if (known != byId.cend() && s.value(3).toBool() && !known->revoked)
                    report.revokedOnlyInSource << id;
            }
            if (!conflicts.isEmpty())
                return makeError(QStringLiteral("migrate_conflict"), QStringLiteral("database"),
                                 tr("%n token(s) of this inventory are in %1 with another secret: %2. Nothing was "
                                    "copied. These are different tokens under one id (or one secret under two ids): "
                                    "revoke and remove the wrong one, or copy into another team database.",
                                    nullptr, int(conflicts.size()))
                                     .arg(m_destination.path(),
                                          conflicts.mid(0, 5).join(QLatin1String(", "))
                                              + (conflicts.size() > 5 ? QStringLiteral(", …") : QString())));
        }
        {
            QHash<QString, QString> idByName;
            QSqlQuery d(dst);
            if (!d.exec(QStringLiteral("SELECT id, name FROM monite_profiles")))
                return Database::queryError(d, tr("read the team database's Monite client profiles"));
            while (d.next())
                idByName.insert(d.value(1).toString(), d.value(0).toString());
            QSqlQuery s(src);
            if (!s.exec(QStringLiteral("SELECT id, name FROM monite_profiles")))
                return Database::queryError(s, tr("read the Monite client profiles"));
            while (s.next()) {
                const QString other = idByName.value(s.value(1).toString());
                if (!other.isEmpty() && other != s.value(0).toString())
                    return makeError(QStringLiteral("migrate_conflict"), QStringLiteral("database"),
                                     tr("%1 has another Monite client profile named \"%2\". Nothing was copied. "
                                        "Rename one of them (monite remove and add it again), then copy again.")
                                         .arg(m_destination.path(), s.value(1).toString()));
            }
        }

        // The plans: the columns both sides have, the destination's types, and what the destination holds now.
        QList<TablePlan> plans;
        qint64 total = 0;
        for (const TableSpec& spec : kTables) {
            TablePlan plan;
            plan.table = QLatin1String(spec.name);
            plan.identity = spec.identity;
            plan.filter = QLatin1String(spec.sourceFilter);
            QHash<QString, DestinationColumn> destination;
            QSqlQuery d(dst);
            d.prepare(QStringLiteral("SELECT column_name, udt_schema, udt_name, is_nullable, identity_generation, "
                                     "is_generated FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = ?"));
            d.addBindValue(plan.table);
            if (!d.exec())
                return Database::queryError(d, tr("read the columns of %1").arg(plan.table));
            bool hasRowid = false;
            while (d.next()) {
                const QString column = d.value(0).toString();
                // An identity column GENERATED ALWAYS (the history tables' rowid) is the server's to number.
                if (d.value(4).toString() == QLatin1String("ALWAYS")
                    || d.value(5).toString() == QLatin1String("ALWAYS")) {
                    hasRowid = hasRowid || column == QLatin1String("rowid");
                    continue;
                }
                destination.insert(column,
                                   DestinationColumn { quoted(d.value(1).toString()) + QLatin1Char('.')
                                                           + quoted(d.value(2).toString()),
                                                       d.value(3).toString() == QLatin1String("NO") });
            }
            QSqlQuery s(src);
            if (!s.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(plan.table))))
                return Database::queryError(s, tr("read the columns of %1").arg(plan.table));
            while (s.next()) {
                const QString column = s.value(1).toString();
                const auto it = destination.constFind(column);
                if (it == destination.cend())
                    continue;
                if (std::any_of(std::begin(kMonimeerColumns), std::end(kMonimeerColumns),
                                [&column](const char* c) { return column == QLatin1String(c); }))
                    plan.monimeerColumns << int(plan.columns.size());
                plan.columns << column;
                plan.types << it->type;
                plan.notNull << it->notNull;
            }
            if (plan.columns.isEmpty())
                continue; // a table one side lacks
            const QString where = plan.filter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + plan.filter;
            if (!s.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(quoted(plan.table), where)) || !s.next())
                return Database::queryError(s, tr("count the rows of %1").arg(plan.table));
            TableCopyCount count;
            count.table = plan.table;
            count.source = s.value(0).toLongLong();
            total += count.source;
            report.tables << count;
            if (!d.exec(
                    QStringLiteral("SELECT %1 FROM %2")
                        .arg(hasRowid ? QStringLiteral("max(rowid)") : QStringLiteral("count(*)"), quoted(plan.table)))
                || !d.next())
                return Database::queryError(d, tr("count the rows of %1").arg(plan.table));
            plan.destinationEmpty = d.value(0).isNull() || d.value(0).toLongLong() == 0;
            if (hasRowid && !plan.destinationEmpty)
                plan.rowidBefore = d.value(0).toLongLong();
            // The row-by-row check needs the index on `at`: statistics from before a large copy (the first run, a
            // moment ago) make the planner scan the whole table for every batch, 8 times slower. Only the table's
            // owner may analyze it; anyone else gets a warning, not an error.
            if (plan.identity == Identity::WholeRow && !plan.destinationEmpty
                && !d.exec(QStringLiteral("ANALYZE %1").arg(quoted(plan.table))))
                return Database::queryError(d, tr("read the statistics of %1").arg(plan.table));
            plans << plan;
        }

        for (qsizetype p = 0; p < plans.size(); ++p) {
            const TablePlan& plan = plans.at(p);
            TableCopyCount& count = report.tables[p];
            const int width = int(plan.columns.size());
            const int batchRows = std::max(1, std::min(m_batchRows, kMaxParameters / width));
            QStringList columns;
            for (const QString& c : plan.columns)
                columns << quoted(c);
            // The statement for `rows` rows: a multi-row VALUES, each value cast to its column's type (a VALUES
            // list under a SELECT has no target column to take its types from).
            const bool wholeRowCheck = plan.identity == Identity::WholeRow && !plan.destinationEmpty;
            auto statement = [&](int rows) -> QString {
                QString values;
                values.reserve(rows * width * 24);
                for (int r = 0; r < rows; ++r) {
                    values += r == 0 ? QStringLiteral("(") : QStringLiteral(", (");
                    if (wholeRowCheck)
                        values += QString::number(r) + QStringLiteral(", ");
                    for (int c = 0; c < width; ++c)
                        values += (c == 0 ? QStringLiteral("CAST(? AS ") : QStringLiteral(", CAST(? AS "))
                            + plan.types.at(c) + QLatin1Char(')');
                    values += QLatin1Char(')');
                }
                const QString into
                    = QStringLiteral("INSERT INTO %1 (%2) ").arg(quoted(plan.table), columns.join(QLatin1String(", ")));
                if (!wholeRowCheck)
                    return into + QStringLiteral("VALUES ") + values + QStringLiteral(" ON CONFLICT DO NOTHING");
                // No key: a row is there already when one of the rows present before this copy began is equal to
                // it column by column (NULL equal to NULL). Rows added by this copy do not count, so two identical
                // rows of the source both arrive, and a second copy skips both. NOT NULL columns compare with `=`,
                // which an index can serve (IS NOT DISTINCT FROM cannot).
                QStringList same;
                QStringList aliased;
                for (int c = 0; c < width; ++c) {
                    const QString column = quoted(plan.columns.at(c));
                    aliased << QStringLiteral("v.") + column;
                    same << QStringLiteral("d.%1 %2 v.%1")
                                .arg(column,
                                     plan.notNull.at(c) ? QStringLiteral("=") : QStringLiteral("IS NOT DISTINCT FROM"));
                }
                if (plan.rowidBefore)
                    same << QStringLiteral("d.rowid <= %1").arg(*plan.rowidBefore);
                return into
                    + QStringLiteral("SELECT %1 FROM (VALUES %2) AS v(monime_row, %3) WHERE NOT EXISTS (SELECT 1 "
                                     "FROM %4 d WHERE %5) ORDER BY v.monime_row")
                          .arg(aliased.join(QLatin1String(", ")), values, columns.join(QLatin1String(", ")),
                               quoted(plan.table), same.join(QLatin1String(" AND ")));
            };
            QSqlQuery full(dst);
            bool fullPrepared = false;
            QList<QVariant> pending;
            pending.reserve(batchRows * width);
            auto flush = [&]() -> Result<void> {
                const int rows = int(pending.size() / width);
                if (rows == 0)
                    return {};
                QSqlQuery partial(dst);
                QSqlQuery* q = &full;
                if (rows == batchRows) {
                    if (!fullPrepared && !full.prepare(statement(rows)))
                        return Database::queryError(full, tr("copy %1").arg(plan.table));
                    fullPrepared = true;
                } else {
                    q = &partial;
                    if (!partial.prepare(statement(rows)))
                        return Database::queryError(partial, tr("copy %1").arg(plan.table));
                }
                for (qsizetype i = 0; i < pending.size(); ++i)
                    q->bindValue(int(i), pending.at(i));
                if (auto r = Database::exec(*q, tr("copy %1").arg(plan.table)); !r.ok())
                    return r;
                const qint64 added = std::max(0, q->numRowsAffected());
                count.copied += added;
                count.alreadyThere += rows - added;
                pending.clear();
                if (m_progress)
                    m_progress(plan.table, count.copied + count.alreadyThere, count.source);
                return {};
            };

            QSqlQuery s(src);
            s.setForwardOnly(true);
            QStringList selected = columns;
            if (!s.exec(QStringLiteral("SELECT %1 FROM %2%3 ORDER BY rowid")
                            .arg(selected.join(QLatin1String(", ")), quoted(plan.table),
                                 plan.filter.isEmpty() ? QString() : QStringLiteral(" WHERE ") + plan.filter)))
                return Database::queryError(s, tr("read %1").arg(plan.table));
            if (m_progress)
                m_progress(plan.table, 0, count.source);
            while (s.next()) {
                for (int c = 0; c < width; ++c) {
                    QVariant value = s.value(c);
                    if (plan.monimeerColumns.contains(c) && monimeers.contains(value.toString()))
                        value = report.owner.id;
                    pending << value;
                }
                if (pending.size() == qsizetype(batchRows) * width)
                    if (auto r = flush(); !r.ok())
                        return r;
            }
            if (s.lastError().isValid())
                return Database::queryError(s, tr("read %1").arg(plan.table));
            if (auto r = flush(); !r.ok())
                return r;
        }
        return {};
    };

    Result<void> result = work();
    src.rollback(); // a read: nothing to keep
    if (!result.ok() || dryRun) {
        dst.rollback();
        if (!result.ok())
            return result.error();
    } else if (!dst.commit()) {
        Error e = Database::sqlError(dst.lastError(), tr("save the copy"), true);
        dst.rollback();
        return e;
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace monime
