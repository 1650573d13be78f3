// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MoniteUserRole.h"

#include "core/Result.h"

#include <QJsonArray>

namespace monime {

MoniteUserRole MoniteUserRole::fromJson(const QJsonObject& o)
{
    MoniteUserRole r;
    r.id = o.value(QLatin1String("id")).toString();
    r.name = o.value(QLatin1String("name")).toString();
    r.status = o.value(QLatin1String("status")).toString();
    const QJsonArray objects
        = o.value(QLatin1String("permissions")).toObject().value(QLatin1String("objects")).toArray();
    for (const QJsonValue& v : objects) {
        const QJsonObject obj = v.toObject();
        MoniteObjectPermissions p;
        p.objectType = obj.value(QLatin1String("object_type")).toString();
        if (p.objectType.isEmpty())
            continue;
        for (const QJsonValue& a : obj.value(QLatin1String("actions")).toArray()) {
            const QJsonObject action = a.toObject();
            // The schema's defaults: action_name "read", permission "allowed".
            p.actions.append({ action.value(QLatin1String("action_name")).toString(QStringLiteral("read")),
                               action.value(QLatin1String("permission")).toString(QStringLiteral("allowed")) });
        }
        r.objects.append(p);
    }
    return r;
}

QString MoniteUserRole::permission(const QString& objectType, const QString& action) const
{
    for (const MoniteObjectPermissions& o : objects)
        if (o.objectType == objectType)
            for (const MoniteActionPermission& a : o.actions)
                if (a.action == action)
                    return a.permission;
    return QStringLiteral("not_allowed");
}

int MoniteUserRole::allowedCount() const
{
    int n = 0;
    for (const MoniteObjectPermissions& o : objects)
        for (const MoniteActionPermission& a : o.actions)
            if (a.allowed() || a.allowedForOwn())
                ++n;
    return n;
}

MoniteEntityUserInfo MoniteEntityUserInfo::fromJson(const QJsonObject& o)
{
    MoniteEntityUserInfo u;
    u.id = o.value(QLatin1String("id")).toString();
    u.login = o.value(QLatin1String("login")).toString();
    u.firstName = o.value(QLatin1String("first_name")).toString();
    u.lastName = o.value(QLatin1String("last_name")).toString();
    u.email = o.value(QLatin1String("email")).toString();
    u.roleId = o.value(QLatin1String("role_id")).toString();
    u.status = o.value(QLatin1String("status")).toString();
    return u;
}

QString MoniteEntityUserInfo::displayName() const
{
    const QString full = QStringList { firstName, lastName }.join(QLatin1Char(' ')).trimmed();
    if (!full.isEmpty() && !login.isEmpty())
        return full + QStringLiteral(" (") + login + QLatin1Char(')');
    if (!full.isEmpty())
        return full;
    if (!login.isEmpty())
        return login;
    return id;
}

void MoniteTestResult::explain(const QDateTime& now, const Error* error)
{
    secondsLeft = times.secondsLeft(now);
    const QString left = MoniteTokenText::duration(secondsLeft);
    if (error) {
        ok = false;
        errorCode = error->code;
        verdict = grant.isPartner() ? MoniteVerdict::tr("The partner token did not work")
                                    : MoniteVerdict::tr("The entity-user token did not work");
        detail = error->message;
        return;
    }
    ok = true;
    if (grant.isPartner()) {
        verdict = MoniteVerdict::tr("Valid partner token — full access to every entity of this partner");
        detail = (entitiesSeen > 0 ? MoniteVerdict::tr("It can list entities (first: %1).").arg(firstEntityId)
                                   : MoniteVerdict::tr("It can list entities (none yet)."))
            + QLatin1Char(' ')
            + MoniteVerdict::tr("Keep it on a server: it reaches all your entities' data. It expires in %1.").arg(left);
        return;
    }
    verdict = MoniteVerdict::tr("Valid entity-user token for %1").arg(user.displayName());
    if (!hasRole || role.objects.isEmpty())
        detail = MoniteVerdict::tr("Its role grants no permissions: every entity request will be refused (403). "
                                   "Give the user a role with the permissions it needs.");
    else
        detail = MoniteVerdict::tr("It acts as this user within their entity, with role \"%1\": %n action(s) "
                                   "allowed, some perhaps only on objects the user created.",
                                   nullptr, role.allowedCount())
                     .arg(role.name.isEmpty() ? role.id : role.name);
    detail += QLatin1Char(' ') + MoniteVerdict::tr("It expires in %1.").arg(left);
}

QString MoniteTestResult::storedResult() const
{
    QString s = ok ? QStringLiteral("passed: ") : QStringLiteral("failed: ");
    s += grant.isPartner() ? QStringLiteral("partner") : QStringLiteral("entity user ") + grant.entityUserId;
    if (httpStatus > 0)
        s += QStringLiteral(" HTTP %1").arg(httpStatus);
    if (!ok && !errorCode.isEmpty())
        s += QStringLiteral(" ") + errorCode;
    if (ok && !grant.isPartner() && hasRole)
        s += QStringLiteral(" role ") + (role.name.isEmpty() ? role.id : role.name);
    return s;
}

} // namespace monime
