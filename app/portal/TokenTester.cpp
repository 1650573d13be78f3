// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/TokenTester.h"

#include "portal/TokenService.h"

namespace monime {

TokenTester::TokenTester(TokenService& service, ApiClient& client)
    : m_service(service)
    , m_client(client)
{ }

QString TokenTester::storedResult(const ProbeResult& result)
{
    return (result.ok() ? QStringLiteral("passed: ") : QStringLiteral("failed: ")) + result.summary();
}

void TokenTester::test(const QString& tokenId, const QUrl& baseUrl, const QString& spaceId, const QString& targetLabel,
                       std::function<void(Result<ProbeResult>)> done, int timeoutMs)
{
    m_service.readSecret(
        tokenId, [this, tokenId, baseUrl, spaceId, targetLabel, done, timeoutMs](Result<QByteArray> secret) {
            if (!secret.ok()) {
                done(secret.error());
                return;
            }
            m_client.probe(
                baseUrl, secret.value(), spaceId,
                [this, tokenId, targetLabel, done](const ProbeResult& result) {
                    // Keeping the outcome is best effort: the user still sees the result if the disk
                    // refuses.
                    (void)m_service.recordTest(tokenId, result.ok(), storedResult(result), targetLabel);
                    done(result);
                },
                timeoutMs);
        });
}

bool TokenTester::mustConfirm(const TokenInfo& token, bool builtInSandbox)
{
    return token.environment == Environment::Live && !builtInSandbox;
}

QString TokenTester::confirmQuestion(const TokenInfo& token, const QUrl& target)
{
    return tr("\u201c%1\u201d (%2) is a LIVE token: it can move real money. Send it to %3?")
        .arg(token.name, token.id, target.host());
}

} // namespace monime
