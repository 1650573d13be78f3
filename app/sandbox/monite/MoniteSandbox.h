// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/monite/MoniteApi.h"
#include "sandbox/monite/MoniteConfig.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace monime {

class Clock;
class SandboxServer;

/// Monite's API emulated over HTTP on loopback, for tests and `monime-sandbox --monite-config`: MoniteApi behind
/// SandboxServer's connection handling. Runs on the thread that owns it (a test's, with its event loop).
///
///     monime::FakeClock clock;
///     monime::MoniteSandboxConfig config;
///     config.addClient("ci", clientId, "s3cret");              // only the SHA-256 of the secret is kept
///     config.addEntity(entityId, "Acme");
///     config.addRole(roleId, entityId, "Clerk", { { "payable", "read", monime::MonitePermission::AllowedForOwn } });
///     config.addEntityUser(userId, entityId, roleId, "alice");
///     monime::MoniteSandbox sandbox(config, clock, { .tokenLifetimeSecs = 60 });
///     auto port = sandbox.listen();                           // 127.0.0.1, a free port
///     QUrl base = sandbox.baseUrl();                          // http://127.0.0.1:PORT/v1
///     clock.advanceSecs(61);                                  // every token minted so far has expired
class MoniteSandbox : public QObject
{
    Q_OBJECT

public:
    MoniteSandbox(MoniteSandboxConfig config, const Clock& clock, MoniteApiOptions options = {},
                  QObject* parent = nullptr);
    ~MoniteSandbox() override;

    /// Checks the configuration, then listens. Returns the port (a free one for 0); the error names the field
    /// of the configuration at fault, or why it cannot listen.
    Result<quint16> listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0,
                           SandboxOptions server = {});
    void stop();
    bool isListening() const;
    quint16 port() const;
    /// `http://127.0.0.1:PORT/v1`: the base URL a Monite client is given.
    QUrl baseUrl() const;

    MoniteApi& api() { return m_api; }
    const MoniteSandboxConfig& config() const { return m_api.config(); }

private:
    const Clock& m_clock;
    MoniteApi m_api;
    std::unique_ptr<SandboxServer> m_server;
};

} // namespace monime
