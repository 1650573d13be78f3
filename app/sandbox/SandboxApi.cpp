// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxApi.h"

#include "core/Clock.h"
#include "core/JsonText.h"
#include "domain/Catalog.h"
#include "sandbox/HttpRequestParser.h"

#include <QElapsedTimer>
#include <QJsonDocument>

namespace monime {

namespace {

QString isoNow(const Clock& clock)
{
    return envelope::isoTime(clock.now());
}

/// The body a checksum covers: the JSON object canonically (sorted keys, no spaces), else the bytes as sent.
QJsonObject bodyObject(const QByteArray& body)
{
    return body.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(body).object();
}

} // namespace

SandboxApi::SandboxApi(Database& database, const Catalog& catalog, const Clock& clock, const SandboxOptions& options)
    : m_catalog(catalog)
    , m_clock(clock)
    , m_options(options)
    , m_spec(OpenApiSpec::builtIn())
    , m_access(database, catalog, clock, options)
    , m_validator(m_spec)
{ }

HttpResponse SandboxApi::error(int status, QLatin1String reason, const QString& message)
{
    return envelope::error(status, reason, message);
}

HttpResponse SandboxApi::handle(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts)
{
    QElapsedTimer timer;
    timer.start();
    HttpResponse r = dispatch(request, caller, facts);
    if (request.path.startsWith("/v1/") || request.path.startsWith("/sandbox/")) {
        // Monime's standard answer headers (docs: api-basics/standard-headers).
        r.headers.append(
            HttpHeader { "Monime-Request-Checksum",
                         IdempotencyCache::checksum(request.method == "HEAD" ? QByteArrayView("GET") : request.method,
                                                    request.path, bodyObject(request.body)) });
        r.headers.append(HttpHeader { "Monime-Request-Timestamp", isoNow(m_clock).toLatin1() });
        r.headers.append(HttpHeader { "Monime-Request-Duration",
                                      QByteArray::number(double(timer.nsecsElapsed()) / 1e6, 'f', 3) + "ms" });
    }
    return r;
}

HttpResponse SandboxApi::dispatch(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts)
{
    m_access.cache().revalidate();
    if (request.path == "/") {
        if (request.method != "GET" && request.method != "HEAD") {
            HttpResponse r
                = error(405, QLatin1String("method_not_allowed"),
                        tr("%1 is not allowed on /; use GET or HEAD.").arg(QString::fromLatin1(request.method)));
            r.headers.append(HttpHeader { "Allow", "GET, HEAD" });
            facts.reason = QStringLiteral("method_not_allowed");
            return r;
        }
        return root(request, caller, facts);
    }
    if (request.path.startsWith("/sandbox/"))
        return simulation(request, caller, facts);
    const OpenApiSpec::Match match = m_spec.match(request.method, request.path);
    if (match.operation)
        return operation(request, caller, facts, match);
    if (match.pathKnown) {
        HttpResponse r = error(405, QLatin1String("method_not_allowed"),
                               tr("%1 is not allowed on %2; use %3.")
                                   .arg(QString::fromLatin1(request.method.left(16)),
                                        QString::fromUtf8(request.path.left(200)), QString::fromLatin1(match.allow)));
        r.headers.append(HttpHeader { "Allow", match.allow });
        facts.reason = QStringLiteral("method_not_allowed");
        return r;
    }
    facts.reason = QStringLiteral("not_found");
    return error(404, QLatin1String("not_found"),
                 tr("There is no endpoint at %1 in Monime's API (%2).")
                     .arg(QString::fromUtf8(request.path.left(200)), m_spec.source()));
}

HttpResponse SandboxApi::operation(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts,
                                   const OpenApiSpec::Match& match)
{
    const ApiOperation& op = *match.operation;
    const QString permission = op.permission();
    const SandboxAccess::Outcome access = m_access.check(request, caller, permission, op.needsSpace);
    facts.spaceId = access.spaceId;
    if (access.token) {
        facts.tokenId = access.token->id;
        facts.environment = environmentName(access.environment);
    }
    if (!access.decision.allowed()) {
        facts.reason = AccessPolicy::reasonCode(access.decision.reason);
        return SandboxAccess::refusal(access, permission);
    }
    std::optional<HttpResponse> unsupported;
    const ApiRelease* release = m_access.requestedRelease(request, unsupported);
    if (unsupported) {
        facts.reason = QStringLiteral("unsupported_api_version");
        return *unsupported;
    }
    if (!release)
        release = m_access.tokenRelease(*access.token);
    const HttpHeader version { "Monime-Version", release->id.toUtf8() };
    auto finish = [&](HttpResponse r) {
        r.headers.prepend(version);
        if (r.status >= 400 && facts.reason.isEmpty())
            facts.reason = QString::fromUtf8(QJsonDocument::fromJson(r.body)
                                                 .object()
                                                 .value(QLatin1String("error"))
                                                 .toObject()
                                                 .value(QLatin1String("reason"))
                                                 .toString()
                                                 .toUtf8());
        return r;
    };
    if (m_options.rateLimits) {
        if (auto limited = m_limiter.admit(m_clock.now().toMSecsSinceEpoch(), access.environment, access.token->id,
                                           access.spaceId, op.id))
            return finish(*limited);
    }
    ValidRequest valid;
    const QList<ValidationDetail> details = m_validator.validate(op, request, match.pathValues, valid);
    if (!details.isEmpty())
        return finish(envelope::error(
            400, QLatin1String("validation_error"),
            tr("The request does not match %1 in Monime's API: see error.details (one entry per field).").arg(op.id),
            details));

    const QString scope = environmentName(access.environment) + QLatin1Char('|') + access.spaceId;
    if (!op.needsIdempotencyKey) {
        HttpResponse r = m_resources.handle(op, valid, scope, m_clock.now());
        m_changed = m_changed || (op.method != "GET" && r.status < 300);
        return finish(r);
    }
    const QString key = scope + QLatin1Char('|') + QString::fromUtf8(request.header("idempotency-key"));
    const QByteArray checksum = IdempotencyCache::checksum(request.method, request.path, valid.body);
    HttpResponse replay;
    switch (m_idempotency.find(key, checksum, replay)) {
    case IdempotencyCache::Outcome::Replay:
        replay.headers.append(HttpHeader { "Monime-Cache", "irc" });
        return finish(replay);
    case IdempotencyCache::Outcome::Conflict:
        return finish(envelope::error(409, QLatin1String("idempotency_key_in_use"),
                                      tr("This Idempotency-Key was already used with a different request (method, "
                                         "path or body). Use a new key for a new request; reuse a key only to retry "
                                         "the same one.")));
    case IdempotencyCache::Outcome::Miss:
        break;
    }
    HttpResponse r = m_resources.handle(op, valid, scope, m_clock.now());
    m_idempotency.store(key, checksum, r);
    m_changed = m_changed || r.status < 300;
    return finish(r);
}

HttpResponse SandboxApi::simulation(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts)
{
    // /sandbox/payment-codes/{id}/pay and /sandbox/checkout-sessions/{id}/complete
    const QList<QByteArray> parts = request.path.mid(1).split('/');
    const bool known = parts.size() == 4
        && ((parts.at(1) == "payment-codes" && parts.at(3) == "pay")
            || (parts.at(1) == "checkout-sessions" && parts.at(3) == "complete"));
    if (!known) {
        facts.reason = QStringLiteral("not_found");
        return error(404, QLatin1String("not_found"),
                     tr("The sandbox simulates POST /sandbox/payment-codes/{id}/pay and "
                        "POST /sandbox/checkout-sessions/{id}/complete only."));
    }
    if (request.method != "POST") {
        HttpResponse r = error(405, QLatin1String("method_not_allowed"), tr("Use POST."));
        r.headers.append(HttpHeader { "Allow", "POST" });
        facts.reason = QStringLiteral("method_not_allowed");
        return r;
    }
    const QString what = QString::fromLatin1(parts.at(1));
    const QString permission = what + QLatin1String(":write");
    const SandboxAccess::Outcome access = m_access.check(request, caller, permission, true);
    facts.spaceId = access.spaceId;
    if (access.token)
        facts.tokenId = access.token->id;
    if (!access.decision.allowed()) {
        facts.reason = AccessPolicy::reasonCode(access.decision.reason);
        return SandboxAccess::refusal(access, permission);
    }
    facts.environment = environmentName(access.environment);
    if (access.environment != Environment::Test) {
        facts.reason = QStringLiteral("test_mode_only");
        return error(403, QLatin1String("test_mode_only"),
                     tr("Simulated payments exist in the test environment only: use a mon_test_ token."));
    }
    const QString scope = environmentName(access.environment) + QLatin1Char('|') + access.spaceId;
    HttpResponse r = m_resources.simulate(what, QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(2))),
                                          bodyObject(request.body), scope, m_clock.now());
    m_changed = m_changed || r.status < 300;
    if (r.status >= 400)
        facts.reason = QStringLiteral("simulation_refused");
    return r;
}

