// SPDX-License-Identifier: GPL-3.0-or-later
// Overload: a real monime-sandbox process against clients that misbehave — one that never reads its answers,
// 1,100 idle connections and a slowloris of 1,000 under `ulimit -n 1024`, every slot busy. Each case measures
// the server from outside: RSS from /proc/PID/status, CPU time from /proc/PID/stat, open descriptors from
// /proc/PID/fd, and how long a well-behaved client waits for its answer.
#include "domain/TokenSecret.h"
#include "store/Database.h"
#include "store/SpaceRepository.h"
#include "store/TokenRepository.h"
#include "support/SandboxProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

using namespace monime;

namespace {

/// A plain TCP socket to 127.0.0.1, closed with the object.
class Socket
{
public:
    explicit Socket(quint16 port, int receiveBuffer = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return;
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        timeval tv { 3, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;
    Socket(Socket&& o) noexcept
        : m_fd(std::exchange(o.m_fd, -1))
    { }

    bool ok() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    void setNonBlocking() { ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK); }

    bool sendAll(const QByteArray& data)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    /// Reads until one whole answer (head + Content-Length body) is in, or `timeoutMs` passes.
    QByteArray readAnswer(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end >= 0) {
                qsizetype length = 0;
                for (const QByteArray& line : m_in.left(end).split('\n'))
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (m_in.size() >= end + 4 + length) {
                    const QByteArray answer = m_in.left(end + 4 + length);
                    m_in.remove(0, answer.size());
                    return answer;
                }
            }
            const int left = int(timeoutMs - t.elapsed());
            if (left <= 0)
                return {};
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, left) <= 0)
                return {};
            char chunk[16384];
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                return {};
            m_in.append(chunk, qsizetype(n));
        }
    }

    /// The kernel's view of the connection: still established, or closed (FIN or RST from the server).
    bool established() const
    {
        tcp_info info {};
        socklen_t len = sizeof info;
        if (::getsockopt(m_fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0)
            return false;
        return info.tcpi_state == TCP_ESTABLISHED;
    }

private:
    int m_fd = -1;
    QByteArray m_in;
};

int statusOf(const QByteArray& answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray bodyOf(const QByteArray& answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : answer.mid(end + 4);
}

QByteArray headerOf(const QByteArray& answer, const QByteArray& lowercaseName)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    for (const QByteArray& line : answer.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).toLower() == lowercaseName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

/// VmRSS of a process, in KiB.
qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// User + system CPU time of a process, in milliseconds (/proc/PID/stat fields 14 and 15).
qint64 cpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const qint64 ticks = fields.value(11).toLongLong() + fields.value(12).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
}

/// Waits until a process has used less than 10 ms of CPU over 200 ms (at most `timeoutMs`); false if it never did.
bool waitUntilQuiet(qint64 pid, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    qint64 last = cpuMs(pid);
    while (t.elapsed() < timeoutMs) {
        QTest::qWait(200);
        const qint64 now = cpuMs(pid);
        if (now - last < 10)
            return true;
        last = now;
    }
    return false;
}

#if defined(__SANITIZE_ADDRESS__)
// ASan keeps freed memory in quarantine and pads every block: the sandbox runs with a small quarantine and is
// allowed three times the memory.
constexpr int kMemoryFactor = 3;
#else
constexpr int kMemoryFactor = 1;
#endif

int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::Files | QDir::System).size());
}

} // namespace

class TestSandboxOverload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_token;
    QList<QProcess*> m_processes;

    /// monime-sandbox on a free port, under `ulimit -n` when `fileLimit` is set; its pid is the sandbox's.
    QProcess* startSandbox(const QStringList& arguments, int fileLimit, quint16* port)
    {
        auto* p = new QProcess(this);
        m_processes.append(p);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_path);
