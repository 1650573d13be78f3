// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AccessPolicy.h"
#include "domain/EffectiveAccess.h"
#include "domain/Token.h"

#include <QTest>

using namespace monime;

Q_DECLARE_METATYPE(monime::AccessReason)

namespace {

const qint64 kNowMs = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 kDayMs = 24 * 3600 * 1000;

const QList<AccessReason> kAllReasons = {
    AccessReason::Granted,       AccessReason::Unauthenticated,       AccessReason::TokenRevoked,
    AccessReason::TokenExpired,  AccessReason::EnvironmentMismatch,   AccessReason::IpNotAllowed,
    AccessReason::SpaceRequired, AccessReason::SpaceNotFound,         AccessReason::SpaceNotAllowed,
    AccessReason::NoSpaceAccess, AccessReason::TokenPermissionDenied, AccessReason::RolePermissionDenied,
};

IpAddress address(const char* text)
{
    const auto parsed = IpAddress::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad address in the test: %s", text);
    return *parsed;
}

IpRule rule(const char* text)
{
    const auto parsed = IpRule::parse(QString::fromLatin1(text));
    if (!parsed.ok())
        qFatal("bad rule in the test: %s", text);
    return parsed.value();
}

int permission(const char* name)
{
    return Catalog::builtIn().permissionIndex(QString::fromLatin1(name));
}

/// A live token, whitelisted to one Space and one /24, allowed payments:read; and a request that passes every check.
struct Scenario
{
    TokenGrant grant;
    AccessRequest request;

    Scenario()
    {
        grant.environment = Environment::Live;
        grant.expiresAtMs = kNowMs + 30 * kDayMs;
        grant.ipRules = { rule("203.0.113.0/24"), rule("2001:db8::/32") };
        grant.spaceWhitelist = QStringLiteral("spc-abc123");
        grant.permissions
            = Catalog::builtIn().toSet({ QStringLiteral("payments:read"), QStringLiteral("payouts:read") });

        request.token = &grant;
        request.apiEnvironment = Environment::Live;
        request.caller = address("203.0.113.9");
        request.spaceId = u"spc-abc123";
        request.spaceKnown = true;
        request.isMember = true;
        request.rolePermissions = Catalog::builtIn().role(QStringLiteral("viewer"))->permissions;
        request.requiredPermission = permission("payments:read");
        request.nowMs = kNowMs;
    }
    Scenario(const Scenario&) = delete; // request points into grant
    Scenario& operator=(const Scenario&) = delete;

    /// Breaks the request in one named way (see TestAccessPolicy::deny_data()); false for an unknown name.
    bool apply(const QString& change)
    {
        if (change == QLatin1String("no-token")) {
            request.token = nullptr;
        } else if (change == QLatin1String("revoked")) {
            grant.revokedAtMs = kNowMs - kDayMs;
        } else if (change == QLatin1String("revoked-this-instant")) {
            grant.revokedAtMs = kNowMs;
        } else if (change == QLatin1String("expired")) {
            grant.expiresAtMs = kNowMs - kDayMs;
        } else if (change == QLatin1String("expires-this-instant")) {
            grant.expiresAtMs = kNowMs;
        } else if (change == QLatin1String("test-token")) {
            grant.environment = Environment::Test;
        } else if (change == QLatin1String("test-api")) {
            request.apiEnvironment = Environment::Test;
        } else if (change == QLatin1String("ip-outside")) {
            request.caller = address("198.51.100.7");
        } else if (change == QLatin1String("ip-v6-outside")) {
            request.caller = address("2001:db9::1");
        } else if (change == QLatin1String("ip-just-outside")) {
            request.caller = address("203.0.114.0");
        } else if (change == QLatin1String("no-space")) {
            request.spaceId = QStringView();
        } else if (change == QLatin1String("space-unknown")) {
            request.spaceKnown = false;
        } else if (change == QLatin1String("space-other")) {
            grant.spaceWhitelist = QStringLiteral("spc-other1");
        } else if (change == QLatin1String("not-member")) {
            request.isMember = false;
        } else if (change == QLatin1String("token-lacks")) {
            grant.permissions.reset();
        } else if (change == QLatin1String("role-lacks")) {
            request.rolePermissions.reset();
        } else {
            return false;
        }
        return true;
    }
};

} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void granted();
    void deny_data();
    void deny();
    void autoEnvironmentNeverMismatches_data();
    void autoEnvironmentNeverMismatches();
    void noRequiredPermissionSkipsPermissionChecks();
    void mappedCallerMatchesIpv4Whitelist();
    void emptyWhitelistsAllowAnyCallerAndSpace();
    void messages();
    void operationsWithoutSpace();
    void effectiveAccessAsksThePolicy_data();
    void effectiveAccessAsksThePolicy();
};

