// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IpRule.h"
#include "sandbox/IdempotencyCache.h"
#include "sandbox/OpenApiSpec.h"
#include "sandbox/RateLimiter.h"
#include "sandbox/RequestValidator.h"
#include "sandbox/ResourceHandlers.h"
#include "sandbox/SandboxAccess.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxRequestHandler.h"
#include "sandbox/SandboxResponse.h"

#include <QCoreApplication>
#include <QHash>

namespace monime {

class Catalog;
struct ApiRelease;
class Clock;
class Database;
struct HttpRequest;

/// The sandbox's API without sockets. A request goes: route (Monime's OpenAPI document: unknown path 404, known
/// path with another method 405 + Allow) → access (DESIGN.md's enforcement table) → release → rate limits →
/// validation (valijson, 400 validation_error) → idempotency → the operation's behaviour (ResourceHandlers).
/// One per server, used on one thread.
class SandboxApi final : public SandboxRequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(monime::SandboxApi)

public:
    SandboxApi(Database& database, const Catalog& catalog, const Clock& clock, const SandboxOptions& options);

    HttpResponse handle(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts) override;
    HttpResponse serverError(int status, QLatin1String reason, const QString& message) const override
    {
        return error(status, reason, message);
    }
    QByteArrayView requestIdHeader() const override { return "Monime-Request-Id"; }

    /// Monime's error envelope: {success:false, messages:[], error:{code, reason, message, details:[]}}.
    static HttpResponse error(int status, QLatin1String reason, const QString& message);

    GrantCache& cache() { return m_access.cache(); }

    /// The resources and the idempotency keys, for `--state FILE`; `changed()` tells whether they moved since the
    /// last `saveState()`.
    QJsonObject saveState();
    void loadState(const QJsonObject& state);
    bool changed() const { return m_changed; }

private:
    /// The root body up to the caller's address, and the Monime-Version header that goes with it.
    struct RootPrefix
    {
        QByteArray body;
        QByteArray versionHeader;
    };

    HttpResponse dispatch(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts);
    HttpResponse root(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts);
    HttpResponse operation(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts,
                           const OpenApiSpec::Match& match);
    /// POST /sandbox/{payment-codes|checkout-sessions}/{id}/{pay|complete}: not Monime's API (see README).
    HttpResponse simulation(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts);
    const RootPrefix& rootPrefix(bool authenticated, Environment environment, const ApiRelease* release);

    const Catalog& m_catalog;
    const Clock& m_clock;
    const SandboxOptions& m_options;
    const OpenApiSpec& m_spec;
    SandboxAccess m_access;
    RequestValidator m_validator;
    RateLimiter m_limiter;
    IdempotencyCache m_idempotency;
    ResourceHandlers m_resources;
    bool m_changed = false;
    QHash<QString, RootPrefix> m_rootPrefixes; ///< key: environment|release, empty when not authenticated
    IpAddress m_lastCaller; ///< callers rarely change: their JSON string is kept
    QByteArray m_lastCallerJson;
};

} // namespace monime
