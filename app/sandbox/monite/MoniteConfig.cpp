// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/monite/MoniteConfig.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace monime {

namespace {

const QLatin1String kFormat("monime-sandbox/monite-config");

/// Monite's ActionEnum (common objects) and PayableActionEnum (payables add these).
const char* const kActions[]
    = { "create", "read", "update", "delete", "pay", "approve", "cancel", "submit", "create_from_mail", "reopen" };

Error configError(const QString& source, const QString& field, const QString& message)
{
    const QString where = field + QStringLiteral(": ") + message;
    return makeError(QStringLiteral("invalid_monite_config"), field,
                     source.isEmpty() ? where : source + QStringLiteral(": ") + where);
}

QString at(QLatin1String list, qsizetype i, QLatin1String field = {})
{
    QString s = list + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
    if (field.size() > 0)
        s += QLatin1Char('.') + field;
    return s;
}

} // namespace

MonitePermission MoniteRole::permission(const QString& objectType, const QString& action) const
{
    for (const MoniteGrant& g : grants) {
        if (g.objectType == objectType && g.action == action)
            return g.permission;
    }
    return MonitePermission::NotAllowed;
}

void MoniteSandboxConfig::addClient(const QString& name, const QString& clientId, QByteArrayView secret)
{
    addClientDigest(name, clientId, secretDigest(secret));
}

void MoniteSandboxConfig::addClientDigest(const QString& name, const QString& clientId, const QByteArray& secretSha256)
{
    m_clients.append(MoniteClient { name, clientId.toLower(), secretSha256 });
}

void MoniteSandboxConfig::addEntity(const QString& id, const QString& name)
{
    m_entities.append(MoniteEntity { id.toLower(), name });
}

void MoniteSandboxConfig::addRole(const QString& id, const QString& entityId, const QString& name,
                                  const QList<MoniteGrant>& grants)
{
    m_roles.append(MoniteRole { id.toLower(), entityId.toLower(), name, grants });
}

void MoniteSandboxConfig::addEntityUser(const QString& id, const QString& entityId, const QString& roleId,
                                        const QString& login, const QString& firstName, const QString& lastName)
{
    m_users.append(MoniteEntityUser { id.toLower(), entityId.toLower(), roleId.toLower(), login, firstName, lastName });
}

