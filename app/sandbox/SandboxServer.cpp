// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include "store/InventoryWatcher.h"

#include "core/Clock.h"
#include "domain/IpRule.h"
#include "domain/TokenSecret.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/UsageWriter.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace monime {

namespace {

constexpr qsizetype kMaxQueuedUsage = 200000;
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr int kSocketBuffer = 256 * 1024; ///< SO_SNDBUF and SO_RCVBUF of every connection (the kernel doubles it)
constexpr int kLingerMs = 2000; ///< how long a finished connection waits for its peer to close
constexpr int kBusyAllowance = 16; ///< connections over the limit that may still get a 503 before closing
constexpr int kReserveBeyondOpen = 48; ///< descriptors kept free beyond those open at start
constexpr int kAcceptRetryMs = 100;
constexpr int kEvictRequestAfterMs = 1000; ///< a request arriving for longer may be dropped for a newcomer

QByteArrayView statusLine(int status)
{
    switch (status) {
    case 100:
        return "HTTP/1.1 100 Continue\r\n";
    case 200:
        return "HTTP/1.1 200 OK\r\n";
    case 201:
        return "HTTP/1.1 201 Created\r\n";
    case 400:
        return "HTTP/1.1 400 Bad Request\r\n";
    case 401:
        return "HTTP/1.1 401 Unauthorized\r\n";
    case 403:
        return "HTTP/1.1 403 Forbidden\r\n";
    case 404:
        return "HTTP/1.1 404 Not Found\r\n";
    case 405:
        return "HTTP/1.1 405 Method Not Allowed\r\n";
    case 408:
        return "HTTP/1.1 408 Request Timeout\r\n";
    case 409:
        return "HTTP/1.1 409 Conflict\r\n";
    case 413:
        return "HTTP/1.1 413 Content Too Large\r\n";
    case 414:
        return "HTTP/1.1 414 URI Too Long\r\n";
    case 417:
        return "HTTP/1.1 417 Expectation Failed\r\n";
    case 422:
        return "HTTP/1.1 422 Unprocessable Content\r\n";
    case 429:
        return "HTTP/1.1 429 Too Many Requests\r\n";
    case 431:
        return "HTTP/1.1 431 Request Header Fields Too Large\r\n";
    case 500:
        return "HTTP/1.1 500 Internal Server Error\r\n";
    case 501:
        return "HTTP/1.1 501 Not Implemented\r\n";
    case 503:
        return "HTTP/1.1 503 Service Unavailable\r\n";
    case 505:
        return "HTTP/1.1 505 HTTP Version Not Supported\r\n";
    default:
        return "HTTP/1.1 500 Internal Server Error\r\n";
    }
}

void appendNumber(QByteArray& out, quint64 n, int base = 10)
{
    char digits[24];
    int i = sizeof digits;
    do {
        const int d = int(n % unsigned(base));
        digits[--i] = char(d < 10 ? '0' + d : 'a' + d - 10);
        n /= unsigned(base);
    } while (n != 0);
    out.append(digits + i, qsizetype(sizeof digits) - i);
}

/// The peer of an accepted descriptor; an IPv4 caller on a dual-stack socket (::ffff:a.b.c.d) as IPv4.
IpAddress peerAddress(int fd)
{
    sockaddr_storage ss {};
    socklen_t len = sizeof ss;
    IpAddress a;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0)
        return a;
    if (ss.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
        std::memcpy(a.bytes.data(), &in->sin_addr, 4);
        a.v4 = true;
    } else if (ss.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
        if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
            std::memcpy(a.bytes.data(), in6->sin6_addr.s6_addr + 12, 4);
            a.v4 = true;
        } else {
            std::memcpy(a.bytes.data(), in6->sin6_addr.s6_addr, 16);
            a.v4 = false;
        }
    }
    return a;
}

int openDescriptors()
{
    const int n = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
    return n > 0 ? n : 16;
}

} // namespace

