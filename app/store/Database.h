// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace monime {

/// What `PRAGMA integrity_check` (or `quick_check`, on a large file) found.
struct IntegrityReport
{
    bool ok = false;
    bool quick = false; ///< quick_check ran (the file was large): no index-to-table cross-check
    QStringList problems; ///< SQLite's own lines, at most a few dozen; empty when ok
};

/// One open inventory database: an SQLite file (WAL, foreign keys on), or a team database on PostgreSQL through
/// QPSQL (`postgresql://user@host:port/dbname`; the password from libpq's `~/.pgpass`, never in the URL). The
/// same schema and migrations on both: portable SQL, with per-driver branches where the dialects differ
/// (`isPostgres()`). Owns its Qt SQL connection.
///
/// The one place a process opens connections to an inventory: on POSIX, closing *any* descriptor of a file
/// drops every lock the process holds on it (SQLite's "How To Corrupt An SQLite Database File", 2.2), so
/// nothing here reads the file except SQLite itself — even the check that refuses a foreign file goes through
/// a read-only SQLite connection, whose close SQLite defers while other connections of the process hold locks.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(monime::Database)

public:
    static constexpr int kSchemaVersion = 8;
    /// Below this many free bytes on its disk, a database whose shared-memory file is not there yet is not
    /// opened: SQLite would leave a stub `-shm` behind and fail anyway.
    static constexpr qint64 kMinFreeBytes = 256 * 1024;
    /// Files above this size get `quick_check` rather than the full `integrity_check`.
    static constexpr qint64 kFullCheckMaxBytes = 64 * 1024 * 1024;
    /// PostgreSQL: how long a statement waits for a lock another session holds before it fails as busy.
    static constexpr int kLockTimeoutMs = 5000;

    /// Opens (creating if needed) the SQLite file at `path` and migrates it. A directory, a file that is not
    /// a database, or one written by a newer version is refused with a clear message and left untouched.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    /// Opens the inventory a location names: a PostgreSQL URL (see openPostgres), else an SQLite file (openSqlite).
    static Result<std::unique_ptr<Database>> open(const QString& location);
    /// Opens (creating the tables if needed) the PostgreSQL database of `url`, `postgresql://[user@]host[:port]/
    /// dbname[?host=SOCKET_DIR&sslmode=…]`, and migrates it under an advisory lock, in one transaction. A
    /// password in the URL is refused (libpq reads `~/.pgpass` or `$PGPASSFILE`); a database of another program
    /// or of a newer schema is refused and left untouched; a server that is down, a failed login or a missing
    /// database each get their own message, naming the URL.
    static Result<std::unique_ptr<Database>> openPostgres(const QString& url);
    /// Whether a location is a PostgreSQL URL (`postgresql://` or `postgres://`).
    static bool isPostgresUrl(const QString& location);
    /// Checks a location without opening anything: a PostgreSQL URL (no password, a database name, known
    /// options) or what filePath accepts. The Settings dialog says its verdict before saving.
    static Result<void> checkLocation(const QString& location);
    /// The per-user file in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    /// Which inventory a program opens, the same rule in all three: the command line's `--database`, else
    /// $MONIME_PORTAL_DATABASE, else the GUI's saved setting (`saved`, empty elsewhere), else defaultPath().
    static QString location(const QString& option, const QString& saved = {});
    /// The file a location names, or why it names none: empty, a directory, or a URL (`file://` is taken as its
    /// path; `postgresql://` (open() takes those) and the like are refused, so no folder named "postgresql:" is
    /// ever created).
    static Result<QString> filePath(const QString& location);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    /// The file path, or the PostgreSQL URL (never with a password): what open() takes to open it again.
    const QString& path() const { return m_path; }
    /// Whether this is a PostgreSQL database (else SQLite): where the SQL dialects differ, the store branches on it.
    bool isPostgres() const { return m_postgres; }
    int schemaVersion() const;

    /// PostgreSQL: when the connection no longer answers (the server restarted, the connection was killed), opens
    /// it again. Nothing is retried: a change that failed with the connection was not saved and said so.
    Result<void> reconnect();

    /// Runs `work` in a transaction: committed when it returns ok, rolled back otherwise.
    Result<void> transaction(const std::function<Result<void>()>& work);

    /// Runs SQLite's integrity check (quick_check when the file is over kFullCheckMaxBytes, or when `quick`).
    /// On PostgreSQL, which checks its own pages, the report is ok.
    Result<IntegrityReport> checkIntegrity(bool quick = false);
    /// Whether a failure (an Error from this layer) says the file is damaged.
    static bool isDamage(const Error& error);
    /// Number of connections this process has open to inventory databases (all paths).
    static int openConnections();

    /// Maps a failed query onto an Error naming the database and the fix, true to the cause: a full disk, a
    /// read-only file, a lock held too long, a damaged file each get their own message.
    static Error queryError(const QSqlQuery& query, const QString& what);
    static Error sqlError(const QSqlError& error, const QString& what, bool postgres = false);
    /// Executes a prepared query; an Error when it fails.
    static Result<void> exec(QSqlQuery& query, const QString& what);

private:
    Database(QSqlDatabase db, QString path, bool postgres = false);
    Result<void> migrate();
    /// The schema steps from version `from` to kSchemaVersion, on either driver, inside migrate's transaction.
    Result<void> createOrUpgrade(int from);
    /// PostgreSQL, schema 8: the first owner (whoever migrates), row-level security, triggers, grants, NOTIFY.
    Result<void> createTeamRules();
    /// PostgreSQL: under the advisory lock, the version in `meta`, or a refusal (another program, newer schema).
    Result<int> postgresVersion();
    /// The only place that calls QSqlDatabase::addDatabase for an inventory; gives the connection's name.
    static Result<QString> connect(const QString& path, bool readOnly);
    static void disconnect(QSqlDatabase& db);
    /// Refuses a file that is not this app's database, or is of a newer schema, reading it through a read-only
    /// SQLite connection only.
    static Result<void> inspect(const QString& path);

    QSqlDatabase m_db;
    QString m_path;
    bool m_postgres = false;
};

} // namespace monime