void TestAccessPolicy::granted()
{
    Scenario s;
    QVERIFY(s.request.requiredPermission >= 0);
    const AccessDecision d = AccessPolicy::decide(s.request);
    QCOMPARE(d.reason, AccessReason::Granted);
    QVERIFY(d.allowed());
    QCOMPARE(d.httpStatus, 200);
    QCOMPARE(AccessPolicy::httpStatus(AccessReason::Granted), 200);

    // One millisecond before expiry and revocation is still inside.
    s.grant.expiresAtMs = kNowMs + 1;
    s.grant.revokedAtMs = kNowMs + 1;
    QVERIFY(AccessPolicy::decide(s.request).allowed());

    // Same request, same decision.
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessPolicy::decide(s.request).reason);
}

void TestAccessPolicy::deny_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<AccessReason>("reason");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("reasonCode");

    auto row = [](const char* name, const char* changes, AccessReason reason, int status, const char* code) {
        QTest::newRow(name) << QString::fromLatin1(changes).split(QLatin1Char(','), Qt::SkipEmptyParts) << reason
                            << status << QString::fromLatin1(code);
    };

    // One row per check of the enforcement table.
    row("1 unauthenticated", "no-token", AccessReason::Unauthenticated, 401, "unauthenticated");
    row("2 revoked", "revoked", AccessReason::TokenRevoked, 401, "token_revoked");
    row("2 revoked this instant", "revoked-this-instant", AccessReason::TokenRevoked, 401, "token_revoked");
    row("3 expired", "expired", AccessReason::TokenExpired, 401, "token_expired");
    row("3 expires this instant", "expires-this-instant", AccessReason::TokenExpired, 401, "token_expired");
    row("4 test token, live API", "test-token", AccessReason::EnvironmentMismatch, 401, "environment_mismatch");
    row("4 live token, test API", "test-api", AccessReason::EnvironmentMismatch, 401, "environment_mismatch");
    row("5 IP outside", "ip-outside", AccessReason::IpNotAllowed, 403, "ip_not_allowed");
    row("5 IPv6 outside", "ip-v6-outside", AccessReason::IpNotAllowed, 403, "ip_not_allowed");
    row("5 first address after the range", "ip-just-outside", AccessReason::IpNotAllowed, 403, "ip_not_allowed");
    row("6 no Space header", "no-space", AccessReason::SpaceRequired, 400, "space_required");
    // Seed 002: an unknown Space answers exactly like one the Monimeer does not belong to.
    row("6 unknown Space", "space-unknown", AccessReason::SpaceNotFound, 403, "no_space_access");
    row("7 whitelisted to another Space", "space-other", AccessReason::SpaceNotAllowed, 403, "space_not_allowed");
    row("8 not a member", "not-member", AccessReason::NoSpaceAccess, 403, "no_space_access");
    row("9 token lacks permission", "token-lacks", AccessReason::TokenPermissionDenied, 403, "token_permission_denied");
    row("10 role lacks permission", "role-lacks", AccessReason::RolePermissionDenied, 403, "role_permission_denied");

    // Order: the earliest failing check decides.
    row("unauthenticated before all", "revoked,expired,no-space,no-token", AccessReason::Unauthenticated, 401,
        "unauthenticated");
    row("revoked and expired", "revoked,expired", AccessReason::TokenRevoked, 401, "token_revoked");
    row("expired and wrong environment", "expired,test-token", AccessReason::TokenExpired, 401, "token_expired");
    row("wrong environment and wrong IP", "test-token,ip-outside", AccessReason::EnvironmentMismatch, 401,
        "environment_mismatch");
    row("wrong IP and no Space header", "ip-outside,no-space", AccessReason::IpNotAllowed, 403, "ip_not_allowed");
    row("no Space header and other Space", "no-space,space-other,not-member", AccessReason::SpaceRequired, 400,
        "space_required");
    row("unknown Space and not a member", "space-unknown,not-member", AccessReason::SpaceNotFound, 403,
        "no_space_access");
    row("other Space and not a member", "space-other,not-member", AccessReason::SpaceNotAllowed, 403,
        "space_not_allowed");
    row("not a member and token lacks", "not-member,token-lacks", AccessReason::NoSpaceAccess, 403, "no_space_access");
    row("token and role lack the permission", "role-lacks,token-lacks", AccessReason::TokenPermissionDenied, 403,
        "token_permission_denied");
}

