// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/SpaceRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace monime {

class Database;

/// What a copy did (or, dry, would do) to one table.
struct TableCopyCount
{
    QString table;
    qint64 source = 0; ///< rows of the source considered (pending tokens and their rows not among them)
    qint64 copied = 0; ///< rows added to the destination
    qint64 alreadyThere = 0; ///< rows the destination had already: skipped
};

/// The outcome of InventoryCopy::run.
struct InventoryCopyReport
{
    Monimeer owner; ///< the person migrating, in the destination: every Monimeer id of the source became theirs
    QList<TableCopyCount> tables; ///< in copy order
    qint64 pendingSkipped = 0; ///< tokens with state 'pending' (an unfinished create): not copied
    /// Tokens revoked in the source that are still active in the destination (copied earlier, revoked since):
    /// a copy adds, it never overwrites, so these need a revoke there. Ids.
    QStringList revokedOnlyInSource;
    bool dryRun = false;
    qint64 elapsedMs = 0;
};

/// Copies a personal inventory (an SQLite file) into a team inventory on PostgreSQL: the metadata, the history
/// and the usage, never `meta` nor `monimeers`. Ids are kept, so each token's keychain item (keyed by its id)
/// still matches; every Monimeer id of the source becomes the migrating person's id in the destination
/// (`SpaceRepository::localMonimeer`).
///
/// Idempotent: a row already in the destination (by primary key; for `usage` and `monite_history`, which have
/// none, an identical row that was there before this copy began) is skipped, so a second run adds nothing. All
/// or nothing: one transaction on the destination, under an advisory lock, never a failing insert inside it. The
/// columns copied are those both tables have (SQLite `PRAGMA table_info`, PostgreSQL `information_schema`),
/// never a `GENERATED ALWAYS` one: a column only the destination has takes its default.
///
/// Refused, with nothing written: a token whose id is in the destination with another secret digest (or whose
/// digest is there under another id), a Monite client profile whose name is there under another id.
class InventoryCopy
{
    Q_DECLARE_TR_FUNCTIONS(monime::InventoryCopy)

public:
    /// Called after each batch: the table, rows done of its total, and the totals of all tables.
    using Progress = std::function<void(const QString& table, qint64 done, qint64 total)>;

    /// `source` an SQLite inventory, `destination` a PostgreSQL one, both at the app's schema.
    InventoryCopy(Database& source, Database& destination);

    /// The tables copied, in the order they are (parents before the rows that refer to them).
    static QStringList tables();

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    /// Rows per INSERT (one multi-row VALUES statement, prepared once per shape).
    void setBatchRows(int rows) { m_batchRows = rows; }

    /// Copies; `dryRun` does the same work and rolls it back, so its counts are exact. `now` dates the
    /// migrating person's row when the destination creates it (named after the source's own Monimeer).
    Result<InventoryCopyReport> run(const QDateTime& now, bool dryRun);

private:
    Database& m_source;
    Database& m_destination;
    Progress m_progress;
    int m_batchRows = 500;
};

} // namespace monime
