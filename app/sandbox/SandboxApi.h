// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IpRule.h"
#include "sandbox/GrantCache.h"
#include "sandbox/SandboxOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace monime {

class Catalog;
struct ApiRelease;
class Clock;
class Database;
struct HttpRequest;

using HttpHeader = QPair<QByteArray, QByteArray>;

/// An answer before it is put on the wire. `Monime-Request-Id`, `Content-Length` and `Connection` are added
/// by the server.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// Who asked, and what the sandbox learnt about the request: the usage row is made from it.
struct RequestFacts
{
    QString tokenId;
    QString spaceId;
    QString environment;
    QString reason; ///< error.reason of a failed request
};

/// The sandbox's API without sockets: routes a parsed request through DESIGN.md's enforcement table
/// (AccessPolicy::decide) and the stateful resources, and returns Monime's envelopes. One per server, used
/// on one thread.
class SandboxApi
{
    Q_DECLARE_TR_FUNCTIONS(monime::SandboxApi)

public:
    SandboxApi(Database& database, const Catalog& catalog, const Clock& clock, const SandboxOptions& options);

    HttpResponse handle(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts);

    /// Monime's error envelope: {success:false, messages:[], error:{code, reason, message, details:[]}}.
    static HttpResponse error(int status, QLatin1String reason, const QString& message);

    GrantCache& cache() { return m_cache; }

private:
    struct Collection
    {
        QHash<QString, QJsonObject> byId;
        QStringList order;
    };
    struct Replay
    {
        QByteArray fingerprint;
        HttpResponse response;
    };
    struct Window
    {
        qint64 second = -1;
        int count = 0;
    };
    /// The root body up to the caller's address, and the Monime-Version header that goes with it.
    struct RootPrefix
    {
        QByteArray body;
        QByteArray versionHeader;
    };

    HttpResponse root(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts);
    HttpResponse resource(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts,
                          const QString& service, const QString& id);
    HttpResponse handleResource(const HttpRequest& request, const QString& scope, const QString& service,
                                const QString& id);
    /// nullptr when the bearer token is missing, malformed or unknown.
    const CachedToken* lookUp(const HttpRequest& request);
    /// The release `Monime-Version` asks for; nullptr without the header. An unknown release sets
    /// `unsupported` to the 400 to send.
    const ApiRelease* requestedRelease(const HttpRequest& request, RequestFacts& facts,
                                       std::optional<HttpResponse>& unsupported) const;
    /// The token's default release, else the catalog's.
    const ApiRelease* tokenRelease(const CachedToken& token) const;
    /// Fills `request` with the Space facts for `token`.
    void resolveSpace(const CachedToken* token, QStringView spaceId, AccessRequest& request);
    /// The rate-limit verdict; an empty optional when the request may proceed. Adds the info header either way.
    std::optional<HttpResponse> rateLimit(const CachedToken& token, Environment environment, const QString& spaceId,
                                          QList<QPair<QByteArray, QByteArray>>& headers);
    QString newId(const QString& service);
    const RootPrefix& rootPrefix(bool authenticated, Environment environment, const ApiRelease* release);

    const Catalog& m_catalog;
    const Clock& m_clock;
    const SandboxOptions& m_options;
    GrantCache m_cache;
    QHash<QString, Collection> m_collections; ///< key: environment|Space|service
    QHash<QString, Replay> m_replays; ///< key: environment|Space|Idempotency-Key
    QHash<QString, Window> m_windows; ///< rate-limit windows, per token and per Space
    QHash<QString, RootPrefix> m_rootPrefixes; ///< key: environment|release, empty when not authenticated
    QHash<QByteArray, QString> m_digests; ///< well-formed bearer secrets seen lately -> their SHA-256 digest
    IpAddress m_lastCaller; ///< callers rarely change: their JSON string is kept
    QByteArray m_lastCallerJson;
};

} // namespace monime
