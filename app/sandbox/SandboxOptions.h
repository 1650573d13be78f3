// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "sandbox/HttpRequestParser.h"

#include <QHostAddress>

#include <optional>

namespace monime {

/// How a sandbox server listens and behaves. The defaults are what `monime-sandbox` and the GUI use.
struct SandboxOptions
{
    QHostAddress address
        = QHostAddress(QHostAddress::LocalHost); ///< loopback unless told otherwise; `::`: all, dual-stack
    quint16 port = 0; ///< 0: any free port
    std::optional<Environment> environment; ///< the API environment; nullopt: "auto", taken from the token
    bool rateLimits = false; ///< per Space 100/s test, 500/s live; per token 20/s test, 80/s live
    int idleTimeoutMs = 15000; ///< a keep-alive connection with nothing to do, or whose peer does not read, is closed
    int requestTimeoutMs = 10000; ///< a request must arrive whole within this, once started
    int maxConnections = 4096; ///< lowered at start to fit under RLIMIT_NOFILE with a reserve
    HttpLimits limits;
    int changeCheckMs = 10; ///< how stale a revocation made elsewhere may be seen; 0: checked on every request
    int usageFlushMs = 250; ///< usage rows are written in one transaction at this period
    QString country = QStringLiteral("SL"); ///< requestOrigin.country: the sandbox has no GeoIP database
    /// `--state FILE`: the resources (accounts, transfers, …) and idempotency keys kept in a JSON file of their own
    /// (written atomically at most every usageFlushMs and at stop); empty: in memory only.
    QString statePath;
};

} // namespace monime
