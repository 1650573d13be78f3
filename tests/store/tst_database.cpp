// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: a real SQLite file in a temporary directory; registered a second time (tst_database_postgres)
// against a real PostgreSQL server (tests/with-postgres.sh), where the tests of SQLite's file format are skipped.
#include "store/Database.h"
#include "store/UsageRepository.h"
#include "support/TestBackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <thread>
#include <unistd.h>

using namespace monime;
using namespace monime::testing;

// The tests of SQLite's file itself (WAL, locks, full or read-only disks, damage): nothing to run on PostgreSQL.
#define SQLITE_FILE_ONLY()                                                                                             \
    if (usesPostgres())                                                                                                \
        QSKIP("a test of the SQLite file; the PostgreSQL run has its own");
#define POSTGRES_ONLY()                                                                                                \
    if (!usesPostgres())                                                                                               \
        QSKIP("runs in tst_database_postgres, on a real PostgreSQL server");

namespace {
QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
/// Descriptors of this process that point at a file under `prefix` which has been unlinked.
QStringList deletedDescriptors(const QString& prefix)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(prefix) && target.endsWith(QLatin1String(" (deleted)")))
            deleted.append(target);
    }
    return deleted;
}

int runSqlite3(const QString& path, const QString& sql, QByteArray* out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { path, sql });
    if (!p.waitForFinished(20000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput().trimmed();
    return p.exitCode();
}

/// A small tmpfs of `kib` KiB at `dir` (root only: CI runs as root). Unmounted by the returned guard.
struct Tmpfs
{
    QString dir;
    bool mounted = false;
    Tmpfs(const QString& at, int kib)
        : dir(at)
    {
        QDir().mkpath(dir);
        mounted = QProcess::execute(QStringLiteral("mount"),
                                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=%1k").arg(kib), QStringLiteral("tmpfs"), dir })
            == 0;
    }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro"), dir })
            == 0;
    }
    ~Tmpfs()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), { QStringLiteral("-l"), dir });
    }
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    /// Back to schema 7: the team rules (PostgreSQL) and the team and version columns of schema 8 go.
    static bool undoSchema8(QSqlQuery& q)
    {
        if (usesPostgres()) {
            for (const char* function :
                 { "monime_tokens_guard()", "monime_team_guard()", "monime_team_connect()", "monime_notify()",
                   "monime_replaces_own(text)", "monime_me()", "monime_role()" })
                if (!q.exec(QStringLiteral("DROP FUNCTION %1 CASCADE").arg(QLatin1String(function))))
                    return false;
            if (!q.exec(QStringLiteral("DO $$ DECLARE p record; BEGIN FOR p IN SELECT policyname, tablename FROM "
                                       "pg_policies WHERE schemaname = current_schema() LOOP EXECUTE format('DROP "
                                       "POLICY %I ON %I', p.policyname, p.tablename); END LOOP; END $$")))
                return false;
        } else if (!q.exec(QStringLiteral("DROP INDEX monimeers_db_user"))
                   || !q.exec(QStringLiteral("DROP INDEX monimeers_email"))) {
            return false;
        }
        for (const char* column :
             { "monimeers DROP COLUMN email", "monimeers DROP COLUMN team_role", "monimeers DROP COLUMN db_user",
               "tokens DROP COLUMN version", "tokens DROP COLUMN revoked_by" })
            if (!q.exec(QStringLiteral("ALTER TABLE %1").arg(QLatin1String(column))))
                return false;
        if (usesPostgres() && !q.exec(QStringLiteral("DELETE FROM monimeers")))
            return false; // the first owner schema 8 made
        return true;
    }

    static bool dropMoniteTables(QSqlQuery& q)
    {
        if (!undoSchema8(q))
            return false;
        for (const char* table : { "monite_history", "monite_tokens", "monite_entity_users", "monite_profiles" })
            if (!q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))))
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(backendProblem().isEmpty(), qPrintable(backendProblem()));
    }

    void createsSchemaWithWalAndForeignKeys()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/inventory.sqlite"));
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // Foreign keys are enforced: a permission for a token that does not exist is refused.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO token_permissions (token_id, permission) VALUES ('nope', 'x')")));
    }

    void reopensExistingDatabase()
    {
        QTemporaryDir dir;
        const QString path = freshLocation(dir);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-a1', 'A', 0)")));
        }
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again.value()->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(again.value()->isPostgres(), usesPostgres());
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM spaces WHERE id = 'spc-a1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A"));
    }

    // A database URL is not a file name: "postgresql://…" used to become an SQLite file in a new folder named
    // "postgresql:" of the working directory, and every command "worked".
    void refusesUrls_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("says");
        QTest::newRow("postgresql") << QStringLiteral("postgresql://me:pw@db.example:5432/team")
                                    << QStringLiteral(".pgpass");
        QTest::newRow("postgres") << QStringLiteral("postgres://db.example/team") << QStringLiteral("PostgreSQL");
        QTest::newRow("https") << QStringLiteral("https://example.com/inventory.sqlite") << QStringLiteral("https");
    }

    void refusesUrls()
    {
        QFETCH(QString, location);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        auto db = Database::openSqlite(location);
        QDir::setCurrent(before);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().code == QLatin1String("database_url_unsupported")
                     || db.error().code == QLatin1String("database_url_password"),
                 qPrintable(db.error().code));
        QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
        QVERIFY2(!db.error().message.contains(QStringLiteral("pw")), "a password in the URL is never repeated");
        QVERIFY2(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
                 "nothing may be created");
        QVERIFY(!Database::filePath(location).ok());
    }

    // A PostgreSQL address is checked before any connection: no password (~/.pgpass instead), a database name,
    // only the libpq options it knows. The message names the address, never the password.
    void refusesPostgresUrlsItCannotUse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("password") << QStringLiteral("postgresql://me:s3cr3tPw@db.example:5432/team")
                                  << QStringLiteral("database_url_password") << QStringLiteral("~/.pgpass");
        QTest::newRow("empty password") << QStringLiteral("postgresql://me:@db.example/team")
                                        << QStringLiteral("database_url_password") << QStringLiteral("~/.pgpass");
        QTest::newRow("password option") << QStringLiteral("postgres://me@db.example/team?password=s3cr3tPw")
                                         << QStringLiteral("database_url_password") << QStringLiteral("PGPASSFILE");
        QTest::newRow("no database") << QStringLiteral("postgresql://me@db.example:5432/")
                                     << QStringLiteral("database_url_invalid") << QStringLiteral("DATABASE");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://me@db.example/team?sslmode=require&x=1")
                                        << QStringLiteral("database_url_invalid") << QStringLiteral("sslmode");
        QTest::newRow("space in option") << QStringLiteral("postgresql://me@db.example/team?sslmode=re%20quire")
                                         << QStringLiteral("database_url_invalid") << QStringLiteral("space");
    }

    void refusesPostgresUrlsItCannotUse()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(QString, says);
        for (const Result<void>& r : { Database::checkLocation(url),
                                       Database::open(url).ok() ? Result<void>() : Database::open(url).error() }) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, code);
            QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(QLatin1String("db.example")), qPrintable(r.error().message));
            QVERIFY2(!r.error().message.contains(QLatin1String("s3cr3tPw")), qPrintable(r.error().message));
        }
        QVERIFY(Database::checkLocation(QStringLiteral("postgresql://me@db.example:5432/team?sslmode=require")).ok());
        QVERIFY(Database::isPostgresUrl(QStringLiteral("POSTGRES://x/y")));
        QVERIFY(!Database::isPostgresUrl(QStringLiteral("/tmp/postgresql.sqlite")));
    }

    // Nobody listens on port 1: the message says the server is not there, names the address, changes nothing.
    void unreachableServerIsSaid()
    {
        auto db = Database::open(QStringLiteral("postgresql://me@127.0.0.1:1/team"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("database_unreachable"));
        QVERIFY2(db.error().message.contains(QLatin1String("postgresql://me@127.0.0.1:1/team")),
                 qPrintable(db.error().message));
        QVERIFY2(db.error().message.contains(QLatin1String("running")), qPrintable(db.error().message));
        QCOMPARE(Database::openConnections(), 0);
    }

    void missingDatabaseAndFailedLoginAreSaid()
    {
        POSTGRES_ONLY();
        auto missing = Database::open(postgresUrl(QStringLiteral("no_such_inventory")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("database_missing"));
        QVERIFY2(missing.error().message.contains(QLatin1String("no_such_inventory")),
                 qPrintable(missing.error().message));
        QVERIFY2(missing.error().message.contains(QLatin1String("createdb")), qPrintable(missing.error().message));
        // A ~/.pgpass with the wrong password, then none at all.
        QTemporaryDir dir;
        const QByteArray saved = qgetenv("PGPASSFILE");
        const QString wrong = dir.filePath(QStringLiteral("pgpass"));
        {
            QFile f(wrong);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("*:*:*:*:not-the-password\n");
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        for (const QString& passfile : { wrong, dir.filePath(QStringLiteral("none")) }) {
            qputenv("PGPASSFILE", passfile.toLocal8Bit());
            auto denied = Database::open(qEnvironmentVariable("MONIME_TEST_POSTGRES"));
            QVERIFY(!denied.ok());
            QCOMPARE(denied.error().code, QStringLiteral("database_auth"));
            QVERIFY2(denied.error().message.contains(QLatin1String(".pgpass")), qPrintable(denied.error().message));
            QVERIFY2(denied.error().message.contains(qEnvironmentVariable("MONIME_TEST_POSTGRES")),
                     qPrintable(denied.error().message));
        }
        qputenv("PGPASSFILE", saved);
        QCOMPARE(Database::openConnections(), 0);
    }

    // Another program's database, or one of a newer schema, is refused and left exactly as it was.
    void refusesForeignAndNewerPostgresDatabases()
    {
        POSTGRES_ONLY();
        QTemporaryDir dir;
        const QString foreign = freshLocation(dir);
        QVERIFY(postgresExec(QStringLiteral("CREATE TABLE invoices (id INT PRIMARY KEY); INSERT INTO invoices "
                                            "VALUES (1)"),
                             foreign)
                    .isEmpty());
        auto refused = Database::open(foreign);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("not_a_database"));
        QVERIFY2(refused.error().message.contains(foreign), qPrintable(refused.error().message));
        // Untouched: no table of ours appeared.
        QVERIFY2(postgresExec(QStringLiteral("SELECT 1 FROM meta"), foreign).contains(QLatin1String("meta")),
                 "no meta table may be created");

        const QString otherMeta = freshLocation(dir);
        QVERIFY(postgresExec(QStringLiteral("CREATE TABLE meta (name TEXT)"), otherMeta).isEmpty());
        auto refusedMeta = Database::open(otherMeta);
        QVERIFY(!refusedMeta.ok());
        QCOMPARE(refusedMeta.error().code, QStringLiteral("not_a_database"));

        const QString newer = freshLocation(dir);
        {
            auto db = Database::open(newer);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
        }
        QVERIFY(
            postgresExec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"), newer).isEmpty());
        auto tooNew = Database::open(newer);
        QVERIFY(!tooNew.ok());
        QCOMPARE(tooNew.error().code, QStringLiteral("database_too_new"));
        QVERIFY2(tooNew.error().message.contains(QLatin1String("99")), qPrintable(tooNew.error().message));
        QVERIFY(postgresExec(QStringLiteral("DO $$ BEGIN IF (SELECT value FROM meta WHERE key = 'schema_version') "
                                            "<> '99' THEN RAISE 'changed'; END IF; END $$"),
                             newer)
                    .isEmpty());
        QCOMPARE(Database::openConnections(), 0);
    }

    // Two programs opening one new database at once: the advisory lock lets one create the tables, the other
    // finds them made. Connections of their own, each on its own thread, as two processes would.
    void twoProgramsCreateOneDatabaseAtOnce()
    {
        POSTGRES_ONLY();
        QTemporaryDir dir;
        const QString url = freshLocation(dir);
        QStringList failures(4);
        std::vector<std::thread> programs;
        for (int i = 0; i < 4; ++i)
            programs.emplace_back([&url, &failures, i]() {
                auto db = Database::open(url);
                failures[i] = db.ok() ? QString() : db.error().message;
            });
        for (std::thread& t : programs)
            t.join();
        for (const QString& failure : std::as_const(failures))
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto db = Database::open(url);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('application', 'schema_version')"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        // Foreign keys hold here too.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO token_permissions (token_id, permission) VALUES ('nope', 'x')")));
        QCOMPARE(db.value()->checkIntegrity()->ok, true);
    }

    void takesFileUrlsAsPaths()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        auto db = Database::openSqlite(QUrl::fromLocalFile(path).toString());
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QVERIFY(QFileInfo::exists(path));
    }

    void locationFollowsOneOrder()
    {
        qputenv("MONIME_PORTAL_DATABASE", "/from/environment.sqlite");
        QCOMPARE(Database::location(QStringLiteral("/from/option.sqlite"), QStringLiteral("/saved.sqlite")),
                 QStringLiteral("/from/option.sqlite"));
        QCOMPARE(Database::location(QString(), QStringLiteral("/saved.sqlite")),
                 QStringLiteral("/from/environment.sqlite"));
        qunsetenv("MONIME_PORTAL_DATABASE");
        QCOMPARE(Database::location(QString(), QStringLiteral("/saved.sqlite")), QStringLiteral("/saved.sqlite"));
        QCOMPARE(Database::location(QString()), Database::defaultPath());
    }

    void refusesBadPaths_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("directory") << QStringLiteral("directory") << QStringLiteral("database_is_directory");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not_a_database");
        QTest::newRow("other sqlite") << QStringLiteral("foreign") << QStringLiteral("not_a_database");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("database_too_new");
    }

    void refusesBadPaths()
    {
        SQLITE_FILE_ONLY();
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        if (kind == QLatin1String("directory")) {
            path = dir.path();
        } else if (kind == QLatin1String("text")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name,token\nnot,a database at all\n");
        } else {
            // A real SQLite file written by someone else, or by a newer version of this app.
            {
                auto db = Database::openSqlite(path);
                QVERIFY(db.ok());
                QSqlQuery q(db.value()->connection());
                if (kind == QLatin1String("foreign")) {
                    QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = 'other-app' WHERE key = 'application'")));
                } else {
                    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)));
                }
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
        }
        const QByteArray before = kind == QLatin1String("directory") ? QByteArray() : fileDigest(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, code);
        QCOMPARE(db.error().field, QStringLiteral("database"));
        QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        if (kind != QLatin1String("directory")) {
            QCOMPARE(fileDigest(path), before); // left untouched
        }
    }

    // The defect of the first wave: opening the file a second time (to check its header) closed a descriptor
    // outside SQLite, which dropped this process's locks; the next program to close the file then took itself
    // for the last user and unlinked the WAL under everyone.
    void anotherProgramClosingKeepsOurWal()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        auto first = Database::openSqlite(path);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QSqlQuery q(first.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-a1', 'A', 0)")));
        for (int i = 0; i < 3; ++i) {
            auto again = Database::openSqlite(path); // the same process opens it again: the header check runs
            QVERIFY2(again.ok(), qPrintable(again.error().message));
        }
        QCOMPARE(Database::openConnections(), 1);
        QByteArray count;
        QCOMPARE(runSqlite3(path, QStringLiteral("SELECT count(*) FROM spaces;"), &count), 0);
        QCOMPARE(count, QByteArray("1"));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));
        QCOMPARE(deletedDescriptors(dir.path()), QStringList());
        // And what this connection writes next, the other program sees.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-b2', 'B', 0)")));
        QCOMPARE(runSqlite3(path, QStringLiteral("SELECT count(*) FROM spaces;"), &count), 0);
        QCOMPARE(count, QByteArray("2"));
        QCOMPARE(deletedDescriptors(dir.path()), QStringList());
    }

    void fullDiskIsRefusedWithoutLeftovers()
    {
        SQLITE_FILE_ONLY();
        if (::geteuid() != 0)
            QFAIL("needs root to mount a small tmpfs (CI runs as root)");
        QTemporaryDir dir;
        Tmpfs disk(dir.filePath(QStringLiteral("disk")), 512);
        QVERIFY(disk.mounted);
        const QString path = disk.dir + QStringLiteral("/inventory.sqlite");
        {
            auto db = Database::openSqlite(path);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
        }
        // Fill the disk to the last byte.
        {
            QFile filler(disk.dir + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) { }
        }
        const QStringList before = QDir(disk.dir).entryList(QDir::Files);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, QStringLiteral("disk_full"));
        QVERIFY2(db.error().message.contains(QLatin1String("full")), qPrintable(db.error().message));
        QCOMPARE(QDir(disk.dir).entryList(QDir::Files), before); // no stub -shm, no -wal
    }

    void readOnlyDiskReadsAndSaysReadOnly()
    {
        SQLITE_FILE_ONLY();
        if (::geteuid() != 0)
            QFAIL("needs root to mount a tmpfs read-only (CI runs as root)");
        QTemporaryDir dir;
        Tmpfs disk(dir.filePath(QStringLiteral("disk")), 2048);
        QVERIFY(disk.mounted);
        const QString path = disk.dir + QStringLiteral("/inventory.sqlite");
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-a1', 'A', 0)")));
        }
        QVERIFY(disk.remountReadOnly());
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM spaces")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A"));
        QSqlQuery insert(db.value()->connection());
        QVERIFY(!insert.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-b2', 'B', 0)")));
        const Error e = Database::queryError(insert, QStringLiteral("add a Space"));
        QCOMPARE(e.code, QStringLiteral("database_read_only"));
        QVERIFY2(e.message.contains(QLatin1String("read-only")) && !e.message.contains(QLatin1String("full")),
                 qPrintable(e.message));
        // A new file cannot be made there: said as it is.
        auto fresh = Database::openSqlite(disk.dir + QStringLiteral("/other.sqlite"));
        QVERIFY(!fresh.ok());
        QCOMPARE(fresh.error().code, QStringLiteral("database_read_only"));
    }

    void integrityCheckFindsDamage()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            auto clean = db.value()->checkIntegrity();
            QVERIFY(clean.ok());
            QVERIFY(clean->ok);
            QVERIFY(!clean->quick);
            QSqlQuery q(db.value()->connection());
            // Enough rows that the middle page is one of audit_log's, whatever tables the schema has.
            for (int i = 0; i < 1200; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, detail) VALUES "
                                              "('a%1', %1, 'me', 'created', '%2')")
                                   .arg(i)
                                   .arg(QString(200, QLatin1Char('x')))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Scribble over a page in the middle of the file (no connection of this process is open).
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 16 * 4096);
            f.seek(f.size() / 2 / 4096 * 4096);
            f.write(QByteArray(4096, '\x5a'));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message)); // the header is fine: doctor must be able to look
        auto damaged = db.value()->checkIntegrity();
        QVERIFY(damaged.ok());
        QVERIFY(!damaged->ok);
        QVERIFY(!damaged->problems.isEmpty());
    }

    // The usage view's figures, summed by SQL: buckets by status class, by status, by endpoint (ids folded).
    void usageSummaryGroupsInSql()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshLocation(dir));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        UsageRepository usage(*db.value());
        const qint64 t0 = 1'800'000'000'000;
        auto call = [](const char* token, qint64 at, const char* method, const char* path, int status) {
            UsageRecord r;
            r.tokenId = QLatin1String(token);
            r.atMs = at;
            r.method = QLatin1String(method);
            r.path = QLatin1String(path);
            r.status = status;
            r.callerIp = QStringLiteral("127.0.0.1");
            return r;
        };
        QVERIFY(usage
                    .append({ call("tok-a", t0 + 10, "GET", "/v1/payments", 200),
                              call("tok-a", t0 + 20, "GET", "/v1/payments/pay-1", 200),
                              call("tok-a", t0 + 1500, "GET", "/v1/payments/pay-2", 404),
                              call("tok-b", t0 + 1600, "POST", "/v1/payouts", 403),
                              call("tok-b", t0 + 2500, "GET", "/", 500),
                              call("tok-b", t0 + 9000, "GET", "/", 200) }) // after the window
                    .ok());
        auto all = usage.summary(QString(), t0, 1000, 3);
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(all->total, 5);
        QCOMPARE(all->buckets.size(), 3);
        QCOMPARE(all->buckets.at(0).ok, 2);
        QCOMPARE(all->buckets.at(1).clientErrors, 2);
        QCOMPARE(all->buckets.at(2).serverErrors, 1);
        QCOMPARE(all->buckets.at(2).startMs, t0 + 2000);
        QCOMPARE(all->byStatus, (QList<QPair<int, qint64>> { { 200, 2 }, { 403, 1 }, { 404, 1 }, { 500, 1 } }));
        QCOMPARE(all->byEndpoint.constFirst().name, QStringLiteral("GET /v1/payments/{id}"));
        QCOMPARE(all->byEndpoint.constFirst().calls, 2);
        QCOMPARE(all->byEndpoint.constFirst().errors, 1);
        auto one = usage.summary(QStringLiteral("tok-b"), t0, 1000, 3);
        QVERIFY(one.ok());
        QCOMPARE(one->total, 2);
    }

    // A batch larger than one INSERT statement (PostgreSQL writes 500 rows a statement): every row kept, in
    // order, NULLs as NULLs, and the token's last use moved to its newest call.
    void usageAppendsLargeBatches()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshLocation(dir));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES ('m', 'me', 0)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
            "checksum_state, origin, state) VALUES ('tok-a', 'm', 'n', 'test', 'r', 0, 'd', 'h', 'valid', "
            "'created', 'ready')")));
        UsageRepository usage(*db.value());
        const qint64 t0 = 1'800'000'000'000;
        QList<UsageRecord> batch;
        for (int i = 0; i < 1201; ++i) {
            UsageRecord r;
            r.tokenId = i % 4 == 3 ? QString() : QStringLiteral("tok-a"); // an unknown token's call: NULL
            r.atMs = t0 + i / 2; // pairs share a time: ties read back in insertion order
            r.method = QStringLiteral("GET");
            r.path = QStringLiteral("/v1/payments/%1").arg(i);
            r.status = i % 2 ? 200 : 404;
            r.reason = i % 2 ? QString() : QStringLiteral("not_found");
            r.callerIp = QStringLiteral("127.0.0.1");
            r.latencyUs = i;
            batch.append(r);
        }
        auto appended = usage.append(batch);
        QVERIFY2(appended.ok(), qPrintable(appended.error().message));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(token_id), count(reason), sum(latency_us) FROM usage")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 1201);
        QCOMPARE(q.value(1).toLongLong(), 901);
        QCOMPARE(q.value(2).toLongLong(), 601);
        QCOMPARE(q.value(3).toLongLong(), 1200LL * 1201 / 2);
        auto recent = usage.recent(QString(), 3);
        QVERIFY2(recent.ok(), qPrintable(recent.error().message));
        QCOMPARE(recent->size(), 3);
        QCOMPARE(recent->at(0).path, QStringLiteral("/v1/payments/1200"));
        QCOMPARE(recent->at(1).path, QStringLiteral("/v1/payments/1199"));
        QCOMPARE(recent->at(2).path, QStringLiteral("/v1/payments/1198"));
        QCOMPARE(recent->at(1).tokenId, QString());
        QCOMPARE(recent->at(2).reason, QStringLiteral("not_found"));
        QVERIFY(q.exec(QStringLiteral("SELECT last_used_at FROM tokens WHERE id = 'tok-a'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), t0 + 600);
    }

    // Schema 7 keeps Monite client profiles: a schema-6 file gets the tables, its tokens kept; entity users, token
    // metadata and history go with their profile; no column could hold a secret.
    void migratesToMonite()
    {
        QTemporaryDir dir;
        const QString path = freshLocation(dir);
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QSqlQuery q(db.value()->connection());
            QVERIFY(dropMoniteTables(q));
            QVERIFY(q.exec(usesPostgres() ? QStringLiteral("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
                                          : QStringLiteral("PRAGMA user_version = 6")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES ('m', 'me', 0)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
                "checksum_state, origin, state) VALUES ('tok-a', 'm', 'n', 'test', 'r', 0, 'd', 'h', 'valid', "
                "'created', 'ready')")));
        }
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tokens")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO monite_profiles (id, name, environment, base_url, api_version, "
                                      "client_id, created_at) VALUES ('mnp-1', 'acme', 'sandbox', 'u', 'v', 'c', 0)")));
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO monite_profiles (id, name, environment, base_url, api_version, "
                                   "client_id, created_at) VALUES ('mnp-2', 'acme', 'sandbox', 'u', 'v', 'c', 0)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO monite_profiles (id, name, environment, base_url, api_version, "
                                       "client_id, created_at) VALUES ('mnp-3', 'x', 'mars', 'u', 'v', 'c', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO monite_entity_users (profile_id, entity_user_id, position) VALUES "
                                      "('mnp-1', 'u1', 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO monite_tokens (profile_id, grant_key, grant_type, received_at, "
                                      "expires_at) VALUES ('mnp-1', 'partner', 'client_credentials', 0, 1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO monite_tokens (profile_id, grant_key, grant_type, received_at, "
                                       "expires_at) VALUES ('mnp-1', 'x', 'password', 0, 1)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO monite_history (profile_id, at, action, detail) VALUES ('mnp-1', 0, "
                                      "'added', '')")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM monite_profiles WHERE id = 'mnp-1'")));
        for (const char* table : { "monite_entity_users", "monite_tokens", "monite_history" }) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // Nothing named like a secret or a token value.
        QVERIFY(q.exec(usesPostgres()
                           ? QStringLiteral("SELECT table_name, column_name || ' ' FROM "
                                            "information_schema.columns WHERE table_name LIKE 'monite%'")
                           : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE name LIKE 'monite%'")));
        while (q.next()) {
            const QString sql = q.value(1).toString();
            QVERIFY2(!sql.contains(QLatin1String("secret ")) && !sql.contains(QLatin1String("access_token")),
                     qPrintable(sql));
        }
    }

    // Schema 6 keeps where leak scans found tokens: a schema-5 file gets the table, its tokens kept; one row per
    // token and place, gone with the token.
    void migratesToLeaks()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(dropMoniteTables(q)); // schema 7
            QVERIFY(q.exec(QStringLiteral("DROP TABLE token_leaks")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES ('m', 'me', 0)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
                "checksum_state, origin, state) VALUES ('tok-a', 'm', 'n', 'test', 'r', 0, 'd', 'h', 'valid', "
                "'created', 'ready')")));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO token_leaks (token_id, location, found_at) VALUES ('tok-a', "
                                      "'/x/.env:1', 1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO token_leaks (token_id, location, found_at) VALUES ('tok-a', "
                                       "'/x/.env:1', 2)")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tokens")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tokens WHERE id = 'tok-a'")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM token_leaks")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Schema 5 remembers the expiry reminders sent: a schema-4 file gets the table, its tokens kept.
    void migratesToReminders()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(dropMoniteTables(q)); // schema 7
            QVERIFY(q.exec(QStringLiteral("DROP TABLE token_leaks"))); // schema 6
            QVERIFY(q.exec(QStringLiteral("DROP TABLE reminders")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES ('m', 'me', 0)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
                "checksum_state, origin, state) VALUES ('tok-a', 'm', 'n', 'test', 'r', 0, 'd', 'h', 'valid', "
                "'created', 'ready')")));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO reminders (token_id, stage, sent_at) VALUES ('tok-a', '7d', 1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO reminders (token_id, stage, sent_at) VALUES ('tok-a', '7d', 2)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO reminders (token_id, stage, sent_at) VALUES ('tok-a', '2d', 2)")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tokens")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Schema 4 keeps the last test's outcome as data; an older file gets it from the text it kept.
    void migratesTestOutcomesToData()
    {
        SQLITE_FILE_ONLY();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE tokens DROP COLUMN last_test_passed")));
            QVERIFY(dropMoniteTables(q)); // schema 7
            QVERIFY(q.exec(QStringLiteral("DROP TABLE token_leaks"))); // schema 6
            QVERIFY(q.exec(QStringLiteral("DROP TABLE reminders"))); // schema 5
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES ('m', 'me', 0)")));
            const QString insert = QStringLiteral(
                "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
                "checksum_state, origin, state, last_test_result) VALUES ('%1', 'm', 'n', 'test', 'r', 0, '%1', 'h', "
                "'valid', 'created', 'ready', %2)");
            QVERIFY(q.exec(insert.arg(QStringLiteral("tok-pass"), QStringLiteral("'passed: authenticated'"))));
            QVERIFY(q.exec(insert.arg(QStringLiteral("tok-fail"), QStringLiteral("'failed: timeout'"))));
            QVERIFY(q.exec(insert.arg(QStringLiteral("tok-none"), QStringLiteral("NULL"))));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, last_test_passed FROM tokens ORDER BY id")));
        QStringList got;
        while (q.next())
            got << q.value(0).toString() + QLatin1Char('=')
                    + (q.isNull(1) ? QStringLiteral("null") : q.value(1).toString());
        QCOMPARE(got,
                 (QStringList { QStringLiteral("tok-fail=0"), QStringLiteral("tok-none=null"),
                                QStringLiteral("tok-pass=1") }));
    }

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = Database::open(freshLocation(dir));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        Database& d = *db.value();
        auto r = d.transaction([&d]() -> Result<void> {
            QSqlQuery q(d.connection());
            if (!q.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-x1', 'X', 0)")))
                return Database::queryError(q, QStringLiteral("insert"));
            return makeError(QStringLiteral("boom"), QString(), QStringLiteral("second step failed"));
        });
        QVERIFY(!r.ok());
        QSqlQuery q(d.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM spaces")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
