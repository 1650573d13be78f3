// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sandbox/SandboxOptions.h"
#include "store/UsageRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

#include <memory>
#include <unordered_map>

class QTcpServer;
class QTcpSocket;
class QThread;
class QTimer;

namespace monime {

class Catalog;
class Clock;
class Database;
class SandboxApi;
class UsageWriter;

/// The local Monime API server: `GET /` as the seeds document it and `/v1/<resource>[/<id>]` for every
/// catalog service, behind DESIGN.md's enforcement table. Speaks HTTP/1.1 itself on a QTcpServer (keep-alive,
/// pipelining, request size limits, idle and request timeouts, `Connection: close`), because Qt HttpServer 6.4
/// has no limits, no timeouts and no way to close a connection after an answer. Reads tokens and Spaces from
/// the inventory database through its own connection, and records every request as usage: queued in memory,
/// handed over in batches by a timer to a writer thread with a connection of its own, so no request waits for
/// a disk write. Runs on the thread that owns it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    SandboxServer(QString databasePath, const Catalog& catalog, const Clock& clock, SandboxOptions options = {},
                  QObject* parent = nullptr);
    ~SandboxServer() override;

    /// Opens the database and starts listening. Returns the port (the chosen one when options.port is 0).
    Result<quint16> start();
    /// Stops listening, closes every connection and writes the remaining usage.
    void stop();

    bool isListening() const;
    quint16 port() const;
    /// `http://127.0.0.1:PORT` (or the bound address), without a trailing slash.
    QUrl baseUrl() const;
    const SandboxOptions& options() const { return m_options; }
    int connectionCount() const { return int(m_open.size()); }

    /// Hands the queued usage to the writer thread now (one transaction per batch); `usageFlushed` follows.
    void flushUsage();

Q_SIGNALS:
    /// A batch of usage rows was written.
    void usageFlushed(int rows);

private:
    struct Connection;

    void accept();
    void readFrom(QTcpSocket* socket);
    void respond(Connection& connection, int status, const QByteArray& body,
                 const QList<QPair<QByteArray, QByteArray>>& headers, bool keepAlive);
    void drop(QTcpSocket* socket);
    void sweep();
    QByteArray nextRequestId();

    QString m_databasePath;
    const Catalog& m_catalog;
    const Clock& m_clock;
    SandboxOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SandboxApi> m_api;
    QThread* m_writerThread = nullptr;
    UsageWriter* m_writer = nullptr; ///< lives in m_writerThread
    QTcpServer* m_server = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QTimer* m_flushTimer = nullptr;
    std::unordered_map<QTcpSocket*, std::unique_ptr<Connection>> m_open;
    QList<UsageRecord> m_usage;
    QElapsedTimer m_uptime;
    QByteArray m_requestIdPrefix;
    quint64 m_requestCounter = 0;
    qint64 m_droppedUsage = 0;
};

} // namespace monime
