// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReminderRepository.h"

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace monime {

namespace {
const QLatin1String kLastCheckKey("reminders_checked_at");
}

ReminderRepository::ReminderRepository(Database& database)
    : m_db(database)
{ }

QString ReminderRepository::key(const QString& tokenId, const QString& stage)
{
    return tokenId + QLatin1Char(' ') + stage;
}

Result<QSet<QString>> ReminderRepository::sent()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT token_id, stage FROM reminders")))
        return Database::queryError(q, tr("read the reminders already sent"));
    QSet<QString> out;
    while (q.next())
        out.insert(key(q.value(0).toString(), q.value(1).toString()));
    return out;
}

Result<bool> ReminderRepository::claim(const QString& tokenId, const QString& stage, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO reminders (token_id, stage, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(tokenId);
    q.addBindValue(stage);
    q.addBindValue(at.toMSecsSinceEpoch());
    if (!q.exec())
        return Database::queryError(q, tr("record a reminder"));
    return q.numRowsAffected() == 1;
}

Result<void> ReminderRepository::release(const QString& tokenId, const QString& stage)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM reminders WHERE token_id = ? AND stage = ?"));
    q.addBindValue(tokenId);
    q.addBindValue(stage);
    return Database::exec(q, tr("forget an undelivered reminder"));
}

Result<QDateTime> ReminderRepository::lastCheck()
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kLastCheckKey);
    if (!q.exec())
        return Database::queryError(q, tr("read when reminders were last checked"));
    if (!q.next())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toString().toLongLong(), Qt::UTC);
}

Result<void> ReminderRepository::setLastCheck(const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kLastCheckKey);
    q.addBindValue(QString::number(at.toMSecsSinceEpoch()));
    return Database::exec(q, tr("record when reminders were checked"));
}

} // namespace monime
