// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: `monime-portal-cli remind` against a real notification daemon on a private session bus
// (python3-dbusmock's notification_daemon template, which records every Notify call), a real SQLite file and
// the real keyring (tests/with-keyring.sh gives this test a session bus and a keyring of its own).
#include "support/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using Run = monime::testing::ProcessRun;

namespace {

/// One Notify call as the daemon received it.
struct Notified
{
    QString appName;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int timeout = 0;
    int urgency() const { return hints.value(QStringLiteral("urgency")).toInt(); }
};

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
    QProcess m_daemon;
    QList<QByteArray> m_secrets; ///< every secret made here: none may appear in a notification

    Run run(const QStringList& args, const QProcessEnvironment& extra = {}, const QByteArray& input = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        for (const QString& k : extra.keys())
            e.insert(k, extra.value(k));
        return monime::testing::runProcess(m_cli, args, e, input, 60000);
    }

    /// A live token expiring `seconds` from now (created, or imported when `import`); returns its id.
    QString liveToken(const QString& name, qint64 seconds)
    {
        const QString expiry = QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
        const QStringList args { QStringLiteral("create"),
                                 QStringLiteral("--name"),
                                 name,
                                 QStringLiteral("--live"),
                                 QStringLiteral("--release"),
                                 QStringLiteral("caph.2025-08-23"),
                                 QStringLiteral("--permission"),
                                 QStringLiteral("payments:read"),
                                 QStringLiteral("--expiry"),
                                 expiry,
                                 QStringLiteral("--json") };
        const Run r = run(args);
        if (r.exitCode != 0) {
            qWarning("create failed: %s", r.err.constData());
            return {};
        }
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        m_secrets << o.value(QStringLiteral("token")).toString().toLatin1();
        return o.value(QStringLiteral("id")).toString();
    }

