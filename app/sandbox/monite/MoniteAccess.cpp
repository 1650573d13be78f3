// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/monite/MoniteAccess.h"

#include "core/Clock.h"
#include "domain/TokenSecret.h"

#include <QCryptographicHash>

namespace monime {

namespace {

constexpr int kTokenLength = 64; ///< base62 characters: about 381 bits from the OS CSPRNG

QByteArray keyOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

MoniteRbac::Scope MoniteRbac::scope(const MonitePrincipal& who, const QString& objectType, const QString& action)
{
    if (who.isPartner())
        return Scope::All; // Monite leaves a partner's checks to the partner
    if (!who.role)
        return Scope::None;
    switch (who.role->permission(objectType, action)) {
    case MonitePermission::Allowed:
        return Scope::All;
    case MonitePermission::AllowedForOwn:
        return Scope::Own;
    case MonitePermission::NotAllowed:
        break;
    }
    return Scope::None;
}

bool MoniteRbac::allows(const MonitePrincipal& who, const QString& objectType, const QString& action,
                        QStringView creatorUserId)
{
    switch (scope(who, objectType, action)) {
    case Scope::All:
        return true;
    case Scope::Own:
        return !creatorUserId.isEmpty() && creatorUserId == who.user->id;
    case Scope::None:
        break;
    }
    return false;
}

MoniteTokenStore::MoniteTokenStore(const Clock& clock, qint64 lifetimeSecs, int maxLiveTokens)
    : m_clock(clock)
    , m_lifetimeSecs(lifetimeSecs)
    , m_maxLiveTokens(maxLiveTokens)
{ }

std::optional<QByteArray> MoniteTokenStore::mint(const QString& clientId, const QString& entityUserId)
{
    const QDateTime now = m_clock.now();
    if (m_tokens.size() >= m_maxLiveTokens || !m_lastPurge.isValid() || m_lastPurge.secsTo(now) >= 60)
        purge(); // at most once a minute, or when full: the table holds only what may still be presented
    if (m_tokens.size() >= m_maxLiveTokens)
        return std::nullopt;
    QByteArray token = TokenSecret::randomBase62(kTokenLength);
    m_tokens.insert(keyOf(token), MoniteTokenGrant { clientId, entityUserId, now.addSecs(m_lifetimeSecs), false });
    return token;
}

MoniteTokenState MoniteTokenStore::find(QByteArrayView token, const MoniteTokenGrant** grant) const
{
    const auto it = m_tokens.constFind(keyOf(token));
    if (it == m_tokens.constEnd())
        return MoniteTokenState::Unknown;
    if (grant)
        *grant = &it.value();
    if (it->revoked)
        return MoniteTokenState::Revoked;
    if (m_clock.now() >= it->expiresAt)
        return MoniteTokenState::Expired;
    return MoniteTokenState::Valid;
}

bool MoniteTokenStore::revoke(QByteArrayView token)
{
    const auto it = m_tokens.find(keyOf(token));
    if (it == m_tokens.end() || it->revoked || m_clock.now() >= it->expiresAt)
        return false;
    it->revoked = true;
    return true;
}

void MoniteTokenStore::purge()
{
    const QDateTime now = m_clock.now();
    for (auto it = m_tokens.begin(); it != m_tokens.end();) {
        if (now >= it->expiresAt)
            it = m_tokens.erase(it);
        else
            ++it;
    }
    m_lastPurge = now;
}

} // namespace monime
