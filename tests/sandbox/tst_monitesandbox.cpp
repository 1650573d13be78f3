// SPDX-License-Identifier: GPL-3.0-or-later
// Monite's emulation over real HTTP on 127.0.0.1 (MoniteSandbox in-process, a fake clock), and
// `monime-sandbox --add-monite-client` / `--monite-config` run as real processes.
#include "HttpTestClient.h"
#include "fakes/FakeClock.h"
#include "sandbox/monite/MoniteSandbox.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;
using namespace Qt::StringLiterals;

namespace {

const QString kClientA = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
const QString kClientB = QStringLiteral("9c2e1b0a-7d4f-4e61-8a3b-5f6c7d8e9f01");
const QByteArray kSecretA = "secret-of-a";
const QByteArray kSecretB = "secret-of-b";
const QString kEntity = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kOtherEntity = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kRoleAll = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString kRoleOwn = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
const QString kRoleNone = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000003");
const QString kUserAll = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
const QString kUserOwn = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString kUserOwn2 = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000004");
const QString kUserNone = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000003");
const QByteArray kVersion = "2024-05-25";

QList<MoniteGrant> grants(MonitePermission p)
{
    const QString payable = QStringLiteral("payable");
    return { { payable, QStringLiteral("read"), p },
             { payable, QStringLiteral("create"), p },
             { payable, QStringLiteral("pay"), p } };
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject errorOf(const HttpAnswer& a)
{
    return a.json().value(QLatin1String("error")).toObject();
}

} // namespace

class TestMoniteSandbox : public QObject
{
    Q_OBJECT

    FakeClock m_clock;
    std::unique_ptr<MoniteSandbox> m_sandbox;

