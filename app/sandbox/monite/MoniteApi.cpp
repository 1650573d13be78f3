// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/monite/MoniteApi.h"

#include "core/Clock.h"
#include "core/JsonText.h"
#include "sandbox/AuthorizationHeader.h"
#include "sandbox/HttpRequestParser.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace monime {

namespace {

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse answer(int status, const QJsonObject& body)
{
    return HttpResponse { status, compact(body), {} };
}

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

/// Equal strings in a time that does not depend on where they differ.
bool sameDigest(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QJsonArray loc(const char* part, const QString& name = {})
{
    QJsonArray l { QLatin1String(part) };
    if (!name.isEmpty())
        l.append(name);
    return l;
}

/// The field kinds of the auth bodies.
enum class Kind { Uuid, UuidOrNull, String, GrantType };

struct Field
{
    const char* name;
    Kind kind;
    bool required;
};

/// A pagination token: an opaque word for "from this index".
QString pageToken(qsizetype from)
{
    return QString::fromLatin1(QByteArray::number(from).toBase64(QByteArray::Base64UrlEncoding));
}

qsizetype pageStart(const QString& token, bool& ok)
{
    ok = true;
    if (token.isEmpty())
        return 0;
    const qsizetype from = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding).toLongLong(&ok);
    ok = ok && from >= 0;
    return from;
}

} // namespace

MoniteApi::MoniteApi(MoniteSandboxConfig config, const Clock& clock, MoniteApiOptions options)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_options(options)
    , m_tokens(clock, options.tokenLifetimeSecs, options.maxLiveTokens)
    , m_startedAt(clock.now())
{ }

const QStringList& MoniteApi::supportedVersions()
{
    static const QStringList versions { QStringLiteral("2025-06-23"), QStringLiteral("2024-05-25"),
                                        QStringLiteral("2024-01-31"), QStringLiteral("2023-09-01"),
                                        QStringLiteral("2023-06-04"), QStringLiteral("2023-04-12"),
                                        QStringLiteral("2023-03-14"), QStringLiteral("2023-03-01"),
                                        QStringLiteral("2023-02-07"), QStringLiteral("2022-11-16") };
    return versions;
}

HttpResponse MoniteApi::error(int status, const QString& message, QLatin1String type)
{
    // Written by hand for Monite's key order (type before message); QJsonObject would sort the keys.
    QByteArray body = "{\"error\":{";
    if (type.size() > 0) {
        body += "\"type\":";
        json::appendString(body, QString(type));
        body += ',';
    }
    body += "\"message\":";
    json::appendString(body, message);
    body += "}}";
    return HttpResponse { status, body, {} };
}

HttpResponse MoniteApi::serverError(int status, QLatin1String reason, const QString& message) const
{
    return error(status, message, reason);
}

HttpResponse MoniteApi::validation(const QList<Problem>& problems)
{
    QJsonArray detail;
    for (const Problem& p : problems)
        detail.append(QJsonObject {
            { QLatin1String("loc"), p.loc }, { QLatin1String("msg"), p.msg }, { QLatin1String("type"), p.type } });
    return answer(422, QJsonObject { { QLatin1String("detail"), detail } });
}

HttpResponse MoniteApi::handle(const HttpRequest& request, const IpAddress&, RequestFacts& facts)
{
    HttpResponse r = dispatch(request, facts);
    // Monite echoes the version and the entity of every answer (docs: http-headers).
    const QByteArray version = request.header("x-monite-version");
    if (supportedVersions().contains(QString::fromLatin1(version)))
        r.headers.append(HttpHeader { "x-monite-version", version });
    const QByteArray entity = request.header("x-monite-entity-id");
    if (MoniteSandboxConfig::isUuid(QString::fromLatin1(entity)))
        r.headers.append(HttpHeader { "x-monite-entity-id", entity });
    return r;
}

