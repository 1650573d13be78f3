// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: a real SQLite file in a temporary directory.
#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

namespace {
QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsSchemaWithWalAndForeignKeys()
    {
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
        const QString path = dir.filePath(QStringLiteral("inventory.sqlite"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO spaces (id, name, created_at) VALUES ('spc-a1', 'A', 0)")));
        }
        auto again = Database::openSqlite(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QSqlQuery q(again.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM spaces WHERE id = 'spc-a1'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("A"));
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

    void transactionRollsBackOnError()
    {
        QTemporaryDir dir;
        auto db = Database::openSqlite(dir.filePath(QStringLiteral("inventory.sqlite")));
        QVERIFY(db.ok());
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