void TestAccessPolicy::deny()
{
    QFETCH(QStringList, changes);
    QFETCH(AccessReason, reason);
    QFETCH(int, httpStatus);
    QFETCH(QString, reasonCode);

    Scenario s;
    for (const QString& change : changes)
        QVERIFY2(s.apply(change), qPrintable(change));
    const AccessDecision d = AccessPolicy::decide(s.request);
    QCOMPARE(d.reason, reason);
    QVERIFY(!d.allowed());
    QCOMPARE(d.httpStatus, httpStatus);
    QCOMPARE(AccessPolicy::httpStatus(reason), httpStatus);
    QCOMPARE(QString(AccessPolicy::reasonCode(d.reason)), reasonCode);
}

void TestAccessPolicy::autoEnvironmentNeverMismatches_data()
{
    QTest::addColumn<int>("tokenEnvironment");
    QTest::newRow("test token") << int(Environment::Test);
    QTest::newRow("live token") << int(Environment::Live);
}

void TestAccessPolicy::autoEnvironmentNeverMismatches()
{
    QFETCH(int, tokenEnvironment);

    Scenario s;
    s.grant.environment = Environment(tokenEnvironment);
    s.request.apiEnvironment = std::nullopt;
    const AccessDecision d = AccessPolicy::decide(s.request);
    QCOMPARE(d.reason, AccessReason::Granted);

    // Even with a later check failing, the environment check is not the one that does.
    s.request.isMember = false;
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::NoSpaceAccess);
}

void TestAccessPolicy::noRequiredPermissionSkipsPermissionChecks()
{
    Scenario s;
    s.grant.permissions.reset();
    s.request.rolePermissions.reset();
    s.request.requiredPermission = -1;
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::Granted);

    // The same token and role fail as soon as the endpoint needs a permission.
    s.request.requiredPermission = permission("payments:read");
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::TokenPermissionDenied);
}

void TestAccessPolicy::mappedCallerMatchesIpv4Whitelist()
{
    Scenario s;
    s.grant.ipRules = { rule("203.0.113.0/24") };
    s.request.caller = address("::ffff:203.0.113.9");
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::Granted);

    s.request.caller = address("::ffff:198.51.100.7");
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::IpNotAllowed);
}

void TestAccessPolicy::emptyWhitelistsAllowAnyCallerAndSpace()
{
    Scenario s;
    s.grant.ipRules.clear();
    s.grant.spaceWhitelist.clear();
    s.request.caller = address("2001:db9::1");
    s.request.spaceId = u"spc-zzz999";
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::Granted);
}

void TestAccessPolicy::messages()
{
    const QString perm = QStringLiteral("payouts:write");
    for (AccessReason reason : kAllReasons) {
        const QString message = AccessPolicy::message(reason, perm);
        QVERIFY2(!message.isEmpty(), AccessPolicy::reasonCode(reason).data());
        QVERIFY(!QString(AccessPolicy::reasonCode(reason)).isEmpty());
    }
    QVERIFY(AccessPolicy::message(AccessReason::TokenPermissionDenied, perm).contains(perm));
    QVERIFY(AccessPolicy::message(AccessReason::RolePermissionDenied, perm).contains(perm));
    QVERIFY(AccessPolicy::message(AccessReason::TokenPermissionDenied, QStringLiteral("payments:read"))
                .contains(QStringLiteral("payments:read")));
    // From outside, an unknown Space and one the Monimeer does not belong to are the same answer (seed 002).
    QCOMPARE(AccessPolicy::message(AccessReason::SpaceNotFound), AccessPolicy::message(AccessReason::NoSpaceAccess));
    QCOMPARE(AccessPolicy::reasonCode(AccessReason::SpaceNotFound),
             AccessPolicy::reasonCode(AccessReason::NoSpaceAccess));
    QCOMPARE(AccessPolicy::httpStatus(AccessReason::SpaceNotFound), 403);
}

