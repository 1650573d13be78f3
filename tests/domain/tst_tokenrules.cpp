// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TokenRules.h"

#include <QTest>

using namespace monime;

Q_DECLARE_METATYPE(monime::TokenDraft)

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

TokenDraft testDraft()
{
    TokenDraft d;
    d.name = QStringLiteral("Main Website Integration");
    d.apiRelease = QStringLiteral("caph.2025-08-23");
    d.testMode = true;
    d.permissions = { QStringLiteral("payments:read") };
    return d;
}

TokenDraft liveDraft()
{
    TokenDraft d = testDraft();
    d.testMode = false;
    d.expiry = ExpiryChoice::oneYear();
    return d;
}

QString emoji()
{
    const char32_t grinning[] = { 0x1F600 };
    return QString::fromUcs4(grinning, 1);
}

QString codesOf(const QList<FieldIssue>& issues)
{
    QStringList codes;
    for (const FieldIssue& i : issues)
        codes.append(i.field + QLatin1Char('/') + i.code);
    return codes.join(QLatin1String(", "));
}

bool hasWarning(const DraftVerdict& v, const QString& field, const QString& code)
{
    for (const FieldIssue& w : v.warnings)
        if (w.field == field && w.code == code)
            return true;
    return false;
}

} // namespace

class TestTokenRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validTestDraft();
    void validLiveDraft();
    void badDraft_data();
    void badDraft();
    void nameLength_data();
    void nameLength();
    void noExpiryWarning();
    void duplicateNameWarning();
    void wideIpWhitelistMessage_data();
    void wideIpWhitelistMessage();
    void narrowIpWhitelistsPass_data();
    void narrowIpWhitelistsPass();
    void rotationKeepsAStoredWideWhitelist();
    void isSpaceId_data();
    void isSpaceId();
};

void TestTokenRules::validTestDraft()
{
    TokenDraft d = testDraft();
    d.name = QStringLiteral("  Main Website Integration \t");
    d.permissions = { QStringLiteral("payments:write"), QStringLiteral(" payments:read "),
                      QStringLiteral("customers:read"), QStringLiteral("payments:read") };

    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QVERIFY2(v.ok(), qPrintable(codesOf(v.errors)));
    QVERIFY2(v.warnings.isEmpty(), qPrintable(codesOf(v.warnings)));
    QCOMPARE(v.token.name, QStringLiteral("Main Website Integration"));
    QCOMPARE(v.token.environment, Environment::Test);
    QCOMPARE(v.token.expiresAt, kNow.addMonths(2));
    QCOMPARE(v.token.expiresAt, QDateTime(QDate(2027, 1, 23), QTime(12, 0), Qt::UTC));
    QCOMPARE(v.token.apiRelease, QStringLiteral("caph.2025-08-23"));
    QCOMPARE(v.token.permissions,
             QStringList({ QStringLiteral("customers:read"), QStringLiteral("payments:read"),
                           QStringLiteral("payments:write") }));
    QVERIFY(v.token.spaceWhitelist.isEmpty());
    QVERIFY(v.token.ipWhitelist.isEmpty());

    // Asking for the two months a test token has anyway is no error.
    d.expiry = ExpiryChoice::twoMonths();
    QVERIFY(TokenRules::validate(d, Catalog::builtIn(), kNow).ok());
}

