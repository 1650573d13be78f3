// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessPolicy.h"
#include "sandbox/GrantCache.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxResponse.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace monime {

class Catalog;
struct ApiRelease;
class Clock;
class Database;
struct HttpRequest;

/// Who is asking and may they: the bearer token looked up (GrantCache), the Space resolved, DESIGN.md's
/// enforcement table applied (AccessPolicy::decide), the API release chosen.
class SandboxAccess
{
    Q_DECLARE_TR_FUNCTIONS(monime::SandboxAccess)

public:
    struct Outcome
    {
        const CachedToken* token = nullptr; ///< nullptr: missing, malformed or unknown
        AccessDecision decision;
        QString spaceId; ///< the Monime-Space-Id header as sent (empty when the operation has none)
        Environment environment = Environment::Test; ///< the API environment the request is served in
    };

    SandboxAccess(Database& database, const Catalog& catalog, const Clock& clock, const SandboxOptions& options);

    /// The enforcement table for `request` needing `permission` (empty: none); `needsSpace` false for the
    /// operations declared without a Space.
    Outcome check(const HttpRequest& request, const IpAddress& caller, const QString& permission, bool needsSpace);
    /// The denial as Monime's error envelope (with WWW-Authenticate on a 401).
    static HttpResponse refusal(const Outcome& outcome, const QString& permission);

    /// The release `Monime-Version` asks for; nullptr without the header. An unknown release sets `unsupported`.
    const ApiRelease* requestedRelease(const HttpRequest& request, std::optional<HttpResponse>& unsupported) const;
    /// The token's default release, else the catalog's.
    const ApiRelease* tokenRelease(const CachedToken& token) const;

    GrantCache& cache() { return m_cache; }

private:
    const CachedToken* lookUp(const HttpRequest& request);

    const Catalog& m_catalog;
    const Clock& m_clock;
    const SandboxOptions& m_options;
    GrantCache m_cache;
    QHash<QByteArray, QString> m_digests; ///< well-formed bearer secrets seen lately -> their SHA-256 digest
};

} // namespace monime
