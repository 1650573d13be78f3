// SPDX-License-Identifier: GPL-3.0-or-later
// Monite client profiles (seed 004), pure: profile rules, grants, token expiry and re-mint with a fixed clock,
// every error shape of the notes, roles with unknown object types, and the test's verdict in words.
// Test data are plain string literals here: the implicit conversion is allowed in this file only.
#undef QT_NO_CAST_FROM_ASCII
#include "domain/MoniteApiError.h"
#include "domain/MoniteProfile.h"
#include "domain/MoniteToken.h"
#include "domain/MoniteUserRole.h"
#include "fakes/FakeClock.h"

#include <QJsonDocument>
#include <QtTest>

using namespace monime;

namespace {
const QString kClientId = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
const QString kUser = QStringLiteral("0b7a6c1e-2f4d-4a5b-8c9d-0e1f2a3b4c5d");
} // namespace

class TestMoniteDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("environment"); // name, or empty when refused
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::newRow("default") << QString() << "sandbox"
                                 << "https://api.sandbox.monite.com/v1" << QString();
        QTest::newRow("sandbox") << "sandbox"
                                 << "sandbox"
                                 << "https://api.sandbox.monite.com/v1" << QString();
        QTest::newRow("eu") << "eu"
                            << "eu"
                            << "https://api.monite.com/v1" << QString();
        QTest::newRow("EU upper") << "EU"
                                  << "eu"
                                  << "https://api.monite.com/v1" << QString();
        QTest::newRow("na") << "na"
                            << "na"
                            << "https://us.api.monite.com/v1" << QString();
        QTest::newRow("known url") << "https://us.api.monite.com/v1/"
                                   << "na"
                                   << "https://us.api.monite.com/v1" << QString();
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/v1/"
                                       << "custom"
                                       << "http://127.0.0.1:8080/v1" << QString();
        QTest::newRow("ipv6 loopback") << "http://[::1]:9/v1"
                                       << "custom"
                                       << "http://[::1]:9/v1" << QString();
        QTest::newRow("localhost") << "http://localhost:9/v1"
                                   << "custom"
                                   << "http://localhost:9/v1" << QString();
        QTest::newRow("custom https") << "https://monite.example.org/v1"
                                      << "custom"
                                      << "https://monite.example.org/v1" << QString();
        QTest::newRow("remote http") << "http://monite.example.org/v1" << QString() << QString()
                                     << "insecure_environment";
        QTest::newRow("ftp") << "ftp://x/v1" << QString() << QString() << "invalid_environment";
        QTest::newRow("word") << "staging" << QString() << QString() << "invalid_environment";
        QTest::newRow("user info") << "https://u:p@api.monite.com/v1" << QString() << QString()
                                   << "invalid_environment";
        QTest::newRow("query") << "https://api.monite.com/v1?x=1" << QString() << QString() << "invalid_environment";
    }
    void environments()
    {
        QFETCH(QString, text);
        QFETCH(QString, environment);
        QFETCH(QString, url);
        QFETCH(QString, code);
        auto r = MoniteRules::parseEnvironment(text);
        if (environment.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, code);
            QCOMPARE(r.error().field, QStringLiteral("environment"));
            QVERIFY(!r.error().message.isEmpty());
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(MoniteRules::environmentName(r->first), environment);
        QCOMPARE(r->second.toString(), url);
    }

    void profileRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QStringList>("users");
        QTest::addColumn<QString>("field"); // empty: valid
        QTest::newRow("valid") << "acme-sandbox" << kClientId << QString() << QStringList { kUser + "=Ada" }
                               << QString();
        QTest::newRow("upper uuid") << "acme" << kClientId.toUpper() << "2025-06-23" << QStringList() << QString();
        QTest::newRow("empty name") << " " << kClientId << QString() << QStringList() << "name";
        QTest::newRow("space in name") << "acme sandbox" << kClientId << QString() << QStringList() << "name";
        QTest::newRow("long name") << QString(65, QLatin1Char('a')) << kClientId << QString() << QStringList()
                                   << "name";
        QTest::newRow("no client id") << "acme" << QString() << QString() << QStringList() << "clientId";
        QTest::newRow("bad client id") << "acme"
                                       << "3fa85f64-5717-4562-b3fc" << QString() << QStringList() << "clientId";
        QTest::newRow("braced client id") << "acme"
                                          << "{" + kClientId + "}" << QString() << QStringList() << "clientId";
        QTest::newRow("bad version") << "acme" << kClientId << "2024-05-26" << QStringList() << "apiVersion";
        QTest::newRow("bad user") << "acme" << kClientId << QString() << QStringList { "ada" } << "entityUser";
        QTest::newRow("twice") << "acme" << kClientId << QString() << QStringList { kUser, kUser.toUpper() + "=x" }
                               << "entityUser";
    }
    void profileRules()
    {
        QFETCH(QString, name);
        QFETCH(QString, clientId);
        QFETCH(QString, version);
        QFETCH(QStringList, users);
        QFETCH(QString, field);
        MoniteProfileDraft d { name, QStringLiteral("sandbox"), version, clientId, users };
        auto r = MoniteRules::validate(d);
        if (!field.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, field);
            QVERIFY(r.error().message.size() > 20);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->clientId, kClientId);
        QCOMPARE(r->apiVersion, version.isEmpty() ? QStringLiteral("2024-05-25") : version);
        QCOMPARE(r->entityUsers.size(), users.size());
        if (!users.isEmpty()) {
            QCOMPARE(r->entityUsers.first().label, QStringLiteral("Ada"));
            QVERIFY(r->entityUser(QStringLiteral("Ada")));
            QVERIFY(r->entityUser(kUser.toUpper()));
            QVERIFY(!r->entityUser(QStringLiteral("Bob")));
        }
    }

    void secretRules()
    {
        QVERIFY(MoniteRules::checkSecret("s3cr3t-AbC_123").ok());
        QCOMPARE(MoniteRules::checkSecret({}).error().field, QStringLiteral("clientSecret"));
        QCOMPARE(MoniteRules::checkSecret("two words").error().code, QStringLiteral("invalid_secret"));
        QCOMPARE(MoniteRules::checkSecret("tab\there").error().code, QStringLiteral("invalid_secret"));
        QCOMPARE(MoniteRules::checkSecret(QByteArray(5000, 'a')).error().code, QStringLiteral("secret_too_long"));
    }

    void grantBodies()
    {
        const QJsonObject partner = MoniteAuthGrant::partner().tokenRequestBody(kClientId, "sec");
        QCOMPARE(partner.keys(), (QStringList { "client_id", "client_secret", "grant_type" }));
        QCOMPARE(partner.value("grant_type").toString(), QStringLiteral("client_credentials"));
        const QJsonObject user = MoniteAuthGrant::entityUser(kUser).tokenRequestBody(kClientId, "sec");
        QCOMPARE(user.keys(), (QStringList { "client_id", "client_secret", "entity_user_id", "grant_type" }));
        QCOMPARE(user.value("grant_type").toString(), QStringLiteral("entity_user"));
        QCOMPARE(user.value("entity_user_id").toString(), kUser);
        QCOMPARE(MoniteAuthGrant::partner().key(), QStringLiteral("partner"));
        QCOMPARE(MoniteAuthGrant::fromKey(MoniteAuthGrant::entityUser(kUser).key()),
                 MoniteAuthGrant::entityUser(kUser));
        QCOMPARE(MoniteAuthGrant::fromKey(QStringLiteral("partner")), MoniteAuthGrant::partner());
    }

    // Expiry = receive time + expires_in; re-mint at min(80 % of the lifetime, 60 s before expiry).
    void expiryAndRemint_data()
    {
        QTest::addColumn<qint64>("expiresIn");
        QTest::addColumn<qint64>("remintAfter");
        QTest::newRow("24 h: 80 %") << qint64(86400) << qint64(69120);
        QTest::newRow("10 min: 80 %") << qint64(600) << qint64(480);
        QTest::newRow("4 min: 60 s before") << qint64(240) << qint64(180);
        QTest::newRow("300 s: both 240") << qint64(300) << qint64(240);
        QTest::newRow("30 s: at once") << qint64(30) << qint64(0);
    }
    void expiryAndRemint()
    {
        QFETCH(qint64, expiresIn);
        QFETCH(qint64, remintAfter);
        FakeClock clock;
        const QDateTime received = clock.now();
        const MoniteTokenTimes t = MoniteTokenTimes::fromResponse(received, expiresIn);
        QCOMPARE(t.expiresAt, received.addSecs(expiresIn));
        QCOMPARE(t.remintAt(), received.addSecs(remintAfter));
        QCOMPARE(t.secondsLeft(clock.now()), expiresIn);
        if (remintAfter > 0) {
            QCOMPARE(MoniteTokenText::statusOf(t, clock.now()), MoniteTokenStatus::Live);
            clock.advanceSecs(remintAfter - 1);
            QVERIFY(!t.remintDue(clock.now()));
            QCOMPARE(MoniteTokenText::statusOf(t, clock.now()), MoniteTokenStatus::Live);
            clock.advanceSecs(1);
        }
        QVERIFY(t.remintDue(clock.now()));
        QCOMPARE(MoniteTokenText::statusOf(t, clock.now()), MoniteTokenStatus::RemintDue);
        QCOMPARE(t.secondsLeft(clock.now()), expiresIn - remintAfter);
        clock.set(t.expiresAt.addSecs(-1));
        QCOMPARE(t.secondsLeft(clock.now()), qint64(1));
        QVERIFY(!t.expired(clock.now()));
        clock.advanceSecs(1);
        QVERIFY(t.expired(clock.now()));
        QCOMPARE(t.secondsLeft(clock.now()), qint64(0));
        QCOMPARE(MoniteTokenText::statusOf(t, clock.now()), MoniteTokenStatus::Expired);
        QVERIFY(MoniteTokenText::describe(t, clock.now()).startsWith(QStringLiteral("expired")));
    }

    void revokedBeatsLive()
    {
        FakeClock clock;
        MoniteTokenTimes t = MoniteTokenTimes::fromResponse(clock.now(), 3600);
        t.revokedAt = clock.now();
        QCOMPARE(MoniteTokenText::statusOf(t, clock.now()), MoniteTokenStatus::Revoked);
        QCOMPARE(MoniteTokenText::statusOf(MoniteTokenTimes {}, clock.now()), MoniteTokenStatus::None);
        QCOMPARE(MoniteTokenText::duration(86400 + 7200), QStringLiteral("1 d 2 h"));
        QCOMPARE(MoniteTokenText::duration(3599), QStringLiteral("59 min 59 s"));
        QCOMPARE(MoniteTokenText::duration(12), QStringLiteral("12 s"));
    }

    // Every error shape of the notes gets its own code, the field to fix, and the request id for support.
    void errorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing version") << 400
                                         << QByteArray(R"({"error":{"type":"missing_api_version","message":"Missing )"
                                                       R"(the x-monite-version HTTP header"}})")
                                         << "monite_missing_api_version"
                                         << "apiVersion"
                                         << "2024-05-25";
        QTest::newRow("400 generic") << 400 << QByteArray(R"({"error":{"message":"Invalid request"}})")
                                     << "monite_bad_request"
                                     << "server"
                                     << "Invalid request";
        QTest::newRow("400 revoked")
            << 400 << QByteArray(R"({"error":{"message":"The token has been revoked, expired or not found."}})")
            << "monite_token_invalid"
            << "token"
            << "new token";
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"message":"Wrong client id or secret"}})")
                             << "monite_unauthorized"
                             << "clientSecret"
                             << "monite secret";
        QTest::newRow("403") << 403 << QByteArray(R"({"error":{"message":"Forbidden"}})") << "monite_forbidden"
                             << "role"
                             << "role";
        QTest::newRow("405") << 405 << QByteArray(R"({"error":{"message":"Method Not Allowed"}})")
                             << "monite_method_not_allowed"
                             << "environment"
                             << "/v1";
        QTest::newRow("422 client_id")
            << 422
            << QByteArray(
                   R"({"detail":[{"loc":["body","client_id"],"msg":"value is not a valid uuid","type":"type_error.uuid"}]})")
            << "monite_validation"
            << "clientId"
            << "client_id: value is not a valid uuid";
        QTest::newRow("422 entity user")
            << 422
            << QByteArray(R"({"detail":[{"loc":["body","entity_user_id",0],"msg":"field required","type":"missing"}]})")
            << "monite_validation"
            << "entityUser"
            << "entity_user_id.0: field required";
        QTest::newRow("429") << 429 << QByteArray(R"({"error":{"message":"Too many"}})") << "monite_rate_limited"
                             << "server"
                             << "Wait";
        QTest::newRow("500") << 500 << QByteArray(R"({"error":{"message":"boom"}})") << "monite_server_error"
                             << "server"
                             << "try again later";
        QTest::newRow("502 html") << 502 << QByteArray("<html>bad gateway</html>") << "monite_server_error"
                                  << "server"
                                  << "no message";
        QTest::newRow("418") << 418 << QByteArray("teapot") << "monite_http_error"
                             << "server"
                             << "not JSON";
    }
    void errorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        const Error e = MoniteApiError::fromHttp(status, body, QStringLiteral("req-42"), QStringLiteral("get a token"));
        QCOMPARE(e.code, code);
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
        QVERIFY2(e.message.contains(QStringLiteral("req-42")), qPrintable(e.message));
        QVERIFY2(e.message.startsWith(QStringLiteral("Could not get a token")), qPrintable(e.message));
    }

    void retryAfterIsQuoted()
    {
        const Error e = MoniteApiError::fromHttp(429, "{}", {}, QStringLiteral("x"), QStringLiteral("17"));
        QVERIFY(e.message.contains(QStringLiteral("17 seconds")));
        QVERIFY(!e.message.contains(QStringLiteral("x-request-id")));
    }

    // my_role: known and unknown object types, the three permission values, schema defaults.
    void roles()
    {
        const QByteArray json = R"({"id":"r1","name":"Clerk","status":"active","permissions":{"objects":[
            {"object_type":"payable","actions":[{"action_name":"read","permission":"allowed"},
                {"action_name":"pay","permission":"not_allowed"},{"action_name":"create","permission":"allowed_for_own"}]},
            {"object_type":"accounting_tax_rate","actions":[{"action_name":"read","permission":"allowed"}]},
            {"object_type":"brand_new_thing","actions":[{}]},
            {"actions":[{"action_name":"read","permission":"allowed"}]}]}})";
        const MoniteUserRole role = MoniteUserRole::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(role.name, QStringLiteral("Clerk"));
        QCOMPARE(role.objects.size(), 3); // the entry without an object type is skipped, unknown types are kept
        QCOMPARE(role.permission("payable", "read"), QStringLiteral("allowed"));
        QCOMPARE(role.permission("payable", "pay"), QStringLiteral("not_allowed"));
        QCOMPARE(role.permission("payable", "create"), QStringLiteral("allowed_for_own"));
        QCOMPARE(role.permission("payable", "approve"), QStringLiteral("not_allowed"));
        QCOMPARE(role.permission("receivable", "read"), QStringLiteral("not_allowed"));
        QCOMPARE(role.permission("accounting_tax_rate", "read"), QStringLiteral("allowed"));
        QCOMPARE(role.permission("brand_new_thing", "read"), QStringLiteral("allowed")); // schema defaults
        QCOMPARE(role.allowedCount(), 4);
    }

    void verdicts()
    {
        FakeClock clock;
        MoniteTestResult partner;
        partner.times = MoniteTokenTimes::fromResponse(clock.now(), 3600);
        partner.entitiesSeen = 1;
        partner.firstEntityId = QStringLiteral("ent-1");
        partner.httpStatus = 200;
        partner.explain(clock.now());
        QVERIFY(partner.ok);
        QVERIFY(partner.verdict.contains(QStringLiteral("partner")));
        QVERIFY(partner.detail.contains(QStringLiteral("1 h 0 min")));
        QCOMPARE(partner.storedResult(), QStringLiteral("passed: partner HTTP 200"));

        MoniteTestResult user;
        user.grant = MoniteAuthGrant::entityUser(kUser);
        user.times = partner.times;
        user.user.firstName = QStringLiteral("Ada");
        user.user.login = QStringLiteral("ada");
        user.hasRole = true;
        user.explain(clock.now());
        QVERIFY(user.verdict.contains(QStringLiteral("Ada (ada)")));
        QVERIFY(user.detail.contains(QStringLiteral("no permissions")));

        const Error e = makeError(QStringLiteral("monite_forbidden"), QStringLiteral("role"), QStringLiteral("nope"));
        user.explain(clock.now(), &e);
        QVERIFY(!user.ok);
        QCOMPARE(user.detail, QStringLiteral("nope"));
        QVERIFY(user.storedResult().startsWith(QStringLiteral("failed: entity user ") + kUser));
        QVERIFY(user.storedResult().endsWith(QStringLiteral("monite_forbidden")));
    }
};

QTEST_GUILESS_MAIN(TestMoniteDomain)
#include "tst_monitedomain.moc"
