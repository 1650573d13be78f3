// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/Token.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <QSet>

#include <optional>

namespace monime {

class Database;

/// What a checked edit did: done; nothing to do (already so); or refused because the row changed since the
/// version the editor saw (a stale edit: never a silent win).
enum class EditOutcome { Done, Unchanged, Stale };

/// Which tokens to list. Status is computed from `now`, so it filters in SQL on the times.
struct TokenFilter
{
    std::optional<TokenStatus> status;
    std::optional<Environment> environment;
};

/// SQL for tokens, their permissions and IP rules. Rows are `pending` while their secret is being written
/// to the keychain, and `ready` after; only ready rows are listed.
class TokenRepository
{
    Q_DECLARE_TR_FUNCTIONS(monime::TokenRepository)

public:
    explicit TokenRepository(Database& database);

    /// Inserts the token as `pending`, with its permissions and IP rules, in one transaction.
    Result<void> insertPending(const TokenInfo& token, const QString& secretDigest);
    /// Marks a pending token ready; an Error when no pending row has that id any more (rolled back meanwhile).
    Result<void> markReady(const QString& id);
    /// Removes a token row and everything hanging off it.
    Result<void> remove(const QString& id);
    /// Pending tokens whose writer is gone: this host's rows whose process has ended (a crash), and other
    /// hosts' rows older than an hour.
    Result<QStringList> abandonedPendingIds(const QDateTime& now, const QString& ownerId = {});
    /// Every row's state by id ("ready" or "pending"), hidden ones included: what `doctor` matches the keychain to.
    Result<QHash<QString, QString>> rowStates();
    /// "host:pid" of this process, as kept on the pending rows it writes.
    static QString processTag();

    Result<QList<TokenInfo>> list(const TokenFilter& filter, const QDateTime& now);
    /// A ready token by id; an Error naming the id when there is none.
    Result<TokenInfo> find(const QString& id);
    /// The ready token whose secret has this SHA-256 digest, if any.
    Result<std::optional<TokenInfo>> findByDigest(const QString& digest);
    /// Keeps where a leak scan found token `id` (once per place); returns whether the place is new.
    Result<bool> recordLeak(const QString& id, const QString& location, const QDateTime& at);
    /// The digests of every ready token: what the leak scanner matches candidates against.
    Result<QSet<QString>> digests();
    Result<QStringList> names();
    /// Whether a ready token already has this name (case-insensitive).
    Result<bool> nameTaken(const QString& name);

    /// Sets the revocation time and who revoked (`by`), never postponing one already due earlier (a revoke during
    /// a rotation's grace period wins), and raises the version. With `expectedVersion`, only a row still at that
    /// version changes (`UPDATE … WHERE id = ? AND version = ?`): Stale when another edit came first.
    Result<EditOutcome> setRevoked(const QString& id, const QDateTime& at, const QString& reason,
                                   const QString& by = {}, std::optional<int> expectedVersion = {});
    /// Links a guided rotation's new token to the one it replaces (raising its version); false when it already
    /// replaces one.
    Result<bool> setRotatedFrom(const QString& id, const QString& previousId);
    Result<void> setLastUsed(const QString& id, const QDateTime& at);
    /// Tokens used after `since`, with their last use: what a list refreshes when the sandbox reports usage.
    Result<QHash<QString, QDateTime>> usedSince(const QDateTime& since);
    Result<void> setLastTest(const QString& id, const QDateTime& at, bool passed, const QString& result);

private:
    /// Why a checked edit changed no row: the version moved (Stale), or there was nothing to do.
    Result<EditOutcome> outcomeOfMiss(const QString& id, int expectedVersion);

    Database& m_db;
};

} // namespace monime
