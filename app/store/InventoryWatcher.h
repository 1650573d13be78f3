// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace monime {

class Database;

/// Tells a long-running program (the window, the sandbox) when another program changed its inventory, and
/// whether the inventory can be reached (issue 13, points 3 and 5). A connection of its own, on the thread that
/// made it (an event loop is needed):
/// - PostgreSQL: `LISTEN monime_inventory` through QSqlDriver::subscribeToNotification; the schema's triggers
///   NOTIFY at commit (the table's name as payload), so listeners hear within milliseconds. Every `pingMs` a
///   `SELECT 1` checks the connection; a failure turns the state Offline and a new connection is tried every
///   `pingMs`, subscribing again; back Online, `changed()` is emitted once (what was missed meanwhile).
/// - SQLite: `PRAGMA data_version` every `pollMs`, which changes whenever another connection commits.
class InventoryWatcher : public QObject
{
    Q_OBJECT

public:
    enum class State { Online, Offline };
    /// The channel the schema's triggers notify (lower case: PostgreSQL folds unquoted names).
    static constexpr const char* kChannel = "monime_inventory";

    explicit InventoryWatcher(QString location, QObject* parent = nullptr, int pollMs = 250, int pingMs = 2000);
    ~InventoryWatcher() override;

    /// Opens its connection and starts listening; an Error when the inventory cannot be opened now (the watcher
    /// then keeps trying, Offline).
    Result<void> start();
    State state() const { return m_state; }
    /// Why it is offline (the last connection error), empty when online.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    /// Another program committed a change; `what` is the table (PostgreSQL) or empty (SQLite).
    void changed(const QString& what);
    /// Online ↔ Offline; `problem` says why when offline.
    void stateChanged(monime::InventoryWatcher::State state, const QString& problem);

private:
    Result<void> connectNow();
    void check();
    void goOffline(const QString& problem);

    QString m_location;
    int m_pollMs;
    int m_pingMs;
    std::unique_ptr<Database> m_db;
    QTimer m_timer;
    State m_state = State::Online;
    QString m_problem;
    std::optional<qint64> m_dataVersion;
};

} // namespace monime
