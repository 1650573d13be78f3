// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace monime {

/// Monite's PermissionEnum; an action a role does not list is NotAllowed.
enum class MonitePermission { NotAllowed, Allowed, AllowedForOwn };

/// One line of a role: `permission` for `action_name` on `object_type` (Monite's RoleResponse.permissions).
struct MoniteGrant
{
    QString objectType; ///< "payable", "receivable", …; unknown types are kept, as Monite adds new ones
    QString action; ///< "read", "create", "pay", …
    MonitePermission permission = MonitePermission::NotAllowed;
};

struct MoniteClient
{
    QString name;
    QString clientId; ///< a UUID, lowercase
    QByteArray secretSha256; ///< lowercase hex SHA-256 of the client secret; the secret itself is never kept
};

struct MoniteEntity
{
    QString id;
    QString name;
};

struct MoniteRole
{
    QString id;
    QString entityId;
    QString name;
    QList<MoniteGrant> grants;

    /// The permission for `action` on `objectType`; NotAllowed when the role does not mention it.
    MonitePermission permission(const QString& objectType, const QString& action) const;
};

struct MoniteEntityUser
{
    QString id;
    QString entityId;
    QString roleId;
    QString login;
    QString firstName;
    QString lastName;
};

/// Who Monite's emulation in the sandbox knows: API clients (partner credentials), entities, roles and entity users.
/// Built in code by tests (`addClient`, …) or read from a JSON file (`load`, format in docs/monite-sandbox.md).
/// All clients belong to one partner and may act on every entity.
class MoniteSandboxConfig
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteSandboxConfig)

public:
    /// Adds a client; only the SHA-256 of `secret` is kept.
    void addClient(const QString& name, const QString& clientId, QByteArrayView secret);
    /// Adds a client by the digest of its secret (lowercase hex SHA-256), as the file keeps it.
    void addClientDigest(const QString& name, const QString& clientId, const QByteArray& secretSha256);
    void addEntity(const QString& id, const QString& name);
    void addRole(const QString& id, const QString& entityId, const QString& name, const QList<MoniteGrant>& grants);
    void addEntityUser(const QString& id, const QString& entityId, const QString& roleId, const QString& login,
                       const QString& firstName = {}, const QString& lastName = {});

    const QList<MoniteClient>& clients() const { return m_clients; }
    const QList<MoniteEntity>& entities() const { return m_entities; }
    const QList<MoniteRole>& roles() const { return m_roles; }
    const QList<MoniteEntityUser>& entityUsers() const { return m_users; }

    const MoniteClient* client(QStringView clientId) const;
    const MoniteEntity* entity(QStringView id) const;
    const MoniteRole* role(QStringView id) const;
    const MoniteEntityUser* entityUser(QStringView id) const;

    /// Ids are UUIDs and unique, client names unique, digests 64 hex digits, every reference (a role's entity, a
    /// user's entity and role, the role of the user's entity) resolves. The error names the field, e.g.
    /// `entity_users[2].role_id`, and says what to do.
    Result<void> validate() const;

    /// A role's permissions as Monite's RoleResponse has them: {"objects":[{"object_type", "actions":[…]}]}.
    static QJsonObject permissionsJson(const MoniteRole& role);
    /// The file's JSON (format `monime-sandbox/monite-config`, version 1).
    QByteArray toJson() const;
    /// Parses and validates; errors name `source` (a path), the line for JSON syntax, else the field.
    static Result<MoniteSandboxConfig> fromJson(const QByteArray& json, const QString& source);
    /// Reads FILE; a missing file is an error unless `missingIsEmpty`.
    static Result<MoniteSandboxConfig> load(const QString& path, bool missingIsEmpty = false);
    /// Writes FILE whole or not at all (QSaveFile), owner-only permissions.
    Result<void> save(const QString& path) const;

    /// A new random (version 4) UUID, lowercase, without braces.
    static QString newUuid();
    /// Whether `text` is a UUID in its 8-4-4-4-12 hex form (either case, no braces).
    static bool isUuid(QStringView text);
    /// Lowercase hex SHA-256 of a secret.
    static QByteArray secretDigest(QByteArrayView secret);

    static QLatin1String permissionName(MonitePermission p);
    static std::optional<MonitePermission> permissionFromName(QStringView name);
    /// Monite's ActionEnum and PayableActionEnum.
    static bool isKnownAction(QStringView action);

private:
    QList<MoniteClient> m_clients;
    QList<MoniteEntity> m_entities;
    QList<MoniteRole> m_roles;
    QList<MoniteEntityUser> m_users;
};

} // namespace monime
