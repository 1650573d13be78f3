// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/monite/MoniteConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace monime {

class Clock;

/// Who a valid token speaks for: a partner (no entity user) or an entity user of one entity, with a role.
struct MonitePrincipal
{
    QString clientId;
    const MoniteEntityUser* user = nullptr; ///< null for a partner token
    const MoniteRole* role = nullptr; ///< the user's role; null for a partner token

    bool isPartner() const { return user == nullptr; }
};

/// Monite's RBAC as one pure rule (as @monite/sdk-react's isActionAllowed applies it): partner tokens pass,
/// `allowed` allows, `allowed_for_own` allows on objects the user created, anything else (`not_allowed`, an action
/// the role does not name) denies.
class MoniteRbac
{
public:
    enum class Scope { None, Own, All };

    /// What the principal may do with `action` on objects of `objectType`, before looking at any one object.
    static Scope scope(const MonitePrincipal& who, const QString& objectType, const QString& action);
    /// Whether the principal may do `action` on one object made by `creatorUserId` (empty: made by a partner).
    static bool allows(const MonitePrincipal& who, const QString& objectType, const QString& action,
                       QStringView creatorUserId);
};

/// What became of a token presented to the sandbox.
enum class MoniteTokenState { Valid, Expired, Revoked, Unknown };

/// A minted token's facts; the token itself is never kept, only its SHA-256.
struct MoniteTokenGrant
{
    QString clientId;
    QString entityUserId; ///< empty for a partner (client_credentials) token
    QDateTime expiresAt;
    bool revoked = false;
};

/// The tokens the sandbox minted, by SHA-256, in memory only. Expiry is read from the injected clock, so a fake
/// clock makes a token expire in a test. Expired and revoked tokens are forgotten once past their expiry.
class MoniteTokenStore
{
public:
    MoniteTokenStore(const Clock& clock, qint64 lifetimeSecs, int maxLiveTokens = 100000);

    qint64 lifetimeSecs() const { return m_lifetimeSecs; }
    /// A new random token (shown to the caller once), or nullopt when maxLiveTokens live tokens exist already.
    std::optional<QByteArray> mint(const QString& clientId, const QString& entityUserId);
    /// The state of `token`; `grant` is set for Valid, Expired and Revoked.
    MoniteTokenState find(QByteArrayView token, const MoniteTokenGrant** grant = nullptr) const;
    /// Marks a valid token revoked; false when it is not valid.
    bool revoke(QByteArrayView token);
    int size() const { return int(m_tokens.size()); }

private:
    void purge();

    const Clock& m_clock;
    qint64 m_lifetimeSecs;
    int m_maxLiveTokens;
    QHash<QByteArray, MoniteTokenGrant> m_tokens; ///< key: binary SHA-256 of the token
    QDateTime m_lastPurge;
};

} // namespace monime