HttpResponse MoniteApi::dispatch(const HttpRequest& request, RequestFacts& facts)
{
    const QString path = QString::fromUtf8(request.path);
    if (!path.startsWith(QLatin1String("/v1/"))) {
        facts.reason = QStringLiteral("not_found");
        return error(404,
                     tr("%1 is not part of the Monite emulation; its paths start with /v1/, e.g. POST "
                        "/v1/auth/token.")
                         .arg(path));
    }
    const QStringList segments = path.mid(4).split(QLatin1Char('/'));
    const QString first = segments.value(0);
    // The route and the methods it allows, before anything else: an unknown path is 404, another method 405.
    QByteArray allow;
    const qsizetype n = segments.size();
    if (first == QLatin1String("auth") && n == 2
        && (segments.at(1) == QLatin1String("token") || segments.at(1) == QLatin1String("revoke")))
        allow = "POST";
    else if (first == QLatin1String("entities") && n == 1)
        allow = "GET";
    else if (first == QLatin1String("entity_users") && n == 2
             && (segments.at(1) == QLatin1String("me") || segments.at(1) == QLatin1String("my_role")))
        allow = "GET";
    else if (first == QLatin1String("payables") && n == 1)
        allow = "GET, POST";
    else if (first == QLatin1String("payables") && n == 2 && !segments.at(1).isEmpty())
        allow = "GET";
    else if (first == QLatin1String("payables") && n == 3 && segments.at(2) == QLatin1String("mark_as_paid"))
        allow = "POST";
    if (allow.isEmpty()) {
        facts.reason = QStringLiteral("not_found");
        return error(404,
                     tr("%1 is not emulated. The sandbox knows /v1/auth/token, /v1/auth/revoke, /v1/entities, "
                        "/v1/entity_users/me, /v1/entity_users/my_role and /v1/payables.")
                         .arg(path));
    }
    bool allowed = false;
    for (const QByteArray& method : allow.split(','))
        allowed = allowed || method.trimmed() == request.method;
    if (!allowed) {
        facts.reason = QStringLiteral("method_not_allowed");
        HttpResponse r = error(405,
                               tr("%1 is not allowed on %2; use %3.")
                                   .arg(QString::fromLatin1(request.method), path, QString::fromLatin1(allow)));
        r.headers.append(HttpHeader { "Allow", allow });
        return r;
    }

    const QByteArray version = request.header("x-monite-version");
    if (version.isNull()) {
        facts.reason = QStringLiteral("missing_api_version");
        return error(400, tr("Missing the x-monite-version HTTP header"), QLatin1String("missing_api_version"));
    }
    if (!supportedVersions().contains(QString::fromLatin1(version))) {
        facts.reason = QStringLiteral("unsupported_api_version");
        return error(400,
                     tr("x-monite-version \"%1\" is not a Monite API version. Send one of: %2.")
                         .arg(QString::fromLatin1(version.left(64)), supportedVersions().join(QLatin1String(", "))),
                     QLatin1String("unsupported_api_version"));
    }

    if (first == QLatin1String("auth"))
        return segments.at(1) == QLatin1String("token") ? token(request) : revoke(request);

    MonitePrincipal who;
    if (auto refused = authenticate(request, who)) {
        facts.reason = QStringLiteral("unauthorized");
        return *refused;
    }
    facts.tokenId = who.isPartner() ? who.clientId : who.user->id;
    if (first == QLatin1String("entities"))
        return entities(request, who);
    if (first == QLatin1String("entity_users"))
        return segments.at(1) == QLatin1String("me") ? me(who) : myRole(who);
    QString entityId;
    if (auto refused = entityScope(request, who, entityId))
        return *refused;
    facts.spaceId = entityId;
    return payables(request, who, entityId, segments);
}

const MoniteClient* MoniteApi::clientFor(const QString& clientId, const QString& secret) const
{
    const MoniteClient* client = m_config.client(clientId);
    // The digest is computed for an unknown client too, so the answer takes as long either way.
    const QByteArray digest = MoniteSandboxConfig::secretDigest(secret.toUtf8());
    if (!client || !sameDigest(digest, client->secretSha256))
        return nullptr;
    return client;
}

