// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sandbox/monite/MoniteConfig.h"

#include <QCoreApplication>
#include <QStringList>

namespace monime {

/// A client just made: its id, and the secret, which exists nowhere else (the file keeps its SHA-256).
struct NewMoniteClient
{
    QString clientId;
    QByteArray secret;
};

/// `monime-sandbox --monite-config FILE --add-monite-…`: each call reads FILE (none yet: an empty configuration),
/// adds one object with a new UUID, checks the whole, and writes FILE atomically (QSaveFile). Errors name the
/// option at fault and what to do.
class MoniteConfigEditor
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteConfigEditor)

public:
    /// A client with a random secret (48 base62 characters from the OS CSPRNG).
    static Result<NewMoniteClient> addClient(const QString& path, const QString& name);
    /// The new entity's id.
    static Result<QString> addEntity(const QString& path, const QString& name);
    /// `grants` as OBJECT:ACTION=PERMISSION, e.g. "payable:pay=allowed_for_own"; the new role's id.
    static Result<QString> addRole(const QString& path, const QString& name, const QString& entityId,
                                   const QStringList& grants);
    /// The new entity user's id.
    static Result<QString> addEntityUser(const QString& path, const QString& login, const QString& entityId,
                                         const QString& roleId);

    /// Reads OBJECT:ACTION=PERMISSION.
    static Result<MoniteGrant> parseGrant(const QString& spec);
};

} // namespace monime