    QString importedToken(const QString& name, qint64 seconds)
    {
        // A token made elsewhere (another inventory), then imported here as one made in the web portal would be.
        const QString other = m_db;
        m_db = m_dir.filePath(QStringLiteral("elsewhere-%1.sqlite").arg(name));
        const QString made = liveToken(name + QStringLiteral(" (elsewhere)"), seconds + 3600);
        m_db = other;
        if (made.isEmpty())
            return {};
        const QString expiry = QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate);
        const Run r
            = run({ QStringLiteral("import"), QStringLiteral("--name"), name, QStringLiteral("--release"),
                    QStringLiteral("caph.2025-08-23"), QStringLiteral("--permission"), QStringLiteral("payments:read"),
                    QStringLiteral("--expiry"), expiry, QStringLiteral("--json") },
                  {}, m_secrets.last() + '\n');
        if (r.exitCode != 0) {
            qWarning("import failed: %s", r.err.constData());
            return {};
        }
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
    }

    /// Runs `code` in the system python3 with `bus` (the session bus) and `mock` (the daemon's
    /// org.freedesktop.DBus.Mock interface) defined; its standard output, or nullopt when it failed. The test
    /// process itself never opens a D-Bus connection: only the programs under test do (and LeakSanitizer checks
    /// them, not Qt D-Bus's own bookkeeping in a test harness).
    static std::optional<QByteArray> python(const QString& code)
    {
        const QString prelude
            = QStringLiteral("import dbus, json, sys\n"
                             "bus = dbus.SessionBus()\n"
                             "def mock():\n"
                             "    return dbus.Interface(bus.get_object('org.freedesktop.Notifications', "
                             "'/org/freedesktop/Notifications'), 'org.freedesktop.DBus.Mock')\n");
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), prelude + code });
        if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("python3 failed: %s", p.readAllStandardError().constData());
            return std::nullopt;
        }
        return p.readAllStandardOutput();
    }

    static bool daemonOnTheBus()
    {
        const auto out = python(QStringLiteral("print(bus.name_has_owner('org.freedesktop.Notifications'))"));
        return out && out->trimmed() == "True";
    }

    /// Every Notify the daemon received, oldest first (the mock's own call log), read by the system python3's
    /// dbus module and handed over as JSON: no demarshalling of nested variants in this process.
    QList<Notified> notified() const
    {
        const auto json = python(QStringLiteral(R"(
calls = []
for _, a in mock().GetMethodCalls('Notify'):
    hints = {str(k): (int(v) if isinstance(v, (dbus.Byte, dbus.Int32, dbus.UInt32, dbus.Boolean)) else str(v))
             for k, v in a[6].items()}
    calls.append({'app': str(a[0]), 'icon': str(a[2]), 'summary': str(a[3]), 'body': str(a[4]),
                  'actions': [str(x) for x in a[5]], 'hints': hints, 'timeout': int(a[7])})
print(json.dumps(calls))
)"));
        QList<Notified> out;
        if (!json)
            return out;
        const QJsonArray calls = QJsonDocument::fromJson(*json).array();
        for (const QJsonValue& v : calls) {
            const QJsonObject o = v.toObject();
            Notified n;
            n.appName = o.value(QStringLiteral("app")).toString();
            n.icon = o.value(QStringLiteral("icon")).toString();
            n.summary = o.value(QStringLiteral("summary")).toString();
            n.body = o.value(QStringLiteral("body")).toString();
            for (const QJsonValue& a : o.value(QStringLiteral("actions")).toArray())
                n.actions << a.toString();
            n.hints = o.value(QStringLiteral("hints")).toObject().toVariantMap();
            n.timeout = o.value(QStringLiteral("timeout")).toInt();
            out << n;
        }
        return out;
    }

    void clearCalls() { QVERIFY(python(QStringLiteral("mock().ClearCalls()"))); }

    void startDaemon()
    {
        m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_daemon.start(QStringLiteral("/usr/bin/python3"),
                       { QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--session"),
                         QStringLiteral("--template"), QStringLiteral("notification_daemon") });
        QVERIFY2(m_daemon.waitForStarted(10000), "python3 -m dbusmock did not start: install python3-dbusmock");
        QVERIFY2(QTest::qWaitFor([] { return daemonOnTheBus(); }, 15000),
                 "the mock notification daemon never appeared on the session bus");
    }

    void stopDaemon()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(10000);
        QVERIFY2(QTest::qWaitFor([] { return !daemonOnTheBus(); }, 10000),
                 "the mock notification daemon did not leave the bus");
    }

    void verifyNoSecretIn(const QList<Notified>& list)
    {
        for (const Notified& n : list)
            for (const QByteArray& s : m_secrets) {
                QVERIFY(!n.summary.toLatin1().contains(s.right(20)));
                QVERIFY(!n.body.toLatin1().contains(s.right(20)));
            }
    }

    static const Notified* about(const QList<Notified>& list, const QString& name)
    {
        for (const Notified& n : list)
            if (n.summary.contains(QLatin1Char('"') + name + QLatin1Char('"')))
                return &n;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does).");
        startDaemon();
    }

    void cleanupTestCase() { stopDaemon(); }

    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("inventory-%1.sqlite").arg(++n));
        clearCalls();
    }

    void remindsOncePerTokenAndStage()
    {
        const QString week = liveToken(QStringLiteral("Checkout"), 6 * 86400 + 12 * 3600);
        const QString day = liveToken(QStringLiteral("Payouts job"), 12 * 3600);
        const QString month = importedToken(QStringLiteral("Imported sync"), 20 * 86400);
        const QString later = liveToken(QStringLiteral("Far away"), 60 * 86400);
        const QString revoked = liveToken(QStringLiteral("Gone"), 3 * 86400);
        QVERIFY(!week.isEmpty() && !day.isEmpty() && !month.isEmpty() && !later.isEmpty() && !revoked.isEmpty());
        QCOMPARE(run({ QStringLiteral("revoke"), revoked }).exitCode, 0);

        // What is due, without sending or recording anything.
        Run dry = run({ QStringLiteral("remind"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(dry.exitCode, 0);
        QJsonArray due = QJsonDocument::fromJson(dry.out).array();
        QCOMPARE(due.size(), 3);
        QCOMPARE(notified().size(), 0);

        const Run first = run({ QStringLiteral("remind") });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QList<Notified> sent = notified();
        QCOMPARE(sent.size(), 3); // one each: 7 days, 1 day, 30 days; not the far one, not the revoked one
        const Notified* w = about(sent, QStringLiteral("Checkout"));
        const Notified* d = about(sent, QStringLiteral("Payouts job"));
        const Notified* m = about(sent, QStringLiteral("Imported sync"));
        QVERIFY(w && d && m);
        QVERIFY(!about(sent, QStringLiteral("Far away")) && !about(sent, QStringLiteral("Gone")));
        QVERIFY2(w->summary.contains(QLatin1String("expires in 7 days")), qPrintable(w->summary));
        QVERIFY2(d->summary.contains(QLatin1String("expires in 1 day")), qPrintable(d->summary));
        QVERIFY2(m->summary.contains(QLatin1String("expires in 20 days")), qPrintable(m->summary));
        QVERIFY(w->body.contains(week) && d->body.contains(day) && m->body.contains(month));
        QCOMPARE(w->urgency(), 1);
        QCOMPARE(d->urgency(), 2);
        QCOMPARE(m->urgency(), 0);
        QCOMPARE(d->timeout, 0); // critical: stays until dismissed
        QCOMPARE(w->appName, QStringLiteral("Monime Developer Portal"));
        QCOMPARE(w->icon, QStringLiteral("io.monime.Portal"));
        QCOMPARE(w->hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.monime.Portal"));
        QVERIFY(w->actions.isEmpty()); // nobody stays to act on buttons without --wait
        verifyNoSecretIn(sent);

        // Each reminder once: a second run sends nothing, and says so.
        const Run second = run({ QStringLiteral("remind") });
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("No reminder is due"), second.out.constData());
        QCOMPARE(notified().size(), 3);

        // The history says it was sent.
        const Run shown = run({ QStringLiteral("show"), week, QStringLiteral("--json") });
        QVERIFY(shown.out.contains("\"reminded\""));
    }

    void actionsOpenTheAppOnThatToken()
    {
        const QString id = liveToken(QStringLiteral("Webhook signer"), 6 * 86400);
        QVERIFY(!id.isEmpty());
        // The desktop app is replaced by a script that writes down how it was started.
        const QString marker = m_dir.filePath(QStringLiteral("gui-args.txt"));
        const QString gui = m_dir.filePath(QStringLiteral("fake-gui.sh"));
        {
            QFile f(gui);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + marker.toUtf8() + ".tmp'\nmv '" + marker.toUtf8()
                    + ".tmp' '" + marker.toUtf8() + "'\n");
            f.close();
            f.setPermissions(f.permissions() | QFileDevice::ExeUser);
        }
        QProcess remind;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        e.insert(QStringLiteral("MONIME_PORTAL_GUI"), gui);
        remind.setProcessEnvironment(e);
        remind.start(
            m_cli,
            { QStringLiteral("remind"), QStringLiteral("--wait"), QStringLiteral("60"), QStringLiteral("--json") });
        QVERIFY(remind.waitForStarted(10000));
        QVERIFY2(QTest::qWaitFor([&] { return remind.canReadLine(); }, 20000), "remind printed nothing");
        const QJsonArray sent = QJsonDocument::fromJson(remind.readLine()).array();
        QCOMPARE(sent.size(), 1);
        const uint notificationId = uint(sent.at(0).toObject().value(QStringLiteral("notificationId")).toInteger());
        QVERIFY(notificationId > 0);
        const QList<Notified> calls = notified();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().actions,
                 QStringList({ QStringLiteral("default"), QStringLiteral("Open"), QStringLiteral("rotate:") + id,
                               QStringLiteral("Rotate…"), QStringLiteral("open:") + id, QStringLiteral("Open") }));
        QVERIFY(remind.state() == QProcess::Running); // it stays for the buttons

        // The user clicks "Rotate…": the daemon emits ActionInvoked, as a real one does.
        QVERIFY(python(QStringLiteral("mock().EmitSignal('org.freedesktop.Notifications', 'ActionInvoked', 'us', "
                                      "[dbus.UInt32(%1), '%2'])")
                           .arg(notificationId)
                           .arg(QStringLiteral("rotate:") + id)));
        QVERIFY2(remind.waitForFinished(20000), "remind did not end after its only notification was acted on");
        QCOMPARE(remind.exitCode(), 0);
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(marker); }, 10000));
        QFile args(marker);
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(args.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({ QStringLiteral("--database"), m_db, QStringLiteral("--rotate"), id }));
    }

    void manyTokensShareOneSummary()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids << liveToken(QStringLiteral("Batch %1").arg(i), (3 + i) * 86400);
        QVERIFY(!ids.contains(QString()));
        QCOMPARE(run({ QStringLiteral("remind") }).exitCode, 0);
        const QList<Notified> sent = notified();
        QCOMPARE(sent.size(), 4); // three one by one, the other two in one summary
        QCOMPARE(sent.last().summary, QStringLiteral("2 more tokens near expiry"));
        QVERIFY(sent.last().body.contains(QLatin1String("Batch 3"))
                && sent.last().body.contains(QLatin1String("Batch 4")));
        QVERIFY(about(sent, QStringLiteral("Batch 0")) && about(sent, QStringLiteral("Batch 2")));
    }

    void twoProgramsAtOnceSendEachOnce()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!liveToken(QStringLiteral("Shared %1").arg(i), (2 + i) * 86400).isEmpty());
        // The login reminder and the open window check at the same moment.
        QList<QProcess*> runs;
        for (int i = 0; i < 4; ++i) {
            auto* p = new QProcess(this);
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
            p->setProcessEnvironment(e);
            p->start(m_cli, { QStringLiteral("remind") });
            runs << p;
        }
        for (QProcess* p : runs) {
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitCode(), 0);
        }
        QCOMPARE(notified().size(), 3);
        qDeleteAll(runs);
    }

    void withoutADaemonNothingIsLost()
    {
        const QString id = liveToken(QStringLiteral("Offline"), 5 * 86400);
        QVERIFY(!id.isEmpty());
        stopDaemon();
        const Run failed = run({ QStringLiteral("remind") });
        startDaemon();
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("notification"), failed.err.constData());
        QVERIFY2(failed.err.contains("tries them again"), failed.err.constData());
        // Still due, and sent once the desktop is back.
        const Run dry = run({ QStringLiteral("remind"), QStringLiteral("--dry-run"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(dry.out).array().size(), 1);
        clearCalls();
        QCOMPARE(run({ QStringLiteral("remind") }).exitCode, 0);
        QCOMPARE(notified().size(), 1);
    }

    void speaksFrench()
    {
        QVERIFY(!liveToken(QStringLiteral("Facturation"), 6 * 86400).isEmpty());
        QProcessEnvironment fr;
        fr.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        fr.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        const Run r = run({ QStringLiteral("remind") }, fr);
        QCOMPARE(r.exitCode, 0);
        const QList<Notified> sent = notified();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().summary, QStringLiteral("Le jeton « Facturation » expire dans 6 jours"));
        QVERIFY2(r.out.contains("Rappel envoyé"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
