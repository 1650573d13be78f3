// SPDX-License-Identifier: GPL-3.0-or-later
// Integration (concurrency): real processes on one inventory file, as users run them — a long-running
// monime-sandbox under load and the GUI (offscreen) while several CLIs create, revoke, rotate and import in
// parallel, some of them killed with SIGKILL at random points. Checked from outside afterwards: sqlite3's
// integrity_check, secret-tool against the rows, /proc/PID/fd, usage rows against the requests answered.
// Runs in a keyring of its own (see tests/CMakeLists.txt), so every keychain item it sees is its own.
#include "RawHttp.h"
#include "domain/TokenSecret.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

using namespace monime;
using monime::testing::RawHttp;

namespace {

constexpr char kSpace[] = "spc-Concurrency01";

struct Token
{
    QString id;
    QByteArray secret; ///< never printed: a failing check names the id
};

/// One CLI run of the workload.
struct Job
{
    QString kind; ///< create, revoke, rotate, import, list
    QStringList args;
    QByteArray input;
    int killAfterMs = -1; ///< SIGKILL this long after start; -1: let it finish
    QString tokenId; ///< the token a revoke or rotate acts on
    // results
    bool killed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString sqlite3(const QString& db, const QString& sql)
{
    QProcess p;
    p.start(QStringLiteral("sqlite3"), { db, sql });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// Token ids the Secret Service holds for the app, read with secret-tool (attributes only are kept).
QSet<QString> keychainIds()
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
              QStringLiteral("io.monime.portal") });
    p.waitForFinished(30000);
    QSet<QString> ids;
    static const QRegularExpression user(QStringLiteral("^attribute\\.user = (tok-\\S+)$"),
                                         QRegularExpression::MultilineOption);
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    for (auto it = user.globalMatch(text); it.hasNext();)
        ids.insert(it.next().captured(1));
    return ids;
}

