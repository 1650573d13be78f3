// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Expiry.h"

#include <QTest>

using namespace monime;

Q_DECLARE_METATYPE(monime::ExpiryPreset)

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}
} // namespace

class TestExpiry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void resolvePreset_data();
    void resolvePreset();
    void resolveNever();
    void resolveCustom_data();
    void resolveCustom();
    void resolveCustomWithoutInstant();
};

void TestExpiry::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ExpiryPreset>("preset");
    QTest::addColumn<QDateTime>("custom"); ///< invalid for presets

    QTest::newRow("2m") << QStringLiteral("2m") << ExpiryPreset::TwoMonths << QDateTime();
    QTest::newRow("2M") << QStringLiteral("2M") << ExpiryPreset::TwoMonths << QDateTime();
    QTest::newRow("1y") << QStringLiteral("1y") << ExpiryPreset::OneYear << QDateTime();
    QTest::newRow("1Y") << QStringLiteral("1Y") << ExpiryPreset::OneYear << QDateTime();
    QTest::newRow("never") << QStringLiteral("never") << ExpiryPreset::Never << QDateTime();
    QTest::newRow("NEVER") << QStringLiteral("NEVER") << ExpiryPreset::Never << QDateTime();
    QTest::newRow("Never, padded") << QStringLiteral("  Never ") << ExpiryPreset::Never << QDateTime();
    QTest::newRow("date only is midnight UTC")
        << QStringLiteral("2027-01-31") << ExpiryPreset::Custom << utc(2027, 1, 31);
    QTest::newRow("date-time Z") << QStringLiteral("2027-01-31T18:00:00Z") << ExpiryPreset::Custom
                                 << utc(2027, 1, 31, 18);
    QTest::newRow("date-time +02:00") << QStringLiteral("2027-01-31T18:00:00+02:00") << ExpiryPreset::Custom
                                      << utc(2027, 1, 31, 16);
    QTest::newRow("date-time -05:30 crosses midnight")
        << QStringLiteral("2027-01-31T20:00:00-05:30") << ExpiryPreset::Custom << utc(2027, 2, 1, 1, 30);
    QTest::newRow("date-time without offset is UTC")
        << QStringLiteral("2027-01-31T18:00:00") << ExpiryPreset::Custom << utc(2027, 1, 31, 18);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29") << ExpiryPreset::Custom << utc(2028, 2, 29);
}

void TestExpiry::parseValid()
{
    QFETCH(QString, text);
    QFETCH(ExpiryPreset, preset);
    QFETCH(QDateTime, custom);

    const auto parsed = Expiry::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->preset, preset);
    if (preset == ExpiryPreset::Custom) {
        QVERIFY(parsed->custom.isValid());
        QCOMPARE(parsed->custom.timeSpec(), Qt::UTC);
        QCOMPARE(parsed->custom, custom);
        QCOMPARE(parsed->custom.toMSecsSinceEpoch(), custom.toMSecsSinceEpoch());
    } else {
        QVERIFY(!parsed->custom.isValid());
    }
}

void TestExpiry::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("3m") << QStringLiteral("3m");
    QTest::newRow("2y") << QStringLiteral("2y");
    QTest::newRow("month 13") << QStringLiteral("2027-13-01");
    QTest::newRow("30 February") << QStringLiteral("2027-02-30");
    QTest::newRow("29 February, not a leap year") << QStringLiteral("2027-02-29");
    QTest::newRow("tomorrow") << QStringLiteral("tomorrow");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("slashes") << QStringLiteral("2027/01/31");
    QTest::newRow("day first") << QStringLiteral("31-01-2027");
    QTest::newRow("hour 25") << QStringLiteral("2027-01-31T25:00:00Z");
}

void TestExpiry::parseInvalid()
{
    QFETCH(QString, text);

    const auto parsed = Expiry::parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().field, QStringLiteral("expiry"));
    QCOMPARE(parsed.error().code, QStringLiteral("invalid_expiry"));
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestExpiry::resolvePreset_data()
{
    QTest::addColumn<ExpiryPreset>("preset");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("2 months, plain") << ExpiryPreset::TwoMonths << utc(2026, 11, 23, 12) << utc(2027, 1, 23, 12);
    QTest::newRow("2 months, 31 Dec to end of February")
        << ExpiryPreset::TwoMonths << utc(2026, 12, 31, 10) << utc(2027, 2, 28, 10);
    QTest::newRow("2 months, into a leap February")
        << ExpiryPreset::TwoMonths << utc(2027, 12, 31, 10) << utc(2028, 2, 29, 10);
    QTest::newRow("1 year, plain") << ExpiryPreset::OneYear << utc(2026, 11, 23, 12) << utc(2027, 11, 23, 12);
    QTest::newRow("1 year, from a leap day")
        << ExpiryPreset::OneYear << utc(2028, 2, 29, 8, 30) << utc(2029, 2, 28, 8, 30);
}

void TestExpiry::resolvePreset()
{
    QFETCH(ExpiryPreset, preset);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);

    const auto resolved = Expiry::resolve(ExpiryChoice { preset, {} }, now);
    QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
    QCOMPARE(resolved.value(), expected);
    QCOMPARE(resolved.value().timeSpec(), Qt::UTC);
}

void TestExpiry::resolveNever()
{
    const auto resolved = Expiry::resolve(ExpiryChoice::never(), utc(2026, 11, 23, 12));
    QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
    QVERIFY(!resolved.value().isValid());
}

void TestExpiry::resolveCustom_data()
{
    QTest::addColumn<qint64>("secsAhead");
    QTest::addColumn<QString>("code"); ///< empty: accepted

    QTest::newRow("a day ago") << qint64(-86400) << QStringLiteral("expiry_in_past");
    QTest::newRow("one second ago") << qint64(-1) << QStringLiteral("expiry_in_past");
    QTest::newRow("now") << qint64(0) << QStringLiteral("expiry_in_past");
    QTest::newRow("one second ahead") << qint64(1) << QStringLiteral("expiry_too_soon");
    QTest::newRow("59 minutes ahead") << qint64(59 * 60) << QStringLiteral("expiry_too_soon");
    QTest::newRow("59:59 ahead") << qint64(3599) << QStringLiteral("expiry_too_soon");
    QTest::newRow("exactly 60 minutes ahead") << qint64(3600) << QString();
    QTest::newRow("a month ahead") << qint64(30 * 86400) << QString();
}

void TestExpiry::resolveCustom()
{
    QFETCH(qint64, secsAhead);
    QFETCH(QString, code);

    const QDateTime now = utc(2026, 11, 23, 12);
    const QDateTime when = now.addSecs(secsAhead);
    const auto resolved = Expiry::resolve(ExpiryChoice::at(when), now);
    if (code.isEmpty()) {
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved.value(), when);
        QCOMPARE(resolved.value().timeSpec(), Qt::UTC);
    } else {
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, code);
        QCOMPARE(resolved.error().field, QStringLiteral("expiry"));
        QVERIFY(!resolved.error().message.isEmpty());
    }
}

void TestExpiry::resolveCustomWithoutInstant()
{
    const auto resolved = Expiry::resolve(ExpiryChoice { ExpiryPreset::Custom, {} }, utc(2026, 11, 23, 12));
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().field, QStringLiteral("expiry"));
    QVERIFY(!resolved.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestExpiry)

#include "tst_expiry.moc"
