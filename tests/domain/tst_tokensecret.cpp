// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TokenSecret.h"

#include <QCryptographicHash>
#include <QTest>

using namespace monime;

Q_DECLARE_METATYPE(monime::Environment)

namespace {

// An oracle independent of the code under test: zlib's CRC-32, bit by bit, no table.
quint32 referenceCrc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= static_cast<quint8>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// Six base62 digits (0-9A-Za-z), most significant first, zero-padded.
QByteArray referenceBase62(quint32 value)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray digits;
    quint64 v = value;
    while (v > 0) {
        digits.prepend(alphabet[v % 62]);
        v /= 62;
    }
    while (digits.size() < 6)
        digits.prepend('0');
    return digits;
}

bool allBase62(QByteArrayView text)
{
    for (char c : text)
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    return true;
}

// Another base62 character at the same place, so only that character changes.
QByteArray flipped(QByteArray token, qsizetype at)
{
    token[at] = token.at(at) == '0' ? '1' : '0';
    return token;
}

} // namespace

class TestTokenSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceOracle();
    void generate_data();
    void generate();
    void generatedTokensDiffer();
    void corruptedTokenLosesChecksum_data();
    void corruptedTokenLosesChecksum();
    void pastedToken_data();
    void pastedToken();
    void rejects_data();
    void rejects();
    void hint_data();
    void hint();
    void digest();
    void checksum_data();
    void checksum();
};

void TestTokenSecret::referenceOracle()
{
    // The oracle itself must be right before it judges anything: the classic CRC-32 check value.
    QCOMPARE(referenceCrc32(QByteArrayLiteral("123456789")), 0xCBF43926u);
    QCOMPARE(referenceBase62(0), QByteArrayLiteral("000000"));
    QCOMPARE(referenceBase62(61), QByteArrayLiteral("00000z"));
    QCOMPARE(referenceBase62(62), QByteArrayLiteral("000010"));
}

void TestTokenSecret::generate_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("test") << Environment::Test << QByteArrayLiteral("mon_test_");
    QTest::newRow("live") << Environment::Live << QByteArrayLiteral("mon_");
}

void TestTokenSecret::generate()
{
    QFETCH(Environment, environment);
    QFETCH(QByteArray, prefix);

    QCOMPARE(QByteArray(TokenSecret::prefix(environment).data(), TokenSecret::prefix(environment).size()), prefix);
    for (int i = 0; i < 50; ++i) {
        const QByteArray token = TokenSecret::generate(environment);
        QVERIFY2(token.startsWith(prefix), token.constData());
        QCOMPARE(token.size(), prefix.size() + 46);
        const QByteArray body = token.mid(prefix.size());
        QVERIFY2(allBase62(body), body.constData());

        const auto parsed = TokenSecret::parse(token);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->environment, environment);
        QCOMPARE(parsed->checksum, ChecksumState::Valid);
        // The last six characters are the checksum of everything before them.
        QCOMPARE(token.right(6), referenceBase62(referenceCrc32(token.left(token.size() - 6))));
    }
}

void TestTokenSecret::generatedTokensDiffer()
{
    const QByteArray a = TokenSecret::generate(Environment::Test);
    const QByteArray b = TokenSecret::generate(Environment::Test);
    QVERIFY(a != b);
    QVERIFY(TokenSecret::generate(Environment::Live) != TokenSecret::generate(Environment::Live));
}

void TestTokenSecret::corruptedTokenLosesChecksum_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<int>("offsetFromPrefix");
    QTest::newRow("test, first body character") << Environment::Test << 0;
    QTest::newRow("test, middle of body") << Environment::Test << 20;
    QTest::newRow("test, last body character") << Environment::Test << 39;
    QTest::newRow("test, first checksum character") << Environment::Test << 40;
    QTest::newRow("test, last checksum character") << Environment::Test << 45;
    QTest::newRow("live, middle of body") << Environment::Live << 7;
    QTest::newRow("live, checksum") << Environment::Live << 43;
}

void TestTokenSecret::corruptedTokenLosesChecksum()
{
    QFETCH(Environment, environment);
    QFETCH(int, offsetFromPrefix);

    const QByteArray token = TokenSecret::generate(environment);
    const QByteArray bad = flipped(token, TokenSecret::prefix(environment).size() + offsetFromPrefix);
    QVERIFY(bad != token);
    const auto parsed = TokenSecret::parse(bad);
    // Still the shape of a pasted real-portal token, so accepted, but no longer one of ours.
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->environment, environment);
    QCOMPARE(parsed->checksum, ChecksumState::NotApplicable);
}

void TestTokenSecret::pastedToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<Environment>("environment");
    QTest::newRow("test, 16 body characters (minimum)")
        << QByteArray("mon_test_" + QByteArray(16, 'a')) << Environment::Test;
    QTest::newRow("test, 128 body characters (maximum)")
        << QByteArray("mon_test_" + QByteArray(128, 'Z')) << Environment::Test;
    QTest::newRow("live, 16 body characters") << QByteArray("mon_" + QByteArray(16, '7')) << Environment::Live;
    QTest::newRow("live, 128 body characters") << QByteArray("mon_" + QByteArray(128, 'q')) << Environment::Live;
    QTest::newRow("test, realistic mixed body")
        << QByteArrayLiteral("mon_test_Xb4kQ9zLmN2pR7sT1vW3yA5cE8gH0jK6") << Environment::Test;
    QTest::newRow("test, 46 characters like ours but no checksum")
        << QByteArray("mon_test_" + QByteArray(46, 'a')) << Environment::Test;
    QTest::newRow("live body that starts with 'test'")
        << QByteArrayLiteral("mon_testABCDEFGHIJKLMNOP") << Environment::Live;
}