void TestTokenRules::validLiveDraft()
{
    TokenDraft d = liveDraft();
    d.name = QStringLiteral("Payouts worker");
    d.expiry = ExpiryChoice::oneYear();
    d.apiRelease = QStringLiteral(" caph.2025-06-20 ");
    d.spaceWhitelist = QStringLiteral(" spc-abc123 ");
    d.ipWhitelist = { QStringLiteral("203.0.113.45/32"), QStringLiteral(" 2001:DB8::/32 "),
                      QStringLiteral("203.0.113.45"), QStringLiteral("::ffff:198.51.100.0/120") };
    d.services = { QStringLiteral("payouts"), QStringLiteral("payments") };
    d.permissions
        = { QStringLiteral("payouts:write"), QStringLiteral("payments:read"), QStringLiteral("payouts:read") };

    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QVERIFY2(v.ok(), qPrintable(codesOf(v.errors)));
    QVERIFY2(v.warnings.isEmpty(), qPrintable(codesOf(v.warnings)));
    QCOMPARE(v.token.name, QStringLiteral("Payouts worker"));
    QCOMPARE(v.token.environment, Environment::Live);
    QCOMPARE(v.token.expiresAt, kNow.addYears(1));
    QCOMPARE(v.token.apiRelease, QStringLiteral("caph.2025-06-20"));
    QCOMPARE(v.token.spaceWhitelist, QStringLiteral("spc-abc123"));
    // Normalised and without duplicates; the order is not part of the rule.
    QStringList ips = v.token.ipWhitelist;
    ips.sort();
    QCOMPARE(ips,
             QStringList({ QStringLiteral("198.51.100.0/24"), QStringLiteral("2001:db8::/32"),
                           QStringLiteral("203.0.113.45") }));
    QCOMPARE(v.token.permissions,
             QStringList(
                 { QStringLiteral("payments:read"), QStringLiteral("payouts:read"), QStringLiteral("payouts:write") }));
}

