// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/GrantCache.h"

#include "domain/Catalog.h"

namespace monime {

GrantCache::GrantCache(Database& database, const Catalog& catalog, int checkMs, int ttlMs)
    : m_catalog(catalog)
    , m_tokens(database)
    , m_access(database)
    , m_checkMs(checkMs)
    , m_ttlMs(ttlMs)
{
    m_age.start();
}

void GrantCache::clear()
{
    m_byDigest.clear();
    m_memberships.clear();
    m_age.restart();
}

void GrantCache::revalidate()
{
    if (m_sinceCheck.isValid() && m_sinceCheck.elapsed() < m_checkMs)
        return;
    m_sinceCheck.start();
    const std::optional<qint64> version = m_access.dataVersion();
    if (version) {
        if (version != m_version) {
            m_version = version;
            clear();
        }
        return;
    }
    if (m_pushed || m_offline)
        return;
    if (m_age.elapsed() >= m_ttlMs)
        clear();
}

const CachedToken* GrantCache::token(const QString& digest)
{
    auto it = m_byDigest.constFind(digest);
    if (it != m_byDigest.constEnd())
        return it->get();
    if (m_byDigest.size() >= kMaxEntries)
        m_byDigest.clear(); // a flood of unknown tokens must not grow memory without bound
    auto found = m_tokens.findByDigest(digest);
    if (!found.ok() || !found.value()) {
        // A failed read is not cached: the next request tries again.
        if (found.ok())
            m_byDigest.insert(digest, nullptr);
        return nullptr;
    }
    const TokenInfo& t = *found.value();
    auto entry = std::make_shared<CachedToken>();
    entry->id = t.id;
    entry->ownerId = t.ownerId;
    entry->apiRelease = t.apiRelease;
    entry->grant = TokenGrant::from(t, m_catalog);
    const CachedToken* raw = entry.get();
    m_byDigest.insert(digest, std::move(entry));
    return raw;
}

const SpaceMembership& GrantCache::membership(const QString& ownerId, const QString& spaceId)
{
    const QString key = ownerId + QLatin1Char('\n') + spaceId;
    auto it = m_memberships.constFind(key);
    if (it != m_memberships.constEnd())
        return *it;
    if (m_memberships.size() >= kMaxEntries)
        m_memberships.clear();
    auto found = m_access.membership(ownerId, spaceId);
    return *m_memberships.insert(key, found.ok() ? found.value() : SpaceMembership {});
}

} // namespace monime
