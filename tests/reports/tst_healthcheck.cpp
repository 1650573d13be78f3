// SPDX-License-Identifier: GPL-3.0-or-later
// The token health check: one pure function of a token, a fixed "now" and the settings.
#include "fakes/FakeClock.h"
#include "reports/HealthCheck.h"

#include <QtTest>

using namespace monime;

Q_DECLARE_METATYPE(monime::TokenInfo)
Q_DECLARE_METATYPE(monime::MoniteProfile)

namespace {

const QDateTime kNow = FakeClock().now();

/// A healthy live token: expires in 200 days, whitelisted, used yesterday, tested OK.
TokenInfo healthyLive()
{
    TokenInfo t;
    t.id = QStringLiteral("tok-healthy");
    t.name = QStringLiteral("Healthy");
    t.environment = Environment::Live;
    t.createdAt = kNow.addDays(-10);
    t.expiresAt = kNow.addDays(200);
    t.permissions = { QStringLiteral("payments:read") };
    t.ipWhitelist = { QStringLiteral("203.0.113.0/24") };
    t.spaceWhitelist = QStringLiteral("spc-acme01");
    t.lastUsedAt = kNow.addDays(-1);
    t.lastTestedAt = kNow.addDays(-1);
    t.lastTestResult = QStringLiteral("passed: authenticated HTTP 200");
    t.lastTestPassed = true;
    return t;
}

/// A Monite profile used yesterday whose secret was stored 10 days ago.
MoniteProfile healthyMonite()
{
    MoniteProfile p;
    p.id = QStringLiteral("mnp-1");
    p.name = QStringLiteral("acme-sandbox");
    p.clientId = QStringLiteral("0b5a1c8e-3f2d-4c6b-9a7e-1d2c3b4a5f60");
    p.createdAt = kNow.addDays(-10);
    p.secretSetAt = kNow.addDays(-10);
    p.lastUsedAt = kNow.addDays(-1);
    return p;
}

QStringList codesOf(const QList<HealthFinding>& findings)
{
    QStringList codes;
    for (const HealthFinding& f : findings)
        codes << f.code;
    codes.sort();
    return codes;
}

} // namespace

class TestHealthCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<TokenInfo>("token");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("worst");

        const TokenInfo ok = healthyLive();
        QTest::newRow("healthy live") << ok << QStringList {} << QString();

        TokenInfo t = ok;
        t.environment = Environment::Test;
        t.ipWhitelist.clear();
        t.spaceWhitelist.clear();
        QTest::newRow("test token needs no whitelists") << t << QStringList {} << QString();

        t = ok;
        t.expiresAt = QDateTime();
        QTest::newRow("no expiry") << t << QStringList { QStringLiteral("no_expiry") } << QStringLiteral("medium");

        t = ok;
        t.expiresAt = kNow.addDays(14);
        QTest::newRow("expires in exactly 14 days")
            << t << QStringList { QStringLiteral("expiring_soon") } << QStringLiteral("medium");
        t.expiresAt = kNow.addDays(14).addSecs(1);
        QTest::newRow("14 days and a second: not yet") << t << QStringList {} << QString();
        t.expiresAt = kNow.addDays(2);
        QTest::newRow("2 days: urgent") << t << QStringList { QStringLiteral("expiring_soon") }
                                        << QStringLiteral("high");
        t.expiresAt = kNow.addSecs(60);
        QTest::newRow("a minute left") << t << QStringList { QStringLiteral("expiring_soon") }
                                       << QStringLiteral("high");

        t = ok;
        t.createdAt = kNow.addDays(-91);
        QTest::newRow("91 days old") << t << QStringList { QStringLiteral("rotation_due") } << QStringLiteral("medium");
        t.createdAt = kNow.addDays(-90);
        QTest::newRow("90 days old: not yet") << t << QStringList {} << QString();

        t = ok;
        t.ipWhitelist.clear();
        QTest::newRow("live without IP whitelist")
            << t << QStringList { QStringLiteral("live_no_ip_whitelist") } << QStringLiteral("high");

        for (const char* wide : { "0.0.0.0/0", "::/0" }) {
            t = ok;
            t.ipWhitelist << QString::fromLatin1(wide);
            QTest::addRow("live, IP whitelist with %s", wide)
                << t << QStringList { QStringLiteral("live_ip_whitelist_admits_all") } << QStringLiteral("high");
        }
        t = ok;
        t.ipWhitelist = { QStringLiteral("0.0.0.0/1"), QStringLiteral("128.0.0.0/1") };
        QTest::newRow("live, IP whitelist of two halves")
            << t << QStringList { QStringLiteral("live_ip_whitelist_admits_all") } << QStringLiteral("high");
        t = ok;
        t.ipWhitelist = { QStringLiteral("0.0.0.0/1") };
        QTest::newRow("live, IP whitelist of half the addresses") << t << QStringList {} << QString();
        t = ok;
        t.ipWhitelist = { QStringLiteral("0.0.0.0/0") };
        t.revokedAt = kNow.addSecs(-1);
        QTest::newRow("revoked, IP whitelist 0.0.0.0/0: nothing to fix") << t << QStringList {} << QString();

        t = ok;
        t.spaceWhitelist.clear();
        QTest::newRow("live without Space whitelist")
            << t << QStringList { QStringLiteral("live_no_space_whitelist") } << QStringLiteral("medium");

        t = ok;
        t.lastUsedAt = kNow.addDays(-30);
        QTest::newRow("unused 30 days") << t << QStringList { QStringLiteral("unused") } << QStringLiteral("low");
        t.lastUsedAt = kNow.addDays(-29);
        QTest::newRow("used 29 days ago") << t << QStringList {} << QString();
        t.lastUsedAt = QDateTime();
        t.createdAt = kNow.addDays(-45);
        QTest::newRow("never used, created 45 days ago")
            << t << QStringList { QStringLiteral("unused") } << QStringLiteral("low");
        t.createdAt = kNow.addDays(-3);
        QTest::newRow("never used, created 3 days ago") << t << QStringList {} << QString();

        t = ok;
        t.permissions << QStringLiteral("payouts:write");
        QTest::newRow("live payouts:write")
            << t << QStringList { QStringLiteral("payouts_write") } << QStringLiteral("high");
        t.environment = Environment::Test;
        t.ipWhitelist.clear();
        t.spaceWhitelist.clear();
        QTest::newRow("test payouts:write")
            << t << QStringList { QStringLiteral("payouts_write") } << QStringLiteral("medium");

        // The outcome is data (lastTestPassed), never guessed from the text people read.
        t = ok;
        t.lastTestResult = QStringLiteral("failed: http_error HTTP 401 live (token_revoked) 12 ms");
        t.lastTestPassed = false;
        QTest::newRow("last test failed")
            << t << QStringList { QStringLiteral("last_test_failed") } << QStringLiteral("medium");
        t.lastTestResult = QStringLiteral("passed: authenticated, though the text mentions failure and errors");
        t.lastTestPassed = true;
        QTest::newRow("a pass that mentions failure") << t << QStringList {} << QString();
        t.lastTestResult = QStringLiteral("failed: whatever the text says");
        t.lastTestPassed = true;
        QTest::newRow("the flag decides, not the text") << t << QStringList {} << QString();
        t.lastTestResult.clear();
        t.lastTestPassed.reset();
        QTest::newRow("never tested") << t << QStringList {} << QString();

        t = ok;
        t.expiresAt = QDateTime();
        t.ipWhitelist.clear();
        t.spaceWhitelist.clear();
        t.createdAt = kNow.addDays(-400);
        t.lastUsedAt = QDateTime();
        t.permissions << QStringLiteral("payouts:write");
        t.lastTestResult = QStringLiteral("failed: timeout");
        t.lastTestPassed = false;
        QTest::newRow("everything wrong") << t
                                          << QStringList { QStringLiteral("last_test_failed"),
                                                           QStringLiteral("live_no_ip_whitelist"),
                                                           QStringLiteral("live_no_space_whitelist"),
                                                           QStringLiteral("no_expiry"),
                                                           QStringLiteral("payouts_write"),
                                                           QStringLiteral("rotation_due"),
                                                           QStringLiteral("unused") }
                                          << QStringLiteral("high");

        TokenInfo revoked = t;
        revoked.revokedAt = kNow.addSecs(-1);
        QTest::newRow("revoked: nothing to fix") << revoked << QStringList {} << QString();
        TokenInfo expired = t;
        expired.expiresAt = kNow.addDays(-1);
        QTest::newRow("expired: nothing to fix") << expired << QStringList {} << QString();
        TokenInfo rotating = t;
        rotating.revokedAt = kNow.addSecs(3600);
        QTest::newRow("in a rotation's grace period") << rotating << QStringList {} << QString();

        // Found by a leak scan: high until revoked, whatever else is right with it.
        TokenInfo leaked = ok;
        leaked.leakedAt = { QStringLiteral("/src/app/.env:3"), QStringLiteral("abc123:/src/app/ci.yml:9") };
        QTest::newRow("found in a leak scan")
            << leaked << QStringList { QStringLiteral("leaked") } << QStringLiteral("high");
        leaked.revokedAt = kNow.addSecs(-60);
        QTest::newRow("found in a leak scan, then revoked") << leaked << QStringList {} << QString();
    }

    void findings()
    {
        QFETCH(TokenInfo, token);
        QFETCH(QStringList, codes);
        QFETCH(QString, worst);
        const QList<HealthFinding> found = HealthCheck::check(token, kNow);
        QCOMPARE(codesOf(found), codes);
        if (!found.isEmpty())
            QCOMPARE(HealthCheck::severityName(found.first().severity), worst); // worst first
        for (const HealthFinding& f : found) {
            QCOMPARE(f.tokenId, token.id);
            QVERIFY(HealthCheck::codes().contains(f.code));
            QVERIFY2(!f.title.isEmpty() && !f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
        }
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).severity >= found.at(i).severity);
    }

    void settingsChangeTheThresholds()
    {
        TokenInfo t = healthyLive();
        t.createdAt = kNow.addDays(-40);
        t.expiresAt = kNow.addDays(20);
        t.lastUsedAt = kNow.addDays(-8);
        QCOMPARE(codesOf(HealthCheck::check(t, kNow)), QStringList {});
        HealthSettings strict;
        strict.rotationDays = 30;
        strict.expiringDays = 30;
        strict.unusedDays = 7;
        QCOMPARE(codesOf(HealthCheck::check(t, kNow, strict)),
                 (QStringList { QStringLiteral("expiring_soon"), QStringLiteral("rotation_due"),
                                QStringLiteral("unused") }));
    }

    void messagesSayHowLong()
    {
        TokenInfo t = healthyLive();
        t.expiresAt = kNow.addDays(5).addSecs(3600);
        const QList<HealthFinding> found = HealthCheck::check(t, kNow);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().message.contains(QLatin1String("5 day")), qPrintable(found.first().message));
        QVERIFY(found.first().message.contains(QLatin1String("2026-11-28")));
    }

    void moniteFindings_data()
    {
        QTest::addColumn<MoniteProfile>("profile");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("worst");
        const QStringList unused { QStringLiteral("monite_unused") };
        const QStringList rotation { QStringLiteral("monite_secret_rotation_due") };

        const MoniteProfile ok = healthyMonite();
        QTest::newRow("healthy") << ok << QStringList {} << QString();

        // Unused: at unusedDays (30) low, at 3 × 30 days medium.
        MoniteProfile p = ok;
        p.lastUsedAt = kNow.addDays(-30).addSecs(1);
        QTest::newRow("used 30 days less a second ago") << p << QStringList {} << QString();
        p.lastUsedAt = kNow.addDays(-30);
        QTest::newRow("used 30 days ago: low") << p << unused << QStringLiteral("low");
        p.lastUsedAt = kNow.addDays(-90).addSecs(1);
        QTest::newRow("used 90 days less a second ago: still low") << p << unused << QStringLiteral("low");
        p.lastUsedAt = kNow.addDays(-90);
        QTest::newRow("used 90 days ago: medium") << p << unused << QStringLiteral("medium");
        p = ok;
        p.lastUsedAt = QDateTime();
        p.createdAt = kNow.addDays(-29);
        QTest::newRow("never used, added 29 days ago") << p << QStringList {} << QString();
        p.createdAt = kNow.addDays(-31);
        p.secretSetAt = kNow.addDays(-31);
        QTest::newRow("never used, added 31 days ago") << p << unused << QStringLiteral("low");

        // Secret age: more than rotationDays (90) whole days medium, more than 2 × 90 high.
        p = ok;
        p.secretSetAt = kNow.addDays(-91).addSecs(1);
        QTest::newRow("secret 91 days less a second old") << p << QStringList {} << QString();
        p.secretSetAt = kNow.addDays(-91);
        QTest::newRow("secret 91 days old: medium") << p << rotation << QStringLiteral("medium");
        p.secretSetAt = kNow.addDays(-181).addSecs(1);
        QTest::newRow("secret 181 days less a second old: medium") << p << rotation << QStringLiteral("medium");
        p.secretSetAt = kNow.addDays(-181);
        QTest::newRow("secret 181 days old: high") << p << rotation << QStringLiteral("high");
        p = ok;
        p.secretSetAt = QDateTime();
        p.createdAt = kNow.addDays(-100);
        QTest::newRow("no secret time: the profile's age counts") << p << rotation << QStringLiteral("medium");

        p = ok;
        p.secretSetAt = kNow.addDays(-200);
        p.lastUsedAt = kNow.addDays(-40);
        QTest::newRow("both, worst first")
            << p << (QStringList { rotation.first(), unused.first() }) << QStringLiteral("high");
    }

    void moniteFindings()
    {
        QFETCH(MoniteProfile, profile);
        QFETCH(QStringList, codes);
        QFETCH(QString, worst);
        const QList<HealthFinding> found = HealthCheck::checkMonite(profile, kNow);
        QCOMPARE(codesOf(found), codes);
        if (!found.isEmpty())
            QCOMPARE(HealthCheck::severityName(found.first().severity), worst);
        for (const HealthFinding& f : found) {
            // The finding names the profile, never a token.
            QVERIFY(f.isMonite());
            QCOMPARE(f.moniteProfile, profile.name);
            QVERIFY(f.tokenId.isEmpty());
            QCOMPARE(f.subjectKey(), QStringLiteral("monite:acme-sandbox"));
            QVERIFY(HealthCheck::codes().contains(f.code));
            QVERIFY2(!f.title.isEmpty() && !f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
            QVERIFY2(f.message.contains(profile.name), qPrintable(f.message));
        }
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).severity >= found.at(i).severity);
    }

    void moniteFixesSayWhatToRun()
    {
        MoniteProfile p = healthyMonite();
        p.secretSetAt = kNow.addDays(-120);
        const QList<HealthFinding> found = HealthCheck::checkMonite(p, kNow);
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().fix.contains(QLatin1String("partner portal")));
        QVERIFY(found.first().fix.contains(QLatin1String("monime-portal-cli monite secret acme-sandbox")));
        QVERIFY2(found.first().message.contains(QLatin1String("120 day")), qPrintable(found.first().message));

        // The rotation period and the idle threshold come from the settings.
        HealthSettings strict;
        strict.rotationDays = 7;
        strict.unusedDays = 1;
        p = healthyMonite();
        QCOMPARE(codesOf(HealthCheck::checkMonite(p, kNow, strict)),
                 (QStringList { QStringLiteral("monite_secret_rotation_due"), QStringLiteral("monite_unused") }));
        QCOMPARE(HealthCheck::checkMonite(p, kNow, strict).first().severity, Severity::Medium); // 10 ≤ 2 × 7 days
    }

    void checkAllSortsWorstFirstAndKeepsTokenOrder()
    {
        TokenInfo a = healthyLive();
        a.id = QStringLiteral("tok-a");
        a.lastUsedAt = kNow.addDays(-60); // low
        TokenInfo b = healthyLive();
        b.id = QStringLiteral("tok-b");
        b.ipWhitelist.clear(); // high
        TokenInfo c = healthyLive();
        c.id = QStringLiteral("tok-c");
        c.lastUsedAt = kNow.addDays(-60); // low
        const QList<HealthFinding> all = HealthCheck::checkAll({ a, b, c }, kNow);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).tokenId, QStringLiteral("tok-b"));
        QCOMPARE(all.at(1).tokenId, QStringLiteral("tok-a"));
        QCOMPARE(all.at(2).tokenId, QStringLiteral("tok-c"));
    }
};

QTEST_GUILESS_MAIN(TestHealthCheck)
#include "tst_healthcheck.moc"
