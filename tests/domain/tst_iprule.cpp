// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IpRule.h"

#include <QTest>

#include <algorithm>

using namespace monime;

class TestIpRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRule_data();
    void validRule();
    void invalidRule_data();
    void invalidRule();
    void contains_data();
    void contains();
    void mappedAddressIsIpv4();
    void admittingEveryAddress_data();
    void admittingEveryAddress();
};

void TestIpRule::validRule_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("prefix");

    QTest::newRow("IPv4 address") << QStringLiteral("203.0.113.45") << QStringLiteral("203.0.113.45") << 32;
    QTest::newRow("IPv4 /32 is an address")
        << QStringLiteral("203.0.113.45/32") << QStringLiteral("203.0.113.45") << 32;
    QTest::newRow("IPv4 /24") << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.113.0/24") << 24;
    QTest::newRow("surrounding spaces trimmed") << QStringLiteral(" 10.0.0.0/8 ") << QStringLiteral("10.0.0.0/8") << 8;
    QTest::newRow("IPv4 everything") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0/0") << 0;
    QTest::newRow("IPv4 /31") << QStringLiteral("203.0.113.4/31") << QStringLiteral("203.0.113.4/31") << 31;
    QTest::newRow("IPv6 /32") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8::/32") << 32;
    QTest::newRow("IPv6 uppercase, uncompressed")
        << QStringLiteral("2001:DB8:0:0::1") << QStringLiteral("2001:db8::1") << 128;
    QTest::newRow("IPv6 /128 is an address")
        << QStringLiteral("2001:db8::1/128") << QStringLiteral("2001:db8::1") << 128;
    QTest::newRow("IPv6 everything") << QStringLiteral("::/0") << QStringLiteral("::/0") << 0;
    QTest::newRow("IPv4-mapped address") << QStringLiteral("::ffff:203.0.113.45") << QStringLiteral("203.0.113.45")
                                         << 32;
    QTest::newRow("IPv4-mapped range") << QStringLiteral("::ffff:203.0.113.0/120") << QStringLiteral("203.0.113.0/24")
                                       << 24;
    QTest::newRow("IPv6 loopback") << QStringLiteral("::1") << QStringLiteral("::1") << 128;
    QTest::newRow("IPv4 loopback") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1") << 32;
}

void TestIpRule::validRule()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(int, prefix);

    const auto rule = IpRule::parse(input);
    QVERIFY2(rule.ok(), qPrintable(rule.error().message));
    QCOMPARE(rule->toString(), normalised);
    QCOMPARE(rule->prefixLength(), prefix);

    // The normalised text is itself a valid rule, and the same one.
    const auto again = IpRule::parse(normalised);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QVERIFY(*again == *rule);
    QCOMPARE(again->toString(), normalised);
}

void TestIpRule::invalidRule_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("suggestion"); ///< the range meant, named in the message ("a|b": either); empty: none

    QTest::newRow("IPv4 prefix too long") << QStringLiteral("203.0.113.0/33") << QString();
    QTest::newRow("IPv4 host bits set") << QStringLiteral("203.0.113.5/24") << QStringLiteral("203.0.113.0/24");
    QTest::newRow("octet over 255") << QStringLiteral("300.1.1.1") << QString();
    QTest::newRow("bad IPv6 digit") << QStringLiteral("::g") << QString();
    QTest::newRow("three octets") << QStringLiteral("1.2.3") << QString();
    QTest::newRow("five octets") << QStringLiteral("1.2.3.4.5") << QString();
    QTest::newRow("leading zero") << QStringLiteral("01.2.3.4") << QString();
    QTest::newRow("inet_aton shorthand") << QStringLiteral("127.1") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    QTest::newRow("word") << QStringLiteral("abc") << QString();
    QTest::newRow("empty prefix") << QStringLiteral("1.2.3.4/") << QString();
    QTest::newRow("negative prefix") << QStringLiteral("1.2.3.4/-1") << QString();
    QTest::newRow("space in prefix") << QStringLiteral("1.2.3.4/ 8") << QString();
    QTest::newRow("plus in prefix") << QStringLiteral("1.2.3.4/+8") << QString();
    QTest::newRow("IPv6 scope id") << QStringLiteral("fe80::1%eth0") << QString();
    QTest::newRow("IPv6 prefix too long") << QStringLiteral("2001:db8::/129") << QString();
    QTest::newRow("IPv6 host bits set") << QStringLiteral("2001:db8::1/32") << QStringLiteral("2001:db8::/32");
    // The range meant must itself be a valid rule: either spelling of it will do.
    QTest::newRow("IPv4-mapped range, host bits set")
        << QStringLiteral("::ffff:203.0.113.5/120") << QStringLiteral("203.0.113.0/24|::ffff:203.0.113.0/120");
    QTest::newRow("IPv4-mapped prefix below 96") << QStringLiteral("::ffff:203.0.113.0/64") << QString();
}

