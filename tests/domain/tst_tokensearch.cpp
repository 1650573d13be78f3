// SPDX-License-Identifier: GPL-3.0-or-later
// The search rule has one home (TokenSearch): the token list, the exports and `export --search` agree.
#include "domain/TokenSearch.h"
#include "reports/ReportFilter.h"

#include <QtTest>

using namespace monime;

class TestTokenSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("expected");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("spaces only") << QStringLiteral("   ") << true;
        QTest::newRow("name, any case") << QStringLiteral("INVENTORY sync") << true;
        QTest::newRow("trimmed") << QStringLiteral("  sync  ") << true;
        QTest::newRow("id") << QStringLiteral("tok-abc") << true;
        QTest::newRow("permission") << QStringLiteral("payouts:WRITE") << true;
        QTest::newRow("across fields is no match") << QStringLiteral("script\ntok") << false;
        QTest::newRow("other") << QStringLiteral("customers") << false;
        QTest::newRow("accented, any case") << QStringLiteral("ÉTÉ") << true;
    }

    void rule()
    {
        QFETCH(QString, query);
        QFETCH(bool, expected);
        TokenInfo t;
        t.id = QStringLiteral("tok-AbC123");
        t.name = QStringLiteral("Inventory Sync Script été");
        t.permissions = { QStringLiteral("payments:read"), QStringLiteral("payouts:write") };
        QCOMPARE(TokenSearch::matches(t, query), expected);
        ReportFilter filter;
        filter.search = query;
        QCOMPARE(filter.matches(t, QDateTime::currentDateTimeUtc()), expected);
    }
};

QTEST_GUILESS_MAIN(TestTokenSearch)
#include "tst_tokensearch.moc"
