// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace monime {

/// Where token secrets live: the OS keychain in the app, memory in unit tests.
///
/// Every call is asynchronous: `done` runs later, on the caller's thread, exactly once — with the result, or
/// with an error whose code is one of `keychain_unavailable`, `keychain_locked`, `keychain_denied`,
/// `keychain_timeout`, `secret_not_found` or `keychain_error`. Never call `done` synchronously.
class SecretStore
{
public:
    using Done = std::function<void(Result<void>)>;
    using ReadDone = std::function<void(Result<QByteArray>)>;
    using KeysDone = std::function<void(Result<QStringList>)>;

    virtual ~SecretStore() = default;

    /// Stores `secret` under `key`, replacing what was there.
    virtual void write(const QString& key, const QByteArray& secret, Done done) = 0;
    virtual void read(const QString& key, ReadDone done) = 0;
    /// Deletes the item; `secret_not_found` when there was none.
    virtual void remove(const QString& key, Done done) = 0;
    /// The keys of every item kept under this store's service — never their secrets, and without unlocking
    /// anything — so `doctor` can match keychain items to inventory rows. `keychain_unsupported` where the
    /// backend cannot list its items.
    virtual void keys(KeysDone done) = 0;
    /// Human name of the backend for messages and `doctor`, e.g. "the OS keychain (Secret Service)".
    virtual QString backendName() const = 0;
};

} // namespace monime
