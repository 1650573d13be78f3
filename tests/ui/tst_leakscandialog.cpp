// SPDX-License-Identifier: GPL-3.0-or-later
// The "Scan for leaks…" dialog on the offscreen platform: a planted folder scanned on a worker thread, results
// grouped by token, Revoke through the use case, and the Health check's "leaked" finding until then.
#include "MessageBox.h"
#include "dialogs/LeakScanDialog.h"
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "portal/TokenService.h"
#include "reports/HealthCheck.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace monime;

class TestLeakScanDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TokenService> m_service;

    CreatedToken createDirect(const QString& name)
    {
        TokenDraft d;
        d.name = name;
        d.testMode = true;
        d.apiRelease = QStringLiteral("caph.2025-08-23");
        d.permissions = { QStringLiteral("payments:read") };
        std::optional<Result<CreatedToken>> got;
        m_service->create(d, [&](Result<CreatedToken> r) { got.emplace(std::move(r)); });
        [&] { QTRY_VERIFY(got.has_value()); }();
        return got && got->ok() ? got->value() : CreatedToken {};
    }

    static bool hasLeakedFinding(const TokenInfo& t, const QDateTime& now)
    {
        for (const HealthFinding& f : HealthCheck::check(t, now, {}))
            if (f.code == QLatin1String("leaked"))
                return true;
        return false;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<TokenService>(*m_db, *m_secrets, m_clock, Catalog::builtIn());
    }

    void scansOnAWorkerAndRevokes()
    {
        const CreatedToken known = createDirect(QStringLiteral("Inventory Sync Script"));
        QVERIFY(!known.secret.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("tree"));
        QDir().mkpath(folder + QStringLiteral("/src"));
        {
            QFile f(folder + QStringLiteral("/src/.env"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("A=1\nTOKEN=" + known.secret + "\n");
            QFile g(folder + QStringLiteral("/notes.txt"));
            QVERIFY(g.open(QIODevice::WriteOnly));
            g.write("other: " + TokenSecret::generate(Environment::Live) + "\n");
        }

        LeakScanDialog dialog(*m_service);
        dialog.setFolder(folder);
        QSignalSpy finished(&dialog, &LeakScanDialog::scanFinished);
        dialog.startScan();
        QVERIFY(dialog.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toInt(), 2);
        QTreeWidget* results = dialog.results();
        QCOMPARE(results->topLevelItemCount(), 2);
        // No secret on screen: only hints and places.
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = results->topLevelItem(i);
            QVERIFY(!item->text(0).contains(QString::fromLatin1(known.secret.right(20))));
            QVERIFY(!item->text(1).contains(QString::fromLatin1(known.secret.right(20))));
        }

        // The scan kept the place: Health flags the token.
        auto listed = m_service->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().leakedAt.size(), 1);
        QVERIFY(listed->first().leakedAt.first().endsWith(QLatin1String("src/.env:2")));
        QVERIFY(hasLeakedFinding(listed->first(), m_clock.now()));

        // Select the known token and revoke it (the confirmation pre-answered).
        QTreeWidgetItem* knownItem = nullptr;
        for (int i = 0; i < results->topLevelItemCount(); ++i)
            if (results->topLevelItem(i)->text(1).contains(QLatin1String("Inventory Sync Script")))
                knownItem = results->topLevelItem(i);
        QVERIFY(knownItem);
        results->setCurrentItem(knownItem);
        auto* revoke = dialog.findChild<QPushButton*>(QStringLiteral("revokeButton"));
        QVERIFY(revoke && revoke->isEnabled());
        QSignalSpy revoked(&dialog, &LeakScanDialog::tokenRevoked);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        revoke->click();
        QCOMPARE(revoked.size(), 1);
        listed = m_service->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->first().status(m_clock.now()), TokenStatus::Revoked);
        QVERIFY(listed->first().revokeReason.contains(QLatin1String(".env:2")));
        QVERIFY(!hasLeakedFinding(listed->first(), m_clock.now()));
    }

    void cancelStopsTheWorker()
    {
        const QString folder = m_dir.filePath(QStringLiteral("many"));
        QDir().mkpath(folder);
        for (int i = 0; i < 2000; ++i) {
            QFile f(folder + QStringLiteral("/f%1.txt").arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'a'));
        }
        LeakScanDialog dialog(*m_service);
        dialog.setFolder(folder);
        QSignalSpy finished(&dialog, &LeakScanDialog::scanFinished);
        dialog.startScan();
        dialog.findChild<QPushButton*>(QStringLiteral("cancelButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_MAIN(TestLeakScanDialog)
#include "tst_leakscandialog.moc"
