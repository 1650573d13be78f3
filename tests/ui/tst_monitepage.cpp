// SPDX-License-Identifier: GPL-3.0-or-later
// The "Monite clients" page through MainWindow, against the sandbox's Monite emulation over 127.0.0.1 and a real
// SQLite file, on one fixed clock: add a client (a bad client id named first), get a partner token (shown once,
// copied through the guard), watch it count down, test the partner and an entity user (role shown), revoke,
// expiry; the access token is nowhere in the window or the inventory file afterwards.
#undef QT_NO_CAST_FROM_ASCII // test data are plain literals in this file

#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "api/MoniteApiClient.h"
#include "dialogs/OneTimeTokenDialog.h"
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "monite/AddMoniteClientDialog.h"
#include "monite/MonitePage.h"
#include "portal/MoniteService.h"
#include "portal/TokenService.h"
#include "reports/HealthView.h"
#include "sandbox/monite/MoniteSandbox.h"
#include "store/Database.h"
#include "support/WhenShown.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

namespace {
const QString kClientId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const QString kEntity = "11111111-1111-4111-8111-111111111111";
const QString kClerkRole = "aaaaaaaa-0000-4000-8000-000000000001";
const QString kAlice = "bbbbbbbb-0000-4000-8000-000000000001";
const QByteArray kSecret = "sandbox-secret-9f2Lq";
} // namespace

class TestMonitePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::unique_ptr<MoniteSandbox> m_sandbox;
    std::unique_ptr<Database> m_db;
    MemorySecretStore m_secrets;
    std::unique_ptr<TokenService> m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<MoniteApiClient> m_client;
    std::unique_ptr<MoniteService> m_monite;

    template<typename T> static T* find(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    template<typename T> void whenShown(std::function<void(T*)> body) { testing::whenShown<T>(this, std::move(body)); }

    static QString cell(MonitePage* page, int row, int column)
    {
        return find<QTableWidget>(page, "moniteTokensTableWidget")->item(row, column)->text();
    }

    /// Every text the window and its children show right now.
    static QString allText(QWidget* root)
    {
        QStringList texts;
        for (auto* l : root->findChildren<QLabel*>())
            texts << l->text();
        for (auto* e : root->findChildren<QLineEdit*>())
            texts << e->text();
        for (auto* t : root->findChildren<QTableWidget*>())
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c)
                    if (t->item(r, c))
                        texts << t->item(r, c)->text();
        return texts.join('\n');
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        static int n = 0;
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        MoniteSandboxConfig config;
        config.addClient("ci", kClientId, kSecret);
        config.addEntity(kEntity, "Acme");
        config.addRole(kClerkRole, kEntity, "Clerk",
                       { { "payable", "read", MonitePermission::AllowedForOwn },
                         { "payable", "pay", MonitePermission::NotAllowed } });
        config.addEntityUser(kAlice, kEntity, kClerkRole, "alice", "Alice");
        MoniteApiOptions options;
        options.tokenLifetimeSecs = 600;
        m_sandbox = std::make_unique<MoniteSandbox>(config, m_clock, options);
        QVERIFY(m_sandbox->listen().ok());
        auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_tokens = std::make_unique<TokenService>(*m_db, m_secrets, m_clock, Catalog::builtIn());
        m_client = std::make_unique<MoniteApiClient>(m_network);
        m_client->setTimeout(3000);
        m_monite = std::make_unique<MoniteService>(*m_db, m_secrets, m_clock, *m_client);
    }

    void cleanup()
    {
        m_monite.reset();
        m_client.reset();
        m_tokens.reset();
        m_db.reset();
        m_sandbox.reset();
    }

    void wholeFlowFromTheWindow()
    {
        MainWindow w(*m_tokens);
        w.addMonitePage(*m_monite);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* nav = find<QListWidget>(&w, "navigationListWidget");
        QCOMPARE(nav->item(3)->text(), QStringLiteral("Monite clients"));
        nav->setCurrentRow(3);
        MonitePage* page = w.monitePage();
        QVERIFY(page->isVisible());
        QVERIFY(find<QLabel>(page, "moniteSummaryLabel")->text().contains("No Monite clients yet"));
        QVERIFY(!find<QPushButton>(page, "getMoniteTokenButton")->isEnabled());

        // Add: a client id that is no UUID is named, and the dialog stays; then a good one.
        bool refused = false;
        whenShown<AddMoniteClientDialog>([&](AddMoniteClientDialog* d) {
            find<QLineEdit>(d, "moniteNameLineEdit")->setText("acme");
            auto* environment = find<QComboBox>(d, "moniteEnvironmentComboBox");
            environment->setCurrentIndex(environment->count() - 1); // custom base URL
            find<QLineEdit>(d, "moniteUrlLineEdit")->setText(m_sandbox->baseUrl().toString());
            find<QLineEdit>(d, "moniteClientIdLineEdit")->setText("not-a-uuid");
            find<QLineEdit>(d, "moniteSecretLineEdit")->setText(QString::fromLatin1(kSecret));
            find<QPlainTextEdit>(d, "moniteUsersTextEdit")->setPlainText(kAlice + "=alice");
            find<QPushButton>(d, "saveMoniteClientButton")->click();
            auto* error = find<QLabel>(d, "moniteErrorLabel");
            refused = d->isVisible() && error->isVisible() && error->text().contains("UUID")
                && d->focusWidget() == find<QLineEdit>(d, "moniteClientIdLineEdit");
            find<QLineEdit>(d, "moniteClientIdLineEdit")->setText(kClientId);
            find<QPushButton>(d, "saveMoniteClientButton")->click();
        });
        find<QPushButton>(page, "addMoniteClientButton")->click();
        QVERIFY2(refused, "the bad client id must be named in the dialog, with focus on its field");
        QCOMPARE(page->currentProfile(), QStringLiteral("acme"));
        auto* table = find<QTableWidget>(page, "moniteTokensTableWidget");
        QCOMPARE(table->rowCount(), 2); // the partner and alice
        QCOMPARE(cell(page, 0, 1), QStringLiteral("none yet"));
        QVERIFY(m_secrets.items().contains(MoniteService::clientSecretKey(m_monite->profiles()->first().profile.id)));

        // Get the partner token: shown once, copied through the guard; the row counts down with the clock.
        QString shown;
        whenShown<OneTimeTokenDialog>([&](OneTimeTokenDialog* d) {
            shown = find<QLineEdit>(d, "secretLineEdit")->text();
            find<QPushButton>(d, "copyButton")->click();
            d->accept();
        });
        QSignalSpy tokenShown(page, &MonitePage::tokenShown);
        page->selectGrant(QString());
        find<QPushButton>(page, "getMoniteTokenButton")->click();
        QVERIFY(tokenShown.wait(10000));
        QVERIFY2(shown.size() > 20, qPrintable(shown));
        QCOMPARE(QGuiApplication::clipboard()->text(), shown);
        QCOMPARE(cell(page, 0, 1), QStringLiteral("live"));
        QCOMPARE(cell(page, 0, 2), QStringLiteral("10 min 0 s"));
        QVERIFY2(find<QPushButton>(page, "revokeMoniteTokenButton")->isEnabled(), "a token to revoke");
        const int minted = m_sandbox->api().tokens().size();
        m_clock.advanceSecs(125);
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, 0, 2), QStringLiteral("7 min 55 s"), 3000);
        page->reload(); // looking, and reading again, never asks Monite for a token
        QCOMPARE(m_sandbox->api().tokens().size(), minted);
        QVERIFY2(!allText(&w).contains(shown), "after the one-time dialog the token is nowhere in the window");
        page->selectGrant(kAlice);
        QVERIFY2(!find<QPushButton>(page, "revokeMoniteTokenButton")->isEnabled(), "alice has no token to revoke");
        page->selectGrant(QString());

        // Test the partner token: no new token (it is live), a verdict on the page.
        QSignalSpy tested(page, &MonitePage::testShown);
        find<QPushButton>(page, "testMoniteTokenButton")->click();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), true);
        QVERIFY(find<QLabel>(page, "moniteResultLabel")->text().contains(QStringLiteral("\u2714")));
        QVERIFY(!find<QLabel>(page, "moniteResultLabel")->text().contains("fresh token"));

        // Get token again: the new one is shown, and the one it replaces is revoked at Monite, not left live out of
        // the app's reach.
        const QString first = shown;
        whenShown<OneTimeTokenDialog>([&](OneTimeTokenDialog* d) {
            shown = find<QLineEdit>(d, "secretLineEdit")->text();
            find<QPushButton>(d, "copyButton")->click();
            d->accept();
        });
        find<QPushButton>(page, "getMoniteTokenButton")->click();
        QVERIFY(tokenShown.wait(10000));
        QVERIFY(shown != first);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->api().tokens().find(first.toUtf8()), MoniteTokenState::Revoked, 5000);
        QCOMPARE(m_sandbox->api().tokens().find(shown.toUtf8()), MoniteTokenState::Valid);

        // The entity user: Test gets its first token itself and shows the role, action by action.
        page->selectGrant(kAlice);
        find<QPushButton>(page, "testMoniteTokenButton")->click();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.takeFirst().at(0).toBool(), true);
        const QString result = find<QLabel>(page, "moniteResultLabel")->text();
        QVERIFY2(result.contains("Clerk") && result.contains("payable") && result.contains("own objects only")
                     && result.contains("fresh token"),
                 qPrintable(result));
        QCOMPARE(cell(page, 1, 1), QStringLiteral("live"));

        // Revoke the partner token (asked first): Monite refuses it from then on.
        page->selectGrant(QString());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QPushButton>(page, "revokeMoniteTokenButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, 0, 1), QStringLiteral("revoked"), 10000);
        QVERIFY2(find<QLabel>(page, "moniteMessageLabel")->text().contains("Revoked"),
                 qPrintable(find<QLabel>(page, "moniteMessageLabel")->text()));
        QCOMPARE(m_sandbox->api().tokens().find(shown.toUtf8()), MoniteTokenState::Revoked);

        // alice's token expires with the clock; the row says so without asking anyone.
        m_clock.advanceSecs(601);
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, 1, 1), QStringLiteral("expired"), 3000);
        // Revoking it needs no network (Monite would refuse the dead bearer with 401): it is forgotten here.
        page->selectGrant(kAlice);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QPushButton>(page, "revokeMoniteTokenButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cell(page, 1, 1), QStringLiteral("revoked"), 10000);
        QVERIFY2(find<QLabel>(page, "moniteMessageLabel")->text().contains("expired"),
                 qPrintable(find<QLabel>(page, "moniteMessageLabel")->text()));

        // Nothing secret in the inventory file.
        m_db.reset();
        QDir dir(m_dir.path());
        for (const QString& file : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(shown.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(kSecret), qPrintable(file));
        }
    }

    // Issue 14 part 5: a profile's findings in the Health view; activating one opens the profile, not a token.
    void healthViewShowsMoniteFindings()
    {
        m_clock.set(QDateTime(QDate(2026, 5, 7), QTime(12, 0), Qt::UTC)); // added 200 days before "now"
        std::optional<Result<MoniteProfile>> added;
        m_monite->addProfile({ "acme", m_sandbox->baseUrl().toString(), QString(), kClientId, {} }, kSecret,
                             [&added](Result<MoniteProfile> r) { added.emplace(std::move(r)); });
        QTRY_VERIFY(added.has_value());
        QVERIFY(added->ok());
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));

        MainWindow w(*m_tokens);
        w.addMonitePage(*m_monite);
        w.show();
        auto* nav = find<QListWidget>(&w, "navigationListWidget");
        nav->setCurrentRow(2);
        auto* view = find<HealthView>(&w, "healthView");
        QCOMPARE(view->findingCount(), 2); // secret older than 2 × 90 days, unused for 200 days
        auto* table = find<QTableWidget>(view, "healthTableWidget");
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Monite client acme"));
        QVERIFY(table->item(0, 3)->text().contains("monime-portal-cli monite secret acme"));
        QSignalSpy tokenJumps(view, &HealthView::tokenActivated);
        Q_EMIT table->cellActivated(0, 2);
        QCOMPARE(tokenJumps.count(), 0); // no token selected for a Monite finding
        QCOMPARE(nav->currentRow(), 3);
        QCOMPARE(w.monitePage()->currentProfile(), QStringLiteral("acme"));

        // Without the Monite page (no service given), the view shows tokens' findings only and does not crash.
        HealthView plain(*m_tokens);
        plain.refresh(90);
        QCOMPARE(plain.findingCount(), 0);
    }
};

QTEST_MAIN(TestMonitePage)
#include "tst_monitepage.moc"