void TestTokenRules::badDraft_data()
{
    QTest::addColumn<TokenDraft>("draft");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");

    auto row = [](const char* name, const TokenDraft& d, const char* field, const char* code) {
        QTest::newRow(name) << d << QString::fromLatin1(field) << QString::fromLatin1(code);
    };
    // A valid test or live draft with one change.
    auto test = [](auto change) {
        TokenDraft d = testDraft();
        change(d);
        return d;
    };
    auto live = [](auto change) {
        TokenDraft d = liveDraft();
        change(d);
        return d;
    };

    // Name
    row("empty name", test([](TokenDraft& d) { d.name.clear(); }), "name", "name_required");
    row("whitespace-only name", test([](TokenDraft& d) { d.name = QStringLiteral("   \t "); }), "name",
        "name_required");
    row("101 characters", test([](TokenDraft& d) { d.name = QString(101, QLatin1Char('a')); }), "name",
        "name_too_long");
    row("100 characters and an emoji", test([](TokenDraft& d) { d.name = QString(100, QLatin1Char('a')) + emoji(); }),
        "name", "name_too_long");
    row("tab in name", test([](TokenDraft& d) { d.name = QStringLiteral("Main\tWebsite"); }), "name",
        "name_control_character");
    row("newline in name", test([](TokenDraft& d) { d.name = QStringLiteral("Main\nWebsite"); }), "name",
        "name_control_character");
    row("NEL (U+0085) in name",
        test([](TokenDraft& d) { d.name = QStringLiteral("Main") + QChar(0x0085) + QStringLiteral("Website"); }),
        "name", "name_control_character");
    row("NUL in name",
        test([](TokenDraft& d) { d.name = QStringLiteral("Main") + QChar(0x0000) + QStringLiteral("Website"); }),
        "name", "name_control_character");
    row("DEL in name",
        test([](TokenDraft& d) { d.name = QStringLiteral("Main") + QChar(0x007F) + QStringLiteral("Website"); }),
        "name", "name_control_character");
    row("right-to-left override in name",
        test([](TokenDraft& d) { d.name = QStringLiteral("Main") + QChar(0x202E) + QStringLiteral("Website"); }),
        "name", "name_invisible_character");
    row("zero-width space in name",
        test([](TokenDraft& d) { d.name = QStringLiteral("Main") + QChar(0x200B) + QStringLiteral("Website"); }),
        "name", "name_invisible_character");
    row("lone surrogate in name",
        test([](TokenDraft& d) { d.name = QStringLiteral("Main") + QChar(0xD800) + QStringLiteral("Website"); }),
        "name", "name_invisible_character");

    // Test mode fixes the expiry and forbids whitelists
    row("test token, 1 year", test([](TokenDraft& d) { d.expiry = ExpiryChoice::oneYear(); }), "expiry",
        "test_expiry_fixed");
    row("test token, never", test([](TokenDraft& d) { d.expiry = ExpiryChoice::never(); }), "expiry",
        "test_expiry_fixed");
    row("test token, custom", test([](TokenDraft& d) { d.expiry = ExpiryChoice::at(kNow.addDays(10)); }), "expiry",
        "test_expiry_fixed");
    row("test token, Space whitelist", test([](TokenDraft& d) { d.spaceWhitelist = QStringLiteral("spc-abc123"); }),
        "spaceWhitelist", "test_no_whitelist");
    row("test token, IP whitelist", test([](TokenDraft& d) { d.ipWhitelist = { QStringLiteral("203.0.113.45") }; }),
        "ipWhitelist", "test_no_whitelist");

    // Custom expiry of a live token
    row("custom expiry in the past", live([](TokenDraft& d) { d.expiry = ExpiryChoice::at(kNow.addDays(-1)); }),
        "expiry", "expiry_in_past");
    row("custom expiry under an hour away",
        live([](TokenDraft& d) { d.expiry = ExpiryChoice::at(kNow.addSecs(59 * 60)); }), "expiry", "expiry_too_soon");

    // API release
    row("empty release", test([](TokenDraft& d) { d.apiRelease.clear(); }), "apiRelease", "release_required");
    row("whitespace release", test([](TokenDraft& d) { d.apiRelease = QStringLiteral("  "); }), "apiRelease",
        "release_required");
    row("unknown release", test([](TokenDraft& d) { d.apiRelease = QStringLiteral("caph.1999-01-01"); }), "apiRelease",
        "unknown_release");

    // Permissions
    row("unknown permission", test([](TokenDraft& d) { d.permissions = { QStringLiteral("payments:delete") }; }),
        "permissions", "unknown_permission");
    row("unknown permission beside a known one", test([](TokenDraft& d) {
            d.permissions = { QStringLiteral("payments:read"), QStringLiteral("payments:delete") };
        }),
        "permissions", "unknown_permission");
    row("no permission", test([](TokenDraft& d) { d.permissions.clear(); }), "permissions", "permission_required");

    // IP whitelist of a live token
    for (const char* ip : { "203.0.113.0/33", "203.0.113.5/24", "300.1.1.1", "::g" }) {
        row(qPrintable(QStringLiteral("invalid IP %1").arg(QLatin1String(ip))), live([ip](TokenDraft& d) {
                d.ipWhitelist = { QStringLiteral("198.51.100.7"), QString::fromLatin1(ip) };
            }),
            "ipWhitelist", "invalid_ip");
    }

    // An IP whitelist that admits every IPv4 or every IPv6 address is no whitelist
    for (const char* ip : { "0.0.0.0/0", "::/0", "::ffff:0:0/96", "::ffff:0.0.0.0/96" }) {
        row(qPrintable(QStringLiteral("IP whitelist %1").arg(QLatin1String(ip))), live([ip](TokenDraft& d) {
                d.ipWhitelist = { QStringLiteral("198.51.100.7"), QString::fromLatin1(ip) };
            }),
            "ipWhitelist", "ip_whitelist_admits_all");
    }
    row("IP whitelist of two halves that make every IPv4 address", live([](TokenDraft& d) {
            d.ipWhitelist = { QStringLiteral("0.0.0.0/1"), QStringLiteral("128.0.0.0/1") };
        }),
        "ipWhitelist", "ip_whitelist_admits_all");
    row("IP whitelist of two halves that make every IPv6 address", live([](TokenDraft& d) {
            d.ipWhitelist = { QStringLiteral("::/1"), QStringLiteral("8000::/1") };
        }),
        "ipWhitelist", "ip_whitelist_admits_all");

    // Space whitelist of a live token
    for (const char* space : { "space-123", "spc-", "spc-ab cd", "SPC-abc" }) {
        row(qPrintable(QStringLiteral("invalid Space id %1").arg(QLatin1String(space))),
            live([space](TokenDraft& d) { d.spaceWhitelist = QString::fromLatin1(space); }), "spaceWhitelist",
            "invalid_space_id");
    }

    // Services filter
    row("unknown service", test([](TokenDraft& d) { d.services = { QStringLiteral("teleportation") }; }), "services",
        "unknown_service");
    row("permission outside the selected services", test([](TokenDraft& d) {
            d.services = { QStringLiteral("payouts") };
            d.permissions = { QStringLiteral("payments:read") };
        }),
        "permissions", "permission_outside_services");
}