void TestAccessPolicy::operationsWithoutSpace()
{
    // The spec declares banks, momos, countries and provider KYC without Monime-Space-Id: no Space is demanded,
    // the Space checks and the role are skipped, the token's own permission still decides; checks 1-5 still run.
    Scenario s;
    s.request.needsSpace = false;
    s.request.spaceId = {};
    s.request.spaceKnown = false;
    s.request.isMember = false;
    s.request.rolePermissions = {};
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::Granted);
    s.request.requiredPermission = permission("payouts:write");
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::TokenPermissionDenied);
    s.request.requiredPermission = permission("payments:read");
    s.request.caller = address("198.51.100.1");
    QCOMPARE(AccessPolicy::decide(s.request).reason, AccessReason::IpNotAllowed);
}

void TestAccessPolicy::effectiveAccessAsksThePolicy_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("spaceWhitelist");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QList<int>>("expected"); // per permission: payments:read, payouts:write
    const int granted = int(Grant::Granted);
    const int missing = int(Grant::MissingFromRole);
    QTest::newRow("owner: both") << QString() << QString() << QStringLiteral("owner")
                                 << QList<int> { granted, granted };
    QTest::newRow("viewer: read only") << QString() << QString() << QStringLiteral("viewer")
                                       << QList<int> { granted, missing };
    QTest::newRow("not a member") << QString() << QString() << QString()
                                  << QList<int> { int(Grant::NotAMember), int(Grant::NotAMember) };
    QTest::newRow("whitelisted elsewhere")
        << QString() << QStringLiteral("spc-other01") << QStringLiteral("owner")
        << QList<int> { int(Grant::BlockedByWhitelist), int(Grant::BlockedByWhitelist) };
    QTest::newRow("revoked") << QStringLiteral("revoked") << QString() << QStringLiteral("owner")
                             << QList<int> { int(Grant::Revoked), int(Grant::Revoked) };
    QTest::newRow("expired") << QStringLiteral("expired") << QString() << QStringLiteral("owner")
                             << QList<int> { int(Grant::Expired), int(Grant::Expired) };
    QTest::newRow("rotated, in its grace period")
        << QStringLiteral("grace") << QString() << QStringLiteral("owner") << QList<int> { granted, granted };
}

void TestAccessPolicy::effectiveAccessAsksThePolicy()
{
    QFETCH(QString, state);
    QFETCH(QString, spaceWhitelist);
    QFETCH(QString, role);
    QFETCH(QList<int>, expected);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-06-01T12:00:00Z"), Qt::ISODate);
    TokenInfo t;
    t.id = QStringLiteral("tok-a");
    t.environment = Environment::Live;
    t.createdAt = now.addDays(-10);
    t.expiresAt = state == QLatin1String("expired") ? now.addSecs(-1) : now.addDays(100);
    if (state == QLatin1String("revoked"))
        t.revokedAt = now.addSecs(-60);
    if (state == QLatin1String("grace"))
        t.revokedAt = now.addSecs(3600);
    t.permissions = { QStringLiteral("payments:read"), QStringLiteral("payouts:write") };
    t.spaceWhitelist = spaceWhitelist;
    t.ipWhitelist = { QStringLiteral("203.0.113.0/24") }; // about callers, not Spaces: no effect here
    const QList<SpaceAccess> access = effectiveAccess(
        t, { SpaceRef { QStringLiteral("spc-acme01"), QStringLiteral("Acme"), role } }, Catalog::builtIn(), now);
    QCOMPARE(access.size(), 1);
    QList<int> got;
    for (const auto& p : access.first().permissions)
        got.append(int(p.second));
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestAccessPolicy)

#include "tst_accesspolicy.moc"