#if defined(__SANITIZE_ADDRESS__)
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=8"));
#endif
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        const QStringList args = QStringList { QStringLiteral("--port"), QStringLiteral("0") } + arguments;
        if (fileLimit > 0)
            p->start(QStringLiteral("sh"),
                     QStringList { QStringLiteral("-c"),
                                   QStringLiteral("ulimit -n %1 && exec \"$0\" \"$@\"").arg(fileLimit),
                                   qEnvironmentVariable("MONIME_SANDBOX") }
                         + args);
        else
            p->start(qEnvironmentVariable("MONIME_SANDBOX"), args);
        *port = monime::testing::waitForSandboxPort(*p);
        return *port ? p : nullptr;
    }

    QByteArray request(const QByteArray& extra = {}) const
    {
        return "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token + "\r\n" + extra + "\r\n";
    }

    /// A well-behaved client: a new connection, one authenticated GET /. The status, and the wait in `ms`.
    int probe(quint16 port, qint64* ms, QByteArray* answer = nullptr)
    {
        QElapsedTimer t;
        t.start();
        Socket s(port);
        int status = 0;
        if (s.ok() && s.sendAll(request())) {
            const QByteArray a = s.readAnswer(5000);
            status = statusOf(a);
            if (answer)
                *answer = a;
        }
        *ms = t.elapsed();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(qEnvironmentVariable("MONIME_SANDBOX")).isExecutable());
        // This side holds over a thousand sockets at once.
        rlimit limit {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        if (limit.rlim_cur < 4096 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = std::min<rlim_t>(4096, limit.rlim_max);
            QVERIFY(::setrlimit(RLIMIT_NOFILE, &limit) == 0);
        }
        QVERIFY2(limit.rlim_cur >= 2400, "the test needs RLIMIT_NOFILE >= 2400");

        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        auto db = Database::openSqlite(m_path);
        QVERIFY(db.ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        SpaceRepository spaces(*db.value());
        auto me = spaces.localMonimeer(QStringLiteral("Ada"), now);
        QVERIFY(me.ok());
        QVERIFY(
            spaces
                .upsert(me->id,
                        SpaceInfo { QStringLiteral("spc-load"), QStringLiteral("Load"), QStringLiteral("owner"), now })
                .ok());
        TokenRepository tokens(*db.value());
        TokenInfo t;
        t.id = QStringLiteral("tok-overload");
        t.ownerId = me->id;
        t.name = QStringLiteral("overload");
        t.environment = Environment::Test;
        t.apiRelease = QStringLiteral("caph.2025-08-23");
        t.createdAt = now.addDays(-1);
        t.expiresAt = now.addDays(30);
        t.permissions = { QStringLiteral("payments:read") };
        m_token = TokenSecret::generate(Environment::Test);
        t.hint = TokenSecret::hint(m_token);
        QVERIFY(tokens.insertPending(t, TokenSecret::digest(m_token)).ok());
        QVERIFY(tokens.markReady(t.id).ok());
    }

    void cleanup()
    {
        for (QProcess* p : std::as_const(m_processes)) {
            p->terminate();
            if (!p->waitForFinished(10000))
                p->kill();
            p->waitForFinished(2000);
            delete p;
        }
        m_processes.clear();
    }

    /// Pipelines requests without ever reading: the server stops reading it once a small amount of answers is
    /// unsent (so the client's sends block), grows by little, serves others meanwhile, and closes it at the idle
    /// timeout although answers are pending.
    void clientThatNeverReads()
    {
        const int idleMs = 3000;
        quint16 port = 0;
        QProcess* sandbox = startSandbox({ QStringLiteral("--idle-timeout"), QString::number(idleMs) }, 0, &port);
        QVERIFY(sandbox);
        const qint64 pid = sandbox->processId();
        qint64 ms = 0;
        for (int i = 0; i < 20; ++i)
            QCOMPARE(probe(port, &ms), 200);
        const qint64 rssBefore = rssKiB(pid);

        Socket greedy(port, 4096);
        QVERIFY(greedy.ok());
        greedy.setNonBlocking();
        QByteArray batch;
        for (int i = 0; i < 200; ++i)
            batch += request();
        qint64 sent = 0;
        qint64 rssPeak = rssBefore;
        QElapsedTimer t;
        t.start();
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        qsizetype offset = 0;
        // Push for up to 3 s, until sends have made no progress for 300 ms: the server stopped reading.
        while (t.elapsed() < 3000 && sinceProgress.elapsed() < 300) {
            const ssize_t n
                = ::send(greedy.fd(), batch.constData() + offset, size_t(batch.size() - offset), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                offset = (offset + n) % batch.size();
                sinceProgress.restart();
            } else {
                QTest::qWait(5);
            }
            rssPeak = std::max(rssPeak, rssKiB(pid));
        }
        QVERIFY2(sinceProgress.elapsed() >= 300, "the server never stopped reading a client that does not read");
        // The kernel's buffers hold much of what was sent; once the server has answered what it read, it rests.
        QVERIFY2(waitUntilQuiet(pid, 15000), "the server keeps working for a client that does not read");
        QElapsedTimer stalled;
        stalled.start();
        rssPeak = std::max(rssPeak, rssKiB(pid));
        qInfo("non-reading client: its sends blocked after %lld bytes (%lld requests, most still in kernel buffers); "
              "RSS %lld KiB -> %lld KiB",
              sent, sent / request().size(), rssBefore, rssPeak);
        QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));

        // While it is stalled: others are served at once, and the server idles.
        const qint64 cpuBefore = cpuMs(pid);
        QElapsedTimer window;
        window.start();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(probe(port, &ms), 200);
            QVERIFY2(ms < 500, qPrintable(QString::number(ms)));
            QTest::qWait(100);
        }
        const qint64 cpuUsed = cpuMs(pid) - cpuBefore;
        const qint64 windowMs = window.elapsed();
        rssPeak = std::max(rssPeak, rssKiB(pid));
        qInfo("while stalled: %lld ms CPU in %lld ms; RSS peak %lld KiB (+%lld KiB)", cpuUsed, windowMs, rssPeak,
              rssPeak - rssBefore);
        QVERIFY2(cpuUsed * 4 < windowMs, qPrintable(QString::number(cpuUsed)));
        QVERIFY2(rssPeak - rssBefore < kMemoryFactor * 8 * 1024, qPrintable(QString::number(rssPeak - rssBefore)));

        // Closed within the idle timeout of its last read, although its answers are pending.
        QVERIFY(QTest::qWaitFor([&] { return !greedy.established(); }, idleMs + 3000));
        qInfo("closed %lld ms after it stopped taking answers (idle timeout %d ms)", stalled.elapsed(), idleMs);
        QVERIFY2(stalled.elapsed() <= idleMs + 1500, qPrintable(QString::number(stalled.elapsed())));
        QCOMPARE(probe(port, &ms), 200);
    }

    /// 1,100 silent connections against a sandbox limited to 1,024 descriptors: the longest-idle ones make
    /// room, a new client is answered within a second, the server never spins and never runs out of descriptors.
    void idleConnectionsAtTheDescriptorLimit()
    {
        quint16 port = 0;
        QProcess* sandbox = startSandbox({}, 1024, &port);
        QVERIFY(sandbox);
        const qint64 pid = sandbox->processId();
        qint64 ms = 0;
        QCOMPARE(probe(port, &ms), 200);
        const qint64 rssBefore = rssKiB(pid);

        std::vector<Socket> idle;
        idle.reserve(1100);
        for (int i = 0; i < 1100; ++i) {
            idle.emplace_back(port);
            QVERIFY2(idle.back().ok(), qPrintable(QString::number(i)));
        }
        // Let the server take them all in (the oldest are closed to make room).
        QTest::qWait(500);
        int peakFds = 0;
        const qint64 cpuBefore = cpuMs(pid);
        QElapsedTimer window;
        window.start();
        qint64 slowest = 0;
        for (int i = 0; i < 5; ++i) {
            QByteArray answer;
            QCOMPARE(probe(port, &ms, &answer), 200);
            slowest = std::max(slowest, ms);
            peakFds = std::max(peakFds, openDescriptors(pid));
            QTest::qWait(300);
        }
        const qint64 cpuUsed = cpuMs(pid) - cpuBefore;
        const qint64 windowMs = window.elapsed();
        const qint64 rssAfter = rssKiB(pid);
        int closedByServer = 0;
        for (const Socket& s : idle)
            closedByServer += s.established() ? 0 : 1;
        qInfo("1,100 idle connections, ulimit -n 1024: slowest new client %lld ms; %lld ms CPU in %lld ms; %d "
              "descriptors open; %d idle connections closed to make room; RSS %lld -> %lld KiB",
              slowest, cpuUsed, windowMs, peakFds, closedByServer, rssBefore, rssAfter);
        QVERIFY2(slowest < 1000, qPrintable(QString::number(slowest)));
        QVERIFY2(cpuUsed * 10 < windowMs, qPrintable(QString::number(cpuUsed))); // under 10 %: no busy loop
        QVERIFY2(peakFds < 1024, qPrintable(QString::number(peakFds)));
        QVERIFY(closedByServer >= 1100 - 1024);
        QVERIFY2(rssAfter - rssBefore < kMemoryFactor * 24 * 1024, qPrintable(QString::number(rssAfter - rssBefore)));
    }

    /// 1,000 connections that send a header line now and then and never finish: others are answered within a
    /// second (503 + Retry-After while every slot holds a request younger than a second, 200 after that, the
    /// oldest slow request making way), the server stays cool, and each slow request gets 408 at the timeout.
    void slowloris()
    {
        const int requestTimeoutMs = 3000;
        quint16 port = 0;
        QProcess* sandbox
            = startSandbox({ QStringLiteral("--request-timeout"), QString::number(requestTimeoutMs) }, 1024, &port);
        QVERIFY(sandbox);
        const qint64 pid = sandbox->processId();
        qint64 ms = 0;
        QCOMPARE(probe(port, &ms), 200);
        const qint64 rssBefore = rssKiB(pid);

        QElapsedTimer flood;
        flood.start();
        std::vector<Socket> slow;
        slow.reserve(1000);
        for (int i = 0; i < 1000; ++i) {
            slow.emplace_back(port);
            QVERIFY(slow.back().ok());
            QVERIFY(slow.back().sendAll("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        }
        const qint64 cpuBefore = cpuMs(pid);
        QElapsedTimer window;
        window.start();
        qint64 slowest = 0;
        int probes = 0;
        int served = 0;
        while (flood.elapsed() < requestTimeoutMs - 700) {
            for (Socket& s : slow)
                (void)s.sendAll("X-Slow: 1\r\n");
            QByteArray answer;
            const int status = probe(port, &ms, &answer);
            if (status == 503 && flood.elapsed() < 1200)
                QCOMPARE(headerOf(answer, "retry-after"), QByteArray("1"));
            else
                QCOMPARE(status, 200);
            served += status == 200 ? 1 : 0;
            slowest = std::max(slowest, ms);
            ++probes;
            QTest::qWait(250);
        }
        const qint64 cpuUsed = cpuMs(pid) - cpuBefore;
        const qint64 windowMs = window.elapsed();
        const qint64 rssPeak = rssKiB(pid);
        // At the request timeout every slow request that is still open gets 408 and is closed.
        int timedOut = 0;
        int closedEarlier = 0;
        for (Socket& s : slow) {
            const QByteArray answer = s.readAnswer(requestTimeoutMs + 2000);
            const int status = statusOf(answer);
            timedOut += status == 408 ? 1 : 0;
            closedEarlier += status == 0 || status == 503 ? 1 : 0;
        }
        qInfo("slowloris of 1,000, ulimit -n 1024: %d probes (%d served, the others 503 in the first second), "
              "slowest %lld ms; %lld ms CPU in %lld ms; RSS %lld -> "
              "%lld KiB; %d answered 408, %d closed earlier to make room",
              probes, served, slowest, cpuUsed, windowMs, rssBefore, rssPeak, timedOut, closedEarlier);
        QVERIFY2(slowest < 1000, qPrintable(QString::number(slowest)));
        QVERIFY(served >= 3);
        QVERIFY2(cpuUsed * 4 < windowMs, qPrintable(QString::number(cpuUsed))); // under 25 %
        QVERIFY2(rssPeak - rssBefore < kMemoryFactor * 24 * 1024, qPrintable(QString::number(rssPeak - rssBefore)));
        QVERIFY2(timedOut >= 800, qPrintable(QString::number(timedOut)));
        QCOMPARE(timedOut + closedEarlier, 1000);
        QTRY_VERIFY_WITH_TIMEOUT(openDescriptors(pid) < 64, 5000);
    }

    /// Every slot busy with a request in progress: a newcomer gets 503 with Retry-After in Monime's envelope,
    /// never a reset; once the oldest request has been trickling in for a second, it makes way.
    void busyAnswerWhenEverySlotIsBusy()
    {
        quint16 port = 0;
        QProcess* sandbox = startSandbox({ QStringLiteral("--max-connections"), QStringLiteral("20") }, 0, &port);
        QVERIFY(sandbox);
        std::vector<Socket> busy;
        for (int i = 0; i < 20; ++i) {
            busy.emplace_back(port);
            QVERIFY(busy.back().sendAll("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
        }
        QTest::qWait(100);
        qint64 ms = 0;
        QByteArray answer;
        QCOMPARE(probe(port, &ms, &answer), 503);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(headerOf(answer, "retry-after"), QByteArray("1"));
        QCOMPARE(headerOf(answer, "connection"), QByteArray("close"));
        const QJsonObject body = QJsonDocument::fromJson(bodyOf(answer)).object();
        QCOMPARE(body.value(QLatin1String("success")).toBool(true), false);
        const QJsonObject error = body.value(QLatin1String("error")).toObject();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), 503);
        QCOMPARE(error.value(QLatin1String("reason")).toString(), QStringLiteral("server_busy"));
        QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());

        QTest::qWait(1100);
        QCOMPARE(probe(port, &ms), 200);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        // The request that made way was told why.
        int told = 0;
        for (Socket& s : busy)
            told += statusOf(s.readAnswer(50)) == 503 ? 1 : 0;
        QCOMPARE(told, 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOverload)
#include "tst_sandboxoverload.moc"
