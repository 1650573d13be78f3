// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

namespace monime {

namespace {

// SQLite's primary result codes (sqlite3.h), as QSQLITE reports them in nativeErrorCode().
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteAuth = 23;
constexpr int kSqliteNotADb = 26;

QAtomicInt g_openConnections;

/// Why a file is not opened: the error of the database part, with its stable code.
Error refuse(const char* code, const QString& message)
{
    return makeError(QLatin1String(code), QStringLiteral("database"), message);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("monime-portal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Version 1. Times are milliseconds since the Unix epoch, UTC; no secret is ever stored.
const char* const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE monimeers (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE spaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE memberships ("
    " monimeer_id TEXT NOT NULL REFERENCES monimeers(id) ON DELETE CASCADE,"
    " space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,"
    " role TEXT NOT NULL,"
    " PRIMARY KEY (monimeer_id, space_id))",
    "CREATE TABLE tokens ("
    " id TEXT PRIMARY KEY,"
    " owner_id TEXT NOT NULL REFERENCES monimeers(id),"
    " name TEXT NOT NULL,"
    " environment TEXT NOT NULL CHECK (environment IN ('test', 'live')),"
    " api_release TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " expires_at BIGINT,"
    " revoked_at BIGINT,"
    " revoke_reason TEXT,"
    " space_whitelist TEXT,"
    " secret_digest TEXT NOT NULL UNIQUE,"
    " hint TEXT NOT NULL,"
    " checksum_state TEXT NOT NULL,"
    " origin TEXT NOT NULL,"
    " rotated_from TEXT,"
    " state TEXT NOT NULL CHECK (state IN ('pending', 'ready')),"
    " last_used_at BIGINT,"
    " last_tested_at BIGINT,"
    " last_test_result TEXT)",
    "CREATE INDEX tokens_state ON tokens(state)",
    "CREATE TABLE token_permissions ("
    " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
    " permission TEXT NOT NULL,"
    " PRIMARY KEY (token_id, permission))",
    "CREATE TABLE token_ip_rules ("
    " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
    " rule TEXT NOT NULL,"
    " PRIMARY KEY (token_id, rule))",
    "CREATE TABLE audit_log ("
    " id TEXT PRIMARY KEY,"
    " at BIGINT NOT NULL,"
    " actor TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " token_id TEXT,"
    " detail TEXT NOT NULL)",
    "CREATE INDEX audit_log_token ON audit_log(token_id, at)",
};

// Version 2: one row per request the sandbox answered (never a secret). No foreign key to tokens: usage
// outlives nothing and an unknown token's calls are kept too (token_id NULL).
const char* const kSchemaV2[] = {
    "CREATE TABLE usage ("
    " token_id TEXT,"
    " at BIGINT NOT NULL,"
    " method TEXT NOT NULL,"
    " path TEXT NOT NULL,"
    " status INTEGER NOT NULL,"
    " reason TEXT,"
    " caller_ip TEXT NOT NULL,"
    " space_id TEXT,"
    " environment TEXT,"
    " latency_us BIGINT NOT NULL)",
    "CREATE INDEX usage_token_at ON usage(token_id, at)",
    "CREATE INDEX usage_at ON usage(at)",
};

// Version 7: Monite client profiles (seed 004). Times are milliseconds since the epoch, UTC.
const char* const kSchemaV7[] = {
    "CREATE TABLE monite_profiles ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " environment TEXT NOT NULL CHECK (environment IN ('sandbox', 'eu', 'na', 'custom')),"
    " base_url TEXT NOT NULL,"
    " api_version TEXT NOT NULL,"
    " client_id TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " secret_set_at BIGINT,"
    " last_used_at BIGINT,"
    " last_tested_at BIGINT,"
    " last_test_result TEXT,"
    " last_test_passed INTEGER)",
    "CREATE TABLE monite_entity_users ("
    " profile_id TEXT NOT NULL REFERENCES monite_profiles(id) ON DELETE CASCADE,"
    " entity_user_id TEXT NOT NULL,"
    " label TEXT NOT NULL DEFAULT '',"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (profile_id, entity_user_id))",
    "CREATE TABLE monite_tokens ("
    " profile_id TEXT NOT NULL REFERENCES monite_profiles(id) ON DELETE CASCADE,"
    " grant_key TEXT NOT NULL,"
    " grant_type TEXT NOT NULL CHECK (grant_type IN ('client_credentials', 'entity_user')),"
    " entity_user_id TEXT,"
    " received_at BIGINT NOT NULL,"
    " expires_at BIGINT NOT NULL,"
    " revoked_at BIGINT,"
    " PRIMARY KEY (profile_id, grant_key))",
    "CREATE TABLE monite_history ("
    " profile_id TEXT NOT NULL REFERENCES monite_profiles(id) ON DELETE CASCADE,"
    " at BIGINT NOT NULL,"
    " action TEXT NOT NULL,"
    " detail TEXT NOT NULL)",
    "CREATE INDEX monite_history_profile ON monite_history(profile_id, at)",
};

} // namespace

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("inventory.sqlite"));
}

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{ }

Database::~Database()
{
    disconnect(m_db);
}

int Database::openConnections()
{
    return g_openConnections.loadRelaxed();
}

Result<QString> Database::connect(const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    // On a disk mounted read-only nobody can change the file and SQLite cannot make its -shm: read it as
    // immutable (no locks, no shared memory). openSqlite refuses the case where a -wal would be ignored.
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.isReadOnly()) {
        db.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(path);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        Error e = sqlError(db.lastError(), tr("open the database %1").arg(path));
        disconnect(db);
        return e;
    }
    g_openConnections.ref();
    return db.connectionName();
}

