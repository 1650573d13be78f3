// SPDX-License-Identifier: GPL-3.0-or-later
// Integration (http): MoniteService and MoniteApiClient against the sandbox's Monite emulation (MoniteSandbox,
// in-process on 127.0.0.1), both on one fixed clock: every grant, expiry, revoke and role case.
#undef QT_NO_CAST_FROM_ASCII // test data are plain literals in this file

#include "api/MoniteApiClient.h"
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "portal/MoniteService.h"
#include "sandbox/monite/MoniteSandbox.h"
#include "store/Database.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

namespace {
const QString kClientId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const QString kEntity = "11111111-1111-4111-8111-111111111111";
const QString kClerkRole = "aaaaaaaa-0000-4000-8000-000000000001";
const QString kNobodyRole = "aaaaaaaa-0000-4000-8000-000000000002";
const QString kAlice = "bbbbbbbb-0000-4000-8000-000000000001";
const QString kBob = "bbbbbbbb-0000-4000-8000-000000000002";
const QString kStranger = "bbbbbbbb-0000-4000-8000-0000000000ff";
const QByteArray kSecret = "sandbox-secret-9f2Lq";
} // namespace

class TestMoniteSandboxClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<MoniteSandbox> m_sandbox;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MoniteApiClient> m_client;
    std::unique_ptr<MoniteService> m_service;

    template<typename T, typename Call> Result<T> await(Call call)
    {
        std::optional<Result<T>> got;
        call([&got](Result<T> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
            return makeError("test_timeout", QString(), "no answer");
        return std::move(*got);
    }
    Result<MoniteProfile> add(const QString& name, const QByteArray& secret, const QString& version = {})
    {
        MoniteProfileDraft d { name,
                               m_sandbox->baseUrl().toString(),
                               version,
                               kClientId,
                               { kAlice + "=alice", kBob + "=bob", kStranger + "=stranger" } };
        return await<MoniteProfile>([&](auto done) { m_service->addProfile(d, secret, done); });
    }
    Result<MoniteMintedToken> mint(const QString& user = {}, const QString& profile = "acme")
    {
        return await<MoniteMintedToken>([&](auto done) { m_service->mintToken(profile, user, done); });
    }
    Result<MoniteTestResult> test(const QString& user = {})
    {
        return await<MoniteTestResult>([&](auto done) { m_service->test("acme", user, done); });
    }
    Result<MoniteRevokeResult> revoke(const QString& user = {})
    {
        return await<MoniteRevokeResult>([&](auto done) { m_service->revokeToken("acme", user, done); });
    }
    Result<MoniteReply> get(const QByteArray& token, const QString& path, const QString& entity = {})
    {
        const MoniteEndpoint e { m_sandbox->baseUrl(), "2024-05-25" };
        return await<MoniteReply>([&](auto done) { m_client->get(e, token, path, {}, entity, done); });
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_service.reset();
        m_sandbox.reset();
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        MoniteSandboxConfig config;
        config.addClient("ci", kClientId, kSecret);
        config.addEntity(kEntity, "Acme");
        config.addRole(kClerkRole, kEntity, "Clerk",
                       { { "payable", "read", MonitePermission::AllowedForOwn },
                         { "payable", "create", MonitePermission::Allowed },
                         { "payable", "pay", MonitePermission::NotAllowed } });
        config.addRole(kNobodyRole, kEntity, "Nobody", {});
        config.addEntityUser(kAlice, kEntity, kClerkRole, "alice", "Alice");
        config.addEntityUser(kBob, kEntity, kNobodyRole, "bob");
        MoniteApiOptions options;
        options.tokenLifetimeSecs = 600;
        m_sandbox = std::make_unique<MoniteSandbox>(config, m_clock, options);
        auto port = m_sandbox->listen();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<MoniteApiClient>(*m_network);
        m_client->setTimeout(3000);
        m_service = std::make_unique<MoniteService>(*m_db, *m_secrets, m_clock, *m_client);
        QVERIFY(add("acme", kSecret).ok());
    }

    void partnerGrant()
    {
        auto t = mint();
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->times.lifetimeSecs(), qint64(600));
        QCOMPARE(t->times.expiresAt, m_clock.now().addSecs(600));
        QVERIFY(!t->requestId.isEmpty());
        auto r = test();
        QVERIFY(r.ok());
        QVERIFY2(r->ok, qPrintable(r->detail));
        QVERIFY(!r->reminted);
        QCOMPARE(r->entitiesSeen, 1);
        QCOMPARE(r->firstEntityId, kEntity);
        // A partner token may not ask who it is: the sandbox says 403, and the message says what to do.
        auto me = get(t->accessToken, "/entity_users/me");
        QCOMPARE(me.error().code, QStringLiteral("monite_forbidden"));
    }

    void entityUserGrantWithRole()
    {
        auto t = mint("alice");
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        auto r = test("alice");
        QVERIFY(r.ok());
        QVERIFY2(r->ok, qPrintable(r->detail));
        QCOMPARE(r->user.id, kAlice);
        QCOMPARE(r->user.login, QStringLiteral("alice"));
        QCOMPARE(r->role.name, QStringLiteral("Clerk"));
        QCOMPARE(r->role.permission("payable", "read"), QStringLiteral("allowed_for_own"));
        QCOMPARE(r->role.permission("payable", "create"), QStringLiteral("allowed"));
        QCOMPARE(r->role.permission("payable", "pay"), QStringLiteral("not_allowed"));
        QVERIFY(r->verdict.contains("Alice (alice)"));
        // The role decides entity resources: reading payables is allowed for own; an entity-user token may not
        // list entities.
        QVERIFY(get(t->accessToken, "/payables", kEntity).ok());
        QCOMPARE(get(t->accessToken, "/entities").error().code, QStringLiteral("monite_forbidden"));

        // A user whose role grants nothing: the test passes (the token is valid) and says every request will fail.
        QVERIFY(mint("bob").ok());
        auto bob = test("bob");
        QVERIFY(bob->ok);
        QVERIFY(bob->detail.contains("no permissions"));
        QCOMPARE(get(m_secrets->items().value(MoniteService::accessTokenKey(m_service->profiles()->first().profile.id,
                                                                            MoniteAuthGrant::entityUser(kBob))),
                     "/payables", kEntity)
                     .error()
                     .code,
                 QStringLiteral("monite_forbidden"));
    }

    void unknownEntityUserAndWrongSecret()
    {
        auto stranger = mint("stranger");
        QVERIFY(!stranger.ok());
        QCOMPARE(stranger.error().code, QStringLiteral("monite_bad_request"));
        QVERIFY(add("wrong", "not-the-secret").ok());
        auto wrong = mint({}, "wrong");
        QCOMPARE(wrong.error().code, QStringLiteral("monite_unauthorized"));
        QCOMPARE(wrong.error().field, QStringLiteral("clientSecret"));
        QVERIFY(wrong.error().message.contains("x-request-id"));
    }

    // Expiry: the sandbox and the app share the clock. Looking shows the countdown; a test re-mints.
    void expiryAndRemint()
    {
        auto t = mint();
        QVERIFY(t.ok());
        m_clock.advanceSecs(479); // 80 % of 600 s is 480 s
        QCOMPARE(m_service->profiles()->first().tokens.first().status, MoniteTokenStatus::Live);
        QCOMPARE(m_service->profiles()->first().tokens.first().secondsLeft, qint64(121));
        QVERIFY(!test()->reminted);
        m_clock.advanceSecs(1);
        QCOMPARE(m_service->profiles()->first().tokens.first().status, MoniteTokenStatus::RemintDue);
        auto due = test();
        QVERIFY(due->ok);
        QVERIFY(due->reminted);
        m_clock.advanceSecs(601);
        // The old token really expired at the sandbox: 401 in Monite's words.
        auto expired = get(t->accessToken, "/entities");
        QCOMPARE(expired.error().code, QStringLiteral("monite_token_invalid"));
        QCOMPARE(m_service->profiles()->first().tokens.first().status, MoniteTokenStatus::Expired);
        auto again = test();
        QVERIFY(again->ok);
        QVERIFY(again->reminted);
    }

    void revokeIsRefusedAfterwards()
    {
        auto t = mint("alice");
        QVERIFY(t.ok());
        auto r = revoke("alice");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(!r->alreadyInvalid);
        QCOMPARE(get(t->accessToken, "/entity_users/me").error().code, QStringLiteral("monite_token_invalid"));
        QCOMPARE(m_service->profiles()->first().tokens.first().status, MoniteTokenStatus::Revoked);
        QCOMPARE(revoke("alice").error().code, QStringLiteral("no_token"));
        // A revoked token here: the next test gets a fresh one.
        auto after = test("alice");
        QVERIFY(after->ok);
        QVERIFY(after->reminted);
    }

    // The token was revoked elsewhere (another program): the test's 401 gets one fresh token and passes.
    void revokedElsewhere()
    {
        auto t = mint();
        QVERIFY(t.ok());
        const MoniteEndpoint e { m_sandbox->baseUrl(), "2024-05-25" };
        auto revoked
            = await<QString>([&](auto done) { m_client->revokeToken(e, kClientId, kSecret, t->accessToken, done); });
        QVERIFY(revoked.ok());
        auto r = test();
        QVERIFY(r->ok);
        QVERIFY(r->reminted);
    }

    void everyApiVersionIsAccepted()
    {
        QVERIFY(add("v2023", kSecret, "2023-09-01").ok());
        QVERIFY(mint({}, "v2023").ok());
    }
};

QTEST_GUILESS_MAIN(TestMoniteSandboxClient)
#include "tst_monitesandboxclient.moc"
