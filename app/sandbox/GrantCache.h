// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessPolicy.h"
#include "store/AccessRepository.h"
#include "store/TokenRepository.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>

namespace monime {

class Catalog;
class Database;

/// A token as the sandbox needs it: compiled grant plus the few fields the answers name.
struct CachedToken
{
    QString id;
    QString ownerId;
    QString apiRelease;
    TokenGrant grant;
};

/// Tokens (by SHA-256 digest) and Space memberships, compiled once and kept until the database changes.
/// Changes made through another connection — the CLI revoking, the GUI adding a Space — are noticed through
/// SQLite's `data_version`, read at most every `checkMs` (each read takes file locks: a syscall or two); other
/// drivers fall back to a time-to-live of `ttlMs`.
class GrantCache
{
public:
    GrantCache(Database& database, const Catalog& catalog, int checkMs = 10, int ttlMs = 1000);

    /// Drops everything if the database changed since it was last checked. Call once per request.
    void revalidate();
    void clear();
    /// Changes are pushed (a team database's NOTIFY through an InventoryWatcher, which calls clear()): no
    /// time-to-live then.
    void setPushed(bool pushed) { m_pushed = pushed; }
    /// The database cannot be reached: nothing is dropped, the tokens already checked keep being served.
    void setOffline(bool offline) { m_offline = offline; }
    bool offline() const { return m_offline; }
    /// How many tokens are cached (known and unknown digests).
    qsizetype size() const { return m_byDigest.size(); }

    /// The ready token with this digest, or nullptr when none is (negative answers are cached too).
    const CachedToken* token(const QString& digest);
    /// Whether the Space exists, and the role of `ownerId` in it.
    const SpaceMembership& membership(const QString& ownerId, const QString& spaceId);

private:
    const Catalog& m_catalog;
    TokenRepository m_tokens;
    AccessRepository m_access;
    int m_checkMs;
    int m_ttlMs;
    QElapsedTimer m_age;
    QElapsedTimer m_sinceCheck;
    std::optional<qint64> m_version;
    bool m_pushed = false;
    bool m_offline = false;
    QHash<QString, std::shared_ptr<const CachedToken>> m_byDigest;
    QHash<QString, SpaceMembership> m_memberships; ///< key: owner id + '\n' + Space id
    static constexpr int kMaxEntries = 20000;
};

} // namespace monime
