// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxAccess.h"

#include "core/Clock.h"
#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "sandbox/AuthorizationHeader.h"
#include "sandbox/HttpRequestParser.h"

namespace monime {

namespace {
constexpr qsizetype kMaxDigests = 64;
}

SandboxAccess::SandboxAccess(Database& database, const Catalog& catalog, const Clock& clock,
                             const SandboxOptions& options)
    : m_catalog(catalog)
    , m_clock(clock)
    , m_options(options)
    , m_cache(database, catalog, options.changeCheckMs)
{ }

const CachedToken* SandboxAccess::lookUp(const HttpRequest& request)
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

SandboxAccess::Outcome SandboxAccess::check(const HttpRequest& request, const IpAddress& caller,
                                            const QString& permission, bool needsSpace)
{
    Outcome out;
    out.token = lookUp(request);
    if (needsSpace)
        out.spaceId = QString::fromUtf8(request.header("monime-space-id"));
    AccessRequest access;
    access.token = out.token ? &out.token->grant : nullptr;
    access.apiEnvironment = m_options.environment;
    access.caller = caller;
    access.nowMs = m_clock.now().toMSecsSinceEpoch();
    access.requiredPermission = permission.isEmpty() ? -1 : m_catalog.permissionIndex(permission);
    access.needsSpace = needsSpace;
    access.spaceId = out.spaceId;
    if (out.token && !out.spaceId.isEmpty()) {
        const SpaceMembership& membership = m_cache.membership(out.token->ownerId, out.spaceId);
        access.spaceKnown = membership.known;
        access.isMember = !membership.role.isEmpty();
        if (const SpaceRole* role = m_catalog.role(membership.role))
            access.rolePermissions = role->permissions;
    }
    out.decision = AccessPolicy::decide(access);
    if (out.token)
        out.environment = m_options.environment.value_or(out.token->grant.environment);
    return out;
}

HttpResponse SandboxAccess::refusal(const Outcome& outcome, const QString& permission)
{
    const AccessReason reason = outcome.decision.reason;
    HttpResponse r = envelope::error(outcome.decision.httpStatus, AccessPolicy::reasonCode(reason),
                                     AccessPolicy::message(reason, permission));
    if (outcome.decision.httpStatus == 401)
        r.headers.append(HttpHeader { "WWW-Authenticate", "Bearer realm=\"monime-sandbox\"" });
    return r;
}

const ApiRelease* SandboxAccess::requestedRelease(const HttpRequest& request,
                                                  std::optional<HttpResponse>& unsupported) const
{
    const QByteArray versionHeader = request.header("monime-version");
    if (versionHeader.isEmpty())
        return nullptr;
    const ApiRelease* release = m_catalog.release(QString::fromUtf8(versionHeader));
    if (!release) {
        unsupported = envelope::error(
            400, QLatin1String("unsupported_api_version"),
            tr("Monime-Version \"%1\" is not an API release; use one of: %2.")
                .arg(QString::fromUtf8(versionHeader.left(64)), m_catalog.releaseIds().join(QLatin1String(", "))),
            { { QStringLiteral("/header/Monime-Version"), m_catalog.releaseIds().join(QLatin1String(" or ")) } });
    }
    return release;
}

const ApiRelease* SandboxAccess::tokenRelease(const CachedToken& token) const
{
    const ApiRelease* release = m_catalog.release(token.apiRelease);
    return release ? release : m_catalog.release(m_catalog.defaultReleaseId());
}

} // namespace monime
