// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/MoniteJson.h"

#include "portal/TokenJson.h"

#include <QJsonArray>

namespace monime {

QJsonValue MoniteJson::time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(TokenJson::timestamp(t)) : QJsonValue();
}

QJsonObject MoniteJson::token(const MoniteTokenView& t)
{
    return QJsonObject {
        { QStringLiteral("grant"), t.grant.grantTypeName() },
        { QStringLiteral("entityUserId"), t.grant.isPartner() ? QJsonValue() : QJsonValue(t.grant.entityUserId) },
        { QStringLiteral("label"), t.label },
        { QStringLiteral("status"), MoniteTokenText::statusName(t.status) },
        { QStringLiteral("receivedAt"), time(t.times.receivedAt) },
        { QStringLiteral("expiresAt"), time(t.times.expiresAt) },
        { QStringLiteral("revokedAt"), time(t.times.revokedAt) },
        { QStringLiteral("secondsLeft"), t.secondsLeft },
    };
}

QJsonObject MoniteJson::profile(const MoniteProfileView& v)
{
    const MoniteProfile& p = v.profile;
    QJsonArray users;
    for (const MoniteProfileUser& u : p.entityUsers)
        users.append(QJsonObject { { QStringLiteral("id"), u.id }, { QStringLiteral("label"), u.label } });
    QJsonArray tokens;
    for (const MoniteTokenView& t : v.tokens)
        tokens.append(token(t));
    return QJsonObject {
        { QStringLiteral("name"), p.name },
        { QStringLiteral("id"), p.id },
        { QStringLiteral("environment"), MoniteRules::environmentName(p.environment) },
        { QStringLiteral("baseUrl"), p.baseUrl.toString() },
        { QStringLiteral("apiVersion"), p.apiVersion },
        { QStringLiteral("clientId"), p.clientId },
        { QStringLiteral("entityUsers"), users },
        { QStringLiteral("createdAt"), time(p.createdAt) },
        { QStringLiteral("secretSetAt"), time(p.secretSetAt) },
        { QStringLiteral("lastUsedAt"), time(p.lastUsedAt) },
        { QStringLiteral("lastTestedAt"), time(p.lastTestedAt) },
        { QStringLiteral("lastTestResult"), p.lastTestResult.isEmpty() ? QJsonValue() : QJsonValue(p.lastTestResult) },
        { QStringLiteral("tokens"), tokens },
    };
}

QJsonObject MoniteJson::details(const MoniteProfileDetails& d)
{
    QJsonObject o = profile(d.view);
    QJsonArray history;
    for (const MoniteHistoryEntry& h : d.history)
        history.append(QJsonObject { { QStringLiteral("at"), time(h.at) },
                                     { QStringLiteral("action"), h.action },
                                     { QStringLiteral("detail"), h.detail } });
    o.insert(QStringLiteral("history"), history);
    return o;
}

QJsonObject MoniteJson::role(const MoniteUserRole& role)
{
    QJsonObject permissions;
    for (const MoniteObjectPermissions& o : role.objects) {
        QJsonObject actions;
        for (const MoniteActionPermission& a : o.actions)
            actions.insert(a.action, a.permission);
        permissions.insert(o.objectType, actions);
    }
    return QJsonObject { { QStringLiteral("id"), role.id },
                         { QStringLiteral("name"), role.name },
                         { QStringLiteral("status"), role.status },
                         { QStringLiteral("permissions"), permissions } };
}

QJsonObject MoniteJson::testResult(const QString& profileName, const MoniteTestResult& r)
{
    QJsonObject o {
        { QStringLiteral("profile"), profileName },
        { QStringLiteral("grant"), r.grant.grantTypeName() },
        { QStringLiteral("entityUserId"), r.grant.isPartner() ? QJsonValue() : QJsonValue(r.grant.entityUserId) },
        { QStringLiteral("ok"), r.ok },
        { QStringLiteral("reminted"), r.reminted },
        { QStringLiteral("httpStatus"), r.httpStatus },
        { QStringLiteral("elapsedMs"), r.elapsedMs },
        { QStringLiteral("requestId"), r.requestId.isEmpty() ? QJsonValue() : QJsonValue(r.requestId) },
        { QStringLiteral("expiresAt"), time(r.times.expiresAt) },
        { QStringLiteral("secondsLeft"), r.secondsLeft },
        { QStringLiteral("errorCode"), r.errorCode.isEmpty() ? QJsonValue() : QJsonValue(r.errorCode) },
        { QStringLiteral("verdict"), r.verdict },
        { QStringLiteral("detail"), r.detail },
    };
    if (r.grant.isPartner()) {
        o.insert(QStringLiteral("entitiesSeen"), r.entitiesSeen);
    } else if (r.ok) {
        o.insert(QStringLiteral("user"),
                 QJsonObject { { QStringLiteral("id"), r.user.id },
                               { QStringLiteral("login"), r.user.login },
                               { QStringLiteral("name"), r.user.displayName() },
                               { QStringLiteral("roleId"), r.user.roleId } });
        o.insert(QStringLiteral("role"), r.hasRole ? QJsonValue(role(r.role)) : QJsonValue());
    }
    return o;
}

QJsonObject MoniteJson::minted(const MoniteMintedToken& m, const QDateTime& now)
{
    return QJsonObject {
        { QStringLiteral("profile"), m.profile.name },
        { QStringLiteral("grant"), m.grant.grantTypeName() },
        { QStringLiteral("entityUserId"), m.grant.isPartner() ? QJsonValue() : QJsonValue(m.grant.entityUserId) },
        { QStringLiteral("accessToken"), QString::fromUtf8(m.accessToken) },
        { QStringLiteral("tokenType"), QStringLiteral("Bearer") },
        { QStringLiteral("receivedAt"), time(m.times.receivedAt) },
        { QStringLiteral("expiresAt"), time(m.times.expiresAt) },
        { QStringLiteral("secondsLeft"), m.times.secondsLeft(now) },
    };
}

} // namespace monime