struct SandboxServer::Connection
{
    int fd = -1;
    QSocketNotifier* reader = nullptr;
    QSocketNotifier* writer = nullptr; ///< made on the first answer that does not go out at once
    QByteArray in; ///< received, not yet served (part of a request, or requests held back by a full output)
    QByteArray out; ///< answers not yet sent, from outPos
    qsizetype outPos = 0;
    IpAddress caller;
    QString callerText;
    qint64 lastActiveMs = 0; ///< last request byte or answer
    qint64 lastOutputProgressMs = 0; ///< when the peer last took some of `out`, or `out` became non-empty
    qint64 requestStartedMs = -1; ///< when the first byte of a still-incomplete request came
    qint64 lingerSinceMs = -1; ///< finished: FIN sent, waiting for the peer's
    bool closing = false; ///< the last answer is queued; finish once it is sent
    bool reading = true;
    bool continueSent = false;

    qint64 pending() const { return out.size() - outPos; }
    bool idle() const { return !closing && lingerSinceMs < 0 && in.isEmpty() && pending() == 0; }
};

SandboxServer::SandboxServer(QString databasePath, const Catalog& catalog, const Clock& clock, SandboxOptions options,
                             QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_catalog(&catalog)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_requestIdPrefix = "req-" + TokenSecret::randomBase62(8) + '-';
    m_uptime.start();
}

SandboxServer::SandboxServer(SandboxRequestHandler& handler, const Clock& clock, SandboxOptions options,
                             QObject* parent)
    : QObject(parent)
    , m_external(&handler)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_requestIdPrefix = "req-" + TokenSecret::randomBase62(8) + '-';
    m_uptime.start();
}

SandboxServer::~SandboxServer()
{
    stop();
}

Result<quint16> SandboxServer::start()
{
    if (isListening())
        return port();
    if (m_external) {
        m_handler = m_external;
        return listen();
    }
    auto db = Database::open(m_databasePath);
    if (!db.ok())
        return db.error();
    m_database = std::move(db).value();
    m_api = std::make_unique<SandboxApi>(*m_database, *m_catalog, m_clock, m_options);
    if (!m_options.statePath.isEmpty() && QFile::exists(m_options.statePath)) {
        QFile file(m_options.statePath);
        QJsonParseError parseError {};
        const QJsonDocument state
            = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError) : QJsonDocument();
        if (!state.isObject()
            || state.object().value(QLatin1String("format")).toString() != QLatin1String("monime-sandbox/state")) {
            m_api.reset();
            m_database.reset();
            return makeError(QStringLiteral("state_unreadable"), QStringLiteral("state"),
                             QCoreApplication::translate("monime::SandboxServer",
                                                         "Cannot read the sandbox state %1: %2. Move it away or "
                                                         "choose another --state file.")
                                 .arg(m_options.statePath,
                                      file.error() != QFile::NoError
                                          ? file.errorString()
                                          : QCoreApplication::translate("monime::SandboxServer",
                                                                        "not a monime-sandbox state file")));
        }
        m_api->loadState(state.object());
    }
    m_handler = m_api.get();
    if (m_database->isPostgres())
        watchTeamDatabase();
    auto listening = listen();
    if (!listening.ok())
        return listening;

    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("monime-usage-writer"));
    m_writer = new UsageWriter(m_databasePath);
    m_writer->moveToThread(m_writerThread);
    connect(m_writer, &UsageWriter::written, this, &SandboxServer::usageFlushed);
    connect(m_writer, &UsageWriter::failed, this,
            [](const QString& message) { qWarning("monime-sandbox: usage not recorded: %s", qPrintable(message)); });
    m_writerThread->start(QThread::LowPriority);
    // The thread makes its event dispatcher (an eventfd) only once it runs; wait for that here, so every
    // descriptor the server needs is taken before start() returns. A thread that got there after the descriptors
    // ran out would end the process: GLib aborts when it cannot make its wakeup descriptor.
    if (m_writerThread->isRunning())
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
    return listening;
}