void TestTokenRules::badDraft()
{
    QFETCH(TokenDraft, draft);
    QFETCH(QString, field);
    QFETCH(QString, code);

    const DraftVerdict v = TokenRules::validate(draft, Catalog::builtIn(), kNow);
    QVERIFY(!v.ok());
    const FieldIssue& first = v.errors.constFirst();
    QVERIFY2(first.field == field && first.code == code, qPrintable(codesOf(v.errors)));
    QVERIFY(!first.message.isEmpty());

    const Error e = v.firstError();
    QCOMPARE(e.field, field);
    QCOMPARE(e.code, code);
    QVERIFY(v.errorFor(field) != nullptr);
}

void TestTokenRules::nameLength_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");

    QTest::newRow("1 character") << QStringLiteral("a") << true;
    QTest::newRow("100 characters") << QString(100, QLatin1Char('a')) << true;
    QTest::newRow("100 characters plus surrounding spaces")
        << QString(QStringLiteral("  ") + QString(100, QLatin1Char('a')) + QStringLiteral("  ")) << true;
    QTest::newRow("101 characters") << QString(101, QLatin1Char('a')) << false;
    // An emoji outside the BMP is two UTF-16 code units but one character.
    QTest::newRow("99 characters and an emoji") << QString(QString(99, QLatin1Char('a')) + emoji()) << true;
    QTest::newRow("50 emoji") << emoji().repeated(50) << true;
    QTest::newRow("100 emoji") << emoji().repeated(100) << true;
    QTest::newRow("101 emoji") << emoji().repeated(101) << false;
    QTest::newRow("accented letters") << QStringLiteral("Intégration du site") << true;
}

void TestTokenRules::nameLength()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);

    TokenDraft d = testDraft();
    d.name = name;
    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QCOMPARE(v.ok(), ok);
    QCOMPARE(!TokenRules::checkName(name).has_value(), ok);
    if (ok)
        QCOMPARE(v.token.name, name.trimmed());
    else
        QCOMPARE(v.errors.constFirst().code, QStringLiteral("name_too_long"));
}

void TestTokenRules::noExpiryWarning()
{
    TokenDraft d = liveDraft();
    d.expiry = ExpiryChoice::never();
    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QVERIFY2(v.ok(), qPrintable(codesOf(v.errors)));
    QVERIFY2(hasWarning(v, QStringLiteral("expiry"), QStringLiteral("no_expiry")), qPrintable(codesOf(v.warnings)));
    QVERIFY(!v.token.expiresAt.isValid());

    // A one-year token gets no such warning.
    d.expiry = ExpiryChoice::oneYear();
    const DraftVerdict yearly = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QVERIFY(yearly.ok());
    QVERIFY(!hasWarning(yearly, QStringLiteral("expiry"), QStringLiteral("no_expiry")));
}

void TestTokenRules::duplicateNameWarning()
{
    TokenDraft d = testDraft();
    d.name = QStringLiteral(" Main Website ");
    const QStringList existing = { QStringLiteral("Payouts worker"), QStringLiteral("MAIN website") };

    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow, existing);
    QVERIFY2(v.ok(), qPrintable(codesOf(v.errors)));
    QVERIFY2(hasWarning(v, QStringLiteral("name"), QStringLiteral("name_duplicate")), qPrintable(codesOf(v.warnings)));

    d.name = QStringLiteral("Main Website 2");
    const DraftVerdict distinct = TokenRules::validate(d, Catalog::builtIn(), kNow, existing);
    QVERIFY(distinct.ok());
    QVERIFY(!hasWarning(distinct, QStringLiteral("name"), QStringLiteral("name_duplicate")));
}

void TestTokenRules::wideIpWhitelistMessage_data()
{
    QTest::addColumn<QStringList>("whitelist");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("0.0.0.0/0") << QStringList { QStringLiteral("0.0.0.0/0") }
                               << QStringLiteral("admits every IPv4 address (0.0.0.0/0)");
    QTest::newRow("::/0") << QStringList { QStringLiteral("::/0") }
                          << QStringLiteral("admits every IPv6 address (::/0)");
    QTest::newRow("::ffff:0:0/96") << QStringList { QStringLiteral("::ffff:0:0/96") }
                                   << QStringLiteral("admits every IPv4 address (0.0.0.0/0)");
    QTest::newRow("both") << QStringList { QStringLiteral("::/0"), QStringLiteral("0.0.0.0/0") }
                          << QStringLiteral("admits every IPv4 and every IPv6 address (0.0.0.0/0, ::/0)");
    QTest::newRow("halves") << QStringList { QStringLiteral("128.0.0.0/1"), QStringLiteral("0.0.0.0/1") }
                            << QStringLiteral("admits every IPv4 address (128.0.0.0/1, 0.0.0.0/1)");
}

