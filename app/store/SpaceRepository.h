// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace monime {

class Database;

/// A Space and the local Monimeer's role in it (empty role: not a member).
struct SpaceInfo
{
    QString id; ///< "spc-…" or "spc_…"
    QString name;
    QString role; ///< catalog role id, e.g. "developer"; empty when the Monimeer is not a member
    QDateTime createdAt;
};

struct Monimeer
{
    QString id; ///< "mmr-…"
    QString name;
};

/// SQL for the Monimeer, Spaces and memberships.
class SpaceRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::SpaceRepository)

public:
    explicit SpaceRepository(Database& database);

    /// The Monimeer this inventory belongs to, created on first use with `defaultName`.
    Result<Monimeer> localMonimeer(const QString& defaultName, const QDateTime& now);

    /// Adds the Space, or renames it, and sets the Monimeer's role there (empty role: remove the membership).
    Result<void> upsert(const QString& monimeerId, const SpaceInfo& space);
    Result<void> remove(const QString& spaceId);
    Result<QList<SpaceInfo>> list(const QString& monimeerId);
    Result<std::optional<SpaceInfo>> find(const QString& monimeerId, const QString& spaceIdOrName);

private:
    Database& m_db;
};

} // namespace monime
