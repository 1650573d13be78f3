// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/UsageRepository.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace monime {

class Database;

/// Writes the sandbox's usage rows on a thread of its own, through its own database connection, so a batch
/// insert never holds up a request. Lives in the worker thread; every call arrives queued.
class UsageWriter : public QObject
{
    Q_OBJECT

public:
    explicit UsageWriter(QString databasePath);
    ~UsageWriter() override;

    /// Inserts a batch in one transaction (opening the connection on first use). Runs in the worker thread.
    void write(const QList<UsageRecord>& batch);
    /// Closes the connection. Runs in the worker thread, before it ends.
    void close();

    /// Rows handed over and not yet written: the server drops new rows past a bound rather than grow forever.
    std::atomic<qint64>& pending() { return m_pending; }

Q_SIGNALS:
    void written(int rows);
    void failed(const QString& message);

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UsageRepository> m_repository;
    std::atomic<qint64> m_pending { 0 };
};

} // namespace monime