/// Files under `prefix` that process `pid` still holds open although they were unlinked.
QStringList deletedFiles(qint64 pid, const QString& prefix)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(prefix) && target.endsWith(QLatin1String(" (deleted)")))
            deleted.append(target);
    }
    return deleted;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
    QString m_sandboxProgram = qEnvironmentVariable("MONIME_SANDBOX");
    QString m_gui = qEnvironmentVariable("MONIME_PORTAL_GUI");
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QList<Token> m_tokens; ///< active tokens the workload may use
    QStringList m_acknowledgedRevokes;
    QStringList m_acknowledgedCreates;
    QStringList m_unlinked; ///< "-wal"/"-shm" a long-running process saw unlinked under it

    QProcess* startSandbox(quint16* port)
    {
        auto* p = new QProcess(this);
        p->setProcessEnvironment(m_env);
        p->start(m_sandboxProgram,
                 { QStringLiteral("--database"), m_db, QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--idle-timeout"), QStringLiteral("60000") });
        if (!p->waitForStarted(10000))
            return nullptr;
        *port = monime::testing::waitForSandboxPort(*p, nullptr, 15000);
        return *port ? p : nullptr;
    }

    QByteArray cli(const QStringList& args, const QByteArray& input = {}, int* exitCode = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(m_cli, QStringList { QStringLiteral("--database"), m_db } + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput();
    }

    Token createToken(const QString& name)
    {
        int code = -1;
        const QByteArray out
            = cli({ QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--test"),
                    QStringLiteral("--release"), QStringLiteral("caph.2025-08-23"), QStringLiteral("--permission"),
                    QStringLiteral("payments:read"), QStringLiteral("--json") },
                  {}, &code);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        return { code == 0 ? o.value(QLatin1String("id")).toString() : QString(),
                 o.value(QLatin1String("token")).toString().toLatin1() };
    }

    void watchFiles(const QList<QProcess*>& processes)
    {
        for (QProcess* p : processes)
            if (p && p->state() == QProcess::Running)
                m_unlinked += deletedFiles(p->processId(), m_dir.path());
    }

    /// Runs `jobs`, `parallel` at a time, killing those with a kill time; the event loop keeps turning.
    void runJobs(QList<Job>& jobs, int parallel, const QList<QProcess*>& watched)
    {
        qsizetype next = 0;
        int running = 0;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] { watchFiles(watched); });
        watch.start(20);
        std::function<void()> startNext = [&] {
            while (running < parallel && next < jobs.size()) {
                Job* job = &jobs[next++];
                auto* p = new QProcess(this);
                p->setProcessEnvironment(m_env);
                ++running;
                connect(p, &QProcess::finished, this, [&, p, job](int code, QProcess::ExitStatus status) {
                    job->exitCode = status == QProcess::NormalExit ? code : -1;
                    job->out = p->readAllStandardOutput();
                    job->err = p->readAllStandardError();
                    p->deleteLater();
                    --running;
                    QTimer::singleShot(0, this, startNext);
                });
                p->start(m_cli, QStringList { QStringLiteral("--database"), m_db } + job->args);
                p->write(job->input);
                p->closeWriteChannel();
                if (job->killAfterMs >= 0)
                    QTimer::singleShot(job->killAfterMs, p, [p, job] {
                        if (p->state() == QProcess::Running) {
                            job->killed = true;
                            ::kill(pid_t(p->processId()), SIGKILL);
                        }
                    });
            }
        };
        startNext();
        QTRY_VERIFY_WITH_TIMEOUT(next == jobs.size() && running == 0, 240000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(m_cli).isExecutable(), "MONIME_PORTAL_CLI must name monime-portal-cli");
        QVERIFY2(QFileInfo(m_sandboxProgram).isExecutable(), "MONIME_SANDBOX must name monime-sandbox");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        m_env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        QVERIFY(keychainIds().isEmpty()); // a keyring of its own: nothing but what this test makes
        int code = -1;
        cli({ QStringLiteral("space"), QStringLiteral("add"), QString::fromLatin1(kSpace), QStringLiteral("--name"),
              QStringLiteral("Acme"), QStringLiteral("--role"), QStringLiteral("owner") },
            {}, &code);
        QCOMPARE(code, 0);
        for (int i = 0; i < 24; ++i) {
            const Token t = createToken(QStringLiteral("seed %1").arg(i));
            QVERIFY(!t.id.isEmpty() && t.secret.startsWith("mon_test_"));
            m_tokens.append(t);
            m_acknowledgedCreates.append(t.id);
        }
    }

    void everyoneAtOnce()
    {
        quint16 port = 0;
        QProcess* sandbox = startSandbox(&port);
        QVERIFY(sandbox && port > 0);
        QProcess* gui = nullptr;
        if (!m_gui.isEmpty()) {
            gui = new QProcess(this);
            gui->setProcessEnvironment(m_env);
            gui->start(m_gui, { QStringLiteral("--database"), m_db });
            QVERIFY(gui->waitForStarted(10000));
        }

        // Load: two keep-alive clients call GET /v1/payments with tokens that stay active.
        const QList<Token> steady = m_tokens.mid(20);
        std::atomic_bool stop { false };
        std::atomic<qint64> answered { 0 };
        std::atomic<qint64> wrong { 0 };
        std::vector<std::thread> load;
        for (int c = 0; c < 2; ++c)
            load.emplace_back([&, c] {
                RawHttp http(port);
                for (int i = 0; !stop.load(); ++i) {
                    const Token& t = steady.at((i + c) % steady.size());
                    const int status = http.get("/v1/payments", t.secret, kSpace);
                    if (status > 0)
                        ++answered;
                    if (status != 200)
                        ++wrong;
                }
            });

        // Revokes, timed: each acknowledged revoke must be refused by the running sandbox within 100 ms.
        const QList<Token> toRevoke = m_tokens.mid(0, 8);
        QList<qint64> refusedAfterMs;
        std::mutex mutex;
        std::atomic<qint64> probes { 0 };
        std::thread revoker([&] {
            RawHttp http(port);
            for (const Token& t : toRevoke) {
                if (http.get("/v1/payments", t.secret, kSpace) != 200) {
                    std::lock_guard<std::mutex> lock(mutex);
                    refusedAfterMs.append(-1); // it must work before the revoke
                }
                ++probes;
                QProcess p;
                p.setProcessEnvironment(m_env);
                p.start(m_cli,
                        { QStringLiteral("--database"), m_db, QStringLiteral("revoke"), t.id,
                          QStringLiteral("--reason"), QStringLiteral("concurrency test") });
                p.waitForFinished(60000);
                if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                    std::lock_guard<std::mutex> lock(mutex);
                    refusedAfterMs.append(-2);
                    continue;
                }
                QElapsedTimer since;
                since.start();
                QByteArray body;
                int status = 0;
                while ((status = http.get("/v1/payments", t.secret, kSpace, &body)) == 200 && since.elapsed() < 5000)
                    ++probes;
                ++probes;
                std::lock_guard<std::mutex> lock(mutex);
                m_acknowledgedRevokes.append(t.id);
                refusedAfterMs.append(status == 401 && body.contains("token_revoked") ? since.elapsed() : 9999);
            }
        });

        // Meanwhile: CLIs create, rotate, import and list in parallel, a third of them killed at random.
        QList<Job> jobs;
        auto* random = QRandomGenerator::global();
        const QList<Token> toRotate = m_tokens.mid(8, 12); // one rotate per token: a second would be refused
        for (int i = 0; i < 48; ++i) {
            Job j;
            switch (i % 4) {
            case 0:
            case 1:
                j.kind = QStringLiteral("create");
                j.args = { QStringLiteral("create"),         QStringLiteral("--name"),
                           QStringLiteral("load %1").arg(i), QStringLiteral("--test"),
                           QStringLiteral("--release"),      QStringLiteral("caph.2025-08-23"),
                           QStringLiteral("--permission"),   QStringLiteral("payments:read"),
                           QStringLiteral("--json") };
                break;
            case 2:
                j.kind = QStringLiteral("rotate");
                j.tokenId = toRotate.at(i / 4).id;
                j.args = { QStringLiteral("rotate"), j.tokenId, QStringLiteral("--grace"), QStringLiteral("1"),
                           QStringLiteral("--json") };
                break;
            default:
                j.kind = (i / 4) % 2 ? QStringLiteral("import") : QStringLiteral("list");
                if (j.kind == QLatin1String("import")) {
                    j.args = { QStringLiteral("import"),
                               QStringLiteral("--name"),
                               QStringLiteral("imported %1").arg(i),
                               QStringLiteral("--release"),
                               QStringLiteral("caph.2025-08-23"),
                               QStringLiteral("--permission"),
                               QStringLiteral("payments:read"),
                               QStringLiteral("--json") };
                    j.input = TokenSecret::generate(Environment::Test) + '\n';
                } else {
                    j.args = { QStringLiteral("list"), QStringLiteral("--json") };
                }
            }
            if (i % 3 == 1)
                j.killAfterMs = int(random->bounded(5, 160));
            jobs.append(j);
        }
        runJobs(jobs, 3, { sandbox, gui });
        revoker.join();
        stop = true;
        for (std::thread& t : load)
            t.join();

        // What the CLIs acknowledged.
        int kills = 0;
        int acknowledged = 0;
        for (const Job& j : std::as_const(jobs)) {
            if (j.killed) {
                ++kills;
                continue;
            }
            QVERIFY2(j.exitCode == 0,
                     qPrintable(
                         QStringLiteral("%1 exited %2: %3").arg(j.kind).arg(j.exitCode).arg(QString::fromUtf8(j.err))));
            ++acknowledged;
            if (j.kind == QLatin1String("create") || j.kind == QLatin1String("rotate")
                || j.kind == QLatin1String("import")) {
                const QString id = QJsonDocument::fromJson(j.out).object().value(QLatin1String("id")).toString();
                QVERIFY(id.startsWith(QLatin1String("tok-")));
                m_acknowledgedCreates.append(id);
            }
        }
        qInfo("workload: %lld requests answered by the sandbox, %lld probes; %d CLIs finished, %d killed with "
              "SIGKILL; revokes refused after (ms): %s",
              qint64(answered), qint64(probes), acknowledged, kills, qPrintable([&] {
                  QStringList t;
                  for (qint64 ms : std::as_const(refusedAfterMs))
                      t << QString::number(ms);
                  return t.join(u' ');
              }()));
        QCOMPARE(wrong.load(), 0); // the steady tokens were answered 200 throughout
        QVERIFY(answered.load() > 100);
        QCOMPARE(refusedAfterMs.size(), toRevoke.size());
        for (qint64 ms : std::as_const(refusedAfterMs))
            QVERIFY2(ms >= 0 && ms <= 100, qPrintable(QStringLiteral("revoke refused after %1 ms").arg(ms)));
        watchFiles({ sandbox, gui });

        // A clean stop writes every usage row: one per request answered.
        ::kill(pid_t(sandbox->processId()), SIGTERM);
        QVERIFY(sandbox->waitForFinished(15000));
        QCOMPARE(sandbox->exitStatus(), QProcess::NormalExit);
        if (gui) {
            watchFiles({ gui });
            gui->terminate();
            QVERIFY(gui->waitForFinished(15000));
        }
        QCOMPARE(m_unlinked, QStringList());
        const qint64 usage = sqlite3(m_db, QStringLiteral("SELECT count(*) FROM usage;")).toLongLong();
        QCOMPARE(usage, answered.load() + probes.load());
    }

    void killedSandboxLosesAtMostOneBatch()
    {
        const qint64 before = sqlite3(m_db, QStringLiteral("SELECT count(*) FROM usage;")).toLongLong();
        quint16 port = 0;
        QProcess* sandbox = startSandbox(&port);
        QVERIFY(sandbox && port > 0);
        const Token t = m_tokens.last();
        std::atomic_bool stop { false };
        std::atomic<qint64> answered { 0 };
        std::mutex mutex;
        QList<qint64> answeredAt; // ms since start
        QElapsedTimer clock;
        clock.start();
        std::thread load([&] {
            RawHttp http(port);
            while (!stop.load()) {
                if (http.get("/v1/payments", t.secret, kSpace) > 0) {
                    ++answered;
                    std::lock_guard<std::mutex> lock(mutex);
                    answeredAt.append(clock.elapsed());
                }
            }
        });
        QTest::qWait(int(QRandomGenerator::global()->bounded(600, 1400)));
        const qint64 killedAt = clock.elapsed();
        ::kill(pid_t(sandbox->processId()), SIGKILL);
        QVERIFY(sandbox->waitForFinished(10000));
        stop = true;
        load.join();
        const qint64 rows = sqlite3(m_db, QStringLiteral("SELECT count(*) FROM usage;")).toLongLong() - before;
        // The usage batch window is 250 ms (SandboxOptions::usageFlushMs): at most that window, plus the
        // batch being written when the kill came, may be lost.
        qint64 lastWindow = 0;
        for (qint64 at : std::as_const(answeredAt))
            if (at >= killedAt - 2 * 250 - 50)
                ++lastWindow;
        qInfo("sandbox killed after %lld requests: %lld usage rows kept, %lld lost (last two batch windows held "
              "%lld)",
              qint64(answered), rows, answered - rows, lastWindow);
        QVERIFY(rows <= answered.load());
        QVERIFY2(answered.load() - rows <= lastWindow, "more than the last batch window was lost");
        QCOMPARE(sqlite3(m_db, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
    }

    void cleanupTestCase()
    {
        // The next command rolls back what the killed ones left half-done.
        int code = -1;
        cli({ QStringLiteral("list") }, {}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(sqlite3(m_db, QStringLiteral("PRAGMA integrity_check;")), QStringLiteral("ok"));
        QCOMPARE(sqlite3(m_db, QStringLiteral("SELECT count(*) FROM tokens WHERE state = 'pending';")),
                 QStringLiteral("0"));
        // Every acknowledged revoke persisted; every acknowledged create has its row.
        for (const QString& id : std::as_const(m_acknowledgedRevokes))
            QVERIFY2(!sqlite3(m_db, QStringLiteral("SELECT revoked_at FROM tokens WHERE id = '%1';").arg(id)).isEmpty(),
                     qPrintable(id + QStringLiteral(" reads active again")));
        const QStringList ids = sqlite3(m_db, QStringLiteral("SELECT id FROM tokens;")).split(u'\n');
        const QSet<QString> rows(ids.begin(), ids.end());
        for (const QString& id : std::as_const(m_acknowledgedCreates))
            QVERIFY2(rows.contains(id), qPrintable(id + QStringLiteral(" was acknowledged but has no row")));
        // Every row has its keychain item and every keychain item its row.
        const QSet<QString> items = keychainIds();
        QCOMPARE(QSet<QString>(items - rows), QSet<QString>());
        QCOMPARE(QSet<QString>(rows - items), QSet<QString>());
        qInfo("after the runs: %lld rows, %lld keychain items, %lld acknowledged creates, %lld acknowledged revokes; "
              "integrity_check ok",
              qint64(rows.size()), qint64(items.size()), qint64(m_acknowledgedCreates.size()),
              qint64(m_acknowledgedRevokes.size()));
        // doctor agrees.
        QProcess doctor;
        doctor.setProcessEnvironment(m_env);
        doctor.start(m_cli, { QStringLiteral("--database"), m_db, QStringLiteral("doctor") });
        QVERIFY(doctor.waitForFinished(60000));
        const QByteArray report = doctor.readAllStandardOutput();
        QVERIFY2(doctor.exitCode() == 0 && report.contains("Everything works."), report.constData());
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