void TestIpRule::invalidRule()
{
    QFETCH(QString, input);
    QFETCH(QString, suggestion);

    const auto rule = IpRule::parse(input);
    QVERIFY2(!rule.ok(), qPrintable(input));
    QCOMPARE(rule.error().field, QStringLiteral("ip"));
    QCOMPARE(rule.error().code, QStringLiteral("invalid_ip"));
    QVERIFY(!rule.error().message.isEmpty());
    if (!suggestion.isEmpty()) {
        const QStringList accepted = suggestion.split(QLatin1Char('|'));
        const bool named = std::any_of(accepted.begin(), accepted.end(),
                                       [&](const QString& range) { return rule.error().message.contains(range); });
        QVERIFY2(named, qPrintable(rule.error().message));
    }
}

void TestIpRule::contains_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    QTest::newRow("single address, same") << QStringLiteral("203.0.113.45") << QStringLiteral("203.0.113.45") << true;
    QTest::newRow("single address, neighbour")
        << QStringLiteral("203.0.113.45") << QStringLiteral("203.0.113.46") << false;
    QTest::newRow("single address, mapped caller")
        << QStringLiteral("203.0.113.45") << QStringLiteral("::ffff:203.0.113.45") << true;
    QTest::newRow("/24, mapped caller inside")
        << QStringLiteral("203.0.113.0/24") << QStringLiteral("::ffff:203.0.113.9") << true;
    QTest::newRow("/24, mapped caller outside")
        << QStringLiteral("203.0.113.0/24") << QStringLiteral("::ffff:203.0.114.9") << false;
    QTest::newRow("/24, first address") << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.113.0") << true;
    QTest::newRow("/24, last address") << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.113.255") << true;
    QTest::newRow("/24, first after") << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.114.0") << false;
    QTest::newRow("/24, last before") << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.112.255") << false;
    QTest::newRow("/8, inside") << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.255.1.2") << true;
    QTest::newRow("/8, outside") << QStringLiteral("10.0.0.0/8") << QStringLiteral("11.0.0.0") << false;
    QTest::newRow("/20, non-octet boundary inside")
        << QStringLiteral("198.51.96.0/20") << QStringLiteral("198.51.111.255") << true;
    QTest::newRow("/20, non-octet boundary outside")
        << QStringLiteral("198.51.96.0/20") << QStringLiteral("198.51.112.0") << false;
    QTest::newRow("/31, lower") << QStringLiteral("203.0.113.4/31") << QStringLiteral("203.0.113.4") << true;
    QTest::newRow("/31, upper") << QStringLiteral("203.0.113.4/31") << QStringLiteral("203.0.113.5") << true;
    QTest::newRow("/31, above") << QStringLiteral("203.0.113.4/31") << QStringLiteral("203.0.113.6") << false;
    QTest::newRow("/31, below") << QStringLiteral("203.0.113.4/31") << QStringLiteral("203.0.113.3") << false;
    QTest::newRow("IPv4 /0, low") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0") << true;
    QTest::newRow("IPv4 /0, high") << QStringLiteral("0.0.0.0/0") << QStringLiteral("255.255.255.255") << true;
    QTest::newRow("IPv4 /0, mapped caller") << QStringLiteral("0.0.0.0/0") << QStringLiteral("::ffff:1.2.3.4") << true;
    QTest::newRow("IPv4 /0, IPv6 caller") << QStringLiteral("0.0.0.0/0") << QStringLiteral("2001:db8::1") << false;
    QTest::newRow("IPv4 rule, IPv6 caller")
        << QStringLiteral("203.0.113.0/24") << QStringLiteral("2001:db8::1") << false;
    QTest::newRow("IPv4 rule, IPv6 loopback") << QStringLiteral("0.0.0.1") << QStringLiteral("::1") << false;
    QTest::newRow("IPv6 /0, IPv6 caller") << QStringLiteral("::/0") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("IPv6 /0, all ones") << QStringLiteral("::/0")
                                       << QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") << true;
    QTest::newRow("IPv6 /0, IPv4 caller") << QStringLiteral("::/0") << QStringLiteral("203.0.113.9") << false;
    QTest::newRow("IPv6 /0, mapped caller") << QStringLiteral("::/0") << QStringLiteral("::ffff:203.0.113.9") << false;
    QTest::newRow("IPv6 /32, inside") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8:ffff::1") << true;
    QTest::newRow("IPv6 /32, first") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8::") << true;
    QTest::newRow("IPv6 /32, last") << QStringLiteral("2001:db8::/32")
                                    << QStringLiteral("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff") << true;
    QTest::newRow("IPv6 /32, first after") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db9::") << false;
    QTest::newRow("IPv6 /127, lower") << QStringLiteral("2001:db8::/127") << QStringLiteral("2001:db8::") << true;
    QTest::newRow("IPv6 /127, upper") << QStringLiteral("2001:db8::/127") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("IPv6 /127, above") << QStringLiteral("2001:db8::/127") << QStringLiteral("2001:db8::2") << false;
    QTest::newRow("IPv6 single, same written differently")
        << QStringLiteral("2001:db8::1") << QStringLiteral("2001:DB8:0:0:0:0:0:1") << true;
    QTest::newRow("IPv6 single, neighbour") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::2") << false;
}

