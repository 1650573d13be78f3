// SPDX-License-Identifier: GPL-3.0-or-later
// The real CLI on a team inventory on a real PostgreSQL server (tests/with-postgres.sh), with the real keyring
// (tests/with-keyring.sh): Spaces, create, list, revoke; the password only ever in the server's pgpass file.
#include "support/CliProcess.h"
#include "support/TestBackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace monime::testing;

class TestCliPostgres : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_url;
    QByteArray m_password; ///< the test role's password, read from the pgpass file: must appear nowhere
    QList<QByteArray> m_outputs;

    ProcessRun cli(const QStringList& args, const QString& database = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MONIME_PORTAL_DATABASE"));
        ProcessRun r = runProcess(
            m_cli, QStringList { QStringLiteral("--database"), database.isEmpty() ? m_url : database } + args, env, {},
            60000);
        m_outputs << r.out << r.err;
        return r;
    }

    static QStringList createArgs(const QString& name)
    {
        return { QStringLiteral("create"),       QStringLiteral("--name"),        name,
                 QStringLiteral("--test"),       QStringLiteral("--release"),     QStringLiteral("caph.2025-08-23"),
                 QStringLiteral("--permission"), QStringLiteral("payments:read"), QStringLiteral("--json") };
    }

    QJsonArray list()
    {
        const ProcessRun r = cli({ QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        QVERIFY2(!qEnvironmentVariableIsEmpty("MONIME_TEST_POSTGRES"),
                 "MONIME_TEST_POSTGRES is not set: run this test through tests/with-postgres.sh (ctest does)");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
        QFile pgpass(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY2(pgpass.open(QIODevice::ReadOnly), "with-postgres.sh gives a PGPASSFILE");
        m_password = pgpass.readAll().trimmed().split(':').last();
        QVERIFY(m_password.size() >= 16);
    }

    void init() { m_url = freshLocation(m_dir); }

    // A Space, a token, the list, a revocation: the same commands as on a file, the metadata on the server,
    // the secret in the keyring only.
    void spacesAndTokensOnTheTeamDatabase()
    {
        ProcessRun r = cli({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme01"),
                             QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--role"),
                             QStringLiteral("developer") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("space"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Acme") && r.out.contains("spc-acme01"), r.out.constData());

        r = cli(createArgs(QStringLiteral("Team checkout")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = QJsonDocument::fromJson(r.out).object();
        const QString id = created.value(QStringLiteral("id")).toString();
        const QByteArray secret = created.value(QStringLiteral("token")).toString().toUtf8();
        QVERIFY(secret.startsWith("mon_test_"));
        QCOMPARE(secretToolLookup(id), secret);

        // MONIME_PORTAL_DATABASE takes the URL as well.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_url);
        const ProcessRun fromEnv = runProcess(m_cli, { QStringLiteral("list"), QStringLiteral("--json") }, env);
        m_outputs << fromEnv.out << fromEnv.err;
        QCOMPARE(fromEnv.exitCode, 0);
        QJsonArray tokens = QJsonDocument::fromJson(fromEnv.out).array();
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.at(0).toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(tokens.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

        r = cli({ QStringLiteral("revoke"), id, QStringLiteral("--reason"), QStringLiteral("left the team") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        tokens = list();
        QCOMPARE(tokens.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
        r = cli({ QStringLiteral("doctor") });
        QVERIFY2(r.out.contains("PostgreSQL"), r.out.constData());

        // From the server, not through the app: the row is revoked, and no secret is anywhere in the database.
        QVERIFY(postgresExec(QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM tokens WHERE id = '%1' AND "
                                            "revoked_at IS NOT NULL AND revoke_reason = 'left the team') <> 1 "
                                            "THEN RAISE 'not revoked'; END IF; END $$")
                                 .arg(id),
                             m_url)
                    .isEmpty());
        const QString name = QStringLiteral("peek");
        QByteArray rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const QUrl u(m_url);
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            QVERIFY(db.open());
            rows = postgresRows(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY(rows.contains(id.toUtf8()));
        QVERIFY(!rows.contains(secret));
        QVERIFY(!rows.contains(secret.mid(9, 20)));
        QVERIFY(!rows.contains(m_password));
    }

    // A password in the URL is refused before any connection, never repeated, and nothing is created.
    void passwordInTheUrlIsRefused()
    {
        QUrl withPassword(m_url);
        withPassword.setPassword(QString::fromLatin1(m_password));
        const ProcessRun r = cli({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme01"),
                                   QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--role"),
                                   QStringLiteral("developer") },
                                 withPassword.toString());
        m_outputs.removeLast(); // the command line had it: this run's own output is checked here
        m_outputs.removeLast();
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(".pgpass"), r.err.constData());
        QVERIFY2(r.err.contains(QUrl(m_url).host().toUtf8()), r.err.constData());
        QVERIFY2(!r.err.contains(m_password) && !r.out.contains(m_password), r.err.constData());
        QVERIFY(postgresExec(QStringLiteral("DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = "
                                            "'public') <> 0 THEN RAISE 'created'; END IF; END $$"),
                             m_url)
                    .isEmpty());
    }

    void connectionFailuresAreNamed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("server down") << QStringLiteral("postgresql://monime@127.0.0.1:1/monime")
                                     << QByteArray("running");
        QTest::newRow("no such database") << postgresUrl(QStringLiteral("no_such_inventory")) << QByteArray("createdb");
        QUrl stranger(qEnvironmentVariable("MONIME_TEST_POSTGRES"));
        stranger.setUserName(QStringLiteral("stranger"));
        QTest::newRow("login failed") << stranger.toString() << QByteArray(".pgpass");
    }

    void connectionFailuresAreNamed()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, says);
        const ProcessRun r = cli({ QStringLiteral("list") }, url);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(url.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(says), r.err.constData());
    }

    // Nothing any run printed holds the database password.
    void cleanupTestCase()
    {
        for (const QByteArray& output : std::as_const(m_outputs))
            QVERIFY2(!output.contains(m_password), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_clipostgres.moc"
