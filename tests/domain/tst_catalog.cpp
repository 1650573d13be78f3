// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace monime;

namespace {

// The smallest catalog fromJson() accepts: one service, one role, one release.
const QByteArray kMinimal = QByteArrayLiteral(R"({
    "services": [
        {"id": "payments", "name": "Payments", "permissions": ["payments:read", "payments:write"]},
        {"id": "payouts", "name": "Payouts", "permissions": ["payouts:read", "payouts:write"]}
    ],
    "roles": [{"id": "viewer", "name": "Viewer", "permissions": ["*:read"]}],
    "releases": [{"id": "caph.2025-06-20", "name": "caph", "date": "2025-06-20"}]
})");

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInServices_data();
    void builtInServices();
    void builtInRoles();
    void ownerHasEverything();
    void viewerReadsOnly();
    void builtInReleases();
    void setListRoundTrip();
    void fromJsonMinimal();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void permissionLimit_data();
    void permissionLimit();
};

void TestCatalog::builtInServices_data()
{
    QTest::addColumn<QString>("service");
    for (const char* id :
         { "payments", "payouts", "customers", "analytics", "checkout-sessions", "financial-accounts",
           "financial-transactions", "internal-transfers", "payment-codes", "receipts", "ussd-otps", "webhooks" })
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TestCatalog::builtInServices()
{
    QFETCH(QString, service);

    const Catalog& catalog = Catalog::builtIn();
    const Service* s = catalog.service(service);
    QVERIFY2(s, qPrintable(service));
    QCOMPARE(s->id, service);
    QVERIFY(!s->name.isEmpty());
    for (const QString& suffix : { QStringLiteral(":read"), QStringLiteral(":write") }) {
        const QString permission = service + suffix;
        QVERIFY2(s->permissions.contains(permission), qPrintable(permission));
        const int index = catalog.permissionIndex(permission);
        QVERIFY2(index >= 0, qPrintable(permission));
        QCOMPARE(catalog.permissions().at(index), permission);
    }
}

void TestCatalog::builtInRoles()
{
    const Catalog& catalog = Catalog::builtIn();
    for (const char* id : { "owner", "admin", "developer", "finance", "viewer" }) {
        const QString roleId = QString::fromLatin1(id);
        QVERIFY2(catalog.role(roleId), id);
        QCOMPARE(catalog.role(roleId)->id, roleId);
        QVERIFY2(catalog.roleIds().contains(roleId), id);
    }
    QVERIFY(!catalog.role(QStringLiteral("superuser")));
    QVERIFY(catalog.permissionIndex(QStringLiteral("payments:delete")) < 0);
    QVERIFY(!catalog.service(QStringLiteral("teleportation")));
}

void TestCatalog::ownerHasEverything()
{
    const Catalog& catalog = Catalog::builtIn();
    const SpaceRole* owner = catalog.role(QStringLiteral("owner"));
    QVERIFY(owner);
    QVERIFY(catalog.permissions().size() >= 24);
    QCOMPARE(owner->permissions.count(), size_t(catalog.permissions().size()));
    QCOMPARE(catalog.toList(owner->permissions), catalog.permissions());
}

void TestCatalog::viewerReadsOnly()
{
    const Catalog& catalog = Catalog::builtIn();
    const SpaceRole* viewer = catalog.role(QStringLiteral("viewer"));
    QVERIFY(viewer);
    for (int i = 0; i < catalog.permissions().size(); ++i) {
        const QString& p = catalog.permissions().at(i);
        QVERIFY(p.endsWith(QLatin1String(":read")) || p.endsWith(QLatin1String(":write")));
        QVERIFY2(viewer->permissions.test(i) == p.endsWith(QLatin1String(":read")), qPrintable(p));
    }
}

void TestCatalog::builtInReleases()
{
    const Catalog& catalog = Catalog::builtIn();
    QCOMPARE(catalog.defaultReleaseId(), QStringLiteral("caph.2025-08-23"));
    QVERIFY(catalog.release(QStringLiteral("caph.2025-08-23")));
    QVERIFY(catalog.release(QStringLiteral("caph.2025-06-20")));
    QVERIFY(!catalog.release(QStringLiteral("caph.1999-01-01")));
    QVERIFY(catalog.releaseIds().contains(QStringLiteral("caph.2025-08-23")));
    QVERIFY(catalog.releaseIds().contains(QStringLiteral("caph.2025-06-20")));
    QCOMPARE(catalog.release(QStringLiteral("caph.2025-08-23"))->name, QStringLiteral("caph"));
}

void TestCatalog::setListRoundTrip()
{
    const Catalog& catalog = Catalog::builtIn();
    const QStringList chosen
        = { QStringLiteral("payouts:write"), QStringLiteral("payments:read"), QStringLiteral("webhooks:read") };
    const PermissionSet set = catalog.toSet(chosen);
    QCOMPARE(set.count(), size_t(3));

    // toList gives catalog order, which for these three is payments, payouts, webhooks.
    const QStringList listed = catalog.toList(set);
    QCOMPARE(listed,
             QStringList({ QStringLiteral("payments:read"), QStringLiteral("payouts:write"),
                           QStringLiteral("webhooks:read") }));
    QCOMPARE(catalog.toSet(listed), set);

    // Every permission survives the round trip on its own.
    for (const QString& p : catalog.permissions())
        QCOMPARE(catalog.toList(catalog.toSet({ p })), QStringList { p });

    // Unknown names are not in any set.
    QCOMPARE(catalog.toSet({ QStringLiteral("payments:delete") }).count(), size_t(0));
    QVERIFY(catalog.toList(PermissionSet()).isEmpty());
}

void TestCatalog::fromJsonMinimal()
{
    const auto parsed = Catalog::fromJson(kMinimal);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    const Catalog& c = parsed.value();
    QCOMPARE(c.permissions(),
             QStringList({ QStringLiteral("payments:read"), QStringLiteral("payments:write"),
                           QStringLiteral("payouts:read"), QStringLiteral("payouts:write") }));
    // "*:read" expands to every read permission, and nothing else.
    QCOMPARE(c.toList(c.role(QStringLiteral("viewer"))->permissions),
             QStringList({ QStringLiteral("payments:read"), QStringLiteral("payouts:read") }));
    // With no release marked default, the first one is.
    QCOMPARE(c.defaultReleaseId(), QStringLiteral("caph.2025-06-20"));
}

void TestCatalog::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("not JSON") << QByteArrayLiteral("{\"services\": [");
    QTest::newRow("empty input") << QByteArray();
    QTest::newRow("empty document") << QByteArrayLiteral("{}");
    QTest::newRow("array, not object") << QByteArrayLiteral("[]");
    QTest::newRow("duplicate permission in one service")
        << QByteArray(kMinimal).replace(R"(["payouts:read", "payouts:write"])", R"(["payouts:read", "payouts:read"])");
    QTest::newRow("duplicate permission across services") << QByteArray(kMinimal).replace(
        R"(["payouts:read", "payouts:write"])", R"(["payouts:read", "payments:write"])");
    QTest::newRow("role with an unknown permission")
        << QByteArray(kMinimal).replace(R"(["*:read"])", R"(["*:read", "payments:delete"])");
    QTest::newRow("no roles") << QByteArray(kMinimal).replace(
        R"([{"id": "viewer", "name": "Viewer", "permissions": ["*:read"]}])", "[]");
    QTest::newRow("no releases") << QByteArray(kMinimal).replace(
        R"([{"id": "caph.2025-06-20", "name": "caph", "date": "2025-06-20"}])", "[]");
}

