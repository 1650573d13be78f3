// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace monime {

class Database;

/// Which expiry reminders were sent (table `reminders`, one row per token and stage) and when the last check
/// ran (`meta`). In the inventory, not in a settings file: every program on the file, and every copy of it,
/// agrees on what was already said.
class ReminderRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::ReminderRepository)

public:
    explicit ReminderRepository(Database& database);

    /// "tokenId stage" for every reminder already sent.
    Result<QSet<QString>> sent();
    static QString key(const QString& tokenId, const QString& stage);
    /// Records the reminder as sent; false when it was already (another program's check claimed it first).
    Result<bool> claim(const QString& tokenId, const QString& stage, const QDateTime& at);
    /// Forgets a claim whose notification could not be delivered, so the next check tries again.
    Result<void> release(const QString& tokenId, const QString& stage);
    /// Invalid when no check has run on this inventory yet.
    Result<QDateTime> lastCheck();
    Result<void> setLastCheck(const QDateTime& at);

private:
    Database& m_db;
};

} // namespace monime