void SandboxServer::watchTeamDatabase()
{
    // A revocation by a teammate reaches the cache through NOTIFY within milliseconds; a lost server leaves the
    // cache as it is, so the tokens already checked keep being served, and the log says so.
    m_watcher = new InventoryWatcher(m_databasePath, this);
    connect(m_watcher, &InventoryWatcher::changed, this, [this] {
        if (m_api)
            m_api->cache().clear();
    });
    connect(m_watcher, &InventoryWatcher::stateChanged, this,
            [this](InventoryWatcher::State state, const QString& problem) {
                if (!m_api)
                    return;
                GrantCache& cache = m_api->cache();
                if (state == InventoryWatcher::State::Offline) {
                    cache.setOffline(true);
                    qWarning("monime-sandbox: %s",
                             qPrintable(QCoreApplication::translate(
                                            "monime::SandboxServer",
                                            "the team database cannot be reached (%1); serving from the cache (%n "
                                            "token(s) already checked) until it is back. Tokens not yet checked are "
                                            "refused meanwhile.",
                                            nullptr, int(cache.size()))
                                            .arg(problem)));
                    return;
                }
                (void)m_database->reconnect();
                cache.setOffline(false);
                cache.setPushed(true);
                cache.clear();
                qWarning("monime-sandbox: %s",
                         qPrintable(QCoreApplication::translate("monime::SandboxServer",
                                                                "the team database is back; tokens are checked "
                                                                "against it again.")));
            });
    m_api->cache().setPushed(m_watcher->start().ok());
}

Result<quint16> SandboxServer::listen()
{

    // Stay below the descriptor limit: raise the soft limit towards what the cap needs (the hard limit allows it
    // without privileges), then keep a reserve for what else the process opens and for busy answers.
    const int reserve = openDescriptors() + kReserveBeyondOpen + kBusyAllowance;
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        const rlim_t wanted = rlim_t(m_options.maxConnections) + rlim_t(reserve);
        if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < wanted && limit.rlim_cur < limit.rlim_max) {
            rlimit raised = limit;
            raised.rlim_cur = std::min(wanted, limit.rlim_max);
            if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
                limit = raised;
        }
        const qint64 room
            = limit.rlim_cur == RLIM_INFINITY ? qint64(m_options.maxConnections) : qint64(limit.rlim_cur) - reserve;
        m_connectionLimit = int(std::clamp<qint64>(room, 1, m_options.maxConnections));
    } else {
        m_connectionLimit = m_options.maxConnections;
    }

    // `::` means every address: a dual-stack socket (IPV6_V6ONLY off), so IPv4 callers are served too.
    QHostAddress address = m_options.address;
    if (address.protocol() == QAbstractSocket::IPv6Protocol && address == QHostAddress(QHostAddress::AnyIPv6))
        address = QHostAddress(QHostAddress::Any);
    m_server = new QTcpServer(this);
    m_server->setListenBacklogSize(1024);
    if (!m_server->listen(address, m_options.port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        m_handler = nullptr;
        m_api.reset();
        m_database.reset();
        return makeError(QStringLiteral("listen_failed"), QStringLiteral("port"),
                         QCoreApplication::translate("monime::SandboxServer",
                                                     "Cannot listen on %1 port %2: %3. Choose another port (0 picks "
                                                     "a free one).")
                             .arg(m_options.address.toString())
                             .arg(m_options.port)
                             .arg(why));
    }
    // QTcpServer binds and listens; the server accepts itself. Qt 6.4 takes EMFILE for a temporary error and
    // polls the listening socket again at once: a busy loop for as long as descriptors are short.
    m_server->pauseAccepting();
    m_acceptNotifier = new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_acceptNotifier, &QSocketNotifier::activated, this, &SandboxServer::acceptPending);
    // Accepted sockets inherit these: the kernel's share of what one peer can leave unread (or unsent) stays
    // small too, instead of growing to megabytes per connection by autotuning.
    const int socketBuffer = kSocketBuffer;
    ::setsockopt(int(m_server->socketDescriptor()), SOL_SOCKET, SO_SNDBUF, &socketBuffer, sizeof socketBuffer);
    ::setsockopt(int(m_server->socketDescriptor()), SOL_SOCKET, SO_RCVBUF, &socketBuffer, sizeof socketBuffer);
    m_scratch.resize(kReadChunk);
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(
        std::max(10, std::min({ m_options.idleTimeoutMs, m_options.requestTimeoutMs, kLingerMs }) / 4));
    connect(m_sweepTimer, &QTimer::timeout, this, &SandboxServer::sweep);
    m_sweepTimer->start();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_options.usageFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &SandboxServer::flushUsage);
    m_flushTimer->start();
    m_resumeTimer = new QTimer(this);
    m_resumeTimer->setSingleShot(true);
    m_resumeTimer->setInterval(kAcceptRetryMs);
    connect(m_resumeTimer, &QTimer::timeout, this, &SandboxServer::resumeAccepting);
    return port();
}