void TestTokenSecret::pastedToken()
{
    QFETCH(QByteArray, token);
    QFETCH(Environment, environment);

    const auto parsed = TokenSecret::parse(token);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->environment, environment);
    QCOMPARE(parsed->checksum, ChecksumState::NotApplicable);
}

void TestTokenSecret::rejects_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray body20(20, 'a');
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no prefix") << QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz0123");
    QTest::newRow("other vendor's prefix") << QByteArray("sk_test_" + body20);
    QTest::newRow("mon_test_ alone") << QByteArrayLiteral("mon_test_");
    QTest::newRow("mon_ alone") << QByteArrayLiteral("mon_");
    QTest::newRow("test, body too short (15)") << QByteArray("mon_test_" + QByteArray(15, 'a'));
    QTest::newRow("live, body too short (15)") << QByteArray("mon_" + QByteArray(15, 'a'));
    QTest::newRow("test, body too long (129)") << QByteArray("mon_test_" + QByteArray(129, 'a'));
    QTest::newRow("live, body too long (129)") << QByteArray("mon_" + QByteArray(129, 'a'));
    QTest::newRow("dash in body") << QByteArrayLiteral("mon_test_abcdefgh-ijklmnopqrs");
    QTest::newRow("space in body") << QByteArrayLiteral("mon_test_abcdefgh ijklmnopqrs");
    QTest::newRow("underscore in test body") << QByteArrayLiteral("mon_test_abcdefgh_ijklmnopqrs");
    QTest::newRow("underscore in live body") << QByteArrayLiteral("mon_abcdefgh_ijklmnopqrs");
    QTest::newRow("trailing newline") << QByteArray("mon_test_" + body20 + '\n');
    QTest::newRow("leading space") << QByteArray(" mon_test_" + body20);
    QTest::newRow("uppercase live prefix") << QByteArray("MON_" + body20);
    QTest::newRow("uppercase test prefix") << QByteArray("MON_TEST_" + body20);
    QTest::newRow("non-ASCII in body") << QByteArray("mon_test_" + body20 + "\xc3\xa9");
}

void TestTokenSecret::rejects()
{
    QFETCH(QByteArray, token);

    const auto parsed = TokenSecret::parse(token);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, QStringLiteral("invalid_token"));
    QCOMPARE(parsed.error().field, QStringLiteral("token"));
    QVERIFY(!parsed.error().message.isEmpty());
    // The error never echoes the token back.
    if (token.size() >= 16)
        QVERIFY2(!parsed.error().message.contains(QString::fromLatin1(token)), qPrintable(parsed.error().message));
}

void TestTokenSecret::hint_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("test") << QByteArrayLiteral("mon_test_abcdefghijklmnopa1B2")
                          << QString(QStringLiteral("mon_test_") + QChar(0x2026) + QStringLiteral("a1B2"));
    QTest::newRow("live") << QByteArrayLiteral("mon_abcdefghijklmnopXyZ9")
                          << QString(QStringLiteral("mon_") + QChar(0x2026) + QStringLiteral("XyZ9"));
}

void TestTokenSecret::hint()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    QCOMPARE(TokenSecret::hint(token), expected);
}

void TestTokenSecret::digest()
{
    const QByteArray token = TokenSecret::generate(Environment::Test);
    const QString digest = TokenSecret::digest(token);
    QCOMPARE(digest.size(), 64);
    for (QChar c : digest)
        QVERIFY2((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')),
                 qPrintable(digest));
    QCOMPARE(digest, QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex()));
    QVERIFY(!digest.contains(QString::fromLatin1(token)));

    // FIPS 180-2's "abc" test vector.
    QCOMPARE(TokenSecret::digest(QByteArrayLiteral("abc")),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(TokenSecret::digest(QByteArrayLiteral("abc")) != TokenSecret::digest(QByteArrayLiteral("abd")));
}

void TestTokenSecret::checksum_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("crc check string") << QByteArrayLiteral("123456789");
    QTest::newRow("test prefix and body") << QByteArrayLiteral("mon_test_0123456789ABCDEFGHIJabcdefghijABCDEFGHIJ");
    QTest::newRow("live prefix and body") << QByteArrayLiteral("mon_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
    QTest::newRow("single byte") << QByteArrayLiteral("a");
}

void TestTokenSecret::checksum()
{
    QFETCH(QByteArray, text);

    const QByteArray sum = TokenSecret::checksum(text);
    QCOMPARE(sum.size(), 6);
    QVERIFY2(allBase62(sum), sum.constData());
    QCOMPARE(sum, referenceBase62(referenceCrc32(text)));
    QCOMPARE(TokenSecret::checksum(text), sum); // stable
}

QTEST_GUILESS_MAIN(TestTokenSecret)

#include "tst_tokensecret.moc"
