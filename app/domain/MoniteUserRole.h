// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/MoniteToken.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace monime {

/// One action's permission in a Monite role: `allowed`, `allowed_for_own` (only objects the user created) or
/// `not_allowed`. An unknown value is kept as text and treated as not allowed.
struct MoniteActionPermission
{
    QString action; ///< "read", "create", "pay", …
    QString permission; ///< as sent
    bool allowed() const { return permission == QLatin1String("allowed"); }
    bool allowedForOwn() const { return permission == QLatin1String("allowed_for_own"); }
};

struct MoniteObjectPermissions
{
    QString objectType; ///< "payable", "receivable", … (unknown types are kept, never an error)
    QList<MoniteActionPermission> actions;
};

/// A role as `GET /entity_users/my_role` returns it.
struct MoniteUserRole
{
    QString id;
    QString name;
    QString status;
    QList<MoniteObjectPermissions> objects;

    static MoniteUserRole fromJson(const QJsonObject& o);
    /// The permission of `action` on `objectType`; "not_allowed" when the role does not mention it.
    QString permission(const QString& objectType, const QString& action) const;
    /// How many actions are allowed (fully or for own objects).
    int allowedCount() const;
};

/// Who an entity-user token is (`GET /entity_users/me`).
struct MoniteEntityUserInfo
{
    QString id;
    QString login;
    QString firstName;
    QString lastName;
    QString email;
    QString roleId;
    QString status;

    static MoniteEntityUserInfo fromJson(const QJsonObject& o);
    /// "Ada Lovelace (ada)" or the id.
    QString displayName() const;
};

/// What a Monite test found out, and what it means in words.
struct MoniteTestResult
{
    MoniteAuthGrant grant;
    bool ok = false;
    bool reminted = false; ///< a fresh token was got first (none, expired, revoked or re-mint due)
    int httpStatus = 0; ///< of the last request made
    qint64 elapsedMs = 0;
    QString requestId; ///< x-request-id of the last answer
    MoniteTokenTimes times;
    qint64 secondsLeft = 0;
    // Partner token
    int entitiesSeen = -1; ///< entities on the first page (limit=1): 0 or 1; -1 not asked
    QString firstEntityId;
    // Entity-user token
    MoniteEntityUserInfo user;
    MoniteUserRole role;
    bool hasRole = false;
    QString errorCode; ///< when !ok: the Error code
    QString verdict; ///< one plain line
    QString detail; ///< more words, and what to do

    /// Fills verdict and detail from the fields above (`error` when the test failed).
    void explain(const QDateTime& now, const Error* error = nullptr);
    /// What is kept as the profile's last test: "passed: …" or "failed: …"; never a secret.
    QString storedResult() const;
};

class MoniteVerdict
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteVerdict)
    friend struct MoniteTestResult;
};

} // namespace monime
