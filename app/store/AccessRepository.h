// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace monime {

class Database;

/// One Monimeer's membership of one Space, as stored: whether the Space exists and the role held there. (What a
/// token may do in a Space is domain/EffectiveAccess.h's SpaceAccess.)
struct SpaceMembership
{
    bool known = false; ///< the Space exists
    QString role; ///< the Monimeer's role there; empty when not a member
};

/// The small reads the sandbox needs besides tokens, and a cheap way to notice that another connection
/// (the CLI, the GUI) changed the database.
class AccessRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::AccessRepository)

public:
    explicit AccessRepository(Database& database);

    /// Whether `spaceId` exists (by id only, never by name) and the Monimeer's role in it.
    Result<SpaceMembership> membership(const QString& monimeerId, const QString& spaceId);
    /// SQLite's `PRAGMA data_version`: changes whenever another connection commits. nullopt on drivers
    /// that have no such counter (the caller then falls back to a time-to-live).
    std::optional<qint64> dataVersion();

private:
    Database& m_db;
    QSqlQuery m_dataVersion;
    bool m_prepared = false;
};

} // namespace monime