    HttpAnswer call(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
                    const QByteArray& bearer = {}, const QByteArray& entity = {}, bool version = true)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (version)
            headers.append(qMakePair(QByteArray("x-monite-version"), kVersion));
        if (!bearer.isEmpty())
            headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + bearer));
        if (!entity.isEmpty())
            headers.append(qMakePair(QByteArray("x-monite-entity-id"), entity));
        if (!body.isEmpty())
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        HttpTestClient client(QHostAddress(QHostAddress::LocalHost), m_sandbox->port());
        if (!client.connected())
            return {};
        client.send(HttpTestClient::request(method, target, headers, body));
        return client.next();
    }

    QByteArray partnerToken(const QString& clientId = kClientA, const QByteArray& secret = kSecretA)
    {
        const HttpAnswer a = call("POST", "/v1/auth/token",
                                  json({ { u"grant_type"_s, u"client_credentials"_s },
                                         { u"client_id"_s, clientId },
                                         { u"client_secret"_s, QString::fromLatin1(secret) } }));
        return a.json().value(QLatin1String("access_token")).toString().toLatin1();
    }

    QByteArray userToken(const QString& userId)
    {
        const HttpAnswer a = call("POST", "/v1/auth/token",
                                  json({ { u"grant_type"_s, u"entity_user"_s },
                                         { u"client_id"_s, kClientA },
                                         { u"client_secret"_s, QString::fromLatin1(kSecretA) },
                                         { u"entity_user_id"_s, userId } }));
        return a.json().value(QLatin1String("access_token")).toString().toLatin1();
    }

    /// A payable created with `token`; its id.
    QByteArray createPayable(const QByteArray& token)
    {
        const HttpAnswer a = call("POST", "/v1/payables", json({ { u"currency"_s, u"EUR"_s }, { u"amount"_s, 1250 } }),
                                  token, kEntity.toLatin1());
        return a.status == 201 ? a.json().value(QLatin1String("id")).toString().toLatin1() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        MoniteSandboxConfig config;
        config.addClient(QStringLiteral("a"), kClientA, kSecretA);
        config.addClient(QStringLiteral("b"), kClientB, kSecretB);
        config.addEntity(kEntity, QStringLiteral("Acme"));
        config.addEntity(kOtherEntity, QStringLiteral("Globex"));
        config.addRole(kRoleAll, kEntity, QStringLiteral("Accountant"), grants(MonitePermission::Allowed));
        config.addRole(kRoleOwn, kEntity, QStringLiteral("Clerk"), grants(MonitePermission::AllowedForOwn));
        config.addRole(kRoleNone, kEntity, QStringLiteral("Viewer of nothing"), grants(MonitePermission::NotAllowed));
        config.addEntityUser(kUserAll, kEntity, kRoleAll, QStringLiteral("alice"), QStringLiteral("Alice"));
        config.addEntityUser(kUserOwn, kEntity, kRoleOwn, QStringLiteral("bob"));
        config.addEntityUser(kUserOwn2, kEntity, kRoleOwn, QStringLiteral("carol"));
        config.addEntityUser(kUserNone, kEntity, kRoleNone, QStringLiteral("dave"));
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        MoniteApiOptions options;
        options.tokenLifetimeSecs = 600;
        m_sandbox = std::make_unique<MoniteSandbox>(config, m_clock, options);
        const auto port = m_sandbox->listen();
        QVERIFY2(port.ok(), qPrintable(port.error().message));
        QCOMPARE(m_sandbox->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1/v1").arg(port.value()));
    }
    void cleanup() { m_sandbox.reset(); }

    void partnerTokenAndEntities()
    {
        const HttpAnswer a = call("POST", "/v1/auth/token",
                                  json({ { u"grant_type"_s, u"client_credentials"_s },
                                         { u"client_id"_s, kClientA },
                                         { u"client_secret"_s, QString::fromLatin1(kSecretA) } }));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().keys(), QStringList({ u"access_token"_s, u"expires_in"_s, u"token_type"_s }));
        QCOMPARE(a.json().value(QLatin1String("expires_in")).toInt(), 600);
        QCOMPARE(a.json().value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(a.json().value(QLatin1String("access_token")).toString().size() >= 40);
        QCOMPARE(a.headers.value("x-monite-version"), kVersion);
        QVERIFY(!a.headers.value("x-request-id").isEmpty());
        QCOMPARE(a.headers.value("cache-control"), QByteArray("no-store"));

        const QByteArray token = a.json().value(QLatin1String("access_token")).toString().toLatin1();
        const HttpAnswer list = call("GET", "/v1/entities?limit=1", {}, token);
        QCOMPARE(list.status, 200);
        const QJsonArray data = list.json().value(QLatin1String("data")).toArray();
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).toObject().value(QLatin1String("id")).toString(), kEntity);
        QVERIFY(list.json().value(QLatin1String("next_pagination_token")).isString());
        // Partner tokens have no user and no role.
        QCOMPARE(call("GET", "/v1/entity_users/me", {}, token).status, 403);
        QCOMPARE(call("GET", "/v1/entity_users/my_role", {}, token).status, 403);
    }

    void entityUserTokenMeAndRole()
    {
        const QByteArray token = userToken(kUserOwn);
        QVERIFY(!token.isEmpty());
        const HttpAnswer me = call("GET", "/v1/entity_users/me", {}, token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QLatin1String("id")).toString(), kUserOwn);
        QCOMPARE(me.json().value(QLatin1String("login")).toString(), QStringLiteral("bob"));
        QCOMPARE(me.json().value(QLatin1String("role_id")).toString(), kRoleOwn);
        const HttpAnswer role = call("GET", "/v1/entity_users/my_role", {}, token);
        QCOMPARE(role.status, 200);
        QCOMPARE(role.json().value(QLatin1String("name")).toString(), QStringLiteral("Clerk"));
        const QJsonObject object
            = role.json()[QLatin1String("permissions")].toObject()[QLatin1String("objects")].toArray().at(0).toObject();
        QCOMPARE(object.value(QLatin1String("object_type")).toString(), QStringLiteral("payable"));
        QCOMPARE(object[QLatin1String("actions")].toArray().at(0).toObject()[QLatin1String("permission")].toString(),
                 QStringLiteral("allowed_for_own"));
        // Entity-user tokens cannot list entities.
        const HttpAnswer entities = call("GET", "/v1/entities?limit=1", {}, token);
        QCOMPARE(entities.status, 403);
        QVERIFY(!errorOf(entities).value(QLatin1String("message")).toString().isEmpty());
    }

    void badCredentials_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("bad secret") << kClientA << QByteArray("wrong");
        QTest::newRow("another client's secret") << kClientA << kSecretB;
        QTest::newRow("unknown client") << QStringLiteral("00000000-0000-4000-8000-000000000000") << kSecretA;
    }
    void badCredentials()
    {
        QFETCH(QString, clientId);
        QFETCH(QByteArray, secret);
        const HttpAnswer a = call("POST", "/v1/auth/token",
                                  json({ { u"grant_type"_s, u"client_credentials"_s },
                                         { u"client_id"_s, clientId },
                                         { u"client_secret"_s, QString::fromLatin1(secret) } }));
        QCOMPARE(a.status, 401);
        QVERIFY(!errorOf(a).value(QLatin1String("message")).toString().isEmpty());
        QVERIFY(!a.body.contains(secret));
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("type");
        const QByteArray ok = R"("client_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","client_secret":"x")";
        QTest::newRow("extra field") << QByteArray("/v1/auth/token")
                                     << "{\"grant_type\":\"client_credentials\"," + ok + ",\"scope\":\"all\"}"
                                     << u"scope"_s << u"extra_forbidden"_s;
        QTest::newRow("missing grant") << QByteArray("/v1/auth/token") << "{" + ok + "}" << u"grant_type"_s
                                       << u"missing"_s;
        QTest::newRow("unknown grant") << QByteArray("/v1/auth/token") << "{\"grant_type\":\"password\"," + ok + "}"
                                       << u"grant_type"_s << u"enum"_s;
        QTest::newRow("client id not a uuid")
            << QByteArray("/v1/auth/token")
            << QByteArray(R"({"grant_type":"client_credentials","client_id":"ci","client_secret":"x"})")
            << u"client_id"_s << u"uuid_parsing"_s;
        QTest::newRow("entity_user without user")
            << QByteArray("/v1/auth/token") << "{\"grant_type\":\"entity_user\"," + ok + "}" << u"entity_user_id"_s
            << u"missing"_s;
        QTest::newRow("secret not a string")
            << QByteArray("/v1/auth/token")
            << QByteArray(
                   R"({"grant_type":"client_credentials","client_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","client_secret":5})")
            << u"client_secret"_s << u"string_type"_s;
    }
    void invalidBodies()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, type);
        const HttpAnswer a = call("POST", target, body);
        QCOMPARE(a.status, 422);
        const QJsonArray detail = a.json().value(QLatin1String("detail")).toArray();
        QCOMPARE(detail.size(), 1);
        const QJsonObject d = detail.at(0).toObject();
        QCOMPARE(d.value(QLatin1String("loc")).toArray(), QJsonArray({ u"body"_s, field }));
        QCOMPARE(d.value(QLatin1String("type")).toString(), type);
        QVERIFY(!d.value(QLatin1String("msg")).toString().isEmpty());
    }

    void notJson()
    {
        const HttpAnswer a = call("POST", "/v1/auth/token", "grant_type=client_credentials");
        QCOMPARE(a.status, 422);
        QCOMPARE(a.json()[QLatin1String("detail")].toArray().at(0).toObject()[QLatin1String("type")].toString(),
                 QStringLiteral("json_invalid"));
    }

    void versionHeader()
    {
        const HttpAnswer missing = call("GET", "/v1/entity_users/me", {}, {}, {}, false);
        QCOMPARE(missing.status, 400);
        QCOMPARE(
            missing.body,
            QByteArray(
                R"({"error":{"type":"missing_api_version","message":"Missing the x-monite-version HTTP header"}})"));
        QVERIFY(!missing.headers.value("x-request-id").isEmpty());
        QCOMPARE(call("POST", "/v1/auth/token", "{}", {}, {}, false).status, 400);

        HttpTestClient client(QHostAddress(QHostAddress::LocalHost), m_sandbox->port());
        client.send(HttpTestClient::request("GET", "/v1/entity_users/me",
                                            { qMakePair(QByteArray("x-monite-version"), QByteArray("2019-01-01")) }));
        const HttpAnswer unknown = client.next();
        QCOMPARE(unknown.status, 400);
        QCOMPARE(errorOf(unknown).value(QLatin1String("type")).toString(), QStringLiteral("unsupported_api_version"));
        QVERIFY(errorOf(unknown).value(QLatin1String("message")).toString().contains(QLatin1String("2024-05-25")));
    }

    void methodNotAllowedAndNotFound()
    {
        const HttpAnswer a = call("GET", "/v1/auth/token");
        QCOMPARE(a.status, 405);
        QCOMPARE(a.headers.value("allow"), QByteArray("POST"));
        QVERIFY(!errorOf(a).value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(call("DELETE", "/v1/payables").headers.value("allow"), QByteArray("GET, POST"));
        QCOMPARE(call("GET", "/v1/nothing").status, 404);
        QCOMPARE(call("GET", "/").status, 404);
    }

    void expiryWithFakeClock()
    {
        const QByteArray token = userToken(kUserAll);
        QCOMPARE(call("GET", "/v1/entity_users/me", {}, token).status, 200);
        m_clock.advanceSecs(599);
        QCOMPARE(call("GET", "/v1/entity_users/me", {}, token).status, 200);
        m_clock.advanceSecs(1);
        const HttpAnswer expired = call("GET", "/v1/entity_users/me", {}, token);
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorOf(expired).value(QLatin1String("type")).toString(), QStringLiteral("token_expired"));
        QVERIFY(errorOf(expired).value(QLatin1String("message")).toString().contains(QLatin1String("expired")));
    }

    void missingOrUnknownBearer()
    {
        QCOMPARE(call("GET", "/v1/entity_users/me").status, 401);
        const HttpAnswer unknown = call("GET", "/v1/entity_users/me", {}, "not-a-token-of-ours");
        QCOMPARE(unknown.status, 401);
        QCOMPARE(errorOf(unknown).value(QLatin1String("type")).toString(), QStringLiteral("token_not_found"));
    }

    void revokeThenUse()
    {
        const QByteArray token = partnerToken();
        QCOMPARE(call("GET", "/v1/entities", {}, token).status, 200);
        const HttpAnswer r = call("POST", "/v1/auth/revoke",
                                  json({ { u"client_id"_s, kClientA },
                                         { u"client_secret"_s, QString::fromLatin1(kSecretA) },
                                         { u"token"_s, QString::fromLatin1(token) } }),
                                  token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().keys(), QStringList({ u"message"_s }));
        const HttpAnswer after = call("GET", "/v1/entities", {}, token);
        QCOMPARE(after.status, 401);
        QCOMPARE(errorOf(after).value(QLatin1String("type")).toString(), QStringLiteral("token_revoked"));
    }

    void revokeNeedsBearerAndBody()
    {
        const QByteArray token = partnerToken();
        const QByteArray body = json({ { u"client_id"_s, kClientA },
                                       { u"client_secret"_s, QString::fromLatin1(kSecretA) },
                                       { u"token"_s, QString::fromLatin1(token) } });
        QCOMPARE(call("POST", "/v1/auth/revoke", body).status, 401); // no Authorization
        const HttpAnswer extra = call("POST", "/v1/auth/revoke",
                                      json({ { u"client_id"_s, kClientA },
                                             { u"client_secret"_s, QString::fromLatin1(kSecretA) },
                                             { u"token"_s, QString::fromLatin1(token) },
                                             { u"grant_type"_s, u"client_credentials"_s } }),
                                      token);
        QCOMPARE(extra.status, 422);
        QCOMPARE(extra.json()[QLatin1String("detail")].toArray().at(0).toObject()[QLatin1String("loc")].toArray(),
                 QJsonArray({ u"body"_s, u"grant_type"_s }));
        QCOMPARE(call("GET", "/v1/entities", {}, token).status, 200); // still valid
    }

    void revokeWithAnotherClientsCredentialsRefused()
    {
        const QByteArray tokenA = partnerToken(kClientA, kSecretA);
        const QByteArray tokenB = partnerToken(kClientB, kSecretB);
        QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
        // B, with its own token and credentials, tries to revoke A's token.
        const HttpAnswer own = call("POST", "/v1/auth/revoke",
                                    json({ { u"client_id"_s, kClientB },
                                           { u"client_secret"_s, QString::fromLatin1(kSecretB) },
                                           { u"token"_s, QString::fromLatin1(tokenA) } }),
                                    tokenB);
        QCOMPARE(own.status, 401);
        // B's credentials with A's token as the bearer.
        const HttpAnswer mixed = call("POST", "/v1/auth/revoke",
                                      json({ { u"client_id"_s, kClientB },
                                             { u"client_secret"_s, QString::fromLatin1(kSecretB) },
                                             { u"token"_s, QString::fromLatin1(tokenA) } }),
                                      tokenA);
        QCOMPARE(mixed.status, 401);
        // A's id with a wrong secret.
        const HttpAnswer wrong = call("POST", "/v1/auth/revoke",
                                      json({ { u"client_id"_s, kClientA },
                                             { u"client_secret"_s, QStringLiteral("guess") },
                                             { u"token"_s, QString::fromLatin1(tokenA) } }),
                                      tokenA);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(call("GET", "/v1/entities", {}, tokenA).status, 200);
    }

    void entityHeader()
    {
        const QByteArray partner = partnerToken();
        const HttpAnswer missing = call("GET", "/v1/payables", {}, partner);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.json()[QLatin1String("detail")].toArray().at(0).toObject()[QLatin1String("loc")].toArray(),
                 QJsonArray({ u"header"_s, u"x-monite-entity-id"_s }));
        QCOMPARE(call("GET", "/v1/payables", {}, partner, "acme").status, 422);
        QCOMPARE(call("GET", "/v1/payables", {}, partner, "99999999-9999-4999-8999-999999999999").status, 404);
        const HttpAnswer ok = call("GET", "/v1/payables", {}, partner, kEntity.toLatin1());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.headers.value("x-monite-entity-id"), kEntity.toLatin1());
        // An entity-user token only for its own entity.
        const QByteArray user = userToken(kUserAll);
        QCOMPARE(call("GET", "/v1/payables", {}, user, kOtherEntity.toLatin1()).status, 403);
        QCOMPARE(call("GET", "/v1/payables", {}, user, kEntity.toLatin1()).status, 200);
    }

    void roles()
    {
        const QByteArray entity = kEntity.toLatin1();
        const QByteArray partner = partnerToken();
        const QByteArray all = userToken(kUserAll);
        const QByteArray own = userToken(kUserOwn);
        const QByteArray own2 = userToken(kUserOwn2);
        const QByteArray none = userToken(kUserNone);

        // create: allowed, allowed_for_own (the user becomes the creator), not_allowed; a partner passes.
        const QByteArray byPartner = createPayable(partner);
        const QByteArray byAll = createPayable(all);
        const QByteArray byOwn = createPayable(own);
        QVERIFY(!byPartner.isEmpty() && !byAll.isEmpty() && !byOwn.isEmpty());
        const HttpAnswer denied = call("POST", "/v1/payables", json({ { u"amount"_s, 1 } }), none, entity);
        QCOMPARE(denied.status, 403);
        QVERIFY(errorOf(denied).value(QLatin1String("message")).toString().contains(QLatin1String("create")));
        const HttpAnswer created = call("GET", "/v1/payables/" + byOwn, {}, own, entity);
        QCOMPARE(created.json().value(QLatin1String("was_created_by_user_id")).toString(), kUserOwn);
        QVERIFY(call("GET", "/v1/payables/" + byPartner, {}, partner, entity)
                    .json()
                    .value(QLatin1String("was_created_by_user_id"))
                    .isNull());

        // read: list and one.
        const auto listed = [&](const QByteArray& token) {
            const HttpAnswer a = call("GET", "/v1/payables", {}, token, entity);
            return a.status == 200 ? a.json().value(QLatin1String("data")).toArray().size() : -a.status;
        };
        QCOMPARE(listed(partner), 3);
        QCOMPARE(listed(all), 3);
        QCOMPARE(listed(own), 1);
        QCOMPARE(listed(own2), 0);
        QCOMPARE(listed(none), -403);
        QCOMPARE(call("GET", "/v1/payables/" + byAll, {}, all, entity).status, 200);
        QCOMPARE(call("GET", "/v1/payables/" + byOwn, {}, own, entity).status, 200);
        QCOMPARE(call("GET", "/v1/payables/" + byAll, {}, own, entity).status, 403);
        QCOMPARE(call("GET", "/v1/payables/" + byOwn, {}, own2, entity).status, 403);
        QCOMPARE(call("GET", "/v1/payables/" + byOwn, {}, none, entity).status, 403);

        // pay.
        const auto pay = [&](const QByteArray& id, const QByteArray& token) {
            return call("POST", "/v1/payables/" + id + "/mark_as_paid", {}, token, entity).status;
        };
        QCOMPARE(pay(byAll, own), 403);
        QCOMPARE(pay(byOwn, own2), 403);
        QCOMPARE(pay(byOwn, none), 403);
        QCOMPARE(pay(byOwn, own), 200);
        QCOMPARE(call("GET", "/v1/payables/" + byOwn, {}, own, entity).json()[QLatin1String("status")].toString(),
                 QStringLiteral("paid"));
        QCOMPARE(pay(byOwn, own), 409);
        QCOMPARE(pay(byPartner, all), 200);
        QCOMPARE(pay(byAll, partner), 200);
        QCOMPARE(call("GET", "/v1/payables/00000000-0000-4000-8000-000000000000", {}, partner, entity).status, 404);
    }

    void payableBodyValidated()
    {
        const HttpAnswer a = call("POST", "/v1/payables", json({ { u"amount"_s, -5 }, { u"currency"_s, u"euro"_s } }),
                                  partnerToken(), kEntity.toLatin1());
        QCOMPARE(a.status, 422);
        QCOMPARE(a.json()[QLatin1String("detail")].toArray().size(), 2);
    }

    void addMoniteClientCommand()
    {
        const QString binary = qEnvironmentVariable("MONIME_SANDBOX");
        QVERIFY2(QFile::exists(binary), "MONIME_SANDBOX must name the built monime-sandbox");
        QTemporaryDir dir;
        const QString file = dir.filePath(u"monite.json"_s);
        const auto run = [&](const QStringList& args, QByteArray& out, QByteArray& err) {
            QProcess p;
            p.start(binary, QStringList { u"--monite-config"_s, file } + args);
            const bool done = p.waitForFinished(10000);
            out = p.readAllStandardOutput();
            err = p.readAllStandardError();
            return done && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        QByteArray out, err;
        QCOMPARE(run({ u"--add-monite-client"_s, u"ci"_s }, out, err), 0);
        QMap<QByteArray, QByteArray> printed;
        for (const QByteArray& line : out.split('\n')) {
            if (line.contains('='))
                printed.insert(line.left(line.indexOf('=')), line.mid(line.indexOf('=') + 1));
        }
        const QByteArray clientId = printed.value("MONITE_CLIENT_ID");
        const QByteArray secret = printed.value("MONITE_CLIENT_SECRET");
        QVERIFY(MoniteSandboxConfig::isUuid(QString::fromLatin1(clientId)));
        QVERIFY(secret.size() >= 40);
        QVERIFY(!err.contains(secret));
        QVERIFY(err.contains("ci"));
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray bytes = stored.readAll();
        QVERIFY(!bytes.contains(secret));
        QVERIFY(bytes.contains(MoniteSandboxConfig::secretDigest(secret)));
        QVERIFY(bytes.contains(clientId));
        // The same name twice is refused, and the file keeps one client.
        QCOMPARE(run({ u"--add-monite-client"_s, u"ci"_s }, out, err), 1);
        QVERIFY(err.contains("--add-monite-client"));
        QVERIFY(!err.contains(secret));

        // The printed secret gets a token from a real monime-sandbox over that file.
        QProcess server;
        server.start(binary, { u"--monite-config"_s, file, u"--port"_s, u"0"_s, u"--token-lifetime"_s, u"120"_s });
        QByteArray banner;
        QVERIFY(QTest::qWaitFor(
            [&] {
                banner += server.readAllStandardOutput();
                return banner.contains("PORT=") && banner.endsWith('\n');
            },
            5000));
        const quint16 port = quint16(banner.mid(banner.indexOf("PORT=") + 5).trimmed().toUInt());
        QVERIFY(port > 0);
        HttpTestClient client(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(client.connected());
        client.send(HttpTestClient::request("POST", "/v1/auth/token",
                                            { qMakePair(QByteArray("x-monite-version"), kVersion) },
                                            json({ { u"grant_type"_s, u"client_credentials"_s },
                                                   { u"client_id"_s, QString::fromLatin1(clientId) },
                                                   { u"client_secret"_s, QString::fromLatin1(secret) } })));
        const HttpAnswer a = client.next();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("expires_in")).toInt(), 120);
        server.terminate();
        QVERIFY(server.waitForFinished(5000));
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(!server.readAllStandardError().contains(secret));
    }

    void badConfigFileNamed()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"monite.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"clients":[{"name":"ci","client_id":"not-a-uuid","client_secret_sha256":"00"}]})");
        f.close();
        QProcess p;
        p.start(qEnvironmentVariable("MONIME_SANDBOX"), { u"--monite-config"_s, file, u"--port"_s, u"0"_s });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(file.toUtf8()) && err.contains("clients[0].client_id"), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestMoniteSandbox)
#include "tst_monitesandbox.moc"