void Database::disconnect(QSqlDatabase& db)
{
    const QString name = db.connectionName();
    if (name.isEmpty())
        return;
    if (db.isOpen())
        g_openConnections.deref();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error Database::queryError(const QSqlQuery& query, const QString& what)
{
    return sqlError(query.lastError(), what);
}

Error Database::sqlError(const QSqlError& error, const QString& what)
{
    // QSQLITE reports SQLite's result code (extended codes keep the primary one in the low byte).
    bool numeric = false;
    const int native = error.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (native & 0xff) : -1;
    const QString detail = error.text();
    const QString database = QStringLiteral("database");
    switch (primary) {
    case kSqliteFull:
        return makeError(QStringLiteral("disk_full"), database,
                         tr("Could not %1: the disk is full (%2). Nothing was changed. Free some space on the disk "
                            "that holds the database, then try again.")
                             .arg(what, detail));
    case kSqliteReadOnly:
        return makeError(QStringLiteral("database_read_only"), database,
                         tr("Could not %1: the database is read-only (%2). Reading works, changes do not: give "
                            "yourself write permission on the file and its folder, or check whether the disk is "
                            "mounted read-only.")
                             .arg(what, detail));
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(QStringLiteral("database_busy"), database,
                         tr("Could not %1: another program held the database locked for more than 5 seconds (%2). "
                            "Nothing was changed; try again in a moment.")
                             .arg(what, detail));
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return makeError(QStringLiteral("database_damaged"), database,
                         tr("Could not %1: the database file is damaged (%2). Run `monime-portal-cli doctor` to see "
                            "what is affected, and restore the file from a backup.")
                             .arg(what, detail));
    case kSqliteCantOpen:
        return makeError(QStringLiteral("database_open"), database,
                         tr("Could not %1 (%2). Check that the folder exists and that you may read and write in "
                            "it.")
                             .arg(what, detail));
    case kSqlitePerm:
    case kSqliteAuth:
        return makeError(QStringLiteral("database_denied"), database,
                         tr("Could not %1: access was denied (%2). Check the permissions of the database file and "
                            "its folder.")
                             .arg(what, detail));
    case kSqliteIoErr:
        return makeError(QStringLiteral("database_io"), database,
                         tr("Could not %1: reading or writing the disk failed (%2). Check free disk space and the "
                            "disk's health, then try again.")
                             .arg(what, detail));
    default:
        break;
    }
    return makeError(QStringLiteral("database_error"), database,
                     tr("Could not %1: %2. Run `monime-portal-cli doctor` to check the database, then try again.")
                         .arg(what, detail));
}

bool Database::isDamage(const Error& error)
{
    return error.code == QLatin1String("database_damaged");
}

Result<void> Database::exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return queryError(query, what);
    return {};
}

Result<void> Database::inspect(const QString& path)
{
    auto probe = connect(path, true);
    if (!probe.ok())
        return probe.error();
    QSqlDatabase db = QSqlDatabase::database(probe.value(), false);
    // The probe ends here whatever happens: SQLite closes its descriptor only when no other connection of
    // this process holds a lock on the file.
    struct Close
    {
        QSqlDatabase& db;
        ~Close() { disconnect(db); }
    } close { db };

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const Error e = queryError(q, tr("read %1").arg(path));
        if (e.code == QLatin1String("database_damaged") || e.code == QLatin1String("database_error"))
            return refuse("not_a_database",
                          tr("%1 is not a Monime Developer Portal database (%2). It was left untouched; choose "
                             "another path.")
                              .arg(path, q.lastError().text()));
        return e;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return refuse("database_too_new",
                      tr("%1 was written by a newer version of Monime Developer Portal (schema %2; this version "
                         "reads up to %3). It was left untouched: update the app, or choose another database.")
                          .arg(path)
                          .arg(version)
                          .arg(kSchemaVersion));
    QSqlQuery check(db);
    if (version > 0) {
        if (!check.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) || !check.next()
            || check.value(0).toString() != QLatin1String("monime-portal"))
            return refuse("not_a_database",
                          tr("%1 is an SQLite database of another program. It was left untouched; choose another "
                             "path.")
                              .arg(path));
    } else if (check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && check.next()
               && check.value(0).toInt() > 0) {
        return refuse(
            "not_a_database",
            tr("%1 is an SQLite database of another program. It was left untouched; choose another path.").arg(path));
    }
    return {};
}

