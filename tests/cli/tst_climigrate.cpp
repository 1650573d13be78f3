// SPDX-License-Identifier: GPL-3.0-or-later
// `migrate --to postgresql://…`: the real CLI copies a personal SQLite inventory, made through the real CLI and
// the real keyring (tests/with-keyring.sh), into a team database on a real PostgreSQL server
// (tests/with-postgres.sh): the same ids and statuses, owners become the migrating person, history and usage
// come along, a second run adds nothing, the secrets stay in the keychain and still match.
#include "store/Database.h"
#include "store/TokenRepository.h"
#include "store/UsageRepository.h"
#include "support/CliProcess.h"
#include "support/TestBackend.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace monime;
using namespace monime::testing;

namespace {

/// Runs `work` over a connection of the test's own to the PostgreSQL database of `url`.
template<typename Work> void withPostgres(const QString& url, Work work)
{
    const QString name = QStringLiteral("migrate-peek");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl u(url);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open())
            work(db);
        else
            qWarning("could not open %s", qPrintable(url));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 scalar(const QString& url, const QString& sql)
{
    qint64 value = -1;
    withPostgres(url, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (q.exec(sql) && q.next())
            value = q.value(0).toLongLong();
        else
            qWarning("%s", qPrintable(sql));
    });
    return value;
}

