// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxServer.h"

#include "core/Clock.h"
#include "domain/IpRule.h"
#include "domain/TokenSecret.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/UsageWriter.h"
#include "store/Database.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace monime {

namespace {

constexpr qsizetype kMaxQueuedUsage = 200000;
constexpr qint64 kMaxPendingOutput = 4 * 1024 * 1024;

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace

struct SandboxServer::Connection
{
    QTcpSocket* socket = nullptr;
    QByteArray buffer;
    IpAddress caller;
    QString callerText;
    qint64 lastActivityMs = 0;
    qint64 requestStartedMs = -1; ///< when the first byte of a still-incomplete request came
    bool closing = false;
};

SandboxServer::SandboxServer(QString databasePath, const Catalog& catalog, const Clock& clock, SandboxOptions options,
                             QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_catalog(catalog)
    , m_clock(clock)
    , m_options(std::move(options))
{
    m_requestIdPrefix = "req-" + TokenSecret::randomBase62(8);
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
    auto db = Database::openSqlite(m_databasePath);
    if (!db.ok())
        return db.error();
    m_database = std::move(db).value();
    m_api = std::make_unique<SandboxApi>(*m_database, m_catalog, m_clock, m_options);

    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(128);
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::accept);
    if (!m_server->listen(m_options.address, m_options.port)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
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
    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setInterval(std::max(10, std::min(m_options.idleTimeoutMs, m_options.requestTimeoutMs) / 4));
    connect(m_sweepTimer, &QTimer::timeout, this, &SandboxServer::sweep);
    m_sweepTimer->start();
    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(m_options.usageFlushMs);
    connect(m_flushTimer, &QTimer::timeout, this, &SandboxServer::flushUsage);
    m_flushTimer->start();

    m_writerThread = new QThread(this);
    m_writerThread->setObjectName(QStringLiteral("monime-usage-writer"));
    m_writer = new UsageWriter(m_databasePath);
    m_writer->moveToThread(m_writerThread);
    connect(m_writer, &UsageWriter::written, this, &SandboxServer::usageFlushed);
    connect(m_writer, &UsageWriter::failed, this,
            [](const QString& message) { qWarning("monime-sandbox: usage not recorded: %s", qPrintable(message)); });
    m_writerThread->start(QThread::LowPriority);
    return port();
}

void SandboxServer::stop()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    delete m_sweepTimer;
    m_sweepTimer = nullptr;
    delete m_flushTimer;
    m_flushTimer = nullptr;
    auto open = std::move(m_open);
    m_open.clear();
    for (auto& entry : open) {
        QTcpSocket* socket = entry.first;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
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
    m_api.reset();
    m_database.reset();
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

QByteArray SandboxServer::nextRequestId()
{
    return m_requestIdPrefix + '-' + QByteArray::number(++m_requestCounter, 36);
}

void SandboxServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto c = std::make_unique<Connection>();
        c->socket = socket;
        c->lastActivityMs = m_uptime.elapsed();
        // An IPv4 caller on a dual-stack listener shows as ::ffff:a.b.c.d; IpAddress keeps it as IPv4.
        QString peer = socket->peerAddress().toString();
        const qsizetype scope = peer.indexOf(QLatin1Char('%'));
        if (scope >= 0)
            peer.truncate(scope);
        if (auto ip = IpAddress::parse(peer))
            c->caller = *ip;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        const bool full = int(m_open.size()) >= m_options.maxConnections;
        Connection& ref = *c;
        m_open.emplace(socket, std::move(c));
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            auto it = m_open.find(socket);
            if (it != m_open.end() && !it->second->closing && !it->second->buffer.isEmpty()
                && socket->bytesToWrite() < kMaxPendingOutput / 2)
                readFrom(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                drop(socket);
        });
        if (full) {
            const HttpResponse r = SandboxApi::error(
                503, QLatin1String("server_busy"),
                QCoreApplication::translate("monime::SandboxServer", "Too many open connections; try again."));
            respond(ref, r.status, r.body, r.headers, false);
        }
    }
}

void SandboxServer::drop(QTcpSocket* socket)
{
    auto it = m_open.find(socket);
    if (it == m_open.end())
        return;
    m_open.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

void SandboxServer::respond(Connection& c, int status, const QByteArray& body,
                            const QList<QPair<QByteArray, QByteArray>>& headers, bool keepAlive)
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += statusText(status);
    out += "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ";
    out += QByteArray::number(body.size());
    out += "\r\nMonime-Request-Id: ";
    out += nextRequestId();
    out += "\r\n";
    for (const auto& h : headers) {
        out += h.first;
        out += ": ";
        out += h.second;
        out += "\r\n";
    }
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    out += body;
    c.socket->write(out);
    if (!keepAlive) {
        c.closing = true;
        c.buffer.clear();
        c.socket->disconnectFromHost(); // after the answer is written
    }
}

