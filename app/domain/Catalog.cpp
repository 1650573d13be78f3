// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace monime {

namespace {
Error catalogError(const QString& what)
{
    return makeError(QStringLiteral("invalid_catalog"), QStringLiteral("catalog"), what);
}
} // namespace

Result<Catalog> Catalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return catalogError(tr("The catalog is not valid JSON (%1).").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    Catalog c;
    for (const auto& value : root.value(QLatin1String("services")).toArray()) {
        const QJsonObject o = value.toObject();
        Service s { o.value(QLatin1String("id")).toString(),
                    o.value(QLatin1String("name")).toString(),
                    o.value(QLatin1String("description")).toString(),
                    {} };
        for (const auto& p : o.value(QLatin1String("permissions")).toArray()) {
            const QString permission = p.toString();
            if (c.m_permissionIndex.contains(permission))
                return catalogError(tr("The permission %1 is listed twice.").arg(permission));
            if (c.m_permissions.size() >= kMaxPermissions)
                return catalogError(tr("The catalog has more than %1 permissions.").arg(kMaxPermissions));
            c.m_permissionIndex.insert(permission, int(c.m_permissions.size()));
            c.m_permissions.append(permission);
            s.permissions.append(permission);
        }
        if (s.id.isEmpty() || s.permissions.isEmpty())
            return catalogError(tr("A service has no id or no permissions."));
        c.m_services.append(s);
    }
    for (const auto& value : root.value(QLatin1String("roles")).toArray()) {
        const QJsonObject o = value.toObject();
        SpaceRole r { o.value(QLatin1String("id")).toString(),
                      o.value(QLatin1String("name")).toString(),
                      o.value(QLatin1String("description")).toString(),
                      {} };
        for (const auto& p : o.value(QLatin1String("permissions")).toArray()) {
            const QString pattern = p.toString();
            if (pattern == QLatin1String("*")) {
                for (int i = 0; i < c.m_permissions.size(); ++i)
                    r.permissions.set(i);
            } else if (pattern.startsWith(QLatin1String("*:"))) {
                const QString suffix = pattern.mid(1);
                for (int i = 0; i < c.m_permissions.size(); ++i)
                    if (c.m_permissions.at(i).endsWith(suffix))
                        r.permissions.set(i);
            } else {
                const int index = c.permissionIndex(pattern);
                if (index < 0)
                    return catalogError(tr("Role %1 names an unknown permission %2.").arg(r.id, pattern));
                r.permissions.set(index);
            }
        }
        c.m_roles.append(r);
    }
    for (const auto& value : root.value(QLatin1String("releases")).toArray()) {
        const QJsonObject o = value.toObject();
        ApiRelease rel { o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                         o.value(QLatin1String("date")).toString(), o.value(QLatin1String("deprecated")).toBool(),
                         o.value(QLatin1String("openApi")).toString() };
        if (o.value(QLatin1String("default")).toBool())
            c.m_defaultRelease = rel.id;
        c.m_releases.append(rel);
    }
    if (c.m_services.isEmpty() || c.m_roles.isEmpty() || c.m_releases.isEmpty())
        return catalogError(tr("The catalog needs at least one service, one role and one API release."));
    if (c.m_defaultRelease.isEmpty())
        c.m_defaultRelease = c.m_releases.constFirst().id;
    return c;
}

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = [] {
        QFile file(QStringLiteral(":/monime/catalog.json"));
        file.open(QIODevice::ReadOnly);
        auto result = fromJson(file.readAll());
        Q_ASSERT_X(result.ok(), "Catalog::builtIn", "the compiled-in catalog must parse");
        return result.ok() ? std::move(result).value() : Catalog();
    }();
    return catalog;
}

PermissionSet Catalog::toSet(const QStringList& permissions) const
{
    PermissionSet set;
    for (const QString& p : permissions) {
        const int index = permissionIndex(p);
        if (index >= 0)
            set.set(index);
    }
    return set;
}

QStringList Catalog::toList(const PermissionSet& set) const
{
    QStringList out;
    for (int i = 0; i < m_permissions.size(); ++i)
        if (set.test(i))
            out.append(m_permissions.at(i));
    return out;
}

const Service* Catalog::service(const QString& id) const
{
    for (const Service& s : m_services)
        if (s.id == id)
            return &s;
    return nullptr;
}

const SpaceRole* Catalog::role(const QString& id) const
{
    for (const SpaceRole& r : m_roles)
        if (r.id.compare(id, Qt::CaseInsensitive) == 0)
            return &r;
    return nullptr;
}

QStringList Catalog::roleIds() const
{
    QStringList ids;
    for (const SpaceRole& r : m_roles)
        ids.append(r.id);
    return ids;
}

const ApiRelease* Catalog::release(const QString& id) const
{
    for (const ApiRelease& r : m_releases)
        if (r.id == id)
            return &r;
    return nullptr;
}

QStringList Catalog::releaseIds() const
{
    QStringList ids;
    for (const ApiRelease& r : m_releases)
        ids.append(r.id);
    return ids;
}

} // namespace monime
