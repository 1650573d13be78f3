// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace monime {

AuditLog::AuditLog(Database& database)
    : m_db(database)
{ }

Result<void> AuditLog::append(const AuditEntry& e)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, token_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(e.at.toMSecsSinceEpoch());
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.tokenId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : e.tokenId);
    q.addBindValue(e.detail);
    return Database::exec(q, tr("write the audit log"));
}

Result<QList<AuditEntry>> AuditLog::entries(const QString& tokenId)
{
    QSqlQuery q(m_db.connection());
    if (tokenId.isEmpty()) {
        // Newest first; entries of one millisecond in the order written (SQLite's rowid; PostgreSQL's column of
        // that name, see Database::createOrUpgrade).
        q.prepare(QStringLiteral("SELECT at, actor, action, token_id, detail FROM audit_log ORDER BY at DESC, rowid "
                                 "DESC"));
    } else {
        q.prepare(QStringLiteral("SELECT at, actor, action, token_id, detail FROM audit_log WHERE token_id = ? "
                                 "ORDER BY at DESC, rowid DESC"));
        q.addBindValue(tokenId);
    }
    if (!q.exec())
        return Database::queryError(q, tr("read the audit log"));
    QList<AuditEntry> out;
    while (q.next())
        out.append(AuditEntry { QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC), q.value(1).toString(),
                                q.value(2).toString(), q.value(3).toString(), q.value(4).toString() });
    return out;
}

} // namespace monime
