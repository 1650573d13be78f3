// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace monime {

/// SecretStore over QtKeychain (Secret Service, KWallet, macOS Keychain, Windows Credential Manager).
///
/// Service name `io.monime.portal`, key = token id. No insecure fallback: when no keychain answers, the call
/// fails. QtKeychain has no timeout of its own, and a locked keyring with a display may prompt forever, so
/// every job gets one (default 30 s; `MONIME_PORTAL_KEYCHAIN_TIMEOUT_MS` overrides it).
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static QString defaultService() { return QStringLiteral("io.monime.portal"); }

    explicit KeychainSecretStore(QString service = defaultService(), QObject* parent = nullptr);

    void write(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, ReadDone done) override;
    void remove(const QString& key, Done done) override;
    /// Secret Service only (D-Bus `SearchItems` by the attributes QtKeychain writes, then each item's
    /// `Attributes`: no secret is loaded, nothing is unlocked); elsewhere `keychain_unsupported`.
    void keys(KeysDone done) override;
    QString backendName() const override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

private:
    /// Starts `job` with a timeout; `finished` gets the mapped error (or none), once.
    void run(QKeychain::Job* job, std::function<void(QKeychain::Job*, const Error*)> finished);

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace monime