void TestTokenRules::wideIpWhitelistMessage()
{
    QFETCH(QStringList, whitelist);
    QFETCH(QString, mentions);
    TokenDraft d = liveDraft();
    d.ipWhitelist = whitelist;
    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QCOMPARE(v.errors.size(), 1);
    const FieldIssue& e = v.errors.constFirst();
    QCOMPARE(e.field, QStringLiteral("ipWhitelist"));
    QCOMPARE(e.code, QStringLiteral("ip_whitelist_admits_all"));
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    // What is wrong, and the fix.
    QVERIFY2(e.message.contains(QLatin1String("a range that admits every address is no whitelist: list the addresses "
                                              "your servers call from, or leave the IP whitelist empty"),
                                Qt::CaseInsensitive),
             qPrintable(e.message));
}

void TestTokenRules::narrowIpWhitelistsPass_data()
{
    QTest::addColumn<QStringList>("whitelist");
    QTest::newRow("one /1") << QStringList { QStringLiteral("0.0.0.0/1") };
    QTest::newRow("IPv4 halves but one address")
        << QStringList { QStringLiteral("0.0.0.0/1"), QStringLiteral("128.0.0.0/2"), QStringLiteral("192.0.0.0/3") };
    QTest::newRow("a /8 and an IPv6 /32")
        << QStringList { QStringLiteral("10.0.0.0/8"), QStringLiteral("2001:db8::/32") };
    QTest::newRow("0.0.0.0, one address") << QStringList { QStringLiteral("0.0.0.0") };
    QTest::newRow("::, one address") << QStringList { QStringLiteral("::") };
    QTest::newRow("::/96, not the IPv4-mapped range") << QStringList { QStringLiteral("::/96") };
}

void TestTokenRules::narrowIpWhitelistsPass()
{
    QFETCH(QStringList, whitelist);
    TokenDraft d = liveDraft();
    d.ipWhitelist = whitelist;
    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QVERIFY2(v.ok(), qPrintable(codesOf(v.errors)));
}

void TestTokenRules::rotationKeepsAStoredWideWhitelist()
{
    // A rotation must never be blocked: the stored whitelist is carried over, with a warning.
    TokenDraft d = liveDraft();
    d.ipWhitelist = { QStringLiteral("0.0.0.0/0") };
    d.keepsStoredIpWhitelist = true;
    const DraftVerdict v = TokenRules::validate(d, Catalog::builtIn(), kNow);
    QVERIFY2(v.ok(), qPrintable(codesOf(v.errors)));
    QVERIFY(hasWarning(v, QStringLiteral("ipWhitelist"), QStringLiteral("ip_whitelist_admits_all")));
    QCOMPARE(v.token.ipWhitelist, QStringList { QStringLiteral("0.0.0.0/0") });
}

void TestTokenRules::isSpaceId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");

    QTest::newRow("API reference form") << QStringLiteral("spc-abc123") << true;
    QTest::newRow("dashboard guide form") << QStringLiteral("spc_abc123") << true;
    QTest::newRow("mixed case body") << QStringLiteral("spc-k6PWMZvKxSJ1") << true;
    QTest::newRow("other word") << QStringLiteral("space-123") << false;
    QTest::newRow("prefix only") << QStringLiteral("spc-") << false;
    QTest::newRow("space inside") << QStringLiteral("spc-ab cd") << false;
    QTest::newRow("uppercase prefix") << QStringLiteral("SPC-abc") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTokenRules::isSpaceId()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);

    QCOMPARE(TokenRules::isSpaceId(id), valid);
    const auto checked = TokenRules::checkSpaceId(id, QStringLiteral("spaceWhitelist"));
    QCOMPARE(checked.ok(), valid);
    if (!valid) {
        QCOMPARE(checked.error().code, QStringLiteral("invalid_space_id"));
        QCOMPARE(checked.error().field, QStringLiteral("spaceWhitelist"));
    }
}

QTEST_GUILESS_MAIN(TestTokenRules)

#include "tst_tokenrules.moc"