QJsonObject SandboxApi::saveState()
{
    m_changed = false;
    return QJsonObject { { QStringLiteral("format"), QStringLiteral("monime-sandbox/state") },
                         { QStringLiteral("version"), 1 },
                         { QStringLiteral("resources"), m_resources.store().toJson() },
                         { QStringLiteral("idempotency"), m_idempotency.toJson() } };
}

void SandboxApi::loadState(const QJsonObject& state)
{
    m_resources.store().fromJson(state.value(QLatin1String("resources")).toObject());
    m_idempotency.fromJson(state.value(QLatin1String("idempotency")).toObject());
    m_changed = false;
}

HttpResponse SandboxApi::root(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts)
{
    const SandboxAccess::Outcome access = m_access.check(request, caller, QString(), true);
    const AccessDecision& decision = access.decision;
    // The root endpoint never fails authentication: checks 1-5 decide isAuthenticated; a Space problem
    // (checks 6-8) does not, and without a Space header there is nothing to check there.
    const bool authenticated = decision.allowed() || decision.reason >= AccessReason::SpaceRequired;
    facts.spaceId = access.spaceId;
    if (access.token)
        facts.tokenId = access.token->id;

    std::optional<HttpResponse> unsupported;
    const ApiRelease* release = m_access.requestedRelease(request, unsupported);
    if (unsupported) {
        facts.reason = QStringLiteral("unsupported_api_version");
        return *unsupported;
    }

    HttpResponse r;
    // Everything before requestOrigin.ipAddress depends only on the environment and the release: built once.
    const Environment env = authenticated ? access.environment : Environment::Test;
    if (authenticated) {
        facts.environment = environmentName(env);
        if (!release)
            release = m_access.tokenRelease(*access.token);
    }
    const RootPrefix& prefix = rootPrefix(authenticated, env, release);
    QByteArray& b = r.body;
    b.reserve(prefix.body.size() + 48);
    b += prefix.body;
    if (!(caller == m_lastCaller) || m_lastCallerJson.isEmpty()) {
        m_lastCaller = caller;
        m_lastCallerJson.clear();
        json::appendString(m_lastCallerJson, caller.toString());
    }
    b += m_lastCallerJson;
    b += "}}";
    if (authenticated)
        r.headers.append(HttpHeader { "Monime-Version", prefix.versionHeader });
    // Not part of Monime's body: tells a client of the sandbox which check decided, so it can say more than
    // "missing, invalid or expired". The real API does not send it.
    const QLatin1String check = decision.reason == AccessReason::SpaceRequired
        ? QLatin1String("granted")
        : AccessPolicy::reasonCode(decision.reason);
    r.headers.append(HttpHeader { "Monime-Sandbox-Check", QByteArray::fromRawData(check.data(), check.size()) });
    if (!authenticated)
        facts.reason = AccessPolicy::reasonCode(decision.reason);
    if (authenticated && m_options.rateLimits) {
        if (auto limited = m_limiter.admit(m_clock.now().toMSecsSinceEpoch(), env, access.token->id,
                                           decision.allowed() ? access.spaceId : QString(), QStringLiteral("root"))) {
            facts.reason = QStringLiteral("rate_limit_exceeded");
            return *limited;
        }
    }
    return r;
}

