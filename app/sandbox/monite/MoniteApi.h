// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxRequestHandler.h"
#include "sandbox/monite/MoniteAccess.h"
#include "sandbox/monite/MoniteConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace monime {

class Clock;
struct HttpRequest;

/// How Monite's emulation behaves.
struct MoniteApiOptions
{
    qint64 tokenLifetimeSecs = 86400; ///< `expires_in` of every token; `--token-lifetime`
    int maxLiveTokens = 100000; ///< beyond: 429 on POST /v1/auth/token
    int maxPayables = 100000; ///< beyond: 429 on POST /v1/payables
};

/// Monite's API as the sandbox speaks it, without sockets (SandboxServer serves it): `POST /v1/auth/token` and
/// `/v1/auth/revoke` (bodies with additionalProperties false), `GET /v1/entities`, `GET /v1/entity_users/me` and
/// `/my_role`, and payables (`GET`/`POST /v1/payables`, `GET /v1/payables/{id}`, `POST …/{id}/mark_as_paid`)
/// behind Monite's RBAC. Every request needs `x-monite-version`; payables need `x-monite-entity-id`. Errors are
/// Monite's shapes: `{"error":{"message"}}` (some with `type`) and 422 `{"detail":[{loc, msg, type}]}`.
/// Tokens live in memory as SHA-256 digests only. One per server, used on one thread.
class MoniteApi final : public SandboxRequestHandler
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteApi)

public:
    MoniteApi(MoniteSandboxConfig config, const Clock& clock, MoniteApiOptions options = {});

    HttpResponse handle(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts) override;
    HttpResponse serverError(int status, QLatin1String reason, const QString& message) const override;
    QByteArrayView requestIdHeader() const override { return "x-request-id"; }

    /// `{"error":{"message"[, "type"]}}`.
    static HttpResponse error(int status, const QString& message, QLatin1String type = {});
    /// Monite's APIVersion enum, newest first.
    static const QStringList& supportedVersions();

    const MoniteSandboxConfig& config() const { return m_config; }
    MoniteTokenStore& tokens() { return m_tokens; }

private:
    struct Payable
    {
        QString id;
        QString entityId;
        QString status;
        QString currency;
        qint64 amount = 0;
        QString description;
        QString dueDate;
        QString createdBy; ///< the entity user who created it; empty when a partner token did
        QDateTime createdAt;
        QDateTime updatedAt;
    };
    /// One 422 entry: where (`["body","client_id"]`), what, and pydantic's error type.
    struct Problem
    {
        QJsonArray loc;
        QString msg;
        QString type;
    };

    HttpResponse dispatch(const HttpRequest& request, RequestFacts& facts);
    HttpResponse token(const HttpRequest& request);
    HttpResponse revoke(const HttpRequest& request);
    HttpResponse entities(const HttpRequest& request, const MonitePrincipal& who);
    HttpResponse me(const MonitePrincipal& who);
    HttpResponse myRole(const MonitePrincipal& who);
    HttpResponse payables(const HttpRequest& request, const MonitePrincipal& who, const QString& entityId,
                          const QStringList& segments);

    /// The principal of the bearer token, or the 401 to answer.
    std::optional<HttpResponse> authenticate(const HttpRequest& request, MonitePrincipal& who) const;
    /// The entity of an entity-scoped request (x-monite-entity-id), or the 422/403/404 to answer.
    std::optional<HttpResponse> entityScope(const HttpRequest& request, const MonitePrincipal& who,
                                            QString& entityId) const;
    /// The client whose id and secret these are, or null.
    const MoniteClient* clientFor(const QString& clientId, const QString& secret) const;
    HttpResponse denied(const MonitePrincipal& who, QLatin1String objectType, QLatin1String action) const;

    static HttpResponse validation(const QList<Problem>& problems);
    /// The body as an object, or the 422 problems (not JSON, not an object).
    static std::optional<QJsonObject> bodyObject(const QByteArray& body, QList<Problem>& problems);
    /// A `limit` query parameter (1–100), or a problem.
    static int limitOf(const QString& value, QList<Problem>& problems);
    /// `limit` and `pagination_token` of a list request, or the 422 that refuses them.
    static std::optional<HttpResponse> page(const HttpRequest& request, int& limit, qsizetype& from);
    QJsonObject payableJson(const Payable& p) const;

    MoniteSandboxConfig m_config;
    const Clock& m_clock;
    MoniteApiOptions m_options;
    MoniteTokenStore m_tokens;
    QDateTime m_startedAt; ///< created_at of the configured objects
    QList<Payable> m_payables; ///< in creation order
    QHash<QString, qsizetype> m_payableIndex; ///< id → index in m_payables
};

} // namespace monime