void SandboxServer::readFrom(QTcpSocket* socket)
{
    auto it = m_open.find(socket);
    if (it == m_open.end())
        return;
    Connection& c = *it->second;
    const qint64 nowMs = m_uptime.elapsed();
    c.lastActivityMs = nowMs;
    if (c.closing) {
        socket->readAll(); // the answer that closes the connection is on its way; ignore the rest
        return;
    }
    c.buffer += socket->readAll();
    const HttpRequestParser parser(m_options.limits);
    while (!c.closing && !c.buffer.isEmpty()) {
        if (socket->bytesToWrite() > kMaxPendingOutput)
            return; // the client does not read its answers; resume on bytesWritten
        HttpRequest request;
        HttpParseError error;
        qsizetype consumed = 0;
        QElapsedTimer latency;
        latency.start();
        const auto status = parser.parse(c.buffer, request, consumed, error);
        if (status == HttpRequestParser::Status::NeedMore) {
            if (c.requestStartedMs < 0)
                c.requestStartedMs = nowMs;
            return;
        }
        c.requestStartedMs = -1;
        UsageRecord usage;
        usage.atMs = m_clock.now().toMSecsSinceEpoch();
        usage.callerIp = c.caller.toString();
        if (status == HttpRequestParser::Status::Failed) {
            const HttpResponse r = SandboxApi::error(
                error.status, QLatin1String(error.reason),
                QCoreApplication::translate("monime::HttpRequestParser", error.message.constData()));
            respond(c, r.status, r.body, r.headers, false);
            usage.method = QStringLiteral("-");
            usage.path = QStringLiteral("-");
            usage.status = r.status;
            usage.reason = QString::fromLatin1(error.reason);
        } else {
            c.buffer.remove(0, consumed);
            RequestFacts facts;
            const HttpResponse r = m_api->handle(request, c.caller, facts);
            respond(c, r.status, r.body, r.headers, request.keepAlive);
            usage.method = QString::fromLatin1(request.method);
            usage.path = QString::fromUtf8(request.path.left(512));
            usage.status = r.status;
            usage.tokenId = facts.tokenId;
            usage.spaceId = facts.spaceId.left(64);
            usage.environment = facts.environment;
            usage.reason = facts.reason;
        }
        usage.latencyUs = latency.nsecsElapsed() / 1000;
        if (m_usage.size() + (m_writer ? m_writer->pending().load() : 0) < kMaxQueuedUsage)
            m_usage.append(std::move(usage));
        else
            ++m_droppedUsage;
    }
}

void SandboxServer::sweep()
{
    const qint64 nowMs = m_uptime.elapsed();
    QList<QTcpSocket*> idle;
    QList<QTcpSocket*> slow;
    for (auto& entry : m_open) {
        Connection& c = *entry.second;
        if (c.closing)
            continue;
        if (c.requestStartedMs >= 0 && nowMs - c.requestStartedMs >= m_options.requestTimeoutMs)
            slow.append(entry.first);
        else if (nowMs - c.lastActivityMs >= m_options.idleTimeoutMs && entry.first->bytesToWrite() == 0)
            idle.append(entry.first);
    }
    for (QTcpSocket* socket : slow) {
        auto it = m_open.find(socket);
        if (it == m_open.end())
            continue;
        const HttpResponse r = SandboxApi::error(
            408, QLatin1String("request_timeout"),
            QCoreApplication::translate("monime::SandboxServer", "The request did not arrive in time."));
        respond(*it->second, r.status, r.body, r.headers, false);
    }
    for (QTcpSocket* socket : idle) {
        auto it = m_open.find(socket);
        if (it == m_open.end())
            continue;
        it->second->closing = true;
        socket->disconnectFromHost();
    }
}

void SandboxServer::flushUsage()
{
    if (m_usage.isEmpty() || !m_writer)
        return;
    QList<UsageRecord> batch;
    batch.swap(m_usage);
    m_writer->pending() += batch.size();
    UsageWriter* writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [writer, batch = std::move(batch)] { writer->write(batch); }, Qt::QueuedConnection);
}

} // namespace monime
