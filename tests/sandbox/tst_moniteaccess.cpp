// SPDX-License-Identifier: GPL-3.0-or-later
// Monite's emulation without sockets: the RBAC rule, token expiry and revocation on a fake clock, the config file.
#include "fakes/FakeClock.h"
#include "sandbox/monite/MoniteAccess.h"
#include "sandbox/monite/MoniteConfig.h"
#include "sandbox/monite/MoniteConfigEditor.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace monime;
using namespace Qt::StringLiterals;

class TestMoniteAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rbac_data()
    {
        QTest::addColumn<int>("permission"); // -1: the role does not name the action
        QTest::addColumn<bool>("partner");
        QTest::addColumn<QString>("creator");
        QTest::addColumn<bool>("allowed");
        const QString me = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
        const QString other = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
        QTest::newRow("allowed, own") << int(MonitePermission::Allowed) << false << me << true;
        QTest::newRow("allowed, other's") << int(MonitePermission::Allowed) << false << other << true;
        QTest::newRow("allowed_for_own, own") << int(MonitePermission::AllowedForOwn) << false << me << true;
        QTest::newRow("allowed_for_own, other's") << int(MonitePermission::AllowedForOwn) << false << other << false;
        QTest::newRow("allowed_for_own, partner's")
            << int(MonitePermission::AllowedForOwn) << false << QString() << false;
        QTest::newRow("not_allowed, own") << int(MonitePermission::NotAllowed) << false << me << false;
        QTest::newRow("missing action") << -1 << false << me << false;
        QTest::newRow("partner passes") << int(MonitePermission::NotAllowed) << true << other << true;
    }
    void rbac()
    {
        QFETCH(int, permission);
        QFETCH(bool, partner);
        QFETCH(QString, creator);
        QFETCH(bool, allowed);
        MoniteRole role { QStringLiteral("r"), QStringLiteral("e"), QStringLiteral("Clerk"), {} };
        if (permission >= 0)
            role.grants.append({ QStringLiteral("payable"), QStringLiteral("pay"), MonitePermission(permission) });
        role.grants.append({ QStringLiteral("receivable"), QStringLiteral("pay"), MonitePermission::Allowed });
        const MoniteEntityUser user { QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001"), {}, {}, {}, {}, {} };
        MonitePrincipal who;
        if (!partner) {
            who.user = &user;
            who.role = &role;
        }
        QCOMPARE(MoniteRbac::allows(who, QStringLiteral("payable"), QStringLiteral("pay"), creator), allowed);
        // Another action on the same object is not implied.
        QCOMPARE(MoniteRbac::allows(who, QStringLiteral("payable"), QStringLiteral("approve"), creator), partner);
    }

    void tokensExpireOnTheClock()
    {
        FakeClock clock;
        MoniteTokenStore store(clock, 60);
        const auto token = store.mint(QStringLiteral("client"), QString());
        QVERIFY(token);
        const MoniteTokenGrant* grant = nullptr;
        QCOMPARE(store.find(*token, &grant), MoniteTokenState::Valid);
        QCOMPARE(grant->clientId, QStringLiteral("client"));
        clock.advanceSecs(59);
        QCOMPARE(store.find(*token), MoniteTokenState::Valid);
        clock.advanceSecs(1);
        QCOMPARE(store.find(*token), MoniteTokenState::Expired);
        QVERIFY(!store.revoke(*token));
        QCOMPARE(store.find("other"), MoniteTokenState::Unknown);
    }

    void revokedAndForgotten()
    {
        FakeClock clock;
        MoniteTokenStore store(clock, 60, 2);
        const auto a = store.mint(QStringLiteral("c"), QString());
        const auto b = store.mint(QStringLiteral("c"), QStringLiteral("u"));
        QVERIFY(a && b && *a != *b);
        QVERIFY(!store.mint(QStringLiteral("c"), QString())); // full
        QVERIFY(store.revoke(*a));
        QCOMPARE(store.find(*a), MoniteTokenState::Revoked);
        QVERIFY(!store.revoke(*a));
        clock.advanceSecs(61);
        QVERIFY(store.mint(QStringLiteral("c"), QString())); // the expired ones were dropped
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.find(*a), MoniteTokenState::Unknown);
    }

    void configRoundTrip()
    {
        MoniteSandboxConfig config;
        const QString client = MoniteSandboxConfig::newUuid();
        const QString entity = MoniteSandboxConfig::newUuid();
        const QString role = MoniteSandboxConfig::newUuid();
        const QString user = MoniteSandboxConfig::newUuid();
        config.addClient(QStringLiteral("ci"), client, "hunter2");
        config.addEntity(entity, QStringLiteral("Acme"));
        config.addRole(
            role, entity, QStringLiteral("Clerk"),
            { { QStringLiteral("payable"), QStringLiteral("read"), MonitePermission::AllowedForOwn },
              { QStringLiteral("accounting_tax_rate"), QStringLiteral("read"), MonitePermission::Allowed } });
        config.addEntityUser(user, entity, role, QStringLiteral("alice"), QStringLiteral("Alice"));
        QVERIFY(config.validate().ok());
        const QByteArray json = config.toJson();
        QVERIFY(!json.contains("hunter2"));
        QVERIFY(json.contains(MoniteSandboxConfig::secretDigest("hunter2")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("monite.json"));
        QVERIFY(config.save(path).ok());
        const auto loaded = MoniteSandboxConfig::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->toJson(), json);
        QCOMPARE(loaded->role(role)->permission(QStringLiteral("payable"), QStringLiteral("read")),
                 MonitePermission::AllowedForOwn);
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void badConfigs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // in the message
        const QByteArray e = R"("entities":[{"id":"11111111-1111-4111-8111-111111111111","name":"Acme"}])";
        QTest::newRow("syntax") << QByteArray("{\n  \"clients\": [\n    {,\n") << u"monite.json:3:"_s;
        QTest::newRow("plain secret") << QByteArray(
            R"({"clients":[{"name":"a","client_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","client_secret":"x"}]})")
                                      << u"clients[0].client_secret"_s;
        QTest::newRow("bad digest") << QByteArray(
            R"({"clients":[{"name":"a","client_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","client_secret_sha256":"abc"}]})")
                                    << u"clients[0].client_secret_sha256"_s;
        QTest::newRow("client id") << QByteArray(
            R"({"clients":[{"name":"a","client_id":"ci","client_secret_sha256":"x"}]})")
                                   << u"clients[0].client_id"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"client":[]})") << u"client:"_s;
        QTest::newRow("role's entity") << QByteArray(
            R"({"roles":[{"id":"aaaaaaaa-0000-4000-8000-000000000001","entity_id":"11111111-1111-4111-8111-111111111111","name":"R","permissions":{"objects":[]}}]})")
                                       << u"roles[0].entity_id"_s;
        QTest::newRow("permission value") << "{" + e
                + R"(,"roles":[{"id":"aaaaaaaa-0000-4000-8000-000000000001","entity_id":"11111111-1111-4111-8111-111111111111","name":"R","permissions":{"objects":[{"object_type":"payable","actions":[{"action_name":"pay","permission":"yes"}]}]}}]})"
                                          << u"roles[0].permissions.objects[0].actions[0].permission"_s;
        QTest::newRow("action name") << "{" + e
                + R"(,"roles":[{"id":"aaaaaaaa-0000-4000-8000-000000000001","entity_id":"11111111-1111-4111-8111-111111111111","name":"R","permissions":{"objects":[{"object_type":"payable","actions":[{"action_name":"fly","permission":"allowed"}]}]}}]})"
                                     << u"roles[0].permissions.objects[0].actions[0].action_name"_s;
        QTest::newRow("user's role") << "{" + e
                + R"(,"entity_users":[{"id":"bbbbbbbb-0000-4000-8000-000000000001","entity_id":"11111111-1111-4111-8111-111111111111","role_id":"aaaaaaaa-0000-4000-8000-000000000009","login":"a"}]})"
                                     << u"entity_users[0].role_id"_s;
        QTest::newRow("duplicate id") << QByteArray(
            R"({"entities":[{"id":"11111111-1111-4111-8111-111111111111"},{"id":"11111111-1111-4111-8111-111111111111"}]})")
                                      << u"entities[1].id"_s;
    }
    void badConfigs()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto config = MoniteSandboxConfig::fromJson(json, QStringLiteral("monite.json"));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.startsWith(QLatin1String("monite.json")), qPrintable(config.error().message));
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(QLatin1String("\"x\"")));
    }

    void grantsFromTheCommandLine()
    {
        const auto ok = MoniteConfigEditor::parseGrant(u"payable:pay=allowed_for_own"_s);
        QVERIFY(ok.ok());
        QCOMPARE(ok->objectType, u"payable"_s);
        QCOMPARE(ok->action, u"pay"_s);
        QCOMPARE(ok->permission, MonitePermission::AllowedForOwn);
        for (const QString& bad : { u"payable"_s, u"payable:pay"_s, u":pay=allowed"_s, u"payable:fly=allowed"_s,
                                    u"payable:pay=maybe"_s, u"payable:pay="_s }) {
            const auto r = MoniteConfigEditor::parseGrant(bad);
            QVERIFY2(!r.ok(), qPrintable(bad));
            QVERIFY(r.error().message.startsWith(QLatin1String("--permission: ")));
        }
    }

    void editorKeepsReferencesWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"monite.json"_s);
        const auto entity = MoniteConfigEditor::addEntity(path, u"Acme"_s);
        QVERIFY(entity.ok());
        const auto role = MoniteConfigEditor::addRole(path, u"Clerk"_s, entity.value(), { u"payable:read=allowed"_s });
        QVERIFY(role.ok());
        QVERIFY(!MoniteConfigEditor::addRole(path, u"X"_s, MoniteSandboxConfig::newUuid(), {}).ok());
        const auto user = MoniteConfigEditor::addEntityUser(path, u"alice"_s, entity.value(), role.value());
        QVERIFY(user.ok());
        const auto wrongRole = MoniteConfigEditor::addEntityUser(path, u"bob"_s, entity.value(), u"nope"_s);
        QVERIFY(!wrongRole.ok());
        QVERIFY(wrongRole.error().message.startsWith(QLatin1String("--role: ")));
        const auto loaded = MoniteSandboxConfig::load(path);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->entityUsers().size(), 1);
        QCOMPARE(loaded->entityUser(user.value())->roleId, role.value());
    }
};

QTEST_GUILESS_MAIN(TestMoniteAccess)
#include "tst_moniteaccess.moc"
