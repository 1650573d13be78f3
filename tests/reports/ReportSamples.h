// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakes/FakeClock.h"
#include "reports/Report.h"

#include <QStringList>

namespace monime::samples {

/// The tests' fixed "now": 2026-11-23 12:00 UTC.
inline QDateTime now()
{
    return FakeClock().now();
}

/// Names that break naive CSV, JSON and HTML writers.
inline QStringList trickyNames()
{
    return { QStringLiteral("=SUM(A1:A9)"),
             QStringLiteral("+1 555 0100"),
             QStringLiteral("-2+3"),
             QStringLiteral("@admin"),
             QStringLiteral("\tTabbed"),
             QStringLiteral("\rCarriage"),
             QStringLiteral("comma, inside"),
             QStringLiteral("He said \"hi\""),
             QStringLiteral("two\nlines"),
             QStringLiteral("Ünïcødé 日本語 🚀"),
             QStringLiteral("<script>alert('x')</script> & co"),
             QStringLiteral("plain") };
}

/// `n` tokens of every kind: test and live, active, expiring soon, expired and revoked, with and without
/// whitelists, some used, some tested.
inline QList<TokenInfo> tokens(int n, const QStringList& names = {})
{
    const QDateTime t0 = now();
    QList<TokenInfo> list;
    list.reserve(n);
    for (int i = 0; i < n; ++i) {
        TokenInfo t;
        t.id = QStringLiteral("tok-sample%1").arg(i, 6, 10, QLatin1Char('0'));
        t.ownerId = QStringLiteral("mmr-owner");
        t.name = i < names.size() ? names.at(i) : QStringLiteral("Integration %1").arg(i);
        t.environment = i % 3 == 0 ? Environment::Live : Environment::Test;
        t.apiRelease = QStringLiteral("caph.2025-08-23");
        t.createdAt = t0.addDays(-(i % 120));
        switch (i % 6) {
        case 0:
            t.expiresAt = t0.addDays(5); // expiring soon
            break;
        case 1:
            t.expiresAt = t0.addDays(-3); // expired
            break;
        case 2:
            t.expiresAt = t0.addDays(40 + i % 300);
            t.revokedAt = t0.addDays(-1);
            t.revokeReason = QStringLiteral("leaked");
            break;
        case 3:
            break; // never expires
        default:
            t.expiresAt = t0.addDays(20 + i % 400);
        }
        t.permissions = { QStringLiteral("payments:read") };
        if (i % 4 == 0)
            t.permissions << QStringLiteral("payouts:write");
        if (t.environment == Environment::Live && i % 2 == 0) {
            t.ipWhitelist = { QStringLiteral("203.0.113.0/24"), QStringLiteral("2001:db8::/32") };
            t.spaceWhitelist = QStringLiteral("spc-acme01");
        }
        t.hint = QStringLiteral("mon_test_\u2026abcd");
        if (i % 5 == 0)
            t.lastUsedAt = t0.addDays(-2);
        if (i % 7 == 0) {
            t.lastTestedAt = t0.addDays(-1);
            t.lastTestResult
                = i % 14 == 0 ? QStringLiteral("failed: 401 token_expired") : QStringLiteral("passed: 200");
            t.lastTestPassed = i % 14 != 0;
        }
        list << t;
    }
    return list;
}

} // namespace monime::samples
