// SPDX-License-Identifier: GPL-3.0-or-later
// TokenScanner: which Monime-shaped strings in a buffer are findings, and where.
#include "domain/TokenSecret.h"
#include "scan/LeakScanner.h"
#include "scan/TokenScanner.h"

#include <QtTest>

#include <algorithm>

using namespace monime;

namespace {
struct Hit
{
    qsizetype offset;
    QString digest;
    bool split;
    ChecksumState checksum;
};

QList<Hit> hits(const QByteArray& data, const QSet<QString>* known = nullptr)
{
    QList<Hit> out;
    TokenScanner(known).scan(data, [&](const TokenMatch& m) {
        out.append({ m.offset, m.digest, m.split, m.checksum });
    });
    return out;
}

// A fixed token of this app's shape (so rows are reproducible): 40 characters + their checksum.
QByteArray made(const char* prefix, char fill)
{
    QByteArray t = QByteArray(prefix) + QByteArray("a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T").left(39) + fill;
    return t + TokenSecret::checksum(t);
}
} // namespace

class TestTokenScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatItShould_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("count");
        QTest::addColumn<qsizetype>("offset");

        const QByteArray test = made("mon_test_", 'x');
        const QByteArray live = made("mon_", 'y');
        QByteArray typo = test;
        typo[12] = typo[12] == 'Z' ? 'Y' : 'Z';
        QTest::newRow("test token") << QByteArray("TOKEN=" + test + "\n") << 1 << qsizetype(6);
        QTest::newRow("live token in quotes") << QByteArray("key: \"" + live + "\"") << 1 << qsizetype(6);
        QTest::newRow("at the very start and end") << test << 1 << qsizetype(0);
        QTest::newRow("bad checksum") << QByteArray("x " + typo) << 0 << qsizetype(-1);
        QTest::newRow("placeholder") << QByteArray("mon_test_" + QByteArray(46, 'X')) << 0 << qsizetype(-1);
        QTest::newRow("docs placeholder, short") << QByteArray("mon_test_your_token_here") << 0 << qsizetype(-1);
        QTest::newRow("a word, not a token") << QByteArray("mon_AbstractPaymentProcessor") << 0 << qsizetype(-1);
        QTest::newRow("inside a longer word") << QByteArray("common_" + test.mid(4)) << 0 << qsizetype(-1);
        QTest::newRow("glued to an identifier") << QByteArray("x_" + test) << 0 << qsizetype(-1);
        QTest::newRow("web portal token (no checksum, random)")
            << QByteArray("a mon_Zx81Kq0Lm2Pw7Rt5Yb3Nc9 b") << 1 << qsizetype(2);
        QTest::newRow("two tokens") << QByteArray(test + " " + live) << 2 << qsizetype(0);
        QByteArray minified = "!function(){var a=\"";
        minified += QByteArray(200000, 'q');
        minified += "\",b=\"" + live + "\";}();";
        QTest::newRow("minified line") << minified << 1 << qsizetype(200000 + 24);
    }

    void findsWhatItShould()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, count);
        QFETCH(qsizetype, offset);
        const QList<Hit> found = hits(text);
        QCOMPARE(found.size(), count);
        if (count > 0)
            QCOMPARE(found.first().offset, offset);
    }

    void confirmsByChecksumAndDigest()
    {
        const QByteArray token = TokenSecret::generate(Environment::Live);
        const QList<Hit> found = hits("x=" + token);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().checksum, ChecksumState::Valid);
        QCOMPARE(found.first().digest, TokenSecret::digest(token));
    }

    // A known token of an odd shape (imported, low-entropy body) counts because its digest is in the inventory.
    void knownDigestAlwaysCounts()
    {
        const QByteArray imported = "mon_aaaaaaaaaaaaaaaaaaaaaaaa";
        QCOMPARE(hits(imported).size(), 0);
        const QSet<QString> known { TokenSecret::digest(imported) };
        QCOMPARE(hits("k=" + imported, &known).size(), 1);
    }

    // The chosen behaviour: a token of this app's shape cut by a line break is found (and reported at its first
    // line) when the next line starts with the rest and the joined text passes the checksum. An indented rest is
    // not joined (its first part alone may still look like a web-portal token, unconfirmed).
    void splitAcrossALineBreak_data()
    {
        QTest::addColumn<QByteArray>("breakText");
        QTest::addColumn<bool>("found");
        QTest::newRow("LF") << QByteArray("\n") << true;
        QTest::newRow("CRLF") << QByteArray("\r\n") << true;
        QTest::newRow("indented") << QByteArray("\n  ") << false;
        QTest::newRow("two breaks") << QByteArray("\n\n") << false;
    }

    void splitAcrossALineBreak()
    {
        QFETCH(QByteArray, breakText);
        QFETCH(bool, found);
        const QByteArray token = TokenSecret::generate(Environment::Test);
        const QByteArray text = "log: " + token.left(30) + breakText + token.mid(30) + " end\n";
        const QList<Hit> h = hits(text);
        const auto joined = std::find_if(
            h.cbegin(), h.cend(), [&](const Hit& x) { return x.split && x.digest == TokenSecret::digest(token); });
        QCOMPARE(joined != h.cend(), found);
        if (found)
            QCOMPARE(h.size(), 1);
        // Not joined: at most the first part alone, never confirmed as this app's token.
        for (const Hit& x : h)
            QVERIFY(x.split || x.checksum == ChecksumState::NotApplicable);
    }

    void reportsLineAndColumnAndInlineAllow()
    {
        const QByteArray a = TokenSecret::generate(Environment::Test);
        const QByteArray b = TokenSecret::generate(Environment::Live);
        const QByteArray text = "one\ntwo\n  x=" + a + "\n" + b + " # monime-scan:allow\n";
        LeakScanner scanner({}, nullptr);
        ScanResult result;
        scanner.scanBytes(text, QStringLiteral("root"), QStringLiteral("dir/f.txt"), &result);
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.allowed, 1);
        const LeakFinding& f = result.findings.first();
        QCOMPARE(f.location.line, 3);
        QCOMPARE(f.location.column, 5);
        QCOMPARE(f.location.displayPath(), QStringLiteral("root/dir/f.txt"));
        QCOMPARE(f.fingerprint(), QStringLiteral("dir/f.txt:3:") + TokenSecret::digest(a).left(16));
        QVERIFY(!f.hint.contains(QString::fromLatin1(a.mid(9, 20))));
    }
};

QTEST_GUILESS_MAIN(TestTokenScanner)
#include "tst_tokenscanner.moc"