const SandboxApi::RootPrefix& SandboxApi::rootPrefix(bool authenticated, Environment environment,
                                                     const ApiRelease* release)
{
    const QString key = authenticated ? environmentName(environment) + QLatin1Char('|') + release->id : QString();
    auto it = m_rootPrefixes.constFind(key);
    if (it != m_rootPrefixes.constEnd())
        return *it;
    RootPrefix p;
    QByteArray& b = p.body;
    b += R"({"platform":)";
    json::appendString(b, QStringLiteral("Monime - \u24C2\uFE0F"));
    b += R"(,"tagline":)";
    json::appendString(b, QStringLiteral("APIs Beyond Payments \u26A1\uFE0F\u2699\uFE0F\U0001F4B0\uFE0F"));
    b += R"(,"status":{"environment":)";
    if (authenticated) {
        json::appendString(b, environmentName(environment));
        b += R"(,"isAuthenticated":true},"apiVersion":)";
        b += R"({"id":)";
        json::appendString(b, release->id);
        b += R"(,"release":{"name":)";
        json::appendString(b, release->name);
        b += R"(,"date":)";
        json::appendString(b, release->date);
        b += R"(},"deprecated":)";
        b += release->deprecated ? "true" : "false";
        b += R"(,"apiSchemas":{"openApi":)";
        if (release->openApi.isNull())
            b += "null";
        else
            json::appendString(b, release->openApi);
        b += "}}";
        p.versionHeader = release->id.toUtf8();
    } else {
        b += R"(null,"isAuthenticated":false},"apiVersion":null)";
    }
    b += R"(,"requestOrigin":{"country":)";
    json::appendString(b, m_options.country);
    b += R"(,"ipAddress":)";
    return *m_rootPrefixes.insert(key, p);
}

} // namespace monime