void SandboxServer::stop()
{
    delete m_acceptNotifier;
    m_acceptNotifier = nullptr;
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    delete m_sweepTimer;
    m_sweepTimer = nullptr;
    delete m_flushTimer;
    m_flushTimer = nullptr;
    delete m_resumeTimer;
    m_resumeTimer = nullptr;
    std::vector<Connection*> open;
    for (auto& entry : m_open)
        open.push_back(entry.second.get());
    for (Connection* c : open)
        close(*c, false);
    if (m_writer) {
        flushUsage();
        // Queued after the last batch, so everything handed over is written before the connection closes.
        UsageWriter* writer = m_writer;
        QMetaObject::invokeMethod(
            writer, [writer] { writer->close(); }, Qt::BlockingQueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
        delete m_writer;
        m_writer = nullptr;
        delete m_writerThread;
        m_writerThread = nullptr;
    }
    saveState();
    m_handler = nullptr;
    m_api.reset();
    m_database.reset();
}

bool SandboxServer::saveState()
{
    if (!m_api || m_options.statePath.isEmpty() || !m_api->changed())
        return true;
    QSaveFile file(m_options.statePath);
    const QByteArray bytes = QJsonDocument(m_api->saveState()).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qWarning("monime-sandbox: state not saved to %s: %s", qPrintable(m_options.statePath),
                 qPrintable(file.errorString()));
        return false;
    }
    return true;
}

bool SandboxServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 SandboxServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_server ? m_server->serverAddress() : m_options.address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

void SandboxServer::acceptPending()
{
    const int listening = int(m_server->socketDescriptor());
    for (int i = 0; i < 64; ++i) { // a bounded batch, then the connections get their turn
        const int fd = ::accept4(listening, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            incoming(fd);
            continue;
        }
        if (errno == EINTR || errno == ECONNABORTED || errno == EPROTO)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        // accept() fails with EMFILE before it looks at the queue: only act if a connection is really waiting.
        pollfd waiting { listening, POLLIN, 0 };
        if (::poll(&waiting, 1, 0) <= 0)
            return;
        // Out of descriptors or memory (EMFILE, ENFILE, ENOBUFS, ENOMEM): stop polling the listening socket.
        // Free a slot if one is idle and try again at once; else when a connection closes, or in 100 ms.
        m_acceptPaused = true;
        m_acceptNotifier->setEnabled(false);
        if (!evictOne()) {
            if (!m_resumeTimer->isActive())
                m_resumeTimer->start();
            return;
        }
    }
}

void SandboxServer::incoming(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    const qint64 now = m_uptime.elapsed();
    const bool full = int(m_open.size()) >= m_connectionLimit && !evictOne();
    if (full && int(m_open.size()) >= m_connectionLimit + kBusyAllowance) {
        ::close(fd); // not even room for a busy answer; cannot happen while the cap holds
        return;
    }

    auto owned = std::make_unique<Connection>();
    Connection& c = *owned;
    c.fd = fd;
    c.caller = peerAddress(fd);
    c.lastActiveMs = now;
    c.reader = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    Connection* self = &c;
    connect(c.reader, &QSocketNotifier::activated, this, [this, fd, self] {
        auto it = m_open.find(fd);
        if (it != m_open.end() && it->second.get() == self)
            readable(*self);
    });
    m_open.emplace(fd, std::move(owned));
    if (full) {
        // Every slot is busy: say so in Monime's envelope, then close, rather than reset the connection.
        HttpResponse r
            = m_handler->serverError(503, QLatin1String("server_busy"),
                                     QCoreApplication::translate("monime::SandboxServer",
                                                                 "The sandbox has too many open connections. "
                                                                 "Try again in a second."));
        r.headers.append(HttpHeader { "Retry-After", "1" });
        answer(c, r, false);
        flush(c);
    }
}

void SandboxServer::resumeAccepting()
{
    if (!m_acceptPaused || !m_acceptNotifier)
        return;
    m_acceptPaused = false;
    m_resumeTimer->stop();
    m_acceptNotifier->setEnabled(true);
}

