// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/monite/MoniteConfigEditor.h"

#include "domain/TokenSecret.h"

namespace monime {

namespace {

constexpr int kSecretLength = 48;

Error optionError(const QString& option, const QString& message)
{
    return makeError(QStringLiteral("invalid_option"), option,
                     QStringLiteral("--") + option + QStringLiteral(": ") + message);
}

} // namespace

Result<MoniteGrant> MoniteConfigEditor::parseGrant(const QString& spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    if (colon <= 0 || equals <= colon + 1 || equals == spec.size() - 1)
        return optionError(QStringLiteral("permission"),
                           tr("\"%1\" is not OBJECT:ACTION=PERMISSION, e.g. payable:pay=allowed_for_own.").arg(spec));
    MoniteGrant grant;
    grant.objectType = spec.left(colon);
    grant.action = spec.mid(colon + 1, equals - colon - 1);
    if (!MoniteSandboxConfig::isKnownAction(grant.action))
        return optionError(QStringLiteral("permission"),
                           tr("\"%1\" is not one of Monite's actions: create, read, update, delete, pay, approve, "
                              "cancel, submit, create_from_mail, reopen.")
                               .arg(grant.action));
    const auto permission = MoniteSandboxConfig::permissionFromName(spec.mid(equals + 1));
    if (!permission)
        return optionError(
            QStringLiteral("permission"),
            tr("\"%1\" is not a permission; use allowed, allowed_for_own or not_allowed.").arg(spec.mid(equals + 1)));
    grant.permission = *permission;
    return grant;
}

namespace {

/// Reads FILE (or nothing), lets `change` add to it, checks and writes it.
template<typename Change> Result<void> edit(const QString& path, Change change)
{
    auto config = MoniteSandboxConfig::load(path, true);
    if (!config.ok())
        return config.error();
    if (auto changed = change(config.value()); !changed.ok())
        return changed;
    if (auto valid = config->validate(); !valid.ok())
        return makeError(valid.error().code, valid.error().field, path + QStringLiteral(": ") + valid.error().message);
    return config->save(path);
}

} // namespace

Result<NewMoniteClient> MoniteConfigEditor::addClient(const QString& path, const QString& name)
{
    NewMoniteClient made { MoniteSandboxConfig::newUuid(), TokenSecret::randomBase62(kSecretLength) };
    auto saved = edit(path, [&](MoniteSandboxConfig& config) -> Result<void> {
        for (const MoniteClient& c : config.clients()) {
            if (c.name == name)
                return optionError(QStringLiteral("add-monite-client"),
                                   tr("%1 has a client named \"%2\" already. Choose another name.").arg(path, name));
        }
        config.addClient(name, made.clientId, made.secret);
        return {};
    });
    if (!saved.ok())
        return saved.error();
    return made;
}

Result<QString> MoniteConfigEditor::addEntity(const QString& path, const QString& name)
{
    const QString id = MoniteSandboxConfig::newUuid();
    auto saved = edit(path, [&](MoniteSandboxConfig& config) -> Result<void> {
        config.addEntity(id, name);
        return {};
    });
    if (!saved.ok())
        return saved.error();
    return id;
}

Result<QString> MoniteConfigEditor::addRole(const QString& path, const QString& name, const QString& entityId,
                                            const QStringList& grants)
{
    QList<MoniteGrant> parsed;
    for (const QString& spec : grants) {
        auto grant = parseGrant(spec);
        if (!grant.ok())
            return grant.error();
        parsed.append(grant.value());
    }
    const QString id = MoniteSandboxConfig::newUuid();
    auto saved = edit(path, [&](MoniteSandboxConfig& config) -> Result<void> {
        if (!config.entity(entityId))
            return optionError(
                QStringLiteral("entity"),
                tr("%1 has no entity with the id \"%2\". Add one with --add-monite-entity NAME.").arg(path, entityId));
        config.addRole(id, entityId, name, parsed);
        return {};
    });
    if (!saved.ok())
        return saved.error();
    return id;
}

Result<QString> MoniteConfigEditor::addEntityUser(const QString& path, const QString& login, const QString& entityId,
                                                  const QString& roleId)
{
    const QString id = MoniteSandboxConfig::newUuid();
    auto saved = edit(path, [&](MoniteSandboxConfig& config) -> Result<void> {
        if (!config.entity(entityId))
            return optionError(
                QStringLiteral("entity"),
                tr("%1 has no entity with the id \"%2\". Add one with --add-monite-entity NAME.").arg(path, entityId));
        const MoniteRole* role = config.role(roleId);
        if (!role || role->entityId != entityId.toLower())
            return optionError(QStringLiteral("role"),
                               tr("%1 has no role with the id \"%2\" in entity %3. Add one with --add-monite-role "
                                  "NAME --entity %3.")
                                   .arg(path, roleId, entityId));
        config.addEntityUser(id, entityId, roleId, login);
        return {};
    });
    if (!saved.ok())
        return saved.error();
    return id;
}

} // namespace monime
