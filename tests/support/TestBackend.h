// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which back end a store test runs on. A program registered twice (tests/CMakeLists.txt, POSTGRES) runs once
// on SQLite files and once, as NAME_postgres with MONIME_TEST_BACKEND=postgres, on the PostgreSQL server of
// tests/with-postgres.sh (MONIME_TEST_POSTGRES): each fresh inventory is then a new database on that server.

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace monime::testing {

inline bool usesPostgres()
{
    return qEnvironmentVariable("MONIME_TEST_BACKEND") == QLatin1String("postgres");
}

/// Empty when the run may go on; else why it must fail (a postgres run without a server is a failure, not a skip).
inline QString backendProblem()
{
    if (usesPostgres() && qEnvironmentVariableIsEmpty("MONIME_TEST_POSTGRES"))
        return QStringLiteral("MONIME_TEST_BACKEND=postgres but MONIME_TEST_POSTGRES is not set: run the test "
                              "through tests/with-postgres.sh");
    return {};
}

/// Runs `sql` on a connection of the test's own (host, port, user, database); the error text, empty when it ran.
inline QString postgresRun(const QString& host, int port, const QString& user, const QString& database,
                           const QString& sql)
{
    const QString name = QStringLiteral("test-admin-%1").arg(QRandomGenerator::global()->generate());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setDatabaseName(database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

/// Runs `sql` on the test server's database as the test role (a connection of the test's own).
inline QString postgresExec(const QString& sql, const QString& url = qEnvironmentVariable("MONIME_TEST_POSTGRES"))
{
    const QUrl u(url);
    return postgresRun(u.host(), u.port(5432), u.userName(), u.path().mid(1), sql);
}

/// Runs `sql` as the test server's superuser (trust on its private socket), in the maintenance database: what a
/// server's administrator does (ending sessions, refusing connections).
inline QString postgresSuperuserExec(const QString& sql)
{
    return postgresRun(qEnvironmentVariable("MONIME_TEST_POSTGRES_SOCKET"),
                       qEnvironmentVariableIntValue("MONIME_TEST_POSTGRES_PORT"), QStringLiteral("monime_admin"),
                       QStringLiteral("postgres"), sql);
}

/// Ends every session on `database` but this test's own (what a server restart or an administrator does).
inline QString postgresEndSessions(const QString& database)
{
    return postgresSuperuserExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname "
                                                "= '%1' AND pid <> pg_backend_pid()")
                                     .arg(database));
}

/// Cuts `database` off: new connections refused, the open ones ended. `postgresAllowConnections` undoes it.
inline QString postgresCutOff(const QString& database)
{
    const QString error
        = postgresSuperuserExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database));
    return error.isEmpty() ? postgresEndSessions(database) : error;
}

inline QString postgresAllowConnections(const QString& database)
{
    return postgresSuperuserExec(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database));
}

/// Every row of every table in the connection's PostgreSQL schema, as text, a line a row: what a secret scan of
/// the "file" reads there.
inline QByteArray postgresRows(const QSqlDatabase& db)
{
    QByteArray out;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
        return out;
    while (tables.next()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(tables.value(0).toString())))
            while (q.next())
                out += q.value(0).toString().toUtf8() + '\n';
    }
    return out;
}

/// The URL of the test server with another database name.
inline QString postgresUrl(const QString& database)
{
    QUrl u(qEnvironmentVariable("MONIME_TEST_POSTGRES"));
    u.setPath(QLatin1Char('/') + database);
    return u.toString();
}

/// A new, empty inventory location: a file in `dir`, or a new database on the test server.
inline QString freshLocation(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("inventory.sqlite"))
{
    if (!usesPostgres())
        return dir.filePath(fileName);
    const QString database = QStringLiteral("t_%1_%2")
                                 .arg(QRandomGenerator::global()->generate())
                                 .arg(QRandomGenerator::global()->generate());
    const QString error = postgresExec(QStringLiteral("CREATE DATABASE %1").arg(database));
    if (!error.isEmpty())
        qWarning("could not create a test database: %s", qPrintable(error));
    return postgresUrl(database);
}

} // namespace monime::testing
