// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <bitset>

namespace monime {

/// A set of catalog permissions, one bit per permission index: intersections cost a few instructions,
/// which keeps the sandbox's access decision allocation-free.
using PermissionSet = std::bitset<128>;

struct Service
{
    QString id; ///< the API path segment, e.g. "financial-accounts"
    QString name;
    QString description;
    QStringList permissions; ///< "financial-accounts:read", "financial-accounts:write"
};

struct SpaceRole
{
    QString id; ///< "owner", "admin", "developer", "finance", "viewer"
    QString name;
    QString description;
    PermissionSet permissions;
};

struct ApiRelease
{
    QString id; ///< "caph.2025-08-23"
    QString name; ///< "caph"
    QString date; ///< release date, "2025-06-20"
    bool deprecated = false;
    QString openApi;
};

/// Services, permissions, Space roles and API releases (resources/catalog.json).
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(monime::Catalog)

public:
    static constexpr int kMaxPermissions = 128;

    /// Parses a catalog document; role entries may use "*" (everything) and "*:read" (every read).
    static Result<Catalog> fromJson(const QByteArray& json);
    /// The catalog compiled into the binary, parsed once.
    static const Catalog& builtIn();

    const QList<Service>& services() const { return m_services; }
    const QStringList& permissions() const { return m_permissions; }
    /// Index of a permission, or -1 when the catalog does not know it.
    int permissionIndex(const QString& permission) const { return m_permissionIndex.value(permission, -1); }
    PermissionSet toSet(const QStringList& permissions) const;
    QStringList toList(const PermissionSet& set) const;
    /// The service that owns a resource path segment, or nullptr.
    const Service* service(const QString& id) const;

    const QList<SpaceRole>& roles() const { return m_roles; }
    const SpaceRole* role(const QString& id) const;
    QStringList roleIds() const;

    const QList<ApiRelease>& releases() const { return m_releases; }
    const ApiRelease* release(const QString& id) const;
    QString defaultReleaseId() const { return m_defaultRelease; }
    QStringList releaseIds() const;

private:
    QList<Service> m_services;
    QStringList m_permissions;
    QHash<QString, int> m_permissionIndex;
    QList<SpaceRole> m_roles;
    QList<ApiRelease> m_releases;
    QString m_defaultRelease;
};

} // namespace monime
