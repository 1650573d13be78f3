// SPDX-License-Identifier: GPL-3.0-or-later
// MoniteService over a real SQLite file, the in-memory keychain, a fixed clock and a FAKE Monite API
// (tests/fakes/FakeMoniteServer.h: canned answers on 127.0.0.1; the sandbox's emulation is tested elsewhere).
#undef QT_NO_CAST_FROM_ASCII // test data are plain literals in this file

#include "api/MoniteApiClient.h"
#include "fakes/FakeClock.h"
#include "fakes/FakeMoniteServer.h"
#include "fakes/MemorySecretStore.h"
#include "portal/MoniteService.h"
#include "store/Database.h"
#include "support/TestBackend.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;
using Fake = monime::testing::FakeMoniteServer;

namespace {
const QString kClientId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const QString kAda = "0b7a6c1e-2f4d-4a5b-8c9d-0e1f2a3b4c5d";
const QByteArray kSecret = "client-secret-Zx81Qv";
} // namespace

class TestMoniteService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MoniteApiClient> m_client;
    std::unique_ptr<MoniteService> m_service;
    std::unique_ptr<Fake> m_server;
    int m_minted = 0;

    template<typename T, typename Call> Result<T> await(Call call)
    {
        std::optional<Result<T>> got;
        call([&got](Result<T> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
            return makeError("test_timeout", QString(), "no answer");
        return std::move(*got);
    }

    Result<MoniteProfile> add(const QString& name = "acme", const QByteArray& secret = kSecret)
    {
        MoniteProfileDraft d { name, m_server->baseUrl(), QString(), kClientId, { kAda + "=Ada" } };
        return await<MoniteProfile>([&](auto done) { m_service->addProfile(d, secret, done); });
    }
    Result<MoniteMintedToken> mint(const QString& user = {})
    {
        return await<MoniteMintedToken>([&](auto done) { m_service->mintToken("acme", user, done); });
    }
    Result<MoniteTestResult> test(const QString& user = {})
    {
        return await<MoniteTestResult>([&](auto done) { m_service->test("acme", user, done); });
    }
    Result<MoniteRevokeResult> revoke(const QString& user = {})
    {
        return await<MoniteRevokeResult>([&](auto done) { m_service->revokeToken("acme", user, done); });
    }

    /// A Monite that knows one client: tokens "tok-N" for 3600 s, /entities, /entity_users/me and my_role.
    Fake::Response monite(const Fake::Request& r)
    {
        const QByteArray path = r.path;
        if (path == "/v1/auth/token") {
            if (r.json().value("client_secret").toString().toUtf8() != kSecret)
                return Fake::json(401, R"({"error":{"message":"Bad client credentials"}})");
            return Fake::json(200,
                              R"({"access_token":"tok-)" + QByteArray::number(++m_minted)
                                  + R"(","expires_in":3600,"token_type":"Bearer"})");
        }
        if (path == "/v1/auth/revoke")
            return Fake::json(200, R"({"message":"Token revoked"})");
        if (path == "/v1/entities?limit=1")
            return Fake::json(200, R"({"data":[{"id":"ent-1","type":"organization"}]})");
        if (path == "/v1/entity_users/me")
            return Fake::json(200, R"({"id":")" + kAda.toUtf8() + R"(","login":"ada","first_name":"Ada"})");
        if (path == "/v1/entity_users/my_role")
            return Fake::json(200, R"({"id":"r1","name":"Clerk","status":"active","permissions":{"objects":[
                {"object_type":"payable","actions":[{"action_name":"read","permission":"allowed"}]}]}})");
        return Fake::json(404, R"({"error":{"message":"not here"}})");
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(testing::backendProblem().isEmpty(), qPrintable(testing::backendProblem())); }

    void init()
    {
        static int n = 0;
        m_service.reset();
        m_db.reset();
        auto db = Database::open(testing::freshLocation(m_dir, QStringLiteral("m%1.sqlite").arg(++n)));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db).value();
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<MoniteApiClient>(*m_network);
        m_client->setTimeout(2000);
        m_service = std::make_unique<MoniteService>(*m_db, *m_secrets, m_clock, *m_client);
        m_server = std::make_unique<Fake>();
        m_server->setHandler([this](const Fake::Request& r) { return monite(r); });
        m_minted = 0;
    }

    void addKeepsTheSecretInTheKeychainOnly()
    {
        QSignalSpy changed(m_service.get(), &MoniteService::profilesChanged);
        auto p = add();
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QVERIFY(p->id.startsWith("mnp-"));
        QCOMPARE(m_secrets->items().value(MoniteService::clientSecretKey(p->id)), kSecret);
        QCOMPARE(m_secrets->items().size(), 1);
        QCOMPARE(changed.count(), 1);
        auto list = m_service->profiles();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().profile.clientId, kClientId);
        QCOMPARE(list->first().profile.entityUsers.first().label, QStringLiteral("Ada"));
        QCOMPARE(list->first().profile.secretSetAt, m_clock.now());
        QVERIFY(list->first().tokens.isEmpty());
        QVERIFY(m_server->requests().isEmpty());
        if (testing::usesPostgres()) {
            const QByteArray rows = testing::postgresRows(m_db->connection());
            QVERIFY(rows.contains(kClientId.toUtf8()));
            QVERIFY(!rows.contains(kSecret));
            return;
        }
        QFile file(m_db->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kSecret));
        QFile wal(m_db->path() + "-wal");
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(kSecret));
    }

    void addRefusesBadInput()
    {
        QCOMPARE(add("acme", QByteArray()).error().field, QStringLiteral("clientSecret"));
        QCOMPARE(add("bad name").error().field, QStringLiteral("name"));
        QVERIFY(add().ok());
        auto again = add();
        QCOMPARE(again.error().code, QStringLiteral("name_taken"));
        QCOMPARE(m_secrets->items().size(), 1);
        m_secrets->setFailure("keychain_locked");
        auto locked = add("other");
        QCOMPARE(locked.error().code, QStringLiteral("keychain_locked"));
        m_secrets->setFailure({});
        QCOMPARE(m_service->profiles()->size(), 1);
    }

    // POST /auth/token: no Authorization, x-monite-version, exactly the documented body; expiry from the clock.
    void mintsPartnerAndEntityUserTokens()
    {
        QVERIFY(add().ok());
        QSignalSpy minted(m_service.get(), &MoniteService::tokenMinted);
        auto t = mint();
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->accessToken, QByteArray("tok-1"));
        QCOMPARE(t->times.receivedAt, m_clock.now());
        QCOMPARE(t->times.expiresAt, m_clock.now().addSecs(3600));
        QCOMPARE(t->requestId, QStringLiteral("req-fake-1"));
        QCOMPARE(minted.count(), 1);
        const Fake::Request& r = m_server->requests().last();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/v1/auth/token"));
        QVERIFY(!r.headers.contains("authorization"));
        QCOMPARE(r.headers.value("x-monite-version"), QByteArray("2024-05-25"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.json().keys(), (QStringList { "client_id", "client_secret", "grant_type" }));
        QCOMPARE(r.json().value("grant_type").toString(), QStringLiteral("client_credentials"));
        const QString id = m_service->profiles()->first().profile.id;
        QCOMPARE(m_secrets->items().value(MoniteService::accessTokenKey(id, MoniteAuthGrant::partner())),
                 QByteArray("tok-1"));

        auto u = mint("Ada");
        QVERIFY(u.ok());
        QCOMPARE(m_server->requests().last().json().value("entity_user_id").toString(), kAda);
        QCOMPARE(m_server->requests().last().json().value("grant_type").toString(), QStringLiteral("entity_user"));
        QCOMPARE(m_server->requests().last().json().keys().size(), 4);

        // Looking never mints: the countdown comes from the stored times and the clock.
        const qsizetype before = m_server->requests().size();
        m_clock.advanceSecs(600);
        auto list = m_service->profiles();
        QCOMPARE(list->first().tokens.size(), 2);
        QCOMPARE(list->first().tokens.first().status, MoniteTokenStatus::Live);
        QCOMPARE(list->first().tokens.first().secondsLeft, qint64(3000));
        QCOMPARE(list->first().tokens.last().label, QStringLiteral("Ada"));
        m_clock.advanceSecs(3000);
        QCOMPARE(m_service->profiles()->first().tokens.first().status, MoniteTokenStatus::Expired);
        auto shown = m_service->show("acme");
        QVERIFY(shown.ok());
        QVERIFY(shown->history.size() >= 3);
        QCOMPARE(shown->history.first().action, QStringLiteral("token_minted"));
        QCOMPARE(m_server->requests().size(), before);
    }

    void mintUnknownEntityUser()
    {
        QVERIFY(add().ok());
        auto bad = mint("Bob");
        QCOMPARE(bad.error().code, QStringLiteral("unknown_entity_user"));
        QCOMPARE(bad.error().field, QStringLiteral("entityUser"));
        QVERIFY(bad.error().message.contains("Ada="));
        QVERIFY(m_server->requests().isEmpty());
        // Any UUID works, and is remembered as an entity user of the profile.
        const QString other = "11111111-2222-4333-8444-555555555555";
        QVERIFY(mint(other).ok());
        QCOMPARE(m_service->profiles()->first().profile.entityUsers.size(), 2);
    }

    void mintErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"message":"nope"}})") << "monite_unauthorized";
        QTest::newRow("422") << 422 << QByteArray(R"({"detail":[{"loc":["body","client_id"],"msg":"bad"}]})")
                             << "monite_validation";
        QTest::newRow("missing version") << 400
                                         << QByteArray(
                                                R"({"error":{"type":"missing_api_version","message":"Missing"}})")
                                         << "monite_missing_api_version";
        QTest::newRow("429") << 429 << QByteArray("{}") << "monite_rate_limited";
        QTest::newRow("500") << 500 << QByteArray("{}") << "monite_server_error";
        QTest::newRow("not json 200") << 200 << QByteArray("<html>") << "monite_not_json";
        QTest::newRow("no expires_in") << 200 << QByteArray(R"({"access_token":"x"})") << "monite_bad_answer";
    }
    void mintErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QVERIFY(add().ok());
        m_server->setHandler([&](const Fake::Request&) { return Fake::json(status, body); });
        auto t = mint();
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QCOMPARE(m_secrets->items().size(), 1); // only the client secret
        QVERIFY(m_service->profiles()->first().tokens.isEmpty());
    }

    void networkErrorsHaveTheirOwnMessages()
    {
        QVERIFY(add().ok());
        m_client->setTimeout(300);
        m_server->setHandler([](const Fake::Request&) {
            Fake::Response r;
            r.hang = true;
            return r;
        });
        auto slow = mint();
        QCOMPARE(slow.error().code, QStringLiteral("monite_timeout"));
        QVERIFY(slow.error().message.contains("did not answer"));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        MoniteProfileDraft d { "gone", QStringLiteral("http://127.0.0.1:%1/v1").arg(port), {}, kClientId, {} };
        QVERIFY(await<MoniteProfile>([&](auto done) { m_service->addProfile(d, kSecret, done); }).ok());
        auto refused = await<MoniteMintedToken>([&](auto done) { m_service->mintToken("gone", {}, done); });
        QCOMPARE(refused.error().code, QStringLiteral("monite_refused"));
        QVERIFY(refused.error().message.contains(QString::number(port)));

        // Not Monite: an endless answer is cut off at 1 MiB and said so, not kept in memory.
        m_client->setTimeout(5000);
        m_server->setHandler([](const Fake::Request&) {
            return Fake::json(200, "{\"pad\":\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"}");
        });
        auto huge = mint();
        QCOMPARE(huge.error().code, QStringLiteral("monite_too_large"));
        QVERIFY(huge.error().message.contains("1 MiB"));
    }

    // Test: a live token is used as it is; none, or one due for a re-mint, is replaced first.
    void testPartner()
    {
        QVERIFY(add().ok());
        auto first = test();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first->ok);
        QVERIFY(first->reminted); // there was no token
        QCOMPARE(first->entitiesSeen, 1);
        QCOMPARE(first->firstEntityId, QStringLiteral("ent-1"));
        QCOMPARE(m_server->requests().size(), 2);
        const Fake::Request& get = m_server->requests().last();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.headers.value("authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(get.headers.value("x-monite-version"), QByteArray("2024-05-25"));
        QVERIFY(!get.headers.contains("x-monite-entity-id"));

        m_clock.advanceSecs(60);
        auto second = test();
        QVERIFY(second->ok);
        QVERIFY(!second->reminted);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(second->secondsLeft, qint64(3540));

        m_clock.advanceSecs(2880 - 60); // 80 % of 3600 s: the re-mint is due
        auto third = test();
        QVERIFY(third->reminted);
        // token (tok-2), the replaced tok-1 revoked, entities with tok-2
        QTRY_COMPARE(m_server->requests().size(), 6);
        bool revokedTheReplaced = false;
        for (const Fake::Request& r : m_server->requests())
            revokedTheReplaced = revokedTheReplaced
                || (r.path == QByteArray("/v1/auth/revoke") && r.headers.value("authorization") == "Bearer tok-1");
        QVERIFY2(revokedTheReplaced, "a re-mint revokes the token it replaces");
        bool testedWithNew = false;
        for (const Fake::Request& r : m_server->requests())
            testedWithNew = testedWithNew
                || (r.path.startsWith("/v1/entities") && r.headers.value("authorization") == "Bearer tok-2");
        QVERIFY(testedWithNew);
        auto shown = m_service->show("acme");
        QVERIFY(shown->view.profile.lastTestResult.startsWith("passed: partner"));
        QCOMPARE(shown->view.profile.lastTestedAt, m_clock.now());
    }

    void testEntityUserReadsWhoAndRole()
    {
        QVERIFY(add().ok());
        QVERIFY(mint("Ada").ok());
        auto r = test("Ada");
        QVERIFY(r.ok());
        QVERIFY(r->ok);
        QVERIFY(!r->reminted);
        QCOMPARE(r->user.login, QStringLiteral("ada"));
        QCOMPARE(r->role.name, QStringLiteral("Clerk"));
        QCOMPARE(r->role.permission("payable", "read"), QStringLiteral("allowed"));
        QVERIFY(r->verdict.contains("Ada (ada)"));
        QCOMPARE(m_server->requests().at(1).path, QByteArray("/v1/entity_users/me"));
        QCOMPARE(m_server->requests().at(2).path, QByteArray("/v1/entity_users/my_role"));
    }

    void testRemintsOnceOn401()
    {
        QVERIFY(add().ok());
        QVERIFY(mint().ok());
        // The server forgot tok-1 (revoked elsewhere): 401 for it, fine for a new one.
        m_server->setHandler([this](const Fake::Request& r) {
            if (r.headers.value("authorization") == "Bearer tok-1")
                return Fake::json(401, R"({"error":{"message":"expired"}})");
            return monite(r);
        });
        auto r = test();
        QVERIFY(r->ok);
        QVERIFY(r->reminted);
        QCOMPARE(m_server->requests().size(), 4); // token, entities(401), token, entities

        // Refused for every token: reported, not retried forever.
        m_server->setHandler([](const Fake::Request& r) {
            if (r.path == "/v1/auth/token")
                return Fake::json(200, R"({"access_token":"tok-x","expires_in":3600,"token_type":"Bearer"})");
            return Fake::json(403, R"({"error":{"message":"Forbidden"}})");
        });
        QSignalSpy finished(m_service.get(), &MoniteService::testFinished);
        auto denied = test();
        QVERIFY(denied.ok());
        QVERIFY(!denied->ok);
        QCOMPARE(denied->errorCode, QStringLiteral("monite_forbidden"));
        QCOMPARE(finished.count(), 1);
        QVERIFY(m_service->show("acme")->view.profile.lastTestResult.startsWith("failed: partner"));
    }

    void revokeSendsBearerAndForgetsTheToken()
    {
        QVERIFY(add().ok());
        QVERIFY(mint().ok());
        const QString id = m_service->profiles()->first().profile.id;
        auto r = revoke();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->message, QStringLiteral("Token revoked"));
        const Fake::Request& req = m_server->requests().last();
        QCOMPARE(req.path, QByteArray("/v1/auth/revoke"));
        QCOMPARE(req.headers.value("authorization"), QByteArray("Bearer tok-1"));
        QCOMPARE(req.json().keys(), (QStringList { "client_id", "client_secret", "token" }));
        QCOMPARE(req.json().value("token").toString(), QStringLiteral("tok-1"));
        QVERIFY(!m_secrets->items().contains(MoniteService::accessTokenKey(id, MoniteAuthGrant::partner())));
        QCOMPARE(m_service->profiles()->first().tokens.first().status, MoniteTokenStatus::Revoked);
        auto again = revoke();
        QCOMPARE(again.error().code, QStringLiteral("no_token"));

        // Already dead at Monite: forgotten here too, and said so.
        QVERIFY(mint().ok());
        m_server->setHandler([](const Fake::Request&) {
            return Fake::json(400, R"({"error":{"message":"The token has been revoked, expired or not found."}})");
        });
        auto dead = revoke();
        QVERIFY(dead.ok());
        QVERIFY(dead->alreadyInvalid);
    }

    void removeAndReplaceSecret()
    {
        auto p = add();
        QVERIFY(mint().ok());
        QVERIFY(mint("Ada").ok());
        QCOMPARE(m_secrets->items().size(), 3);
        m_clock.advanceSecs(86400);
        auto replaced = await<MoniteProfile>([&](auto done) { m_service->replaceSecret("acme", "new-secret", done); });
        QVERIFY(replaced.ok());
        QCOMPARE(m_secrets->items().value(MoniteService::clientSecretKey(p->id)), QByteArray("new-secret"));
        QCOMPARE(m_service->profiles()->first().profile.secretSetAt, m_clock.now());
        QCOMPARE(await<MoniteProfile>([&](auto done) { m_service->replaceSecret("acme", "a b", done); }).error().code,
                 QStringLiteral("invalid_secret"));

        m_secrets->setFailure("keychain_locked");
        QVERIFY(!await<MoniteProfile>([&](auto done) { m_service->removeProfile("acme", done); }).ok());
        QCOMPARE(m_service->profiles()->size(), 1);
        m_secrets->setFailure({});
        QVERIFY(await<MoniteProfile>([&](auto done) { m_service->removeProfile("acme", done); }).ok());
        QVERIFY(m_secrets->items().isEmpty());
        QVERIFY(m_service->profiles()->isEmpty());
        QCOMPARE(m_service->show("acme").error().code, QStringLiteral("profile_not_found"));
    }

    void consistency()
    {
        auto p = add();
        QVERIFY(p.ok());
        m_secrets->write("monite:mnp-gone:client-secret", "x", [](Result<void>) {});
        m_secrets->write("tok-abc", "y", [](Result<void>) {});
        QTRY_COMPARE(m_secrets->items().size(), 3);
        auto report = await<MoniteConsistency>([&](auto done) { m_service->checkConsistency(done); });
        QVERIFY(report.ok());
        QCOMPARE(report->secrets, 2);
        QCOMPARE(report->orphanSecrets, QStringList { "monite:mnp-gone:client-secret" });
        QVERIFY(report->missingClientSecrets.isEmpty());
        m_secrets->remove(MoniteService::clientSecretKey(p->id), [](Result<void>) {});
        QTRY_COMPARE(m_secrets->items().size(), 2);
        report = await<MoniteConsistency>([&](auto done) { m_service->checkConsistency(done); });
        QCOMPARE(report->missingClientSecrets, QStringList { "acme" });
        auto t = mint();
        QCOMPARE(t.error().code, QStringLiteral("client_secret_missing"));
        QVERIFY(t.error().message.contains("monite secret acme"));
    }

    void keysCannotCollideWithTokenIds()
    {
        QVERIFY(MoniteService::isMoniteKey(MoniteService::clientSecretKey("mnp-1")));
        QVERIFY(MoniteService::isMoniteKey(MoniteService::accessTokenKey("mnp-1", MoniteAuthGrant::entityUser(kAda))));
        QVERIFY(!MoniteService::isMoniteKey("tok-abc"));
        QVERIFY(!MoniteService::clientSecretKey("mnp-1").startsWith("tok-"));
    }
};

QTEST_GUILESS_MAIN(TestMoniteService)
#include "tst_moniteservice.moc"