void TestCatalog::fromJsonRejects()
{
    QFETCH(QByteArray, json);

    const auto parsed = Catalog::fromJson(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("invalid_catalog"));
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestCatalog::permissionLimit_data()
{
    QTest::addColumn<int>("services");
    QTest::addColumn<bool>("ok");
    QTest::newRow("128 permissions") << 64 << true;
    QTest::newRow("130 permissions") << 65 << false;
}

void TestCatalog::permissionLimit()
{
    QFETCH(int, services);
    QFETCH(bool, ok);

    // A permission set has one bit per permission, so a catalog cannot have more than the set holds.
    QJsonArray serviceArray;
    for (int i = 0; i < services; ++i) {
        const QString id = QStringLiteral("service%1").arg(i);
        QJsonObject service;
        service.insert(QStringLiteral("id"), id);
        service.insert(QStringLiteral("permissions"),
                       QJsonArray::fromStringList({ id + QStringLiteral(":read"), id + QStringLiteral(":write") }));
        serviceArray.append(service);
    }
    QJsonObject root = QJsonDocument::fromJson(kMinimal).object();
    root.insert(QStringLiteral("services"), serviceArray);
    root.insert(QStringLiteral("roles"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("owner") },
                                           { QStringLiteral("permissions"), QJsonArray { QStringLiteral("*") } } } });

    const auto parsed = Catalog::fromJson(QJsonDocument(root).toJson());
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->permissions().size(), Catalog::kMaxPermissions);
        QCOMPARE(parsed->role(QStringLiteral("owner"))->permissions.count(), size_t(Catalog::kMaxPermissions));
    } else {
        QCOMPARE(parsed.error().code, QStringLiteral("invalid_catalog"));
    }
}

QTEST_GUILESS_MAIN(TestCatalog)

#include "tst_catalog.moc"