QString Database::location(const QString& option, const QString& saved)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("MONIME_PORTAL_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return saved.isEmpty() ? defaultPath() : saved;
}

Result<QString> Database::filePath(const QString& given)
{
    if (given.isEmpty())
        return refuse("database_path",
                      tr("No database path given. Pass --database PATH or set "
                         "MONIME_PORTAL_DATABASE."));
    // A URL is not a file name: without this, "postgresql://me@host/db" became an SQLite file in a new folder
    // named "postgresql:" and every command seemed to work.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch m = scheme.match(given);
    if (!m.hasMatch()) {
        if (QFileInfo(given).isDir())
            return refuse("database_is_directory",
                          tr("%1 is a directory, not a database file. Give the path of a file, e.g. "
                             "%1/inventory.sqlite.")
                              .arg(given));
        return given;
    }
    const QString name = m.captured(1).toLower();
    const QUrl url(given);
    const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : name + QStringLiteral("://…");
    if (name == QLatin1String("file") && url.isValid() && url.isLocalFile())
        return filePath(url.toLocalFile());
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres"))
        return refuse("database_url_unsupported",
                      tr("%1 is a PostgreSQL address; this version keeps its inventory in an SQLite file only (team "
                         "inventories on PostgreSQL are not built yet). Nothing was created. Give the path of a "
                         "file, e.g. ~/monime/inventory.sqlite.")
                          .arg(shown));
    return refuse("database_url_unsupported",
                  tr("%1 is a %2 address, not a file. Nothing was created. Give the path of a file, e.g. "
                     "~/monime/inventory.sqlite.")
                      .arg(shown, name));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& given)
{
    const Result<QString> file = filePath(given);
    if (!file.ok())
        return file.error();
    const QString path = file.value();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return refuse("database_unwritable",
                      tr("Cannot create the folder %1 for the database. Choose a location you can write to.")
                          .arg(info.absolutePath()));
    // With no shared-memory file yet, SQLite must create one even to read: on a full disk that fails half-way
    // and leaves a stub behind. Say so before touching anything. (With the file there, others have the
    // database open and reading still works.)
    const QStorageInfo disk(info.absolutePath());
    const bool readOnlyDisk = disk.isValid() && disk.isReadOnly();
    if (!readOnlyDisk && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kMinFreeBytes)
            return refuse("disk_full",
                          tr("The disk that holds %1 is full (%2 bytes free). Nothing was opened or changed. Free "
                             "some space on it, then try again.")
                              .arg(path)
                              .arg(disk.bytesAvailable()));
    }
    if (readOnlyDisk && !info.exists())
        return refuse(
            "database_read_only",
            tr("%1 cannot be created: its disk is mounted read-only. Choose a location you can write to.").arg(path));
    if (readOnlyDisk && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return refuse("database_read_only",
                      tr("%1 is on a read-only disk with changes still in its -wal file, which SQLite cannot fold in "
                         "there. Copy the file with its -wal to a writable folder, or mount the disk read-write.")
                          .arg(path));
    if (info.exists() && info.size() > 0) {
        if (!info.isReadable())
            return refuse("database_unreadable",
                          tr("Cannot read %1: permission denied. Check its permissions.").arg(path));
        if (auto inspected = inspect(path); !inspected.ok())
            return inspected.error();
    }

    auto opened = connect(path, false);
    if (!opened.ok())
        return readOnlyDisk ? refuse("database_read_only",
                                     tr("%1 is on a read-only disk and SQLite could not open it there (%2). Copy it "
                                        "to a writable folder, or mount the disk read-write.")
                                         .arg(path, opened.error().message))
                            : opened.error();
    std::unique_ptr<Database> database(new Database(QSqlDatabase::database(opened.value(), false), path));

    // A read-only file stays readable: WAL is only asked for when it is not already on.
    QSqlQuery mode(database->m_db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next())
        return queryError(mode, tr("configure the database"));
    const bool wal = mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    mode.finish();
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL") };
    if (!wal && !readOnlyDisk)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const QString& pragma : pragmas) {
        QSqlQuery p(database->m_db);
        if (!p.exec(pragma))
            return queryError(p, tr("configure the database"));
    }
    if (database->schemaVersion() != kSchemaVersion) {
        if (auto migrated = database->migrate(); !migrated.ok())
            return migrated.error();
    }
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    // BEGIN IMMEDIATE: two programs opening a new file at once must not both create the tables. The version is
    // read again under the write lock; the other program may have migrated meanwhile.
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(begin, tr("upgrade the database"));
    auto work = [this]() -> Result<void> {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return queryError(q, tr("read the schema version"));
        const int from = q.value(0).toInt();
        q.finish();
        if (from > kSchemaVersion)
            return makeError(QStringLiteral("database_too_new"), QStringLiteral("database"),
                             tr("%1 was upgraded by a newer version of Monime Developer Portal meanwhile (schema "
                                "%2). Update the app.")
                                 .arg(m_path)
                                 .arg(from));
        if (from == kSchemaVersion)
            return {};
        if (from < 1) {
            for (const char* statement : kSchemaV1)
                if (!q.exec(QLatin1String(statement)))
                    return queryError(q, tr("create the database tables"));
            if (!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'monime-portal')")))
                return queryError(q, tr("create the database tables"));
        }
        if (from < 2) {
            for (const char* statement : kSchemaV2)
                if (!q.exec(QLatin1String(statement)))
                    return queryError(q, tr("create the usage table"));
        }
        if (from < 3) {
            // Version 3: which process is writing a pending token ("host:pid"), so a start never rolls back
            // a create that another live process (the GUI, a parallel CLI) still has in flight.
            if (!q.exec(QStringLiteral("ALTER TABLE tokens ADD COLUMN pending_owner TEXT")))
                return queryError(q, tr("upgrade the tokens table"));
        }
        if (from < 4) {
            // Version 4: the last test's outcome as data (1 passed, 0 failed), no longer read back from its text.
            if (!q.exec(QStringLiteral("ALTER TABLE tokens ADD COLUMN last_test_passed INTEGER"))
                || !q.exec(QStringLiteral("UPDATE tokens SET last_test_passed = CASE WHEN last_test_result LIKE "
                                          "'passed:%' THEN 1 WHEN last_test_result LIKE 'failed:%' THEN 0 END")))
                return queryError(q, tr("upgrade the tokens table"));
        }
        if (from < 5) {
            // Version 5: the expiry reminders already sent, once per token and stage (30d, 7d, 1d, expired).
            if (!q.exec(QStringLiteral("CREATE TABLE reminders ("
                                       " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
                                       " stage TEXT NOT NULL CHECK (stage IN ('30d', '7d', '1d', 'expired')),"
                                       " sent_at BIGINT NOT NULL,"
                                       " PRIMARY KEY (token_id, stage))")))
                return queryError(q, tr("create the reminders table"));
        }
        if (from < 6) {
            // Version 6: where a leak scan found each token's secret (never the secret: the place).
            if (!q.exec(QStringLiteral("CREATE TABLE token_leaks ("
                                       " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
                                       " location TEXT NOT NULL,"
                                       " found_at BIGINT NOT NULL,"
                                       " PRIMARY KEY (token_id, location))")))
                return queryError(q, tr("create the token leaks table"));
        }
        if (from < 7) {
            // Version 7: Monite client profiles, their entity users, and the metadata of the access tokens got
            // with them (one row per profile and grant). Never a client secret or an access token: those live in
            // the keychain only.
            for (const char* statement : kSchemaV7)
                if (!q.exec(QLatin1String(statement)))
                    return queryError(q, tr("create the Monite client tables"));
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
            return queryError(q, tr("record the schema version"));
        return {};
    };
    Result<void> result = work();
    QSqlQuery end(m_db);
    if (!result.ok()) {
        (void)end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error e = queryError(end, tr("save the upgraded database"));
        (void)QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

Result<IntegrityReport> Database::checkIntegrity(bool quick)
{
    IntegrityReport report;
    report.quick = quick || QFileInfo(m_path).size() > kFullCheckMaxBytes;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // SQLite reports some damage as rows, and some (an unreadable page on the way) as the check failing.
    auto failed = [&q, &report]() -> std::optional<Error> {
        Error e = queryError(q, tr("check the database"));
        if (!isDamage(e))
            return e;
        report.problems.append(q.lastError().text());
        return std::nullopt;
    };
    if (!q.exec(report.quick ? QStringLiteral("PRAGMA quick_check(50)")
                             : QStringLiteral("PRAGMA integrity_check(50)"))) {
        if (auto e = failed())
            return *e;
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems.append(line);
        }
        if (q.lastError().isValid())
            if (auto e = failed())
                return *e;
    }
    report.ok = report.problems.isEmpty();
    return report;
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), tr("start a transaction"));
    Result<void> result = work();
    if (!result.ok()) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        Error e = sqlError(m_db.lastError(), tr("save the change"));
        m_db.rollback();
        return e;
    }
    return {};
}

} // namespace monime
