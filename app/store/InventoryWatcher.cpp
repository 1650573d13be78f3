// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/InventoryWatcher.h"

#include "store/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace monime {

InventoryWatcher::InventoryWatcher(QString location, QObject* parent, int pollMs, int pingMs)
    : QObject(parent)
    , m_location(std::move(location))
    , m_pollMs(pollMs)
    , m_pingMs(pingMs)
{
    connect(&m_timer, &QTimer::timeout, this, &InventoryWatcher::check);
}

InventoryWatcher::~InventoryWatcher() = default;

Result<void> InventoryWatcher::start()
{
    const bool postgres = Database::isPostgresUrl(m_location);
    m_timer.start(postgres ? m_pingMs : m_pollMs);
    auto connected = connectNow();
    if (!connected.ok())
        goOffline(connected.error().message);
    return connected;
}

Result<void> InventoryWatcher::connectNow()
{
    m_db.reset();
    auto db = Database::open(m_location);
    if (!db.ok())
        return db.error();
    m_db = std::move(db).value();
    if (!m_db->isPostgres()) {
        // The baseline: a commit made after this point, however soon, is a change.
        QSqlQuery q(m_db->connection());
        if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
            m_dataVersion = q.value(0).toLongLong();
        return {};
    }
    {
        QSqlDriver* driver = m_db->connection().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    if (name == QLatin1String(kChannel))
                        Q_EMIT changed(payload.toString());
                });
        if (!driver->subscribeToNotification(QLatin1String(kChannel))) {
            const QString why = m_db->connection().lastError().text();
            m_db.reset();
            return makeError(
                QStringLiteral("database_listen"), QStringLiteral("database"),
                tr("Could not listen for the team's changes (%1); the list updates when you reload it.").arg(why));
        }
    }
    return {};
}

void InventoryWatcher::goOffline(const QString& problem)
{
    m_db.reset();
    m_problem = problem;
    if (m_state == State::Offline)
        return;
    m_state = State::Offline;
    Q_EMIT stateChanged(m_state, m_problem);
}

void InventoryWatcher::check()
{
    if (!m_db) {
        // Offline: try again; back, tell what was missed.
        auto connected = connectNow();
        if (!connected.ok()) {
            m_problem = connected.error().message;
            return;
        }
        m_state = State::Online;
        m_problem.clear();
        Q_EMIT stateChanged(m_state, QString());
        Q_EMIT changed(QString());
        return;
    }
    QSqlQuery q(m_db->connection());
    if (m_db->isPostgres()) {
        if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
            goOffline(Database::queryError(q, tr("reach the team database")).message);
        return;
    }
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return; // a busy file: next time
    const qint64 version = q.value(0).toLongLong();
    if (m_dataVersion && *m_dataVersion != version)
        Q_EMIT changed(QString());
    m_dataVersion = version;
}

} // namespace monime
