// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace monime {

class Database;

/// One line of a token's history: created, revoked, rotated, imported, tested. Never a secret.
struct AuditEntry
{
    QDateTime at;
    QString actor; ///< the Monimeer's id
    QString action;
    QString tokenId;
    QString detail;
};

class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(monime::AuditLog)

public:
    explicit AuditLog(Database& database);
    Result<void> append(const AuditEntry& entry);
    /// Newest first; every token when `tokenId` is empty.
    Result<QList<AuditEntry>> entries(const QString& tokenId = {});

private:
    Database& m_db;
};

} // namespace monime