void SandboxServer::setReading(Connection& c, bool on)
{
    if (c.reading == on)
        return;
    c.reading = on;
    c.reader->setEnabled(on);
}

bool SandboxServer::outputFull(const Connection& c) const
{
    const qint64 pending = c.pending();
    return pending > kMaxPendingOutputPerConnection || (pending > 0 && m_pendingOutput > kMaxPendingOutputTotal);
}

void SandboxServer::readable(Connection& c)
{
    const qint64 now = m_uptime.elapsed();
    if (c.lingerSinceMs >= 0) {
        // Draining what a finished peer still sends; its close (0) or an error ends it.
        const ssize_t n = ::recv(c.fd, m_scratch.data(), size_t(m_scratch.size()), 0);
        if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR))
            close(c, false);
        return;
    }
    if (c.closing) {
        setReading(c, false); // the last answer is on its way; finish() reads again
        return;
    }
    const ssize_t n = ::recv(c.fd, m_scratch.data(), size_t(m_scratch.size()), 0);
    if (n < 0) {
        if (errno != EAGAIN && errno != EINTR)
            close(c, true);
        return;
    }
    if (n == 0) {
        // The peer will send nothing more: answer what is complete, then close.
        setReading(c, false);
        c.closing = true;
        if (c.pending() == 0)
            close(c, false);
        return;
    }
    c.lastActiveMs = now;
    const QByteArrayView input(m_scratch.constData(), n);
    if (c.in.isEmpty()) {
        const qsizetype used = serve(c, input);
        if (used < input.size() && !c.closing)
            c.in = input.sliced(used).toByteArray();
    } else {
        c.in.append(input.data(), input.size());
        c.in.remove(0, serve(c, c.in));
    }
    afterServing(c);
}

void SandboxServer::afterServing(Connection& c)
{
    if (c.closing) {
        c.in.clear();
        setReading(c, false);
    }
    if (flush(c) && !c.closing && c.lingerSinceMs < 0)
        setReading(c, !outputFull(c)); // resumed in writable() once the peer reads
}

void SandboxServer::writable(Connection& c)
{
    if (!flush(c))
        return;
    if (c.reading || c.closing || c.lingerSinceMs >= 0)
        return;
    if (c.pending() > kMaxPendingOutputPerConnection / 2
        || (c.pending() > 0 && m_pendingOutput > kMaxPendingOutputTotal / 2))
        return;
    serveBuffered(c);
}

void SandboxServer::serveBuffered(Connection& c)
{
    if (!c.in.isEmpty())
        c.in.remove(0, serve(c, c.in));
    afterServing(c);
}

qsizetype SandboxServer::serve(Connection& c, QByteArrayView input)
{
    const HttpRequestParser parser(m_options.limits);
    qsizetype pos = 0;
    while (!c.closing && pos < input.size()) {
        if (outputFull(c))
            break; // the client does not read its answers; the rest waits, and so does the socket
        HttpRequest request;
        HttpParseError error;
        qsizetype consumed = 0;
        QElapsedTimer latency;
        latency.start();
        const auto status = parser.parse(input.sliced(pos), request, consumed, error);
        if (status == HttpRequestParser::Status::NeedMore || status == HttpRequestParser::Status::ExpectContinue) {
            if (c.requestStartedMs < 0)
                c.requestStartedMs = m_uptime.elapsed();
            if (status == HttpRequestParser::Status::ExpectContinue && !c.continueSent) {
                if (c.pending() == 0)
                    c.lastOutputProgressMs = m_uptime.elapsed();
                c.out += statusLine(100);
                c.out += "\r\n";
                m_pendingOutput += statusLine(100).size() + 2;
                c.continueSent = true;
            }
            break;
        }
        c.requestStartedMs = -1;
        c.continueSent = false;
        UsageRecord usage;
        usage.atMs = m_clock.now().toMSecsSinceEpoch();
        usage.callerIp = c.callerText.isEmpty() ? (c.callerText = c.caller.toString()) : c.callerText;
        if (status == HttpRequestParser::Status::Failed) {
            const HttpResponse r = m_handler->serverError(
                error.status, QLatin1String(error.reason),
                QCoreApplication::translate("monime::HttpRequestParser", error.message.constData()));
            answer(c, r, false);
            usage.method = QStringLiteral("-");
            usage.path = QStringLiteral("-");
            usage.status = r.status;
            usage.reason = QString::fromLatin1(error.reason);
            pos = input.size(); // nothing after a malformed request can be trusted
        } else {
            pos += consumed;
            RequestFacts facts;
            const HttpResponse r = m_handler->handle(request, c.caller, facts);
            answer(c, r, request.keepAlive, request.method == "HEAD");
            usage.method = QString::fromLatin1(request.method);
            usage.path = QString::fromUtf8(request.path.left(512));
            usage.status = r.status;
            usage.tokenId = facts.tokenId;
            usage.spaceId = facts.spaceId.left(64);
            usage.environment = facts.environment;
            usage.reason = facts.reason;
        }
        usage.latencyUs = latency.nsecsElapsed() / 1000;
        if (!m_writer)
            continue; // another API than Monime's: no inventory, no usage rows
        if (m_usage.size() + (m_writer ? m_writer->pending().load() : 0) < kMaxQueuedUsage)
            m_usage.append(std::move(usage));
        else
            ++m_droppedUsage;
    }
    return pos;
}

