// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxApi.h"

#include "core/Clock.h"
#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "sandbox/AuthorizationHeader.h"
#include "sandbox/HttpRequestParser.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace monime {

namespace {

constexpr int kMaxIdempotencyKey = 64;
constexpr int kMaxReplays = 10000;
constexpr int kMaxSpaceIdLength = 64;
constexpr qsizetype kMaxDigests = 64;

/// Appends `s` as a JSON string literal. Monime's bodies keep their documented key order, which
/// QJsonObject (sorted keys) cannot, so the envelopes are written by hand.
void appendString(QByteArray& out, QStringView s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendString(QByteArray& out, QLatin1String s)
{
    appendString(out, QString(s));
}

void appendStringOrNull(QByteArray& out, const QString& s)
{
    if (s.isNull())
        out += "null";
    else
        appendString(out, s);
}

QByteArray successEnvelope(const QByteArray& resultJson, const QByteArray& pagination = {})
{
    QByteArray out;
    out.reserve(resultJson.size() + 64);
    out += R"({"success":true,"messages":[],"result":)";
    out += resultJson;
    if (!pagination.isEmpty()) {
        out += R"(,"pagination":)";
        out += pagination;
    }
    out += '}';
    return out;
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString isoNow(const Clock& clock)
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

/// Id prefixes as in Monime's API reference where it shows one (fac-, pmc-, pyt-, trn-, txn-, whk-).
QString idPrefix(const QString& service)
{
    static const QHash<QString, QString> prefixes {
        { QStringLiteral("payments"), QStringLiteral("pay") },
        { QStringLiteral("payouts"), QStringLiteral("pyt") },
        { QStringLiteral("customers"), QStringLiteral("cus") },
        { QStringLiteral("analytics"), QStringLiteral("anl") },
        { QStringLiteral("checkout-sessions"), QStringLiteral("cos") },
        { QStringLiteral("financial-accounts"), QStringLiteral("fac") },
        { QStringLiteral("financial-transactions"), QStringLiteral("txn") },
        { QStringLiteral("internal-transfers"), QStringLiteral("trn") },
        { QStringLiteral("payment-codes"), QStringLiteral("pmc") },
        { QStringLiteral("receipts"), QStringLiteral("rct") },
        { QStringLiteral("ussd-otps"), QStringLiteral("uop") },
        { QStringLiteral("webhooks"), QStringLiteral("whk") },
        { QStringLiteral("banks"), QStringLiteral("bnk") },
        { QStringLiteral("momos"), QStringLiteral("mom") },
        { QStringLiteral("countries"), QStringLiteral("cty") },
        { QStringLiteral("provider-kyc"), QStringLiteral("kyc") },
    };
    return prefixes.value(service, service.left(3));
}

} // namespace

SandboxApi::SandboxApi(Database& database, const Catalog& catalog, const Clock& clock, const SandboxOptions& options)
    : m_catalog(catalog)
    , m_clock(clock)
    , m_options(options)
    , m_cache(database, catalog, options.changeCheckMs)
{ }

HttpResponse SandboxApi::error(int status, QLatin1String reason, const QString& message)
{
    HttpResponse r;
    r.status = status;
    r.body.reserve(160 + message.size());
    r.body += R"({"success":false,"messages":[],"error":{"code":)";
    r.body += QByteArray::number(status);
    r.body += R"(,"reason":)";
    appendString(r.body, reason);
    r.body += R"(,"message":)";
    appendString(r.body, message);
    r.body += R"(,"details":[]}})";
    return r;
}

const CachedToken* SandboxApi::lookUp(const HttpRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty())
        return nullptr;
    const auto bearer = AuthorizationHeader::bearerToken(authorization);
    if (!bearer)
        return nullptr;
    // The shape check and SHA-256 are pure functions of the secret: a client sends the same one again and again.
    auto known = m_digests.constFind(QByteArray::fromRawData(bearer->data(), bearer->size()));
    if (known == m_digests.constEnd()) {
        if (!TokenSecret::parse(*bearer).ok())
            return nullptr;
        if (m_digests.size() >= kMaxDigests)
            m_digests.clear();
        known = m_digests.insert(bearer->toByteArray(), TokenSecret::digest(*bearer));
    }
    return m_cache.token(*known);
}

void SandboxApi::resolveSpace(const CachedToken* token, QStringView spaceId, AccessRequest& request)
{
    request.spaceId = spaceId;
    if (!token || spaceId.isEmpty())
        return;
    const SpaceMembership& membership = m_cache.membership(token->ownerId, spaceId.toString());
    request.spaceKnown = membership.known;
    request.isMember = !membership.role.isEmpty();
    if (const SpaceRole* role = m_catalog.role(membership.role))
        request.rolePermissions = role->permissions;
}

const ApiRelease* SandboxApi::requestedRelease(const HttpRequest& request, RequestFacts& facts,
                                               std::optional<HttpResponse>& unsupported) const
{
    const QByteArray versionHeader = request.header("monime-version");
    if (versionHeader.isEmpty())
        return nullptr;
    const ApiRelease* release = m_catalog.release(QString::fromUtf8(versionHeader));
    if (!release) {
        facts.reason = QStringLiteral("unsupported_api_version");
        unsupported = error(
            400, QLatin1String("unsupported_api_version"),
            tr("Monime-Version \"%1\" is not an API release; use one of: %2.")
                .arg(QString::fromUtf8(versionHeader.left(64)), m_catalog.releaseIds().join(QLatin1String(", "))));
    }
    return release;
}

const ApiRelease* SandboxApi::tokenRelease(const CachedToken& token) const
{
    const ApiRelease* release = m_catalog.release(token.apiRelease);
    return release ? release : m_catalog.release(m_catalog.defaultReleaseId());
}

HttpResponse SandboxApi::handle(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts)
{
    if (request.method == "HEAD") {
        // HEAD wherever GET works (RFC 9110 §9.3.2): the same answer and headers; the server leaves the body out.
        HttpRequest asGet = request;
        asGet.method = QByteArrayLiteral("GET");
        return handle(asGet, caller, facts);
    }
    m_cache.revalidate();
    QByteArrayView path = request.path;
    if (path == "/") {
        if (request.method != "GET") {
            HttpResponse r
                = error(405, QLatin1String("method_not_allowed"),
                        tr("%1 is not allowed on /; use GET or HEAD.").arg(QString::fromLatin1(request.method)));
            r.headers.append(HttpHeader { "Allow", "GET, HEAD" });
            facts.reason = QStringLiteral("method_not_allowed");
            return r;
        }
        return root(request, caller, facts);
    }
    if (path.startsWith("/v1/")) {
        path = path.sliced(4);
        if (path.endsWith('/'))
            path.chop(1);
        const qsizetype slash = path.indexOf('/');
        const QString service = QString::fromUtf8(slash < 0 ? path : path.first(slash));
        const QString id = slash < 0 ? QString() : QString::fromUtf8(path.sliced(slash + 1));
        if (!service.isEmpty() && m_catalog.service(service) && !id.contains(QLatin1Char('/'))
            && (slash < 0 || !id.isEmpty())) {
            const bool item = !id.isEmpty();
            const QByteArray& m = request.method;
            const bool allowed = item ? (m == "GET" || m == "PATCH" || m == "DELETE") : (m == "GET" || m == "POST");
            if (!allowed) {
                HttpResponse r = error(405, QLatin1String("method_not_allowed"),
                                       tr("%1 is not allowed on %2; use %3.")
                                           .arg(QString::fromLatin1(m), QString::fromUtf8(request.path),
                                                item ? QStringLiteral("GET, HEAD, PATCH or DELETE")
                                                     : QStringLiteral("GET, HEAD or POST")));
                r.headers.append(HttpHeader { "Allow", item ? "GET, HEAD, PATCH, DELETE" : "GET, HEAD, POST" });
                facts.reason = QStringLiteral("method_not_allowed");
                return r;
            }
            return resource(request, caller, facts, service, id);
        }
    }
    facts.reason = QStringLiteral("not_found");
    return error(404, QLatin1String("not_found"),
                 tr("There is no endpoint at %1. The sandbox serves GET / and /v1/<resource>[/<id>] for the "
                    "catalog's services.")
                     .arg(QString::fromUtf8(request.path.left(200))));
}

HttpResponse SandboxApi::root(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts)
{
    const CachedToken* token = lookUp(request);
    const QString spaceId = QString::fromUtf8(request.header("monime-space-id"));
    AccessRequest access;
    access.token = token ? &token->grant : nullptr;
    access.apiEnvironment = m_options.environment;
    access.caller = caller;
    access.nowMs = m_clock.now().toMSecsSinceEpoch();
    resolveSpace(token, spaceId, access);
    const AccessDecision decision = AccessPolicy::decide(access);
    // The root endpoint never fails authentication: checks 1-5 decide isAuthenticated; a Space problem
    // (checks 6-8) does not, and without a Space header there is nothing to check there.
    const bool authenticated = decision.allowed() || decision.reason >= AccessReason::SpaceRequired;
    facts.spaceId = spaceId;
    if (token)
        facts.tokenId = token->id;

    std::optional<HttpResponse> unsupported;
    const ApiRelease* release = requestedRelease(request, facts, unsupported);
    if (unsupported)
        return *unsupported;

    HttpResponse r;
    // Everything before requestOrigin.ipAddress depends only on the environment and the release: built once.
    const Environment env
        = authenticated ? m_options.environment.value_or(token->grant.environment) : Environment::Test;
    if (authenticated) {
        facts.environment = environmentName(env);
        if (!release)
            release = tokenRelease(*token);
    }
    const RootPrefix& prefix = rootPrefix(authenticated, env, release);
    QByteArray& b = r.body;
    b.reserve(prefix.body.size() + 48);
    b += prefix.body;
    if (!(caller == m_lastCaller) || m_lastCallerJson.isEmpty()) {
        m_lastCaller = caller;
        m_lastCallerJson.clear();
        appendString(m_lastCallerJson, caller.toString());
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
        const bool spaceOk = decision.allowed();
        if (auto limited = rateLimit(*token, env, spaceOk ? spaceId : QString(), r.headers)) {
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
    appendString(b, QStringLiteral("Monime - \u24C2\uFE0F"));
    b += R"(,"tagline":)";
    appendString(b, QStringLiteral("APIs Beyond Payments \u26A1\uFE0F\u2699\uFE0F\U0001F4B0\uFE0F"));
    b += R"(,"status":{"environment":)";
    if (authenticated) {
        appendString(b, environmentName(environment));
        b += R"(,"isAuthenticated":true},"apiVersion":)";
        b += R"({"id":)";
        appendString(b, release->id);
        b += R"(,"release":{"name":)";
        appendString(b, release->name);
        b += R"(,"date":)";
        appendString(b, release->date);
        b += R"(},"deprecated":)";
        b += release->deprecated ? "true" : "false";
        b += R"(,"apiSchemas":{"openApi":)";
        appendStringOrNull(b, release->openApi);
        b += "}}";
        p.versionHeader = release->id.toUtf8();
    } else {
        b += R"(null,"isAuthenticated":false},"apiVersion":null)";
    }
    b += R"(,"requestOrigin":{"country":)";
    appendString(b, m_options.country);
    b += R"(,"ipAddress":)";
    return *m_rootPrefixes.insert(key, p);
}

std::optional<HttpResponse> SandboxApi::rateLimit(const CachedToken& token, Environment environment,
                                                  const QString& spaceId, QList<QPair<QByteArray, QByteArray>>& headers)
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    const qint64 second = nowMs / 1000;
    const QByteArray reset = QByteArray::number(1);
    auto count = [&](const QString& key, int limit) -> int {
        Window& w = m_windows[key];
        if (w.second != second) {
            w.second = second;
            w.count = 0;
        }
        return limit - ++w.count;
    };
    if (m_windows.size() > 100000)
        m_windows.clear();
    const bool live = environment == Environment::Live;
    const int tokenLimit = live ? 80 : 20;
    const int tokenLeft = count(QStringLiteral("t|") + token.id, tokenLimit);
    int spaceLimit = 0;
    int spaceLeft = 1;
    if (!spaceId.isEmpty()) {
        spaceLimit = live ? 500 : 100;
        spaceLeft = count(QStringLiteral("s|") + environmentName(environment) + QLatin1Char('|') + spaceId, spaceLimit);
    }
    const bool spaceFirst = spaceLeft < 0;
    const int limit = spaceFirst ? spaceLimit : tokenLimit;
    const int left = spaceFirst ? spaceLeft : tokenLeft;
    const QByteArray info = "limit=" + QByteArray::number(limit) + ", remaining="
        + QByteArray::number(std::max(0, left)) + ", reset=" + reset + ", scope=" + (spaceFirst ? "space" : "token");
    if (tokenLeft >= 0 && spaceLeft >= 0) {
        headers.append(HttpHeader { "Monime-Rate-Limit", info });
        return std::nullopt;
    }
    HttpResponse r = error(429, QLatin1String("rate_limit_exceeded"),
                           spaceFirst ? tr("Too many requests for this Space: at most %1 per second in this "
                                           "environment. Wait for Retry-After seconds, then try again.")
                                            .arg(limit)
                                      : tr("Too many requests with this token: at most %1 per second in this "
                                           "environment. Wait for Retry-After seconds, then try again.")
                                            .arg(limit));
    r.headers.append(HttpHeader { "Retry-After", reset });
    r.headers.append(HttpHeader { "Monime-Rate-Limit", info });
    return r;
}

HttpResponse SandboxApi::resource(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts,
                                  const QString& service, const QString& id)
{
    const CachedToken* token = lookUp(request);
    const QString spaceId = QString::fromUtf8(request.header("monime-space-id"));
    const QString permission = service + (request.method == "GET" ? QLatin1String(":read") : QLatin1String(":write"));
    AccessRequest access;
    access.token = token ? &token->grant : nullptr;
    access.apiEnvironment = m_options.environment;
    access.caller = caller;
    access.nowMs = m_clock.now().toMSecsSinceEpoch();
    access.requiredPermission = m_catalog.permissionIndex(permission);
    resolveSpace(token, spaceId, access);
    facts.spaceId = spaceId;
    if (token) {
        facts.tokenId = token->id;
        facts.environment = environmentName(m_options.environment.value_or(token->grant.environment));
    }
    const AccessDecision decision = AccessPolicy::decide(access);
    if (!decision.allowed()) {
        facts.reason = AccessPolicy::reasonCode(decision.reason);
        HttpResponse r = error(decision.httpStatus, AccessPolicy::reasonCode(decision.reason),
                               AccessPolicy::message(decision.reason, permission));
        if (decision.httpStatus == 401)
            r.headers.append(HttpHeader { "WWW-Authenticate", "Bearer realm=\"monime-sandbox\"" });
        return r;
    }
    if (spaceId.size() > kMaxSpaceIdLength) { // unreachable for stored Spaces, kept as a guard for the scope key
        facts.reason = QStringLiteral("space_not_found");
        return error(404, QLatin1String("space_not_found"), AccessPolicy::message(AccessReason::SpaceNotFound));
    }

    std::optional<HttpResponse> unsupported;
    const ApiRelease* release = requestedRelease(request, facts, unsupported);
    if (unsupported)
        return *unsupported;
    if (!release)
        release = tokenRelease(*token);

    QList<QPair<QByteArray, QByteArray>> headers;
    headers.append(HttpHeader { "Monime-Version", release->id.toUtf8() });
    const Environment env = m_options.environment.value_or(token->grant.environment);
    if (m_options.rateLimits) {
        if (auto limited = rateLimit(*token, env, spaceId, headers)) {
            facts.reason = QStringLiteral("rate_limit_exceeded");
            limited->headers.append(headers);
            return *limited;
        }
    }
    const QString scope = environmentName(env) + QLatin1Char('|') + spaceId;

    if (request.method == "POST") {
        const QByteArray key = request.header("idempotency-key");
        if (key.isEmpty() || key.size() > kMaxIdempotencyKey) {
            facts.reason = QStringLiteral("idempotency_key_required");
            HttpResponse r
                = error(400, QLatin1String("idempotency_key_required"),
                        key.isEmpty() ? tr("POST needs an Idempotency-Key header: a unique value (up to 64 "
                                           "characters, e.g. a UUID) per logical request, reused on retries.")
                                      : tr("The Idempotency-Key header is longer than 64 characters."));
            r.headers.append(headers);
            return r;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(request.path);
        hash.addData(QByteArrayView("\n", 1));
        hash.addData(request.body);
        const QByteArray fingerprint = hash.result();
        const QString replayKey = scope + QLatin1Char('|') + QString::fromUtf8(key);
        auto it = m_replays.constFind(replayKey);
        if (it != m_replays.constEnd()) {
            if (it->fingerprint != fingerprint) {
                facts.reason = QStringLiteral("idempotency_key_in_use");
                HttpResponse r = error(409, QLatin1String("idempotency_key_in_use"),
                                       tr("This Idempotency-Key was already used with a different request. Use a new "
                                          "key for a new request; reuse a key only to retry the same one."));
                r.headers.append(headers);
                return r;
            }
            HttpResponse replay = it->response;
            replay.headers.append(HttpHeader { "Idempotent-Replayed", "true" });
            if (replay.status >= 400)
                facts.reason = QStringLiteral("replayed_error");
            return replay;
        }
        HttpResponse r = handleResource(request, scope + QLatin1Char('|') + service, service, id);
        r.headers.append(headers);
        if (r.status >= 400)
            facts.reason = QStringLiteral("invalid_request_body");
        if (m_replays.size() >= kMaxReplays)
            m_replays.clear();
        m_replays.insert(replayKey, Replay { fingerprint, r });
        return r;
    }
    HttpResponse r = handleResource(request, scope + QLatin1Char('|') + service, service, id);
    if (r.status == 404)
        facts.reason = QStringLiteral("not_found");
    else if (r.status >= 400)
        facts.reason = QStringLiteral("invalid_request_body");
    r.headers.append(headers);
    return r;
}

QString SandboxApi::newId(const QString& service)
{
    return idPrefix(service) + QLatin1Char('-') + QString::fromLatin1(TokenSecret::randomBase62(24));
}

HttpResponse SandboxApi::handleResource(const HttpRequest& request, const QString& collectionKey,
                                        const QString& service, const QString& id)
{
    auto bodyObject = [&request](QJsonObject& out) -> bool {
        if (request.body.trimmed().isEmpty())
            return true;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject())
            return false;
        out = doc.object();
        return true;
    };
    auto badBody = [] {
        return error(400, QLatin1String("invalid_request_body"),
                     tr("The request body must be a JSON object, e.g. {\"name\": \"Main account\"}."));
    };
    auto notFound = [&] {
        return error(404, QLatin1String("not_found"),
                     tr("No %1 object has the id \"%2\" in this Space and environment.").arg(service, id.left(100)));
    };
    const QByteArray& m = request.method;
    if (id.isEmpty() && m == "GET") {
        const Collection& c = m_collections[collectionKey];
        const QUrlQuery query(QString::fromUtf8(request.query));
        bool ok = false;
        int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            limit = 10;
        if (limit < 1 || limit > 50)
            return error(400, QLatin1String("invalid_query"), tr("limit must be between 1 and 50."));
        const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
        qsizetype start = 0;
        if (!after.isEmpty()) {
            start = c.order.indexOf(after);
            if (start < 0)
                return error(400, QLatin1String("invalid_query"),
                             tr("The 'after' cursor is not an id in this list; use the 'next' value of a previous "
                                "page."));
            ++start;
        }
        QByteArray items = "[";
        qsizetype i = start;
        int count = 0;
        for (; i < c.order.size() && count < limit; ++i, ++count) {
            if (count > 0)
                items += ',';
            items += compact(c.byId.value(c.order.at(i)));
        }
        items += ']';
        QByteArray pagination = R"({"count":)" + QByteArray::number(count) + R"(,"next":)";
        if (i < c.order.size())
            appendString(pagination, c.order.at(i - 1));
        else
            pagination += "null";
        pagination += '}';
        return HttpResponse { 200, successEnvelope(items, pagination), {} };
    }
    if (id.isEmpty() && m == "POST") {
        QJsonObject o;
        if (!bodyObject(o))
            return badBody();
        Collection& c = m_collections[collectionKey];
        const QString newIdValue = newId(service);
        const QString now = isoNow(m_clock);
        o.insert(QStringLiteral("id"), newIdValue);
        o.insert(QStringLiteral("createTime"), now);
        o.insert(QStringLiteral("updateTime"), now);
        c.byId.insert(newIdValue, o);
        c.order.append(newIdValue);
        return HttpResponse { 200, successEnvelope(compact(o)), {} };
    }
    auto collection = m_collections.find(collectionKey);
    if (collection == m_collections.end() || !collection->byId.contains(id))
        return notFound();
    if (m == "GET")
        return HttpResponse { 200, successEnvelope(compact(collection->byId.value(id))), {} };
    if (m == "PATCH") {
        QJsonObject patch;
        if (!bodyObject(patch))
            return badBody();
        QJsonObject& o = collection->byId[id];
        for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
            if (it.key() == QLatin1String("id") || it.key() == QLatin1String("createTime"))
                continue; // server-owned
            if (it.value().isNull())
                o.remove(it.key());
            else
                o.insert(it.key(), it.value());
        }
        o.insert(QStringLiteral("updateTime"), isoNow(m_clock));
        return HttpResponse { 200, successEnvelope(compact(o)), {} };
    }
    // DELETE
    collection->byId.remove(id);
    collection->order.removeOne(id);
    return HttpResponse { 200, successEnvelope("null"), {} };
}

} // namespace monime
