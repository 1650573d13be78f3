// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace monime {

/// Which kind of Monite access token: a partner-level one (`client_credentials`, highest privilege) or one for an
/// entity user (`entity_user` + `entity_user_id`, whose rights come from that user's role).
struct MoniteAuthGrant
{
    enum class Type { ClientCredentials, EntityUser };
    Type type = Type::ClientCredentials;
    QString entityUserId; ///< lower-case UUID; empty for a partner token

    static MoniteAuthGrant partner() { return {}; }
    static MoniteAuthGrant entityUser(const QString& id) { return { Type::EntityUser, id }; }

    bool isPartner() const { return type == Type::ClientCredentials; }
    /// "client_credentials" or "entity_user", as in the request body.
    QString grantTypeName() const;
    /// Stable key of one grant within a profile: "partner" or "eu-<uuid>" (keychain key and store row).
    QString key() const;
    static MoniteAuthGrant fromKey(const QString& key);
    /// The body of `POST /auth/token`: exactly the documented fields (the schema has additionalProperties: false).
    QJsonObject tokenRequestBody(const QString& clientId, const QByteArray& clientSecret) const;

    bool operator==(const MoniteAuthGrant& o) const { return type == o.type && entityUserId == o.entityUserId; }
};

/// The lifetime of one access token, as received (never the token itself). Times in UTC.
struct MoniteTokenTimes
{
    /// Seconds before expiry a token is re-minted at the latest, and the share of its lifetime after which a
    /// re-mint is due anyway: whichever comes first.
    static constexpr qint64 kRemintMarginSecs = 60;
    static constexpr int kRemintPercent = 80;

    QDateTime receivedAt;
    QDateTime expiresAt;
    QDateTime revokedAt; ///< invalid unless revoked

    /// Expiry = receive time + `expires_in` (the answer is authoritative; the token is never decoded).
    static MoniteTokenTimes fromResponse(const QDateTime& receivedAt, qint64 expiresInSecs);

    qint64 lifetimeSecs() const { return receivedAt.secsTo(expiresAt); }
    /// Seconds until expiry; 0 once expired.
    qint64 secondsLeft(const QDateTime& now) const;
    /// When a re-mint becomes due: min(received + 80 % of the lifetime, expiry − 60 s), never before receipt.
    QDateTime remintAt() const;
    bool expired(const QDateTime& now) const { return !expiresAt.isValid() || now >= expiresAt; }
    bool revoked() const { return revokedAt.isValid(); }
    bool remintDue(const QDateTime& now) const { return revoked() || expired(now) || now >= remintAt(); }
};

/// The state of a profile's token for one grant, for lists and the GUI's countdown.
enum class MoniteTokenStatus {
    None, ///< never minted here (or removed)
    Live, ///< usable; re-mint not yet due
    RemintDue, ///< still valid, but a test would get a fresh one first
    Expired,
    Revoked,
};

class MoniteTokenText
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteTokenText)

public:
    static MoniteTokenStatus statusOf(const MoniteTokenTimes& times, const QDateTime& now);
    /// "live", "remint_due", "expired", "revoked", "none".
    static QString statusName(MoniteTokenStatus status);
    /// Seconds as "23 h 59 min", "4 min 10 s", "12 s".
    static QString duration(qint64 secs);
    /// One line for people: "live, expires in 23 h 59 min (2026-11-24 12:00 UTC)", "expired 5 min ago", …
    static QString describe(const MoniteTokenTimes& times, const QDateTime& now);
};

} // namespace monime
