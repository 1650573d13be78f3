// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/MoniteProfile.h"
#include "domain/MoniteToken.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace monime {

class Database;

/// The metadata of a profile's current access token for one grant (never the token).
struct MoniteTokenRecord
{
    MoniteAuthGrant grant;
    MoniteTokenTimes times;
};

/// One line of a profile's history: added, secret_replaced, token_minted, token_revoked, tested, … Never a secret.
struct MoniteHistoryEntry
{
    QDateTime at;
    QString action;
    QString detail;
};

/// Monite client profiles in SQL (schema 7): profiles, their entity users, token metadata and history. Holds
/// no secret: the client secret and the access tokens are in the keychain only.
class MoniteRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteRepository)

public:
    explicit MoniteRepository(Database& database);

    /// Inserts a new profile with its entity users. `name_taken` (field `name`) when the name is in use.
    Result<void> insert(const MoniteProfile& profile);
    Result<void> remove(const QString& profileId);
    /// Every profile, by name, with its entity users.
    Result<QList<MoniteProfile>> list();
    /// The profile of this name; `profile_not_found` (field `name`) when none.
    Result<MoniteProfile> findByName(const QString& name);
    Result<void> setSecretSetAt(const QString& profileId, const QDateTime& at);
    Result<void> setLastUsed(const QString& profileId, const QDateTime& at);
    Result<void> setLastTest(const QString& profileId, const QDateTime& at, bool passed, const QString& result);
    /// Adds an entity user the profile did not list yet (a token was asked for it by id).
    Result<void> addEntityUser(const QString& profileId, const MoniteProfileUser& user);

    /// Replaces the metadata of the profile's token for `record.grant`.
    Result<void> putToken(const QString& profileId, const MoniteTokenRecord& record);
    Result<void> markRevoked(const QString& profileId, const MoniteAuthGrant& grant, const QDateTime& at);
    Result<void> removeToken(const QString& profileId, const MoniteAuthGrant& grant);
    /// The profile's tokens, partner first, then entity users by id.
    Result<QList<MoniteTokenRecord>> tokens(const QString& profileId);
    /// Every profile's tokens at once (for lists and reports): profile id → records.
    Result<QHash<QString, QList<MoniteTokenRecord>>> allTokens();

    Result<void> appendHistory(const QString& profileId, const MoniteHistoryEntry& entry);
    /// Newest first.
    Result<QList<MoniteHistoryEntry>> history(const QString& profileId);

private:
    Result<void> loadEntityUsers(QList<MoniteProfile>& profiles);
    Database& m_db;
};

} // namespace monime
