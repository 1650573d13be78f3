// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: `monime-portal-cli test` as a user runs it — the real keyring (tests/with-keyring.sh), a real
// SQLite file, the embedded sandbox over loopback, and small servers that misbehave.
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "support/CliProcess.h"

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 ms = 0;
};

} // namespace

class TestCliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
    QHash<QString, QString> m_ids;

    /// Runs the CLI without blocking this thread's event loop, so servers in this test keep answering.
    Run run(const QStringList& args)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        const monime::testing::ProcessRun p = monime::testing::runProcess(m_cli, args, e, {}, 60000);
        return { p.exitCode, QString::fromUtf8(p.out), QString::fromUtf8(p.err), p.ms };
    }

    QString create(const QString& name, const QStringList& extra)
    {
        const Run r
            = run(QStringList { QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--release"),
                                QStringLiteral("caph.2025-08-23"), QStringLiteral("--permission"),
                                QStringLiteral("payments:read"), QStringLiteral("--json") }
                  + extra);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("id")).toString();
    }

    QVariant peek(const QString& sql)
    {
        QVariant v;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    v = q.value(0);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        QCOMPARE(
            run({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme"), QStringLiteral("--name"),
                  QStringLiteral("Acme"), QStringLiteral("--role"), QStringLiteral("developer") })
                .exitCode,
            0);
        m_ids.insert(QStringLiteral("test"), create(QStringLiteral("test"), { QStringLiteral("--test") }));
        m_ids.insert(QStringLiteral("live"), create(QStringLiteral("live"), { QStringLiteral("--live") }));
        m_ids.insert(QStringLiteral("revoked"), create(QStringLiteral("revoked"), { QStringLiteral("--test") }));
        m_ids.insert(QStringLiteral("whitelisted"),
                     create(QStringLiteral("whitelisted"),
                            { QStringLiteral("--live"), QStringLiteral("--ip"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--space"), QStringLiteral("spc-acme") }));
        m_ids.insert(QStringLiteral("elsewhere"),
                     create(QStringLiteral("elsewhere"),
                            { QStringLiteral("--live"), QStringLiteral("--ip"), QStringLiteral("203.0.113.0/24") }));
        for (const QString& id : std::as_const(m_ids))
            QVERIFY(id.startsWith(QLatin1String("tok-")));
        QCOMPARE(run({ QStringLiteral("revoke"), m_ids.value(QStringLiteral("revoked")) }).exitCode, 0);
    }

    void againstTheSandbox_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("detail");
        QTest::newRow("test") << "test" << QStringList() << 0 << "Valid test token — safe, no real money moves"
                              << "simulated";
        QTest::newRow("live") << "live" << QStringList() << 0 << "Live token — real money"
                              << "real financial";
        QTest::newRow("revoked") << "revoked" << QStringList() << 1 << "Revoked token"
                                 << "revoked";
        QTest::newRow("whitelisted") << "whitelisted"
                                     << QStringList { QStringLiteral("--space"), QStringLiteral("Acme") } << 0
                                     << "Live token — real money"
                                     << "real financial";
        QTest::newRow("whitelisted elsewhere") << "elsewhere" << QStringList() << 1 << "IP address not allowed"
                                               << "IP whitelist";
    }

    void againstTheSandbox()
    {
        QFETCH(QString, token);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, verdict);
        QFETCH(QString, detail);
        const QString id = m_ids.value(token);
        const Run r = run(QStringList { QStringLiteral("test"), id } + extra);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(verdict), qPrintable(r.out));
        QVERIFY2(r.out.contains(detail), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("(local sandbox)")));
        QVERIFY(r.out.contains(QLatin1String("127.0.0.1 (SL)")));

        // JSON for scripts, and the outcome kept with the token.
        const Run j = run({ QStringLiteral("test"), id, QStringLiteral("--json") });
        const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("verdict")).toString(), verdict);
        QCOMPARE(o.value(QLatin1String("httpStatus")).toInt(), 200);
        QCOMPARE(o.value(QLatin1String("authenticated")).toBool(), exitCode == 0);
        QCOMPARE(o.value(QLatin1String("target")).toString(), QStringLiteral("sandbox"));
        const QString result
            = peek(QStringLiteral("SELECT last_test_result FROM tokens WHERE id = '%1'").arg(id)).toString();
        QVERIFY2(result.startsWith(exitCode == 0 ? QLatin1String("passed: authenticated")
                                                 : QLatin1String("failed: not_authenticated")),
                 qPrintable(result));
        QVERIFY(
            peek(QStringLiteral("SELECT count(*) FROM audit_log WHERE token_id = '%1' AND action = 'tested'").arg(id))
                .toInt()
            >= 2);
        // The sandbox recorded both calls as usage.
        QVERIFY(peek(QStringLiteral("SELECT count(*) FROM usage WHERE token_id = '%1' AND path = '/'").arg(id)).toInt()
                >= 2);
    }

    void closedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const Run r = run({ QStringLiteral("test"), m_ids.value(QStringLiteral("test")), QStringLiteral("--target"),
                            QStringLiteral("http://127.0.0.1:%1").arg(port) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("Connection refused")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Is the server running")));
    }

    void htmlAnswer()
    {
        QTcpServer html;
        QVERIFY(html.listen(QHostAddress::LocalHost));
        connect(&html, &QTcpServer::newConnection, &html, [&html] {
            QTcpSocket* s = html.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                const QByteArray page = "<!doctype html><html><body>Welcome to nginx!</body></html>";
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: "
                         + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page);
                s->disconnectFromHost();
            });
        });
        const Run r = run({ QStringLiteral("test"), m_ids.value(QStringLiteral("test")), QStringLiteral("--target"),
                            QStringLiteral("http://127.0.0.1:%1").arg(html.serverPort()) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("The server answered, but not with JSON")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("text/html")));
    }

    void neverAnswers()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, &silent,
                [&silent, &held] { held.append(silent.nextPendingConnection()); });
        const Run r = run({ QStringLiteral("test"), m_ids.value(QStringLiteral("test")), QStringLiteral("--target"),
                            QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("--timeout"),
                            QStringLiteral("700") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("No answer (timed out)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("0.7 seconds")));
        QVERIFY2(r.ms < 8000, qPrintable(QString::number(r.ms)));
        QCOMPARE(held.size(), 1);
    }

    void liveTokenNeedsConfirmation()
    {
        QTcpServer silent; // nothing must reach it
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        const Run r
            = run({ QStringLiteral("test"), m_ids.value(QStringLiteral("live")), QStringLiteral("--target"), url });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("LIVE token")));
        QVERIFY(r.err.contains(QLatin1String("--yes")));
        QVERIFY(!silent.hasPendingConnections());
        QVERIFY(!QTest::qWaitFor([&silent] { return silent.hasPendingConnections(); }, 200));

        const Run yes = run({ QStringLiteral("test"), m_ids.value(QStringLiteral("live")), QStringLiteral("--target"),
                              url, QStringLiteral("--yes"), QStringLiteral("--timeout"), QStringLiteral("300") });
        QCOMPARE(yes.exitCode, 1);
        QVERIFY(yes.err.contains(QLatin1String("LIVE token"))); // still warned
        QVERIFY(yes.out.startsWith(QLatin1String("No answer")));
    }

    void badInput()
    {
        QCOMPARE(run({ QStringLiteral("test") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("test"), QStringLiteral("tok-nope") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("test"), m_ids.value(QStringLiteral("test")), QStringLiteral("--target"),
                       QStringLiteral("ftp://example.com") })
                     .exitCode,
                 2);
        QCOMPARE(run({ QStringLiteral("test"), m_ids.value(QStringLiteral("test")), QStringLiteral("--timeout"),
                       QStringLiteral("soon") })
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTest)
#include "tst_clitest.moc"