QByteArray dump(const QString& url)
{
    QByteArray rows;
    withPostgres(url, [&](QSqlDatabase& db) { rows = postgresRows(db); });
    return rows;
}

} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_source; ///< the personal inventory file of the current case
    QString m_url; ///< the team database of the current case
    QList<QByteArray> m_outputs;
    QList<QByteArray> m_secrets; ///< every secret made: must appear in no output and no row

    ProcessRun cli(const QStringList& args, const QString& database)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MONIME_PORTAL_DATABASE"));
        ProcessRun r
            = runProcess(m_cli, QStringList { QStringLiteral("--database"), database } + args, env, {}, 120000);
        m_outputs << r.out << r.err;
        return r;
    }

    ProcessRun migrate(const QStringList& extra = {})
    {
        return cli(QStringList { QStringLiteral("migrate"), QStringLiteral("--to"), m_url, QStringLiteral("--json") }
                       + extra,
                   m_source);
    }

    /// Creates a token in the personal inventory; its id.
    QString create(const QString& name)
    {
        const ProcessRun r
            = cli({ QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--test"),
                    QStringLiteral("--release"), QStringLiteral("caph.2025-08-23"), QStringLiteral("--permission"),
                    QStringLiteral("payments:read"), QStringLiteral("--json") },
                  m_source);
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        m_outputs.removeLast(); // create prints the secret once, on purpose: every other output is checked
        m_outputs.removeLast();
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        m_secrets << o.value(QStringLiteral("token")).toString().toUtf8();
        return o.value(QStringLiteral("id")).toString();
    }

    QJsonArray list(const QString& database)
    {
        return QJsonDocument::fromJson(cli({ QStringLiteral("list"), QStringLiteral("--json") }, database).out).array();
    }

    /// The summary's row for `table`.
    static QJsonObject table(const QJsonObject& summary, const QString& name)
    {
        for (const QJsonValue& t : summary.value(QStringLiteral("tables")).toArray())
            if (t.toObject().value(QStringLiteral("table")).toString() == name)
                return t.toObject();
        return {};
    }

    /// Runs SQL on the personal inventory through the app's own way of opening it (never while the CLI runs).
    bool onSource(const std::function<bool(Database&)>& work)
    {
        auto db = Database::openSqlite(m_source);
        if (!db.ok()) {
            qWarning("%s", qPrintable(db.error().message));
            return false;
        }
        return work(*db.value());
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
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_source = m_dir.filePath(QStringLiteral("personal-%1.sqlite").arg(++n));
        // A new database on the test server per case (TestBackend's freshLocation, as on the postgres backend).
        qputenv("MONIME_TEST_BACKEND", "postgres");
        m_url = freshLocation(m_dir);
    }

    // A seeded inventory, migrated: the same tokens (ids, statuses), the migrating person as their owner, the
    // history and the usage; a pending token stays behind; a second run adds nothing; the keychain still matches.
    void seededInventoryIsCopiedOnce()
    {
        ProcessRun r = cli({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme01"),
                             QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--role"),
                             QStringLiteral("developer") },
                           m_source);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString kept = create(QStringLiteral("Checkout"));
        const QString gone = create(QStringLiteral("Old payouts"));
        const QString third = create(QStringLiteral("Reports"));
        QVERIFY(!kept.isEmpty() && !gone.isEmpty() && !third.isEmpty());
        r = cli({ QStringLiteral("revoke"), gone, QStringLiteral("--reason"), QStringLiteral("left in a log") },
                m_source);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // Usage as the sandbox writes it, two rows of them identical (one millisecond, same call): both are copied.
        QString sourceOwner;
        QVERIFY(onSource([&](Database& db) {
            QList<UsageRecord> usage;
            for (int i = 0; i < 40; ++i)
                usage << UsageRecord { i % 2 ? kept : third,        1760000000000 + i,
                                       QStringLiteral("GET"),       QStringLiteral("/v1/payments"),
                                       i % 5 ? 200 : 403,           i % 5 ? QString() : QStringLiteral("forbidden"),
                                       QStringLiteral("127.0.0.1"), QStringLiteral("spc-acme01"),
                                       QStringLiteral("test"),      900 + i };
            usage << usage.constLast();
            usage << UsageRecord { QString(),
                                   1760000001000,
                                   QStringLiteral("GET"),
                                   QStringLiteral("/v1/"),
                                   401,
                                   QStringLiteral("unauthorized"),
                                   QStringLiteral("127.0.0.1"),
                                   QString(),
                                   QString(),
                                   50 };
            if (!UsageRepository(db).append(usage).ok())
                return false;
            // An unfinished create from another process: not copied.
            QSqlQuery q(db.connection());
            if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'local_monimeer'")) || !q.next())
                return false;
            sourceOwner = q.value(0).toString();
            q.finish();
            return q.exec(
                QStringLiteral(
                    "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, "
                    "hint, "
                    "checksum_state, origin, state, pending_owner) VALUES ('tok-pendingPENDING0001', '%1', 'Half "
                    "made', "
                    "'test', 'caph.2025-08-23', 1760000000000, 'digest-of-pending', 'mon_test_…xxxx', 'valid', "
                    "'created', 'pending', '%2')")
                    .arg(sourceOwner, TokenRepository::processTag()));
        }));
        QVERIFY(!sourceOwner.isEmpty());

        // A dry run counts and writes no token.
        r = migrate({ QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(table(summary, QStringLiteral("tokens")).value(QStringLiteral("copied")).toInt(), 3);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM tokens")), 0);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM usage")), 0);

        r = migrate();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("dryRun")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("pendingSkipped")).toInt(), 1);
        QVERIFY2(r.err.contains("1 unfinished token"), r.err.constData());
        QCOMPARE(table(summary, QStringLiteral("tokens")).value(QStringLiteral("copied")).toInt(), 3);
        QCOMPARE(table(summary, QStringLiteral("usage")).value(QStringLiteral("copied")).toInt(), 42);
        QCOMPARE(table(summary, QStringLiteral("spaces")).value(QStringLiteral("copied")).toInt(), 1);
        QCOMPARE(table(summary, QStringLiteral("memberships")).value(QStringLiteral("copied")).toInt(), 1);
        const QString owner = summary.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(owner.startsWith(QLatin1String("mmr-")));
        QVERIFY(owner != sourceOwner);

        // The team database's own list: the same ids and statuses, the migrating person as owner.
        const QJsonArray mine = list(m_source);
        const QJsonArray team = list(m_url);
        QCOMPARE(mine.size(), 3); // the pending one is hidden here too
        QCOMPARE(team.size(), 3);
        QHash<QString, QString> statusById;
        for (const QJsonValue& t : mine)
            statusById.insert(t.toObject().value(QStringLiteral("id")).toString(),
                              t.toObject().value(QStringLiteral("status")).toString());
        for (const QJsonValue& v : team) {
            const QJsonObject t = v.toObject();
            const QString id = t.value(QStringLiteral("id")).toString();
            QVERIFY2(statusById.contains(id), qPrintable(id));
            QCOMPARE(t.value(QStringLiteral("status")).toString(), statusById.value(id));
            QCOMPARE(t.value(QStringLiteral("owner")).toString(), owner);
        }
        QCOMPARE(statusById.value(gone), QStringLiteral("REVOKED"));

        // History lines came along, with the actor mapped; usage counted; the Space and the role.
        r = cli({ QStringLiteral("show"), gone, QStringLiteral("--json") }, m_url);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray history = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("history")).toArray();
        QVERIFY(history.size() >= 2);
        QStringList actions;
        for (const QJsonValue& e : history) {
            actions << e.toObject().value(QStringLiteral("action")).toString();
            QCOMPARE(e.toObject().value(QStringLiteral("actor")).toString(), owner);
        }
        QVERIFY2(actions.contains(QStringLiteral("revoked")), qPrintable(actions.join(QLatin1Char(','))));
        const qint64 sourceHistory
            = table(summary, QStringLiteral("audit_log")).value(QStringLiteral("source")).toInteger();
        QVERIFY(sourceHistory >= 4);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM audit_log")), sourceHistory);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM usage")), 42);
        QCOMPARE(
            scalar(m_url,
                   QStringLiteral("SELECT count(*) FROM usage WHERE token_id = '%1' AND at = 1760000000039").arg(kept)),
            2);
        QCOMPARE(scalar(m_url,
                        QStringLiteral("SELECT count(*) FROM memberships WHERE monimeer_id = '%1' AND role = "
                                       "'developer'")
                            .arg(owner)),
                 1);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM tokens WHERE id = 'tok-pendingPENDING0001'")), 0);
        r = cli({ QStringLiteral("space"), QStringLiteral("list") }, m_url);
        QVERIFY2(r.out.contains("spc-acme01") && r.out.contains("developer"), r.out.constData());

        // Twice: nothing added, every row "already there", the same counts.
        r = migrate();
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject again = QJsonDocument::fromJson(r.out).object();
        for (const QJsonValue& v : again.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject t = v.toObject();
            QVERIFY2(t.value(QStringLiteral("copied")).toInt() == 0,
                     qPrintable(t.value(QStringLiteral("table")).toString()));
            QCOMPARE(t.value(QStringLiteral("alreadyThere")).toInteger(),
                     t.value(QStringLiteral("source")).toInteger());
        }
        QCOMPARE(again.value(QStringLiteral("owner")).toObject().value(QStringLiteral("id")).toString(), owner);
        QCOMPARE(list(m_url).size(), 3);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM usage")), 42);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM audit_log")), sourceHistory);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM monimeers")), 1);

        // The secrets stayed in the keychain, under the same ids: the team database finds them.
        r = cli({ QStringLiteral("test"), kept, QStringLiteral("--target"), QStringLiteral("sandbox") }, m_url);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({ QStringLiteral("doctor") }, m_url);
        QVERIFY2(r.out.contains("every token has its secret"), r.out.constData());

        // No secret, and no Monimeer id of the personal file, in any row of the team database.
        const QByteArray rows = dump(m_url);
        QVERIFY(rows.contains(kept.toUtf8()));
        QVERIFY(!rows.contains(sourceOwner.toUtf8()));
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            QVERIFY(secret.startsWith("mon_test_"));
            QVERIFY(!rows.contains(secret));
            QVERIFY(!rows.contains(secret.mid(9, 20)));
        }
    }

    // A token id in the team database with another secret: refused, naming the token; nothing written.
    void conflictingDigestIsRefused()
    {
        const QString id = create(QStringLiteral("Checkout"));
        QVERIFY(!id.isEmpty());
        addSpace();
        {
            auto team = Database::open(m_url); // the team database at the app's schema
            QVERIFY2(team.ok(), qPrintable(team.error().message));
        }
        QCOMPARE(
            postgresExec(QStringLiteral("INSERT INTO monimeers (id, name, created_at) VALUES ('mmr-someoneElse01', "
                                        "'someone', 1); INSERT INTO tokens (id, owner_id, name, environment, "
                                        "api_release, created_at, secret_digest, hint, checksum_state, origin, "
                                        "state) VALUES ('%1', 'mmr-someoneElse01', 'Not mine', 'test', "
                                        "'caph.2025-08-23', 1, 'another-digest', 'mon_test_…zzzz', 'valid', "
                                        "'created', 'ready')")
                             .arg(id),
                         m_url),
            QString());
        const ProcessRun r = migrate();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(id.toUtf8()) && r.err.contains("another secret"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM tokens")), 1);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM tokens WHERE secret_digest = 'another-digest'")),
                 1);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM spaces")), 0);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        QCOMPARE(scalar(m_url, QStringLiteral("SELECT count(*) FROM token_permissions")), 0);
    }

    void destinationMustBeAPostgresUrl_data()
    {
        QTest::addColumn<QString>("to");
        QTest::newRow("a file") << m_dir.filePath(QStringLiteral("team.sqlite"));
        QTest::newRow("another scheme") << QStringLiteral("mysql://me@db/monime");
        QTest::newRow("nothing") << QString();
    }

    void destinationMustBeAPostgresUrl()
    {
        QFETCH(QString, to);
        QVERIFY(!create(QStringLiteral("Checkout")).isEmpty());
        const ProcessRun r = cli({ QStringLiteral("migrate"), QStringLiteral("--to"), to }, m_source);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--to") && r.err.contains("postgresql://"), r.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("team.sqlite"))));
    }

    void sourceMustBeAPersonalFile()
    {
        // The team database as its own source: refused.
        ProcessRun r = cli({ QStringLiteral("migrate"), QStringLiteral("--to"), m_url }, m_url);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--to"), r.err.constData());
        // Another PostgreSQL database as the source: refused, naming --database.
        r = cli({ QStringLiteral("migrate"), QStringLiteral("--to"), m_url },
                postgresUrl(QStringLiteral("some_other")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--database"), r.err.constData());
        // No file there: nothing to copy, and no file made.
        r = cli({ QStringLiteral("migrate"), QStringLiteral("--to"), m_url }, m_source);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(m_source.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(m_source));
    }

    void unreachableServerIsNamed()
    {
        QVERIFY(!create(QStringLiteral("Checkout")).isEmpty());
        const QString down = QStringLiteral("postgresql://monime@127.0.0.1:1/monime");
        const ProcessRun r = cli({ QStringLiteral("migrate"), QStringLiteral("--to"), down }, m_source);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(down.toUtf8()) && r.err.contains("running"), r.err.constData());
    }

    // Nothing any run printed holds a secret.
    void cleanupTestCase()
    {
        for (const QByteArray& output : std::as_const(m_outputs))
            for (const QByteArray& secret : std::as_const(m_secrets))
                QVERIFY2(secret.isEmpty() || !output.contains(secret.mid(9)), output.constData());
    }

private:
    void addSpace()
    {
        const ProcessRun r = cli({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme01"),
                                   QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--role"),
                                   QStringLiteral("developer") },
                                 m_source);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
