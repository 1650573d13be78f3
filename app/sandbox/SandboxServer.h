// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sandbox/SandboxOptions.h"
#include "store/UsageRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <ctime>
#include <memory>
#include <unordered_map>

class QSocketNotifier;
class QTcpServer;
class QThread;
class QTimer;

namespace monime {

class Catalog;
class Clock;
class Database;
class SandboxApi;
class InventoryWatcher;
class SandboxRequestHandler;
class UsageWriter;
struct HttpResponse;

/// The local Monime API server: `GET /` as the seeds document it and `/v1/<resource>[/<id>]` for every
/// catalog service, behind DESIGN.md's enforcement table. Speaks HTTP/1.1 itself (keep-alive, pipelining,
/// HEAD, `Expect: 100-continue`, request size limits, idle and request timeouts, `Connection: close`), because
/// Qt HttpServer 6.4 has no limits, no timeouts and no way to close a connection after an answer. A QTcpServer
/// listens, the server accepts (Qt 6.4's accept loop spins on EMFILE); each connection is a non-blocking
/// descriptor with socket notifiers, so the server decides when to
/// read (never while a peer leaves more than a small amount of answers unread) and writes each batch of answers
/// with one `send`. Open connections stay below RLIMIT_NOFILE with a reserve; when full, the longest-idle
/// keep-alive connection is closed first, else the newcomer gets 503 with `Retry-After`.
///
/// Reads tokens and Spaces from the inventory database through its own connection, and records every request
/// as usage: queued in memory, handed over in batches by a timer to a writer thread with a connection of its
/// own, so no request waits for a disk write. Runs on the thread that owns it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    /// Unsent answers above which the server stops reading a connection until its peer reads.
    static constexpr qint64 kMaxPendingOutputPerConnection = 256 * 1024;
    /// Unsent answers of all connections together above which connections with answers pending stop being read.
    static constexpr qint64 kMaxPendingOutputTotal = 8 * 1024 * 1024;

    SandboxServer(QString databasePath, const Catalog& catalog, const Clock& clock, SandboxOptions options = {},
                  QObject* parent = nullptr);
    /// Serves `handler`'s API (e.g. MoniteApi) with the same connection handling: no inventory database, no usage
    /// rows, no state file. `handler` must outlive the server.
    SandboxServer(SandboxRequestHandler& handler, const Clock& clock, SandboxOptions options = {},
                  QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Opens the database and starts listening. Returns the port (the chosen one when options.port is 0).
    /// `::` as the address listens on IPv6 and IPv4 alike (a dual-stack socket). On return the usage writer's
    /// thread is running with its event loop: serving needs no new thread, nor the descriptor one would take.
    Result<quint16> start();
    /// Stops listening, closes every connection and writes the remaining usage.
    void stop();

    bool isListening() const;
    quint16 port() const;
    /// `http://127.0.0.1:PORT` (or the bound address), without a trailing slash.
    QUrl baseUrl() const;
    const SandboxOptions& options() const { return m_options; }
    int connectionCount() const { return int(m_open.size()); }
    /// The most connections kept open at once: options().maxConnections, lowered to fit under the process's
    /// descriptor limit (RLIMIT_NOFILE) with a reserve for the database, the event loop and a busy answer.
    int connectionLimit() const { return m_connectionLimit; }
    /// Bytes of answers not yet taken by the peers, over all connections.
    qint64 pendingOutput() const { return m_pendingOutput; }

    /// Hands the queued usage to the writer thread now (one transaction per batch); `usageFlushed` follows.
    void flushUsage();
    /// Writes the API's state to options.statePath (QSaveFile) when it changed; false with a warning on failure.
    bool saveState();

Q_SIGNALS:
    /// A batch of usage rows was written.
    void usageFlushed(int rows);

private:
    struct Connection;

    /// Binds, listens and starts the timers (the descriptor cap too); start() has made m_handler.
    Result<quint16> listen();
    /// A team database: an InventoryWatcher clears the grant cache on every NOTIFY, and keeps it while offline.
    void watchTeamDatabase();
    void acceptPending();
    void incoming(int fd);
    void resumeAccepting();
    void readable(Connection& c);
    void writable(Connection& c);
    /// Parses and answers the requests in `input`; returns how many bytes it used.
    qsizetype serve(Connection& c, QByteArrayView input);
    /// Serves what c.in holds, then keeps or stops reading as the output allows.
    void serveBuffered(Connection& c);
    /// After serving: sends, and reads on only while the output allows.
    void afterServing(Connection& c);
    bool outputFull(const Connection& c) const;
    void answer(Connection& c, const HttpResponse& r, bool keepAlive, bool headOnly = false);
    void answerError(Connection& c, int status, QLatin1String reason, const QString& message);
    /// Sends what it can; false when the connection was closed.
    bool flush(Connection& c);
    void setReading(Connection& c, bool on);
    /// Closes now. `reset` sends RST (and drops unsent answers) instead of FIN.
    void close(Connection& c, bool reset);
    /// After the last answer: FIN, then read and discard until the peer closes (so it reads the answer, not a
    /// reset), for a short while.
    void finish(Connection& c);
    /// Frees one slot: the longest-idle keep-alive connection, else one closing down, else the oldest request
    /// that has been arriving for over a second. False when every connection is busy.
    bool evictOne();
    void sweep();
    void refreshDate();

    QString m_databasePath;
    const Catalog* m_catalog = nullptr; ///< Monime's API only
    SandboxRequestHandler* m_external = nullptr; ///< another API, when given one
    SandboxRequestHandler* m_handler = nullptr; ///< the API serving requests: m_api or m_external
    const Clock& m_clock;
    SandboxOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SandboxApi> m_api;
    InventoryWatcher* m_watcher = nullptr; ///< a team database's changes and reachability (PostgreSQL only)
    QThread* m_writerThread = nullptr;
    UsageWriter* m_writer = nullptr; ///< lives in m_writerThread
    QTcpServer* m_server = nullptr; ///< binds and listens; accepting is ours (m_acceptNotifier)
    QSocketNotifier* m_acceptNotifier = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QTimer* m_flushTimer = nullptr;
    QTimer* m_resumeTimer = nullptr;
    std::unordered_map<int, std::unique_ptr<Connection>> m_open;
    int m_connectionLimit = 0;
    qint64 m_pendingOutput = 0;
    bool m_acceptPaused = false;
    QList<UsageRecord> m_usage;
    QElapsedTimer m_uptime;
    QByteArray m_requestIdPrefix;
    quint64 m_requestCounter = 0;
    qint64 m_droppedUsage = 0;
    QByteArray m_scratch; ///< one read's worth of input, shared by all connections
    std::time_t m_dateSecond = 0;
    char m_date[32] = {}; ///< IMF-fixdate of m_dateSecond
};

} // namespace monime
