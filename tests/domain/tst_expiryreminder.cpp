// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry reminder rules: which stage a token is at, and when none is due.
#include "domain/ExpiryReminder.h"
#include "i18n/Translations.h"

#include <QtTest>

using namespace monime;

Q_DECLARE_METATYPE(std::optional<ReminderStage>)

class TestExpiryReminder : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

    TokenInfo token(qint64 secondsLeft) const
    {
        TokenInfo t;
        t.id = QStringLiteral("tok-1");
        t.name = QStringLiteral("Checkout");
        t.hint = QStringLiteral("mon_…a1B2");
        t.environment = Environment::Live;
        t.expiresAt = m_now.addSecs(secondsLeft);
        return t;
    }

private Q_SLOTS:
    // English plurals come from the English translation, as in the programs ("7 days", not "7 day(s)").
    void initTestCase()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
    }

    void stage_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<std::optional<ReminderStage>>("expected");
        const qint64 day = 86400;
        QTest::newRow("31 days") << 31 * day << std::optional<ReminderStage>();
        QTest::newRow("30 days + 1 s") << 30 * day + 1 << std::optional<ReminderStage>();
        QTest::newRow("exactly 30 days") << 30 * day << std::optional(ReminderStage::Days30);
        QTest::newRow("8 days") << 8 * day << std::optional(ReminderStage::Days30);
        QTest::newRow("exactly 7 days") << 7 * day << std::optional(ReminderStage::Days7);
        QTest::newRow("2 days") << 2 * day << std::optional(ReminderStage::Days7);
        QTest::newRow("exactly 1 day") << day << std::optional(ReminderStage::Days1);
        QTest::newRow("1 minute") << qint64(60) << std::optional(ReminderStage::Days1);
        QTest::newRow("expired an hour ago") << qint64(-3600) << std::optional(ReminderStage::Expired);
        QTest::newRow("expired 6 days ago, first check") << -6 * day << std::optional(ReminderStage::Expired);
        QTest::newRow("expired 8 days ago, first check") << -8 * day << std::optional<ReminderStage>();
    }

    void stage()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(std::optional<ReminderStage>, expected);
        QCOMPARE(ExpiryReminder::stageOf(token(secondsLeft), m_now, QDateTime()), expected);
    }

    void expiredOnlySinceTheLastCheck()
    {
        const TokenInfo t = token(-2 * 3600);
        QCOMPARE(ExpiryReminder::stageOf(t, m_now, m_now.addSecs(-3 * 3600)), std::optional(ReminderStage::Expired));
        QCOMPARE(ExpiryReminder::stageOf(t, m_now, m_now.addSecs(-3600)), std::optional<ReminderStage>());
    }

    void noneForTokensThatNeedNoReminder()
    {
        TokenInfo never = token(0);
        never.expiresAt = QDateTime();
        QVERIFY(!ExpiryReminder::stageOf(never, m_now, {}));
        TokenInfo revoked = token(86400);
        revoked.revokedAt = m_now.addSecs(-60);
        QVERIFY(!ExpiryReminder::stageOf(revoked, m_now, {}));
        TokenInfo inGrace = token(86400); // a rotation set its revocation: it goes anyway
        inGrace.revokedAt = m_now.addSecs(3600);
        QVERIFY(!ExpiryReminder::stageOf(inGrace, m_now, {}));
        TokenInfo replaced = token(86400);
        replaced.replacedBy = QStringLiteral("tok-2");
        QVERIFY(!ExpiryReminder::stageOf(replaced, m_now, {}));
    }

    void wordsAndUrgency()
    {
        const Reminder week { token(6 * 86400 + 3600), ReminderStage::Days7 };
        QCOMPARE(ExpiryReminder::daysLeft(week.token, m_now), 7);
        QCOMPARE(ExpiryReminder::title(week, m_now), QStringLiteral("Token \"Checkout\" expires in 7 days"));
        QVERIFY(ExpiryReminder::body(week).contains(QLatin1String("tok-1")));
        QVERIFY(ExpiryReminder::body(week).contains(QLatin1String("2026-12-13 13:00 UTC")));
        QCOMPARE(ExpiryReminder::urgency(ReminderStage::Days30), 0);
        QCOMPARE(ExpiryReminder::urgency(ReminderStage::Days7), 1);
        QCOMPARE(ExpiryReminder::urgency(ReminderStage::Days1), 2);
        QCOMPARE(ExpiryReminder::urgency(ReminderStage::Expired), 2);
        const Reminder hours { token(5 * 3600), ReminderStage::Days1 };
        QCOMPARE(ExpiryReminder::title(hours, m_now), QStringLiteral("Token \"Checkout\" expires in 1 day"));
        for (ReminderStage s :
             { ReminderStage::Days30, ReminderStage::Days7, ReminderStage::Days1, ReminderStage::Expired })
            QCOMPARE(ExpiryReminder::stageFromName(ExpiryReminder::stageName(s)), std::optional(s));
        QVERIFY(!ExpiryReminder::stageFromName(QStringLiteral("2d")));
    }
};

QTEST_GUILESS_MAIN(TestExpiryReminder)
#include "tst_expiryreminder.moc"
