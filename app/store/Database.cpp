// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace monime {

namespace {

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
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error Database::queryError(const QSqlQuery& query, const QString& what)
{
    return makeError(QStringLiteral("database_error"), QStringLiteral("database"),
                     tr("Could not %1: %2. Check that the disk is not full and that no other program holds the "
                        "database locked, then try again.")
                         .arg(what, query.lastError().text()));
}

Result<void> Database::exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec())
        return queryError(query, what);
    return {};
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& path)
{
    auto refuse = [&path](const char* code, const QString& message) {
        return makeError(QLatin1String(code), QStringLiteral("database"), message);
    };
    if (path.isEmpty())
        return refuse("database_path",
                      tr("No database path given. Pass --database PATH or set "
                         "MONIME_PORTAL_DATABASE."));
    const QFileInfo info(path);
    if (info.isDir())
        return refuse(
            "database_is_directory",
            tr("%1 is a directory, not a database file. Give the path of a file, e.g. %1/inventory.sqlite.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return refuse("database_unwritable",
                      tr("Cannot create the folder %1 for the database. Choose a location you can write to.")
                          .arg(info.absolutePath()));
    if (info.exists() && info.size() > 0) {
        // SQLite only notices a foreign file at the first query; check the header before touching it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return refuse("database_unreadable",
                          tr("Cannot read %1: %2. Check its permissions.").arg(path, file.errorString()));
        if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
            return refuse("not_a_database",
                          tr("%1 is not a Monime Developer Portal database (it is not an SQLite file). It was left "
                             "untouched; choose another path.")
                              .arg(path));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    std::unique_ptr<Database> database(new Database(db, path));
    if (!database->m_db.open())
        return refuse("database_open",
                      tr("Cannot open the database %1: %2. Check the path and its permissions.")
                          .arg(path, database->m_db.lastError().text()));

    QSqlQuery q(database->m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return refuse("not_a_database",
                      tr("%1 could not be read as a database (%2). It was left untouched; choose another path.")
                          .arg(path, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return refuse("database_too_new",
                      tr("%1 was written by a newer version of Monime Developer Portal (schema %2; this version "
                         "reads up to %3). It was left untouched: update the app, or choose another database.")
                          .arg(path)
                          .arg(version)
                          .arg(kSchemaVersion));
    if (version > 0) {
        QSqlQuery check(database->m_db);
        if (!check.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) || !check.next()
            || check.value(0).toString() != QLatin1String("monime-portal"))
            return refuse("not_a_database",
                          tr("%1 is an SQLite database of another program. It was left untouched; choose another "
                             "path.")
                              .arg(path));
    } else {
        QSqlQuery tables(database->m_db);
        if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next()
            && tables.value(0).toInt() > 0)
            return refuse("not_a_database",
                          tr("%1 is an SQLite database of another program. It was left untouched; choose another "
                             "path.")
                              .arg(path));
    }

    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL" }) {
        QSqlQuery p(database->m_db);
        if (!p.exec(QLatin1String(pragma)))
            return queryError(p, tr("configure the database"));
    }
    if (version < kSchemaVersion) {
        if (auto migrated = database->migrate(version); !migrated.ok())
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

Result<void> Database::migrate(int from)
{
    return transaction([this, from]() -> Result<void> {
        QSqlQuery q(m_db);
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
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)))
            return queryError(q, tr("record the schema version"));
        return {};
    });
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    if (!m_db.transaction())
        return makeError(QStringLiteral("database_error"), QStringLiteral("database"),
                         tr("Could not start a transaction: %1. Another program may hold the database locked; "
                            "try again.")
                             .arg(m_db.lastError().text()));
    Result<void> result = work();
    if (!result.ok()) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return makeError(QStringLiteral("database_error"), QStringLiteral("database"),
                         tr("Could not save the change: %1. Check free disk space and try again.").arg(text));
    }
    return {};
}

} // namespace monime
