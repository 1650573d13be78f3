// SPDX-License-Identifier: GPL-3.0-or-later
// The search rule has one home (TokenSearch): the token list, the exports and `export --search` agree.
#include "domain/TokenSearch.h"
#include "reports/ReportFilter.h"

#include <QRandomGenerator>
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
        TokenSearchIndex index;
        index.build({ TokenInfo {}, t, TokenInfo {} });
        const std::vector<char> hits = index.find(TokenSearch::needle(query));
        QCOMPARE(bool(hits.at(1)), expected);
    }

    // The index (one UTF-8 buffer, memmem) answers exactly as the rule, for every token and needle, looking at
    // all tokens or at some of them: random names over an alphabet with accents, case, separators and a CJK
    // character, needles cut out of them (so many match) and random ones (so many do not).
    void indexAgreesWithTheRule()
    {
        const QString alphabet = QStringLiteral("abAB:-_ 9éÉßẞ漢\u00e0\u0130i");
        auto random = [&](int maxLength) {
            QString s;
            const int length = int(QRandomGenerator::global()->bounded(maxLength + 1));
            for (int k = 0; k < length; ++k)
                s += alphabet.at(int(QRandomGenerator::global()->bounded(int(alphabet.size()))));
            return s;
        };
        QList<TokenInfo> tokens;
        for (int i = 0; i < 300; ++i) {
            TokenInfo t;
            t.id = QStringLiteral("tok-%1").arg(i);
            t.name = random(12);
            if (i % 3 == 0)
                t.permissions = { random(6), random(6) };
            tokens << t;
        }
        TokenSearchIndex index;
        index.build(tokens);
        QCOMPARE(index.size(), 300);
        QStringList needles = { QString(), QStringLiteral("\n"), QStringLiteral("a\nb"), QString(QChar(0)) };
        for (int k = 0; k < 300; ++k) {
            const QString name = tokens.at(k).name;
            const int from = name.isEmpty() ? 0 : int(QRandomGenerator::global()->bounded(int(name.size())));
            needles << (k % 2 ? name.mid(from, 1 + k % 4) : random(3));
        }
        QList<int> some; // fewer than a quarter: looked at one by one
        QList<int> many; // more: one pass over the buffer
        for (int i = 0; i < 300; ++i)
            (i % 7 == 0 ? some : many) << i;
        int matched = 0;
        for (const QString& query : std::as_const(needles)) {
            const QString needle = TokenSearch::needle(query);
            const std::vector<char> all = index.find(needle);
            const std::vector<char> few = index.find(needle, &some);
            const std::vector<char> most = index.find(needle, &many);
            for (int i = 0; i < 300; ++i) {
                const bool rule = TokenSearch::matches(tokens.at(i), query);
                if (bool(all.at(size_t(i))) != rule)
                    QFAIL(qPrintable(QStringLiteral("token %1 %2, needle %3").arg(i).arg(tokens.at(i).name, query)));
                QCOMPARE(bool(few.at(size_t(i))), rule && some.contains(i));
                QCOMPARE(bool(most.at(size_t(i))), rule && i % 7 != 0);
                matched += rule;
            }
        }
        QVERIFY2(matched > 300, "the needles must match some tokens, or the comparison proves little");
    }
};

QTEST_GUILESS_MAIN(TestTokenSearch)
#include "tst_tokensearch.moc"