void TestIpRule::contains()
{
    QFETCH(QString, rule);
    QFETCH(QString, address);
    QFETCH(bool, expected);

    const auto parsedRule = IpRule::parse(rule);
    QVERIFY2(parsedRule.ok(), qPrintable(parsedRule.error().message));
    const auto parsedAddress = IpAddress::parse(address);
    QVERIFY2(parsedAddress.has_value(), qPrintable(address));
    QCOMPARE(parsedRule->contains(*parsedAddress), expected);
}

void TestIpRule::mappedAddressIsIpv4()
{
    const auto mapped = IpAddress::parse(u"::ffff:203.0.113.45");
    const auto plain = IpAddress::parse(u"203.0.113.45");
    QVERIFY(mapped.has_value());
    QVERIFY(plain.has_value());
    QVERIFY(mapped->v4);
    QCOMPARE(mapped->bitLength(), 32);
    QVERIFY(*mapped == *plain);
    QCOMPARE(mapped->toString(), QStringLiteral("203.0.113.45"));

    const auto v6 = IpAddress::parse(u"2001:db8::1");
    QVERIFY(v6.has_value());
    QVERIFY(!v6->v4);
    QCOMPARE(v6->bitLength(), 128);
}

void TestIpRule::admittingEveryAddress_data()
{
    QTest::addColumn<QStringList>("whitelist");
    QTest::addColumn<QStringList>("wholeIpv4"); // the rules admittingEveryAddress() names, IPv4
    QTest::addColumn<QStringList>("wholeIpv6");

    const QStringList none;
    auto list = [](std::initializer_list<const char*> items) {
        QStringList l;
        for (const char* i : items)
            l << QString::fromLatin1(i);
        return l;
    };
    QTest::newRow("empty") << none << none << none;
    QTest::newRow("one address") << list({ "203.0.113.45" }) << none << none;
    QTest::newRow("0.0.0.0/0") << list({ "0.0.0.0/0" }) << list({ "0.0.0.0/0" }) << none;
    QTest::newRow("0.0.0.0/0 beside an address")
        << list({ "203.0.113.45", "0.0.0.0/0" }) << list({ "0.0.0.0/0" }) << none;
    QTest::newRow("::/0") << list({ "::/0" }) << none << list({ "::/0" });
    QTest::newRow("::ffff:0:0/96 folds to 0.0.0.0/0") << list({ "::ffff:0:0/96" }) << list({ "0.0.0.0/0" }) << none;
    QTest::newRow("::ffff:0.0.0.0/96 folds to 0.0.0.0/0")
        << list({ "::ffff:0.0.0.0/96" }) << list({ "0.0.0.0/0" }) << none;
    QTest::newRow("both families") << list({ "::/0", "0.0.0.0/0" }) << list({ "0.0.0.0/0" }) << list({ "::/0" });
    QTest::newRow("two IPv4 halves") << list({ "128.0.0.0/1", "0.0.0.0/1" }) << list({ "0.0.0.0/1", "128.0.0.0/1" })
                                     << none;
    QTest::newRow("two IPv6 halves") << list({ "8000::/1", "::/1" }) << none << list({ "::/1", "8000::/1" });
    QTest::newRow("IPv4 quarters, overlapping")
        << list({ "0.0.0.0/2", "64.0.0.0/2", "0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2" })
        << list({ "0.0.0.0/2", "64.0.0.0/2", "0.0.0.0/1", "128.0.0.0/2", "192.0.0.0/2" }) << none;
    QTest::newRow("IPv4 halves, one address missing") << list(
        { "0.0.0.0/1",          "128.0.0.0/2",        "192.0.0.0/3",        "224.0.0.0/4",        "240.0.0.0/5",
          "248.0.0.0/6",        "252.0.0.0/7",        "254.0.0.0/8",        "255.0.0.0/9",        "255.128.0.0/10",
          "255.192.0.0/11",     "255.224.0.0/12",     "255.240.0.0/13",     "255.248.0.0/14",     "255.252.0.0/15",
          "255.254.0.0/16",     "255.255.0.0/17",     "255.255.128.0/18",   "255.255.192.0/19",   "255.255.224.0/20",
          "255.255.240.0/21",   "255.255.248.0/22",   "255.255.252.0/23",   "255.255.254.0/24",   "255.255.255.0/25",
          "255.255.255.128/26", "255.255.255.192/27", "255.255.255.224/28", "255.255.255.240/29", "255.255.255.248/30",
          "255.255.255.252/31", "255.255.255.254" }) << none
                                                      << none;
    QTest::newRow("IPv4 halves, to the last address")
        << list({ "0.0.0.0/1",          "128.0.0.0/2",        "192.0.0.0/3",        "224.0.0.0/4",
                  "240.0.0.0/5",        "248.0.0.0/6",        "252.0.0.0/7",        "254.0.0.0/8",
                  "255.0.0.0/9",        "255.128.0.0/10",     "255.192.0.0/11",     "255.224.0.0/12",
                  "255.240.0.0/13",     "255.248.0.0/14",     "255.252.0.0/15",     "255.254.0.0/16",
                  "255.255.0.0/17",     "255.255.128.0/18",   "255.255.192.0/19",   "255.255.224.0/20",
                  "255.255.240.0/21",   "255.255.248.0/22",   "255.255.252.0/23",   "255.255.254.0/24",
                  "255.255.255.0/25",   "255.255.255.128/26", "255.255.255.192/27", "255.255.255.224/28",
                  "255.255.255.240/29", "255.255.255.248/30", "255.255.255.252/31", "255.255.255.254/31" })
        << list({ "0.0.0.0/1",          "128.0.0.0/2",        "192.0.0.0/3",        "224.0.0.0/4",
                  "240.0.0.0/5",        "248.0.0.0/6",        "252.0.0.0/7",        "254.0.0.0/8",
                  "255.0.0.0/9",        "255.128.0.0/10",     "255.192.0.0/11",     "255.224.0.0/12",
                  "255.240.0.0/13",     "255.248.0.0/14",     "255.252.0.0/15",     "255.254.0.0/16",
                  "255.255.0.0/17",     "255.255.128.0/18",   "255.255.192.0/19",   "255.255.224.0/20",
                  "255.255.240.0/21",   "255.255.248.0/22",   "255.255.252.0/23",   "255.255.254.0/24",
                  "255.255.255.0/25",   "255.255.255.128/26", "255.255.255.192/27", "255.255.255.224/28",
                  "255.255.255.240/29", "255.255.255.248/30", "255.255.255.252/31", "255.255.255.254/31" })
        << none;
    QTest::newRow("0.0.0.0 is one address, not a range") << list({ "0.0.0.0" }) << none << none;
    QTest::newRow("IPv4 /1 alone") << list({ "0.0.0.0/1" }) << none << none;
    QTest::newRow("a gap in the middle") << list({ "0.0.0.0/2", "192.0.0.0/2" }) << none << none;
    QTest::newRow("IPv6 /1 and an IPv4 half") << list({ "::/1", "128.0.0.0/1" }) << none << none;
    QTest::newRow("IPv6 halves from mapped and plain")
        << list({ "::ffff:0.0.0.0/97", "::ffff:128.0.0.0/97" }) << list({ "0.0.0.0/1", "128.0.0.0/1" }) << none;
    QTest::newRow("IPv6 ::/96 is not every IPv4 address") << list({ "::/96" }) << none << none;
    QTest::newRow("2000::/3, the global unicast space, is not everything") << list({ "2000::/3" }) << none << none;
}

void TestIpRule::admittingEveryAddress()
{
    QFETCH(QStringList, whitelist);
    QFETCH(QStringList, wholeIpv4);
    QFETCH(QStringList, wholeIpv6);
    QList<IpRule> rules;
    for (const QString& text : whitelist) {
        const auto rule = IpRule::parse(text);
        QVERIFY2(rule.ok(), qPrintable(rule.error().message));
        rules << rule.value();
    }
    auto texts = [](const QList<IpRule>& found) {
        QStringList l;
        for (const IpRule& r : found)
            l << r.toString();
        l.sort();
        return l;
    };
    wholeIpv4.sort();
    wholeIpv6.sort();
    QCOMPARE(texts(IpRule::admittingEveryAddress(rules, true)), wholeIpv4);
    QCOMPARE(texts(IpRule::admittingEveryAddress(rules, false)), wholeIpv6);
}

QTEST_GUILESS_MAIN(TestIpRule)

#include "tst_iprule.moc"
