// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "sandbox/SandboxResponse.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace monime {

/// Monime's documented rate limits, per second: per Space 100 (test) / 500 (live), per token 20 / 80, per token and
/// endpoint 5 / 20. Only a refused request carries `Monime-Rate-Limit` (token-limit, space-limit or
/// endpoint-limit) and `Retry-After`.
class RateLimiter
{
    Q_DECLARE_TR_FUNCTIONS(monime::RateLimiter)

public:
    /// Counts the request; a 429 in Monime's envelope when a limit is passed. `spaceId` may be empty (no Space
    /// checked), `endpoint` names the operation.
    std::optional<HttpResponse> admit(qint64 nowMs, Environment environment, const QString& tokenId,
                                      const QString& spaceId, const QString& endpoint);

private:
    struct Window
    {
        qint64 second = -1;
        int count = 0;
    };
    int count(const QString& key, qint64 second);

    QHash<QString, Window> m_windows;
};

} // namespace monime
