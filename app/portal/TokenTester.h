// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "core/Result.h"
#include "domain/Token.h"

#include <QCoreApplication>
#include <QUrl>

#include <functional>

namespace monime {

class TokenService;

/// The Test button's use case, shared by the GUI and the CLI: reads the token's secret from the keychain,
/// sends `GET /` to the target with it, and keeps the outcome with the token (last test, and a "tested" line
/// in its history). The stored result starts with "passed:" or "failed:" (HealthCheck's convention).
class TokenTester
{
    Q_DECLARE_TR_FUNCTIONS(monime::TokenTester)

public:
    TokenTester(TokenService& service, ApiClient& client);

    /// `done` runs once: an Error when the token or its secret cannot be read, else the probe's result
    /// (which may itself be a failure: refused, timeout, not authenticated…).
    void test(const QString& tokenId, const QUrl& baseUrl, const QString& spaceId, const QString& targetLabel,
              std::function<void(Result<ProbeResult>)> done, int timeoutMs = ApiClient::kDefaultTimeoutMs);

    /// The one rule for asking first: a live token (real money) is about to leave this process. Only the built-in
    /// sandbox is sure to keep it here; even a loopback URL may be a tunnel to another machine.
    static bool mustConfirm(const TokenInfo& token, bool builtInSandbox);
    /// The question the GUI and the CLI ask then.
    static QString confirmQuestion(const TokenInfo& token, const QUrl& target);

    /// What is kept as the token's last test result.
    static QString storedResult(const ProbeResult& result);

private:
    TokenService& m_service;
    ApiClient& m_client;
};

} // namespace monime