void SandboxServer::refreshDate()
{
    const std::time_t now = std::time(nullptr);
    if (now == m_dateSecond)
        return;
    m_dateSecond = now;
    // IMF-fixdate (RFC 9110 §5.6.7), English names whatever the locale.
    static const char* const days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char* const months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    std::tm tm {};
    ::gmtime_r(&now, &tm);
    std::snprintf(m_date, sizeof m_date, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday], tm.tm_mday,
                  months[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
}

void SandboxServer::answer(Connection& c, const HttpResponse& r, bool keepAlive, bool headOnly)
{
    refreshDate();
    QByteArray& out = c.out;
    const qsizetype before = out.size();
    if (c.pending() == 0)
        c.lastOutputProgressMs = m_uptime.elapsed();
    const qsizetype needed = before + r.body.size() + 320;
    if (out.capacity() < needed)
        out.reserve(std::max(needed, 2 * out.capacity())); // geometric: pipelined answers append in place
    out += statusLine(r.status);
    out += "Date: ";
    out += m_date;
    out += "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ";
    appendNumber(out, quint64(r.body.size()));
    out += "\r\n";
    out += m_handler->requestIdHeader();
    out += ": ";
    out += m_requestIdPrefix;
    appendNumber(out, ++m_requestCounter, 36);
    out += "\r\n";
    for (const auto& h : r.headers) {
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    out += keepAlive ? QByteArrayView("Connection: keep-alive\r\n\r\n") : QByteArrayView("Connection: close\r\n\r\n");
    if (!headOnly)
        out += r.body;
    m_pendingOutput += out.size() - before;
    c.lastActiveMs = m_uptime.elapsed();
    if (!keepAlive)
        c.closing = true;
}

void SandboxServer::answerError(Connection& c, int status, QLatin1String reason, const QString& message)
{
    answer(c, m_handler->serverError(status, reason, message), false);
}

bool SandboxServer::flush(Connection& c)
{
    while (c.outPos < c.out.size()) {
        const ssize_t n = ::send(c.fd, c.out.constData() + c.outPos, size_t(c.out.size() - c.outPos), MSG_NOSIGNAL);
        if (n > 0) {
            c.outPos += n;
            m_pendingOutput -= n;
            c.lastOutputProgressMs = m_uptime.elapsed();
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            break;
        } else {
            close(c, true);
            return false;
        }
    }
    if (c.outPos == c.out.size()) {
        c.outPos = 0;
        if (c.out.capacity() > 64 * 1024)
            c.out = QByteArray();
        else
            c.out.resize(0);
        if (c.writer)
            c.writer->setEnabled(false);
        if (c.closing)
            finish(c);
        return true;
    }
    if (c.outPos > 64 * 1024) {
        c.out.remove(0, c.outPos);
        c.outPos = 0;
    }
    if (!c.writer) {
        c.writer = new QSocketNotifier(qintptr(c.fd), QSocketNotifier::Write, this);
        const int fd = c.fd;
        Connection* self = &c;
        connect(c.writer, &QSocketNotifier::activated, this, [this, fd, self] {
            auto it = m_open.find(fd);
            if (it != m_open.end() && it->second.get() == self)
                writable(*self);
        });
    }
    c.writer->setEnabled(true);
    return true;
}

void SandboxServer::finish(Connection& c)
{
    if (c.lingerSinceMs >= 0)
        return;
    ::shutdown(c.fd, SHUT_WR);
    c.lingerSinceMs = m_uptime.elapsed();
    c.in.clear();
    c.in.squeeze();
    setReading(c, true); // to see the peer's close, and discard what it still sends
}

void SandboxServer::close(Connection& c, bool reset)
{
    const int fd = c.fd;
    if (reset) {
        // RST: the kernel drops what the peer did not take instead of keeping it for a peer that does not read.
        const linger hard { 1, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
    m_pendingOutput -= c.pending();
    c.reader->setEnabled(false);
    c.reader->deleteLater();
    if (c.writer) {
        c.writer->setEnabled(false);
        c.writer->deleteLater();
    }
    ::close(fd);
    m_open.erase(fd); // destroys c
    if (m_acceptPaused)
        resumeAccepting(); // a descriptor is free
}

bool SandboxServer::evictOne()
{
    const qint64 now = m_uptime.elapsed();
    Connection* idle = nullptr;
    Connection* lingering = nullptr;
    Connection* slow = nullptr;
    for (auto& entry : m_open) {
        Connection* c = entry.second.get();
        if (c->idle()) {
            if (!idle || c->lastActiveMs < idle->lastActiveMs)
                idle = c;
        } else if (c->lingerSinceMs >= 0) {
            if (!lingering || c->lingerSinceMs < lingering->lingerSinceMs)
                lingering = c;
        } else if (c->requestStartedMs >= 0 && c->pending() == 0 && now - c->requestStartedMs >= kEvictRequestAfterMs) {
            if (!slow || c->requestStartedMs < slow->requestStartedMs)
                slow = c;
        }
    }
    if (idle) {
        close(*idle, false);
        return true;
    }
    if (lingering) {
        close(*lingering, false);
        return true;
    }
    if (slow) {
        // Its request has been trickling in for a while; tell it why before the slot goes to a newcomer.
        answerError(*slow, 503, QLatin1String("server_busy"),
                    QCoreApplication::translate("monime::SandboxServer",
                                                "The sandbox has too many open connections. Try again in a second."));
        if (flush(*slow))
            close(*slow, false);
        return true;
    }
    return false;
}

void SandboxServer::sweep()
{
    const qint64 now = m_uptime.elapsed();
    std::vector<Connection*> finished, stalled, slow, idle;
    for (auto& entry : m_open) {
        Connection* c = entry.second.get();
        if (c->lingerSinceMs >= 0) {
            if (now - c->lingerSinceMs >= std::min(kLingerMs, m_options.idleTimeoutMs))
                finished.push_back(c);
        } else if (c->pending() > 0) {
            // The peer does not read: its answers pile up. Closed at the idle timeout, answers pending or not.
            if (now - c->lastOutputProgressMs >= m_options.idleTimeoutMs)
                stalled.push_back(c);
        } else if (c->requestStartedMs >= 0 && !c->closing) {
            if (now - c->requestStartedMs >= m_options.requestTimeoutMs)
                slow.push_back(c);
        } else if (now - c->lastActiveMs >= m_options.idleTimeoutMs) {
            idle.push_back(c);
        }
    }
    for (Connection* c : finished)
        close(*c, false);
    for (Connection* c : stalled)
        close(*c, true);
    for (Connection* c : slow) {
        answerError(*c, 408, QLatin1String("request_timeout"),
                    QCoreApplication::translate("monime::SandboxServer", "The request did not arrive in time."));
        c->in.clear();
        flush(*c);
    }
    for (Connection* c : idle)
        close(*c, false);
}

void SandboxServer::flushUsage()
{
    saveState();
    if (m_usage.isEmpty() || !m_writer)
        return;
    QList<UsageRecord> batch;
    batch.swap(m_usage);
    m_usage.reserve(batch.size()); // the next batch is likely as large: no regrowth per request
    m_writer->pending() += batch.size();
    UsageWriter* writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, batch = std::move(batch)] { writer->write(batch); }, Qt::QueuedConnection);
}

} // namespace monime