const MoniteClient* MoniteSandboxConfig::client(QStringView clientId) const
{
    for (const MoniteClient& c : m_clients) {
        if (c.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const MoniteEntity* MoniteSandboxConfig::entity(QStringView id) const
{
    for (const MoniteEntity& e : m_entities) {
        if (e.id.compare(id, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

const MoniteRole* MoniteSandboxConfig::role(QStringView id) const
{
    for (const MoniteRole& r : m_roles) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

const MoniteEntityUser* MoniteSandboxConfig::entityUser(QStringView id) const
{
    for (const MoniteEntityUser& u : m_users) {
        if (u.id.compare(id, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

QString MoniteSandboxConfig::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool MoniteSandboxConfig::isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                     || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
                     || (c >= QLatin1Char('A') && c <= QLatin1Char('F')))) {
            return false;
        }
    }
    return true;
}

QByteArray MoniteSandboxConfig::secretDigest(QByteArrayView secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

QLatin1String MoniteSandboxConfig::permissionName(MonitePermission p)
{
    switch (p) {
    case MonitePermission::Allowed:
        return QLatin1String("allowed");
    case MonitePermission::AllowedForOwn:
        return QLatin1String("allowed_for_own");
    case MonitePermission::NotAllowed:
        break;
    }
    return QLatin1String("not_allowed");
}

std::optional<MonitePermission> MoniteSandboxConfig::permissionFromName(QStringView name)
{
    if (name == QLatin1String("allowed"))
        return MonitePermission::Allowed;
    if (name == QLatin1String("allowed_for_own"))
        return MonitePermission::AllowedForOwn;
    if (name == QLatin1String("not_allowed"))
        return MonitePermission::NotAllowed;
    return std::nullopt;
}

bool MoniteSandboxConfig::isKnownAction(QStringView action)
{
    for (const char* a : kActions) {
        if (action == QLatin1String(a))
            return true;
    }
    return false;
}

Result<void> MoniteSandboxConfig::validate() const
{
    const QString src;
    QSet<QString> ids;
    QSet<QString> names;
    const auto checkId = [&](const QString& id, const QString& field) -> Result<void> {
        if (!isUuid(id))
            return configError(src, field,
                               tr("\"%1\" is not a UUID. Use the 8-4-4-4-12 hex form, e.g. %2.").arg(id, newUuid()));
        if (ids.contains(id))
            return configError(src, field, tr("the id %1 is used twice. Give each object an id of its own.").arg(id));
        ids.insert(id);
        return {};
    };
    for (qsizetype i = 0; i < m_clients.size(); ++i) {
        const MoniteClient& c = m_clients.at(i);
        if (c.name.trimmed().isEmpty())
            return configError(src, at(QLatin1String("clients"), i, QLatin1String("name")),
                               tr("the name is empty. Give the client a name, e.g. \"ci\"."));
        if (names.contains(c.name))
            return configError(src, at(QLatin1String("clients"), i, QLatin1String("name")),
                               tr("the name \"%1\" is used twice. Client names must be unique.").arg(c.name));
        names.insert(c.name);
        if (auto r = checkId(c.clientId, at(QLatin1String("clients"), i, QLatin1String("client_id"))); !r.ok())
            return r;
        bool hex = c.secretSha256.size() == 64;
        for (char ch : c.secretSha256)
            hex = hex && ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
        if (!hex)
            return configError(src, at(QLatin1String("clients"), i, QLatin1String("client_secret_sha256")),
                               tr("must be 64 lowercase hex digits (the SHA-256 of the secret, e.g. from "
                                  "`printf %s SECRET | sha256sum`). Or add the client with --add-monite-client."));
    }
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        if (auto r = checkId(m_entities.at(i).id, at(QLatin1String("entities"), i, QLatin1String("id"))); !r.ok())
            return r;
    }
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        const MoniteRole& role = m_roles.at(i);
        if (auto r = checkId(role.id, at(QLatin1String("roles"), i, QLatin1String("id"))); !r.ok())
            return r;
        if (role.name.trimmed().isEmpty())
            return configError(src, at(QLatin1String("roles"), i, QLatin1String("name")),
                               tr("the name is empty. Give the role a name, e.g. \"Accountant\"."));
        if (!entity(role.entityId))
            return configError(
                src, at(QLatin1String("roles"), i, QLatin1String("entity_id")),
                tr("no entity has the id %1. Add it to \"entities\" or correct the id.").arg(role.entityId));
        for (qsizetype g = 0; g < role.grants.size(); ++g) {
            if (!isKnownAction(role.grants.at(g).action))
                return configError(src, at(QLatin1String("roles"), i, QLatin1String("permissions")),
                                   tr("the action \"%1\" is not one of Monite's: create, read, update, delete, pay, "
                                      "approve, cancel, submit, create_from_mail, reopen.")
                                       .arg(role.grants.at(g).action));
        }
    }
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const MoniteEntityUser& u = m_users.at(i);
        if (auto r = checkId(u.id, at(QLatin1String("entity_users"), i, QLatin1String("id"))); !r.ok())
            return r;
        if (!entity(u.entityId))
            return configError(
                src, at(QLatin1String("entity_users"), i, QLatin1String("entity_id")),
                tr("no entity has the id %1. Add it to \"entities\" or correct the id.").arg(u.entityId));
        const MoniteRole* role = this->role(u.roleId);
        if (!role)
            return configError(src, at(QLatin1String("entity_users"), i, QLatin1String("role_id")),
                               tr("no role has the id %1. Add it to \"roles\" or correct the id.").arg(u.roleId));
        if (role->entityId != u.entityId)
            return configError(src, at(QLatin1String("entity_users"), i, QLatin1String("role_id")),
                               tr("the role %1 belongs to another entity (%2). Give the user a role of its own "
                                  "entity.")
                                   .arg(u.roleId, role->entityId));
        if (u.login.trimmed().isEmpty())
            return configError(src, at(QLatin1String("entity_users"), i, QLatin1String("login")),
                               tr("the login is empty. Give the user a login, e.g. \"alice\"."));
    }
    return {};
}

QJsonObject MoniteSandboxConfig::permissionsJson(const MoniteRole& role)
{
    QJsonArray objects;
    QStringList order;
    for (const MoniteGrant& g : role.grants) {
        if (!order.contains(g.objectType))
            order.append(g.objectType);
    }
    for (const QString& type : order) {
        QJsonArray actions;
        for (const MoniteGrant& g : role.grants) {
            if (g.objectType == type)
                actions.append(QJsonObject { { QLatin1String("action_name"), g.action },
                                             { QLatin1String("permission"), permissionName(g.permission) } });
        }
        objects.append(QJsonObject { { QLatin1String("object_type"), type }, { QLatin1String("actions"), actions } });
    }
    return QJsonObject { { QLatin1String("objects"), objects } };
}

QByteArray MoniteSandboxConfig::toJson() const
{
    QJsonArray clients;
    for (const MoniteClient& c : m_clients)
        clients.append(QJsonObject { { QLatin1String("name"), c.name },
                                     { QLatin1String("client_id"), c.clientId },
                                     { QLatin1String("client_secret_sha256"), QString::fromLatin1(c.secretSha256) } });
    QJsonArray entities;
    for (const MoniteEntity& e : m_entities)
        entities.append(QJsonObject { { QLatin1String("id"), e.id }, { QLatin1String("name"), e.name } });
    QJsonArray roles;
    for (const MoniteRole& r : m_roles)
        roles.append(QJsonObject { { QLatin1String("id"), r.id },
                                   { QLatin1String("entity_id"), r.entityId },
                                   { QLatin1String("name"), r.name },
                                   { QLatin1String("permissions"), permissionsJson(r) } });
    QJsonArray users;
    for (const MoniteEntityUser& u : m_users) {
        QJsonObject o { { QLatin1String("id"), u.id },
                        { QLatin1String("entity_id"), u.entityId },
                        { QLatin1String("role_id"), u.roleId },
                        { QLatin1String("login"), u.login } };
        if (!u.firstName.isEmpty())
            o.insert(QLatin1String("first_name"), u.firstName);
        if (!u.lastName.isEmpty())
            o.insert(QLatin1String("last_name"), u.lastName);
        users.append(o);
    }
    const QJsonObject root { { QLatin1String("format"), kFormat },  { QLatin1String("version"), 1 },
                             { QLatin1String("clients"), clients }, { QLatin1String("entities"), entities },
                             { QLatin1String("roles"), roles },     { QLatin1String("entity_users"), users } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<MoniteSandboxConfig> MoniteSandboxConfig::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(QStringLiteral("invalid_monite_config"), QString(),
                         tr("%1:%2:%3: not valid JSON (%4). Correct the file, or start a new one with "
                            "--add-monite-client.")
                             .arg(source)
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return configError(source, QStringLiteral("(top level)"),
                           tr("must be a JSON object with \"clients\", \"entities\", \"roles\" and \"entity_users\"."));
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("format")) && root.value(QLatin1String("format")).toString() != kFormat)
        return configError(source, QStringLiteral("format"),
                           tr("must be \"%1\"; this is not a Monite sandbox configuration.").arg(kFormat));
    static const QStringList known { QStringLiteral("format"),  QStringLiteral("version"),
                                     QStringLiteral("clients"), QStringLiteral("entities"),
                                     QStringLiteral("roles"),   QStringLiteral("entity_users") };
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return configError(source, it.key(),
                               tr("unknown field. The file has format, version, clients, entities, roles and "
                                  "entity_users."));
    }
    MoniteSandboxConfig config;
    // Each list: an array of objects whose string fields are read by name; a missing or non-string field is named.
    const auto list = [&](QLatin1String name) -> Result<QJsonArray> {
        const QJsonValue v = root.value(name);
        if (v.isUndefined())
            return QJsonArray();
        if (!v.isArray())
            return configError(source, name, tr("must be an array of objects."));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject())
                return configError(source, at(name, i), tr("must be an object."));
        }
        return a;
    };
    const auto text = [&](const QJsonObject& o, QLatin1String list, qsizetype i, QLatin1String field,
                          bool required) -> Result<QString> {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() && !required)
            return QString();
        if (!v.isString())
            return configError(source, at(list, i, field),
                               v.isUndefined() ? tr("is missing. Add it as a string.") : tr("must be a string."));
        return v.toString();
    };
#define MONITE_TEXT(var, obj, listName, i, field, required)                                                            \
    const auto var##Result = text(obj, QLatin1String(listName), i, QLatin1String(field), required);                    \
    if (!var##Result.ok())                                                                                             \
        return var##Result.error();                                                                                    \
    const QString var = var##Result.value();

    auto clients = list(QLatin1String("clients"));
    if (!clients.ok())
        return clients.error();
    for (qsizetype i = 0; i < clients->size(); ++i) {
        const QJsonObject o = clients->at(i).toObject();
        if (o.contains(QLatin1String("client_secret")))
            return configError(source, at(QLatin1String("clients"), i, QLatin1String("client_secret")),
                               tr("the file must not hold a plain secret. Replace it with client_secret_sha256 "
                                  "(its SHA-256 in hex), or add the client with --add-monite-client."));
        MONITE_TEXT(name, o, "clients", i, "name", true)
        MONITE_TEXT(clientId, o, "clients", i, "client_id", true)
        MONITE_TEXT(digest, o, "clients", i, "client_secret_sha256", true)
        config.addClientDigest(name, clientId, digest.toLatin1());
    }
    auto entities = list(QLatin1String("entities"));
    if (!entities.ok())
        return entities.error();
    for (qsizetype i = 0; i < entities->size(); ++i) {
        const QJsonObject o = entities->at(i).toObject();
        MONITE_TEXT(id, o, "entities", i, "id", true)
        MONITE_TEXT(name, o, "entities", i, "name", false)
        config.addEntity(id, name);
    }
    auto roles = list(QLatin1String("roles"));
    if (!roles.ok())
        return roles.error();
    for (qsizetype i = 0; i < roles->size(); ++i) {
        const QJsonObject o = roles->at(i).toObject();
        MONITE_TEXT(id, o, "roles", i, "id", true)
        MONITE_TEXT(entityId, o, "roles", i, "entity_id", true)
        MONITE_TEXT(name, o, "roles", i, "name", true)
        const QString field = at(QLatin1String("roles"), i, QLatin1String("permissions"));
        const QJsonValue objects = o.value(QLatin1String("permissions")).toObject().value(QLatin1String("objects"));
        if (!objects.isArray())
            return configError(source, field,
                               tr("must be {\"objects\": [{\"object_type\": \"payable\", \"actions\": "
                                  "[{\"action_name\": \"read\", \"permission\": \"allowed\"}]}]}, as Monite's "
                                  "RoleResponse."));
        QList<MoniteGrant> grants;
        const QJsonArray objectList = objects.toArray();
        for (qsizetype k = 0; k < objectList.size(); ++k) {
            const QJsonObject object = objectList.at(k).toObject();
            const QString objectField = field + QStringLiteral(".objects[%1]").arg(k);
            const QString type = object.value(QLatin1String("object_type")).toString();
            if (type.isEmpty())
                return configError(source, objectField + QStringLiteral(".object_type"),
                                   tr("is missing. Name the object type, e.g. \"payable\"."));
            const QJsonArray actions = object.value(QLatin1String("actions")).toArray();
            for (qsizetype a = 0; a < actions.size(); ++a) {
                const QJsonObject action = actions.at(a).toObject();
                const QString actionField = objectField + QStringLiteral(".actions[%1]").arg(a);
                // Monite's schema defaults: action_name "read", permission "allowed".
                const QString actionName = action.value(QLatin1String("action_name")).toString(QStringLiteral("read"));
                if (!isKnownAction(actionName))
                    return configError(source, actionField + QStringLiteral(".action_name"),
                                       tr("\"%1\" is not one of Monite's actions: create, read, update, delete, pay, "
                                          "approve, cancel, submit, create_from_mail, reopen.")
                                           .arg(actionName));
                const auto permission
                    = permissionFromName(action.value(QLatin1String("permission")).toString(QStringLiteral("allowed")));
                if (!permission)
                    return configError(source, actionField + QStringLiteral(".permission"),
                                       tr("must be allowed, allowed_for_own or not_allowed."));
                grants.append(MoniteGrant { type, actionName, *permission });
            }
        }
        config.addRole(id, entityId, name, grants);
    }
    auto users = list(QLatin1String("entity_users"));
    if (!users.ok())
        return users.error();
    for (qsizetype i = 0; i < users->size(); ++i) {
        const QJsonObject o = users->at(i).toObject();
        MONITE_TEXT(id, o, "entity_users", i, "id", true)
        MONITE_TEXT(entityId, o, "entity_users", i, "entity_id", true)
        MONITE_TEXT(roleId, o, "entity_users", i, "role_id", true)
        MONITE_TEXT(login, o, "entity_users", i, "login", false)
        MONITE_TEXT(firstName, o, "entity_users", i, "first_name", false)
        MONITE_TEXT(lastName, o, "entity_users", i, "last_name", false)
        config.addEntityUser(id, entityId, roleId, login.isEmpty() ? firstName : login, firstName, lastName);
    }
#undef MONITE_TEXT
    if (auto valid = config.validate(); !valid.ok())
        return makeError(valid.error().code, valid.error().field,
                         source + QStringLiteral(": ") + valid.error().message);
    return config;
}

Result<MoniteSandboxConfig> MoniteSandboxConfig::load(const QString& path, bool missingIsEmpty)
{
    QFile file(path);
    if (!file.exists() && missingIsEmpty)
        return MoniteSandboxConfig();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("monite_config_unreadable"), QStringLiteral("monite-config"),
                         tr("Cannot read the Monite configuration %1: %2. Check the path, or create the file with "
                            "--add-monite-client NAME.")
                             .arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<void> MoniteSandboxConfig::save(const QString& path) const
{
    QSaveFile file(path);
    const QByteArray bytes = toJson();
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // digests only, but nobody else's
    if (!opened || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(QStringLiteral("monite_config_unwritable"), QStringLiteral("monite-config"),
                         tr("Cannot write the Monite configuration %1: %2. Check the folder exists and is writable.")
                             .arg(path, file.errorString()));
    return {};
}

} // namespace monime