std::optional<QJsonObject> MoniteApi::bodyObject(const QByteArray& body, QList<Problem>& problems)
{
    if (body.trimmed().isEmpty()) {
        problems.append(
            Problem { loc("body"), tr("Field required: send a JSON object as the body."), QStringLiteral("missing") });
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QJsonArray l = loc("body");
        l.append(parseError.offset);
        problems.append(Problem { l, tr("JSON decode error: %1. Send a JSON object.").arg(parseError.errorString()),
                                  QStringLiteral("json_invalid") });
        return std::nullopt;
    }
    if (!doc.isObject()) {
        problems.append(Problem { loc("body"),
                                  tr("Input should be a valid dictionary or object to extract fields from"),
                                  QStringLiteral("model_attributes_type") });
        return std::nullopt;
    }
    return doc.object();
}

namespace {

/// Checks an auth body against its fields (additionalProperties false), as pydantic reports it.
template<typename Problem>
void checkFields(const QJsonObject& body, std::initializer_list<Field> fields, QList<Problem>& problems,
                 const QString& allowedList)
{
    for (const Field& f : fields) {
        const QString name = QLatin1String(f.name);
        const QJsonValue v = body.value(name);
        if (v.isUndefined()) {
            if (f.required)
                problems.append(
                    Problem { loc("body", name), MoniteApi::tr("Field required"), QStringLiteral("missing") });
            continue;
        }
        switch (f.kind) {
        case Kind::UuidOrNull:
            if (v.isNull())
                break;
            Q_FALLTHROUGH();
        case Kind::Uuid:
            if (!v.isString())
                problems.append(Problem { loc("body", name),
                                          MoniteApi::tr("UUID input should be a string, bytes or UUID object"),
                                          QStringLiteral("uuid_type") });
            else if (!MoniteSandboxConfig::isUuid(v.toString()))
                problems.append(
                    Problem { loc("body", name),
                              MoniteApi::tr("Input should be a valid UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                              QStringLiteral("uuid_parsing") });
            break;
        case Kind::String:
            if (!v.isString())
                problems.append(Problem { loc("body", name), MoniteApi::tr("Input should be a valid string"),
                                          QStringLiteral("string_type") });
            break;
        case Kind::GrantType:
            if (v.toString() != QLatin1String("client_credentials") && v.toString() != QLatin1String("entity_user"))
                problems.append(Problem { loc("body", name),
                                          MoniteApi::tr("Input should be 'client_credentials' or 'entity_user'"),
                                          QStringLiteral("enum") });
            break;
        }
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        bool known = false;
        for (const Field& f : fields)
            known = known || it.key() == QLatin1String(f.name);
        if (!known)
            problems.append(
                Problem { loc("body", it.key()),
                          MoniteApi::tr("Extra inputs are not permitted; the body takes only %1.").arg(allowedList),
                          QStringLiteral("extra_forbidden") });
    }
}

} // namespace

HttpResponse MoniteApi::token(const HttpRequest& request)
{
    QList<Problem> problems;
    const auto body = bodyObject(request.body, problems);
    if (!body)
        return validation(problems);
    checkFields(*body,
                { { "grant_type", Kind::GrantType, true },
                  { "client_id", Kind::Uuid, true },
                  { "client_secret", Kind::String, true },
                  { "entity_user_id", Kind::UuidOrNull, false } },
                problems, QStringLiteral("grant_type, client_id, client_secret, entity_user_id"));
    const bool entityUser = body->value(QLatin1String("grant_type")).toString() == QLatin1String("entity_user");
    const QJsonValue userId = body->value(QLatin1String("entity_user_id"));
    if (entityUser && (userId.isUndefined() || userId.isNull()))
        problems.append(Problem { loc("body", QStringLiteral("entity_user_id")),
                                  tr("Field required: grant_type entity_user needs the entity user's id."),
                                  QStringLiteral("missing") });
    if (!entityUser && userId.isString())
        problems.append(Problem { loc("body", QStringLiteral("entity_user_id")),
                                  tr("Only grant_type entity_user takes an entity_user_id; leave it out for "
                                     "client_credentials."),
                                  QStringLiteral("value_error") });
    if (!problems.isEmpty())
        return validation(problems);

    const MoniteClient* client = clientFor(body->value(QLatin1String("client_id")).toString(),
                                           body->value(QLatin1String("client_secret")).toString());
    if (!client)
        return error(401,
                     tr("Wrong client_id or client_secret. Check both, or make a new client with "
                        "monime-sandbox --monite-config FILE --add-monite-client NAME."));
    QString user;
    if (entityUser) {
        const MoniteEntityUser* u = m_config.entityUser(userId.toString());
        if (!u)
            return error(400,
                         tr("Entity user %1 does not exist. Use the id of one of the configuration's "
                            "entity_users.")
                             .arg(userId.toString()));
        user = u->id;
    }
    const auto minted = m_tokens.mint(client->clientId, user);
    if (!minted)
        return error(
            429,
            tr("Too many live tokens (%1). Revoke some, or wait for them to expire.").arg(m_options.maxLiveTokens));
    HttpResponse r = answer(200,
                            QJsonObject { { QLatin1String("access_token"), QString::fromLatin1(*minted) },
                                          { QLatin1String("expires_in"), m_tokens.lifetimeSecs() },
                                          { QLatin1String("token_type"), QLatin1String("Bearer") } });
    // RFC 6749 §5.1: a token answer is never cached.
    r.headers.append(HttpHeader { "Cache-Control", "no-store" });
    r.headers.append(HttpHeader { "Pragma", "no-cache" });
    return r;
}

std::optional<HttpResponse> MoniteApi::authenticate(const HttpRequest& request, MonitePrincipal& who) const
{
    const auto bearer = AuthorizationHeader::bearerToken(request.header("authorization"));
    if (!bearer)
        return error(401,
                     tr("Not authenticated: send Authorization: Bearer ACCESS_TOKEN, with a token from POST "
                        "/v1/auth/token."),
                     QLatin1String("not_authenticated"));
    const MoniteTokenGrant* grant = nullptr;
    const MoniteTokenState state = m_tokens.find(*bearer, &grant);
    if (state != MoniteTokenState::Valid) {
        const QLatin1String type = state == MoniteTokenState::Expired ? QLatin1String("token_expired")
            : state == MoniteTokenState::Revoked                      ? QLatin1String("token_revoked")
                                                                      : QLatin1String("token_not_found");
        // Monite's words (its SDK looks for "expired" to fetch a new token).
        return error(401, tr("The token has been revoked, expired or not found."), type);
    }
    who.clientId = grant->clientId;
    if (!grant->entityUserId.isEmpty()) {
        who.user = m_config.entityUser(grant->entityUserId);
        // A user gone from the configuration must never pass for a partner (no user = partner rights): closed.
        if (!who.user)
            return error(401, tr("The token has been revoked, expired or not found."),
                         QLatin1String("token_not_found"));
        who.role = m_config.role(who.user->roleId);
    }
    return std::nullopt;
}

HttpResponse MoniteApi::revoke(const HttpRequest& request)
{
    MonitePrincipal who;
    if (auto refused = authenticate(request, who))
        return *refused;
    QList<Problem> problems;
    const auto body = bodyObject(request.body, problems);
    if (!body)
        return validation(problems);
    checkFields(
        *body,
        { { "client_id", Kind::Uuid, true }, { "client_secret", Kind::String, true }, { "token", Kind::String, true } },
        problems, QStringLiteral("client_id, client_secret, token"));
    if (!problems.isEmpty())
        return validation(problems);
    const MoniteClient* client = clientFor(body->value(QLatin1String("client_id")).toString(),
                                           body->value(QLatin1String("client_secret")).toString());
    if (!client)
        return error(401,
                     tr("Wrong client_id or client_secret. Revoke with the credentials of the client that got "
                        "the token."));
    if (client->clientId != who.clientId)
        return error(401,
                     tr("The Authorization token was issued to another client than client_id. Authorize with "
                        "a token of the same client."));
    const QByteArray target = body->value(QLatin1String("token")).toString().toUtf8();
    const MoniteTokenGrant* grant = nullptr;
    // A token of another client is answered as one that does not exist: nothing is told about it.
    if (m_tokens.find(target, &grant) != MoniteTokenState::Valid || grant->clientId != client->clientId
        || !m_tokens.revoke(target))
        return error(401, tr("The token has been revoked, expired or not found."), QLatin1String("token_not_found"));
    return answer(200, QJsonObject { { QLatin1String("message"), tr("The token has been revoked.") } });
}

std::optional<HttpResponse> MoniteApi::page(const HttpRequest& request, int& limit, qsizetype& from)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    QList<Problem> problems;
    limit = limitOf(query.queryItemValue(QStringLiteral("limit")), problems);
    bool ok = true;
    from = pageStart(query.queryItemValue(QStringLiteral("pagination_token")), ok);
    if (!ok)
        problems.append(Problem { loc("query", QStringLiteral("pagination_token")),
                                  tr("Unknown pagination token; use one from a previous answer."),
                                  QStringLiteral("value_error") });
    if (!problems.isEmpty())
        return validation(problems);
    return std::nullopt;
}

int MoniteApi::limitOf(const QString& value, QList<Problem>& problems)
{
    if (value.isEmpty())
        return 100;
    bool ok = false;
    const int limit = value.toInt(&ok);
    if (!ok || limit < 1 || limit > 100) {
        problems.append(Problem { loc("query", QStringLiteral("limit")),
                                  tr("Input should be a whole number from 1 to 100"),
                                  ok ? QStringLiteral("less_than_equal") : QStringLiteral("int_parsing") });
        return 0;
    }
    return limit;
}

HttpResponse MoniteApi::entities(const HttpRequest& request, const MonitePrincipal& who)
{
    if (!who.isPartner())
        return error(403,
                     tr("Listing entities needs a partner token (grant_type client_credentials); an entity-user "
                        "token sees only its own entity."),
                     QLatin1String("forbidden"));
    int limit = 0;
    qsizetype from = 0;
    if (auto refused = page(request, limit, from))
        return *refused;
    QJsonArray data;
    const auto& all = m_config.entities();
    for (qsizetype i = from; i < all.size() && data.size() < limit; ++i)
        data.append(QJsonObject {
            { QLatin1String("id"), all.at(i).id },
            { QLatin1String("type"), QLatin1String("organization") },
            { QLatin1String("status"), QLatin1String("active") },
            { QLatin1String("organization"), QJsonObject { { QLatin1String("legal_name"), all.at(i).name } } },
            { QLatin1String("created_at"), iso(m_startedAt) },
            { QLatin1String("updated_at"), iso(m_startedAt) } });
    const qsizetype next = from + data.size();
    return answer(
        200,
        QJsonObject { { QLatin1String("data"), data },
                      { QLatin1String("prev_pagination_token"),
                        from > 0 ? QJsonValue(pageToken(std::max<qsizetype>(0, from - limit))) : QJsonValue() },
                      { QLatin1String("next_pagination_token"),
                        next < all.size() ? QJsonValue(pageToken(next)) : QJsonValue() } });
}

HttpResponse MoniteApi::me(const MonitePrincipal& who)
{
    if (who.isPartner())
        return error(403,
                     tr("/v1/entity_users/me needs an entity-user token (grant_type entity_user); a partner "
                        "token has no user."),
                     QLatin1String("forbidden"));
    const MoniteEntityUser& u = *who.user;
    return answer(200,
                  QJsonObject { { QLatin1String("id"), u.id },
                                { QLatin1String("login"), u.login },
                                { QLatin1String("first_name"), u.firstName },
                                { QLatin1String("last_name"), u.lastName },
                                { QLatin1String("role_id"), u.roleId },
                                { QLatin1String("status"), QLatin1String("active") },
                                { QLatin1String("email"), QJsonValue() },
                                { QLatin1String("phone"), QJsonValue() },
                                { QLatin1String("userpic_file_id"), QJsonValue() },
                                { QLatin1String("created_at"), iso(m_startedAt) },
                                { QLatin1String("updated_at"), iso(m_startedAt) } });
}

HttpResponse MoniteApi::myRole(const MonitePrincipal& who)
{
    if (who.isPartner())
        return error(403,
                     tr("/v1/entity_users/my_role needs an entity-user token (grant_type entity_user); a "
                        "partner token has no role."),
                     QLatin1String("forbidden"));
    const MoniteRole& role = *who.role;
    return answer(200,
                  QJsonObject { { QLatin1String("id"), role.id },
                                { QLatin1String("name"), role.name },
                                { QLatin1String("permissions"), MoniteSandboxConfig::permissionsJson(role) },
                                { QLatin1String("status"), QLatin1String("active") },
                                { QLatin1String("created_at"), iso(m_startedAt) },
                                { QLatin1String("updated_at"), iso(m_startedAt) } });
}

std::optional<HttpResponse> MoniteApi::entityScope(const HttpRequest& request, const MonitePrincipal& who,
                                                   QString& entityId) const
{
    const QByteArray header = request.header("x-monite-entity-id");
    if (header.isNull())
        return validation({ Problem { loc("header", QStringLiteral("x-monite-entity-id")),
                                      tr("Field required: entity resources need the x-monite-entity-id header."),
                                      QStringLiteral("missing") } });
    entityId = QString::fromLatin1(header).toLower();
    if (!MoniteSandboxConfig::isUuid(entityId))
        return validation({ Problem { loc("header", QStringLiteral("x-monite-entity-id")),
                                      tr("Input should be a valid UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6"),
                                      QStringLiteral("uuid_parsing") } });
    if (!who.isPartner() && who.user->entityId != entityId)
        return error(403,
                     tr("This entity-user token belongs to entity %1 and cannot act on entity %2. Send "
                        "x-monite-entity-id: %1.")
                         .arg(who.user->entityId, entityId),
                     QLatin1String("forbidden"));
    if (!m_config.entity(entityId))
        return error(404,
                     tr("Entity %1 was not found. Use the id of one of the configuration's entities.").arg(entityId));
    return std::nullopt;
}

HttpResponse MoniteApi::denied(const MonitePrincipal& who, QLatin1String objectType, QLatin1String action) const
{
    return error(403,
                 tr("The role \"%1\" does not allow \"%2\" on %3 objects here (permission: %4).")
                     .arg(who.role ? who.role->name : QString(), action, objectType,
                          MoniteSandboxConfig::permissionName(who.role ? who.role->permission(objectType, action)
                                                                       : MonitePermission::NotAllowed)),
                 QLatin1String("forbidden"));
}

QJsonObject MoniteApi::payableJson(const Payable& p) const
{
    const bool paid = p.status == QLatin1String("paid");
    return QJsonObject { { QLatin1String("id"), p.id },
                         { QLatin1String("entity_id"), p.entityId },
                         { QLatin1String("status"), p.status },
                         { QLatin1String("currency"), p.currency },
                         { QLatin1String("amount"), p.amount },
                         { QLatin1String("amount_due"), paid ? 0 : p.amount },
                         { QLatin1String("amount_paid"), paid ? p.amount : 0 },
                         { QLatin1String("description"), p.description.isEmpty() ? QJsonValue() : p.description },
                         { QLatin1String("due_date"), p.dueDate.isEmpty() ? QJsonValue() : p.dueDate },
                         { QLatin1String("was_created_by_user_id"),
                           p.createdBy.isEmpty() ? QJsonValue() : QJsonValue(p.createdBy) },
                         { QLatin1String("created_at"), iso(p.createdAt) },
                         { QLatin1String("updated_at"), iso(p.updatedAt) } };
}

HttpResponse MoniteApi::payables(const HttpRequest& request, const MonitePrincipal& who, const QString& entityId,
                                 const QStringList& segments)
{
    const QLatin1String payable("payable");
    const QString creator = who.isPartner() ? QString() : who.user->id;
    if (segments.size() == 1 && request.method == "GET") {
        const MoniteRbac::Scope scope = MoniteRbac::scope(who, payable, QLatin1String("read"));
        if (scope == MoniteRbac::Scope::None)
            return denied(who, payable, QLatin1String("read"));
        int limit = 0;
        qsizetype from = 0;
        if (auto refused = page(request, limit, from))
            return *refused;
        // `allowed_for_own`: the list holds only what this user created.
        QJsonArray data;
        qsizetype seen = 0;
        qsizetype next = -1;
        for (const Payable& p : m_payables) {
            if (p.entityId != entityId || (scope == MoniteRbac::Scope::Own && p.createdBy != creator))
                continue;
            if (seen++ < from)
                continue;
            if (data.size() == limit) {
                next = seen - 1;
                break;
            }
            data.append(payableJson(p));
        }
        return answer(
            200,
            QJsonObject {
                { QLatin1String("data"), data },
                { QLatin1String("prev_pagination_token"),
                  from > 0 ? QJsonValue(pageToken(std::max<qsizetype>(0, from - limit))) : QJsonValue() },
                { QLatin1String("next_pagination_token"), next >= 0 ? QJsonValue(pageToken(next)) : QJsonValue() } });
    }
    if (segments.size() == 1) { // POST: create
        if (MoniteRbac::scope(who, payable, QLatin1String("create")) == MoniteRbac::Scope::None)
            return denied(who, payable, QLatin1String("create"));
        QList<Problem> problems;
        const auto body = bodyObject(request.body, problems);
        if (!body)
            return validation(problems);
        static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QJsonValue currency = body->value(QLatin1String("currency"));
        if (!currency.isUndefined() && !currencyPattern.match(currency.toString()).hasMatch())
            problems.append(Problem { loc("body", QStringLiteral("currency")),
                                      tr("Input should be an ISO 4217 code in capitals, e.g. \"EUR\""),
                                      QStringLiteral("enum") });
        const QJsonValue amount = body->value(QLatin1String("amount"));
        if (!amount.isUndefined()
            && (!amount.isDouble() || amount.toDouble() < 0 || amount.toDouble() != double(amount.toInteger())))
            problems.append(Problem { loc("body", QStringLiteral("amount")),
                                      tr("Input should be a whole number of minor units, 0 or more"),
                                      QStringLiteral("int_type") });
        for (const char* field : { "description", "document_id" }) {
            const QJsonValue v = body->value(QLatin1String(field));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                problems.append(Problem { loc("body", QLatin1String(field)), tr("Input should be a valid string"),
                                          QStringLiteral("string_type") });
        }
        const QJsonValue due = body->value(QLatin1String("due_date"));
        if (!due.isUndefined() && !due.isNull() && !datePattern.match(due.toString()).hasMatch())
            problems.append(Problem { loc("body", QStringLiteral("due_date")),
                                      tr("Input should be a valid date in the format YYYY-MM-DD"),
                                      QStringLiteral("date_from_datetime_parsing") });
        if (!problems.isEmpty())
            return validation(problems);
        if (m_payables.size() >= m_options.maxPayables)
            return error(
                429,
                tr("The sandbox holds %1 payables already; restart it to start afresh.").arg(m_options.maxPayables));
        Payable p;
        p.id = MoniteSandboxConfig::newUuid();
        p.entityId = entityId;
        p.status = QStringLiteral("draft");
        p.currency = currency.isUndefined() ? QStringLiteral("EUR") : currency.toString();
        p.amount = amount.toInteger();
        p.description = body->value(QLatin1String("description")).toString();
        p.dueDate = due.toString();
        p.createdBy = creator;
        p.createdAt = p.updatedAt = m_clock.now();
        m_payableIndex.insert(p.id, m_payables.size());
        m_payables.append(p);
        return answer(201, payableJson(p));
    }

    const QString id = segments.at(1).toLower();
    const auto it = m_payableIndex.constFind(id);
    if (it == m_payableIndex.constEnd() || m_payables.at(*it).entityId != entityId)
        return error(404, tr("Payable %1 was not found in entity %2.").arg(segments.at(1), entityId),
                     QLatin1String("not_found"));
    Payable& p = m_payables[*it];
    const QLatin1String action = segments.size() == 2 ? QLatin1String("read") : QLatin1String("pay");
    if (!MoniteRbac::allows(who, payable, action, p.createdBy))
        return denied(who, payable, action);
    if (segments.size() == 2)
        return answer(200, payableJson(p));
    if (p.status == QLatin1String("paid"))
        return error(409, tr("Payable %1 is paid already.").arg(p.id), QLatin1String("conflict"));
    p.status = QStringLiteral("paid");
    p.updatedAt = m_clock.now();
    return answer(200, payableJson(p));
}

} // namespace monime
