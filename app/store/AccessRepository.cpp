// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AccessRepository.h"

#include "store/Database.h"

#include <QVariant>

namespace monime {

AccessRepository::AccessRepository(Database& database)
    : m_db(database)
    , m_dataVersion(database.connection())
{ }

Result<SpaceMembership> AccessRepository::membership(const QString& monimeerId, const QString& spaceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT s.id, m.role FROM spaces s LEFT JOIN memberships m ON m.space_id = s.id AND "
                             "m.monimeer_id = ? WHERE s.id = ?"));
    q.addBindValue(monimeerId);
    q.addBindValue(spaceId);
    if (!q.exec())
        return Database::queryError(q, tr("look up the Space"));
    if (!q.next())
        return SpaceMembership {};
    return SpaceMembership { true, q.value(1).toString() };
}

std::optional<qint64> AccessRepository::dataVersion()
{
    if (m_db.connection().driverName() != QLatin1String("QSQLITE"))
        return std::nullopt;
    if (!m_prepared) {
        m_dataVersion.setForwardOnly(true);
        m_prepared = m_dataVersion.prepare(QStringLiteral("PRAGMA data_version"));
    }
    if (!m_prepared || !m_dataVersion.exec() || !m_dataVersion.next())
        return std::nullopt;
    const qint64 version = m_dataVersion.value(0).toLongLong();
    m_dataVersion.finish();
    return version;
}

} // namespace monime
