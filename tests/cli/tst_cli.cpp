// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the monime-portal-cli binary, as a user or a script runs it, against a real SQLite file
// and the real Secret Service keyring (run under tests/with-keyring.sh).
#include "support/CliProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using Run = monime::testing::ProcessRun;

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;

    Run run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {})
    {
        QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        return monime::testing::runProcess(m_cli, args, e, input, 60000);
    }

    static QByteArray secretTool(const QString& id) { return monime::testing::secretToolLookup(id); }

    QJsonArray listJson()
    {
        const Run r = run({ QStringLiteral("list"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).array();
    }

    /// Rows in the tokens table, ready or not, read straight from the file.
    int tokenRows(const QString& where = QStringLiteral("1=1"))
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT count(*) FROM tokens WHERE ") + where) && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return n;
    }

    QString pendingId()
    {
        QString id;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek2"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT id FROM tokens WHERE state = 'pending'")) && q.next())
                    id = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek2"));
        return id;
    }

    /// Reads the database file and its WAL raw; fails the test if `secret` (or a long part of it) is in
    /// either. Returns how many of the two files existed.
    int scanDatabaseFiles(const QByteArray& secret, QString base = {})
    {
        if (base.isEmpty())
            base = m_db;
        int seen = 0;
        for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(base + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++seen;
            const QByteArray raw = f.readAll();
            if (raw.contains(secret) || raw.contains(secret.right(24)))
                QTest::qFail(qPrintable(QStringLiteral("secret found in ") + base + suffix), __FILE__, __LINE__);
        }
        return seen;
    }

    QStringList createArgs(const QString& name)
    {
        return { QStringLiteral("create"),       QStringLiteral("--name"),       name,
                 QStringLiteral("--test"),       QStringLiteral("--release"),    QStringLiteral("caph.2025-08-23"),
                 QStringLiteral("--permission"), QStringLiteral("payments:read") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
    }

    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("inventory-%1.sqlite").arg(++n));
        QCOMPARE(run({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme01"),
                       QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--role"),
                       QStringLiteral("developer") })
                     .exitCode,
                 0);
    }

    // The CLI speaks the locale's language (LANG), --lang overrides it, and English plurals load too.
    void speaksTheLocalesLanguage()
    {
        QProcessEnvironment fr = QProcessEnvironment::systemEnvironment();
        fr.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        fr.remove(QStringLiteral("LC_ALL"));
        fr.remove(QStringLiteral("LC_MESSAGES"));
        const Run bad = run({ QStringLiteral("revoke") }, {}, fr);
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(QString::fromUtf8(bad.err),
                 QStringLiteral("monime-portal-cli : erreur : revoke prend un seul identifiant de jeton.\n"
                                "Lancez `monime-portal-cli revoke --help` pour ses options.\n"));
        const Run listed = run({ QStringLiteral("list") }, {}, fr);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("ACTIVE") || listed.out.startsWith("Aucun jeton"), listed.out.constData());
        const Run help = run({ QStringLiteral("--help") }, {}, fr);
        QVERIFY2(QString::fromUtf8(help.out).contains(QStringLiteral("Commandes :")), help.out.constData());
        // --lang wins over LANG.
        const Run english = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("revoke") }, {}, fr);
        QVERIFY2(english.err.startsWith("monime-portal-cli: error: revoke takes one token id."),
                 english.err.constData());
        // A language with no translation falls back to English, plurals included.
        QProcessEnvironment de = fr;
        de.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const Run created = run(createArgs(QStringLiteral("Plural check")), {}, de);
        QCOMPARE(created.exitCode, 0);
        const Run health = run({ QStringLiteral("health") }, {}, de);
        QVERIFY2(!health.out.contains("(s)"), health.out.constData());
    }

    void createPrintsSecretOnceAndKeepsItInTheKeychainOnly()
    {
        const Run created = run(createArgs(QStringLiteral("CI pipeline")));
        QCOMPARE(created.exitCode, 0);
        const QByteArray secret = created.out.trimmed();
        QVERIFY2(secret.startsWith("mon_test_") && !secret.contains('\n'), created.out.constData());
        QVERIFY(created.err.contains("only this once"));

        const QJsonArray tokens = listJson();
        QCOMPARE(tokens.size(), 1);
        const QJsonObject t = tokens.at(0).toObject();
        const QString id = t.value(QStringLiteral("id")).toString();
        QCOMPARE(t.value(QStringLiteral("environment")).toString(), QStringLiteral("test"));
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QVERIFY(!t.contains(QStringLiteral("token")));

        // From outside: the keyring has it under the documented service and key.
        QCOMPARE(secretTool(id), secret);

        // Nowhere else: not in list/show output, not in the database file or its WAL.
        const Run shown = run({ QStringLiteral("show"), id });
        QCOMPARE(shown.exitCode, 0);
        const Run listed = run({ QStringLiteral("list") });
        for (const QByteArray& output : { shown.out, shown.err, listed.out, listed.err })
            QVERIFY(!output.contains(secret));
        QCOMPARE(scanDatabaseFiles(secret), 1); // SQLite folds the WAL back in on close; the crash test keeps one
    }

    void createJson()
    {
        QStringList args = createArgs(QStringLiteral("Main Website Integration"));
        args.replace(args.indexOf(QStringLiteral("--test")), QStringLiteral("--live"));
        args << QStringLiteral("--ip") << QStringLiteral("203.0.113.0/24") << QStringLiteral("--space")
             << QStringLiteral("spc-acme01") << QStringLiteral("--expiry") << QStringLiteral("1y")
             << QStringLiteral("--json");
        const Run r = run(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("token")).toString().startsWith(QStringLiteral("mon_")));
        QCOMPARE(o.value(QStringLiteral("environment")).toString(), QStringLiteral("live"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(o.value(QStringLiteral("spaceWhitelist")).toString(), QStringLiteral("spc-acme01"));
        QCOMPARE(o.value(QStringLiteral("ipWhitelist")).toArray().at(0).toString(), QStringLiteral("203.0.113.0/24"));
        QCOMPARE(o.value(QStringLiteral("permissions")).toArray().at(0).toString(), QStringLiteral("payments:read"));
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate).isValid());
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("mentions");
        const QString none;
        QTest::newRow("empty name") << QStringList { QStringLiteral("--name"), QString() } << none
                                    << QStringLiteral("--name");
        QTest::newRow("101 chars") << QStringList { QStringLiteral("--name"), QString(101, QLatin1Char('x')) } << none
                                   << QStringLiteral("--name");
        QTest::newRow("control char") << QStringList { QStringLiteral("--name"), QStringLiteral("a\tb") } << none
                                      << QStringLiteral("--name");
        QTest::newRow("test with ip") << QStringList { QStringLiteral("--ip"), QStringLiteral("203.0.113.45") } << none
                                      << QStringLiteral("--ip");
        QTest::newRow("test with space") << QStringList { QStringLiteral("--space"), QStringLiteral("spc-acme01") }
                                         << none << QStringLiteral("--space");
        QTest::newRow("test with expiry")
            << QStringList { QStringLiteral("--expiry"), QStringLiteral("1y") } << none << QStringLiteral("--expiry");
        QTest::newRow("malformed date") << QStringList { QStringLiteral("--expiry"), QStringLiteral("2027-02-30") }
                                        << none << QStringLiteral("--expiry");
        QTest::newRow("unknown release") << QStringList { QStringLiteral("--release"),
                                                          QStringLiteral("caph.1999-01-01") }
                                         << none << QStringLiteral("--release");
        QTest::newRow("unknown permission")
            << QStringList { QStringLiteral("--permission"), QStringLiteral("payments:delete") } << none
            << QStringLiteral("--permission");
        QTest::newRow("no permission") << QStringList {} << QStringLiteral("--permission")
                                       << QStringLiteral("--permission");
        QTest::newRow("both kinds") << QStringList { QStringLiteral("--live") } << none
                                    << QStringLiteral("--test and --live");
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, remove);
        QFETCH(QString, mentions);
        QStringList args = createArgs(QStringLiteral("ok name"));
        if (!remove.isEmpty()) {
            const auto i = args.indexOf(remove);
            args.remove(i, 2);
        }
        // QCommandLineParser::value() takes the last occurrence, so the bad value overrides the good one.
        args << extra;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(tokenRows(), 0);
    }

    void badLiveInput_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::newRow("/33") << QStringLiteral("--ip") << QStringLiteral("203.0.113.0/33");
        QTest::newRow("host bits") << QStringLiteral("--ip") << QStringLiteral("203.0.113.5/24");
        QTest::newRow("300.1.1.1") << QStringLiteral("--ip") << QStringLiteral("300.1.1.1");
        QTest::newRow("::g") << QStringLiteral("--ip") << QStringLiteral("::g");
        QTest::newRow("space id form") << QStringLiteral("--space") << QStringLiteral("space-123");
        QTest::newRow("past expiry") << QStringLiteral("--expiry") << QStringLiteral("2020-01-01");
        QTest::newRow("expiry in 30 min")
            << QStringLiteral("--expiry") << QDateTime::currentDateTimeUtc().addSecs(1800).toString(Qt::ISODate);
    }

    void badLiveInput()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QStringList args = createArgs(QStringLiteral("live"));
        args.replace(args.indexOf(QStringLiteral("--test")), QStringLiteral("--live"));
        args << flag << value;
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(flag.toUtf8()), r.err.constData());
        QCOMPARE(tokenRows(), 0);
    }

    void revokeAndRotate()
    {
        QVERIFY(run(createArgs(QStringLiteral("to revoke"))).exitCode == 0);
        const QString id = listJson().at(0).toObject().value(QStringLiteral("id")).toString();
        Run r = run({ QStringLiteral("revoke"), id, QStringLiteral("--reason"), QStringLiteral("leaked") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listJson().at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
        r = run({ QStringLiteral("revoke"), id });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already revoked"));
        r = run({ QStringLiteral("revoke"), QStringLiteral("tok-nosuchtoken") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("tok-nosuchtoken"));

        QVERIFY(run(createArgs(QStringLiteral("to rotate"))).exitCode == 0);
        const QByteArray active = run({ QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("active"),
                                        QStringLiteral("--json") })
                                      .out;
        const QString rotId
            = QJsonDocument::fromJson(active).array().at(0).toObject().value(QStringLiteral("id")).toString();
        r = run({ QStringLiteral("rotate"), rotId, QStringLiteral("--grace"), QStringLiteral("24"),
                  QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rotated = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rotated.value(QStringLiteral("rotatedFrom")).toString(), rotId);
        const QByteArray newSecret = rotated.value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(secretTool(rotated.value(QStringLiteral("id")).toString()), newSecret);
        QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("active"),
                       QStringLiteral("--json") })
                     .out.count("\"id\""),
                 2); // the old one is still valid during its grace period
    }

    void importReadsStdinOnly()
    {
        const QByteArray pasted = "mon_4bQx9ZkT2mWv7LpR8sNc3HdYaa";
        const QStringList args { QStringLiteral("import"),          QStringLiteral("--name"),
                                 QStringLiteral("From portal"),     QStringLiteral("--release"),
                                 QStringLiteral("caph.2025-08-23"), QStringLiteral("--permission"),
                                 QStringLiteral("payments:read") };
        Run r = run(args, pasted + "\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(pasted) && !r.err.contains(pasted));
        const QJsonObject t = listJson().at(0).toObject();
        QCOMPARE(t.value(QStringLiteral("environment")).toString(), QStringLiteral("live"));
        QCOMPARE(t.value(QStringLiteral("origin")).toString(), QStringLiteral("imported"));
        QCOMPARE(secretTool(t.value(QStringLiteral("id")).toString()), pasted);

        r = run(args, pasted);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("already in the inventory"));
        r = run(args, "not-a-token-at-all");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("not a Monime access token"));
        r = run(args + QStringList { QString::fromLatin1(pasted) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("standard input"));
        QCOMPARE(tokenRows(), 1);
    }

    void databasePathProblems()
    {
        Run r = run({ QStringLiteral("--database"), m_dir.path(), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is a directory"), r.err.constData());
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes\n");
        f.close();
        r = run({ QStringLiteral("list"), QStringLiteral("--database"), text });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a Monime Developer Portal database"), r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("just some notes\n"));
    }

    // A PostgreSQL URL is a team database (tst_clipostgres runs it on a real server), never a file: nobody
    // listens on port 1 here, a password in the URL is refused, and no folder "postgresql:" appears.
    void databaseUrlIsNotAFile()
    {
        // From the environment too (run() sets $MONIME_PORTAL_DATABASE; --database wins over it).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), QStringLiteral("postgresql://me@127.0.0.1:1/team"));
        Run r = monime::testing::runProcess(m_cli, { QStringLiteral("list") }, env, {}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("PostgreSQL server of postgresql://me@127.0.0.1:1/team"), r.err.constData());
        r = run({ QStringLiteral("--database"), QStringLiteral("postgresql://me:hunter22@127.0.0.1:1/team"),
                  QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-url01"), QStringLiteral("--name"),
                  QStringLiteral("U"), QStringLiteral("--role"), QStringLiteral("developer") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("~/.pgpass"), r.err.constData());
        QVERIFY2(!r.err.contains("hunter22") && !r.out.contains("hunter22"), r.err.constData());
        QVERIFY2(!QFileInfo::exists(QStringLiteral("postgresql:")), "no folder named after the URL's scheme");
    }

    void keychainUnavailableIsClearAndQuick()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("MONIME_PORTAL_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("8000"));
        const Run r = run(createArgs(QStringLiteral("no keychain")), {}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("keychain"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.ms < 10000, qPrintable(QString::number(r.ms)));
        QCOMPARE(tokenRows(), 0);
    }

#ifdef MONIME_FAULT_INJECTION // crash points exist in test builds only
    void crashMidCreateLeavesNothingHalfDone_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("secretWritten");
        QTest::newRow("after row") << QStringLiteral("create:after-pending") << false;
        QTest::newRow("after keychain") << QStringLiteral("create:after-keychain") << true;
    }

    void crashMidCreateLeavesNothingHalfDone()
    {
        QFETCH(QString, fault);
        QFETCH(bool, secretWritten);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_FAULT"), fault);
        const Run crashed = run(createArgs(QStringLiteral("interrupted")), {}, env);
        QCOMPARE(crashed.status, QProcess::CrashExit);
        QVERIFY(crashed.out.isEmpty()); // the secret was never shown
        // Snapshot the files as the crash left them: opening the database below would fold the WAL back in.
        const QString snapshot = m_db + QStringLiteral(".crashed");
        QVERIFY(QFile::copy(m_db, snapshot));
        QVERIFY(QFile::copy(m_db + QStringLiteral("-wal"), snapshot + QStringLiteral("-wal")));
        const QString id = pendingId();
        QVERIFY(!id.isEmpty());
        const QByteArray secret = secretTool(id);
        QCOMPARE(!secret.isEmpty(), secretWritten);
        if (secretWritten) // killed mid-way, the WAL is still there: the secret must be in neither file
            QCOMPARE(scanDatabaseFiles(secret, snapshot), 2);
        QCOMPARE(listJson().size(), 0); // the next start rolls it back ...
        QCOMPARE(tokenRows(), 0);
        QVERIFY(secretTool(id).isEmpty()); // ... in both stores
    }

#endif

    void doctorChecksEverything()
    {
        const Run r = run({ QStringLiteral("doctor") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("[ ok ] database") && r.out.contains("[ ok ] keychain"), r.out.constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        const Run broken = run({ QStringLiteral("doctor") }, {}, env);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains("[FAIL] keychain"), broken.out.constData());
    }

    void doctorMatchesRowsToKeychainItems()
    {
        const Run created = run(createArgs(QStringLiteral("lost secret")) << QStringLiteral("--json"));
        QCOMPARE(created.exitCode, 0);
        const QString id = QJsonDocument::fromJson(created.out).object().value(QLatin1String("id")).toString();
        QVERIFY(id.startsWith(QLatin1String("tok-")));
        QVERIFY(run({ QStringLiteral("doctor") }).out.contains("[ ok ] secrets"));

        // The secret vanishes from the keychain behind the app's back: doctor names the token and the fix.
        QCOMPARE(QProcess::execute(QStringLiteral("secret-tool"),
                                   { QStringLiteral("clear"), QStringLiteral("server"),
                                     QStringLiteral("io.monime.portal"), QStringLiteral("user"), id }),
                 0);
        Run r = run({ QStringLiteral("doctor") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("[FAIL] secrets") && r.out.contains(id.toUtf8())
                     && r.out.contains(QStringLiteral("monime-portal-cli rotate %1").arg(id).toUtf8()),
                 r.out.constData());
        QVERIFY(r.out.contains("1 problem found."));

        // A secret with no row here (a create whose row was lost): named, and removed by the command doctor gives.
        const QString orphan = QStringLiteral("tok-OrphanFromALostCreate1");
        QProcess store;
        store.start(QStringLiteral("secret-tool"),
                    { QStringLiteral("store"), QStringLiteral("--label"), QStringLiteral("orphan"),
                      QStringLiteral("server"), QStringLiteral("io.monime.portal"), QStringLiteral("user"), orphan });
        store.write("mon_test_notARealTokenJustAnOrphanedItem");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(10000) && store.exitCode() == 0);
        r = run({ QStringLiteral("doctor") });
        QVERIFY2(r.out.contains(QStringLiteral("doctor --forget-secret %1").arg(orphan).toUtf8()), r.out.constData());
        // It refuses to forget the secret of a token this inventory holds ...
        Run forget = run({ QStringLiteral("doctor"), QStringLiteral("--forget-secret"), id });
        QCOMPARE(forget.exitCode, 2);
        QVERIFY2(forget.err.contains("revoke"), forget.err.constData());
        // ... and deletes the orphan.
        forget = run({ QStringLiteral("doctor"), QStringLiteral("--forget-secret"), orphan });
        QVERIFY2(forget.exitCode == 0, forget.err.constData());
        QVERIFY(secretTool(orphan).isEmpty());
        QVERIFY(!run({ QStringLiteral("doctor") }).out.contains(orphan.toUtf8()));
        // Rotating the token whose secret was lost repairs it.
        QCOMPARE(run({ QStringLiteral("rotate"), id }).exitCode, 0);
        r = run({ QStringLiteral("doctor") });
        QVERIFY2(!r.out.contains("[FAIL]"), r.out.constData());
    }

    void damagedFileIsNeverAnEmptyInventory()
    {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run(createArgs(QStringLiteral("before the damage %1").arg(i))).exitCode, 0);
        // Pad the history so the file has pages to spare, fold the WAL in, then scribble over the tokens' pages.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'tokens'")) && q.next());
            const int rootPage = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            const int pageSize = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            q.finish();
            db.close();
            QSqlDatabase::removeDatabase(QStringLiteral("damage"));
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
            f.write(QByteArray(pageSize, '\x33'));
        }
        const Run list = run({ QStringLiteral("list") });
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains("damaged") && list.err.contains("doctor"), list.err.constData());
        QVERIFY(!list.out.contains("No tokens"));
        const Run doctor = run({ QStringLiteral("doctor") });
        QCOMPARE(doctor.exitCode, 1);
        QVERIFY2(doctor.out.contains("[FAIL] integrity") && doctor.out.contains(".recover")
                     && !doctor.out.contains("Everything works"),
                 doctor.out.constData());
    }

    void usage()
    {
        QCOMPARE(run({ QStringLiteral("--help") }).exitCode, 0);
        QCOMPARE(run({ QStringLiteral("create"), QStringLiteral("--help") }).exitCode, 0);
        const Run unknown = run({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("Unknown command"));
        QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("sleeping") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
