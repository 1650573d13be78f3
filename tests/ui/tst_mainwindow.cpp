// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests on the offscreen platform: the Access Tokens page driven through object names, with a memory
// keychain, a fixed clock and a real SQLite file.
#include "ClipboardGuard.h"
#include "DetailsPanel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Settings.h"
#include "dialogs/AddSpaceDialog.h"
#include "dialogs/DeploymentDialog.h"
#include "dialogs/OneTimeTokenDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/RotateDialog.h"
#include "dialogs/SettingsDialog.h"
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "models/TokenTableModel.h"
#include "portal/TokenService.h"
#include "portal/TokenTester.h"
#include "reports/ExportDialog.h"
#include "reports/HealthView.h"
#include "reports/ReportExporter.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"
#include "support/WhenShown.h"
#include "testing/TestTokenDialog.h"
#include "testing/UsageView.h"
#include "widgets/PillBox.h"
#include "wizard/CreateTokenWizard.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace monime;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TokenService> m_service;

    template<typename T> static T* find(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    template<typename T> void whenShown(std::function<void(T*)> body) { testing::whenShown<T>(this, std::move(body)); }

    CreatedToken createDirect(const QString& name, bool test, const QStringList& permissions)
    {
        TokenDraft d;
        d.name = name;
        d.testMode = test;
        d.apiRelease = QStringLiteral("caph.2025-08-23");
        d.permissions = permissions;
        if (!test)
            d.expiry = ExpiryChoice::oneYear();
        std::optional<Result<CreatedToken>> got;
        m_service->create(d, [&](Result<CreatedToken> r) { got.emplace(std::move(r)); });
        [&] { QTRY_VERIFY(got.has_value()); }();
        return got && got->ok() ? got->value() : CreatedToken {};
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::openSqlite(
            m_dir.filePath(QStringLiteral("ui%1.sqlite").arg(QRandomGenerator::global()->generate())));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<TokenService>(*m_db, *m_secrets, m_clock, Catalog::builtIn());
        QVERIFY(m_service->addSpace(QStringLiteral("spc-acme01"), QStringLiteral("Acme"), QStringLiteral("developer"))
                    .ok());
    }

    void cleanup()
    {
        m_service.reset();
        m_secrets.reset();
        m_db.reset();
    }

    // Another program on the same file (the CLI, a second window) revokes and creates: the open window shows both
    // within a second, without being asked (InventoryWatcher: SQLite's data_version, polled).
    void anotherProgramsChangesShowLive()
    {
        const CreatedToken made = createDirect(QStringLiteral("deploy"), true, { QStringLiteral("payments:read") });
        QVERIFY(!made.token.id.isEmpty());
        MainWindow w(*m_service);
        w.show();
        auto* table = find<QTableView>(&w, "tokenTableView");
        auto* model = qobject_cast<TokenTableModel*>(table->model());
        auto statusOf = [&](const QString& id) {
            const TokenInfo* t = model->tokenAt(model->rowOf(id));
            return t ? statusName(t->status(m_clock.now())) : QString();
        };
        QCOMPARE(statusOf(made.token.id), QStringLiteral("ACTIVE"));

        auto other = Database::openSqlite(m_db->path()); // the other program's connection
        QVERIFY(other.ok());
        MemorySecretStore otherKeychain;
        TokenService cli(*other.value(), otherKeychain, m_clock, Catalog::builtIn());
        QVERIFY(cli.revoke(made.token.id, QStringLiteral("from the CLI")).ok());
        QElapsedTimer seen;
        seen.start();
        QVERIFY(QTest::qWaitFor([&] { return statusOf(made.token.id) == QLatin1String("REVOKED"); }, 1000));
        qInfo("another program's revocation shown after %lld ms", seen.elapsed());
        QCOMPARE(model->totalCount(), 1);
    }

    void emptyStateExplainsWhatToDo()
    {
        MainWindow w(*m_service);
        auto* empty = find<QLabel>(&w, "emptyStateLabel");
        QVERIFY(empty);
        QVERIFY(empty->text().contains(QStringLiteral("Create token")));
        QVERIFY(!find<QTableView>(&w, "tokenTableView")->isVisibleTo(&w));
    }

    void damagedInventoryIsNeverShownEmpty()
    {
        QVERIFY(createDirect(QStringLiteral("before the damage"), true, { QStringLiteral("payments:read") })
                    .token.id.startsWith(QLatin1String("tok-")));
        const QString path = m_db->path();
        int rootPage = 0;
        int pageSize = 0;
        {
            QSqlQuery q(m_db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'tokens'")) && q.next());
            rootPage = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        cleanup(); // no connection of this process is open while the file is scribbled on
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(rootPage - 1) * pageSize));
            f.write(QByteArray(pageSize, '\x44'));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<TokenService>(*m_db, *m_secrets, m_clock, Catalog::builtIn());
        MainWindow w(*m_service);
        auto* empty = find<QLabel>(&w, "emptyStateLabel");
        QVERIFY2(empty->text().contains(QStringLiteral("damaged"))
                     && !empty->text().contains(QStringLiteral("No access")),
                 qPrintable(empty->text()));
        auto* message = find<QLabel>(&w, "messageLabel");
        QVERIFY(message->isVisibleTo(&w));
        QVERIFY2(message->text().contains(QStringLiteral("doctor")), qPrintable(message->text()));
    }

    void wizardRulesAndPills()
    {
        CreateTokenWizard wizard(*m_service, m_service->spaces().value(), QString());
        wizard.show();
        auto* name = find<QLineEdit>(&wizard, "nameLineEdit");
        auto* next = find<QPushButton>(&wizard, "nextButton");
        QVERIFY(!next->isEnabled()); // a name is required
        QTest::keyClicks(name, QStringLiteral("a\tb"));
        // QTest types Tab as focus change; set text with a control character directly:
        name->setText(QStringLiteral("Main\tWebsite"));
        Q_EMIT name->textEdited(name->text());
        auto* nameIssue = find<QLabel>(&wizard, "nameIssueLabel");
        QVERIFY(nameIssue->isVisibleTo(&wizard));
        QVERIFY(nameIssue->text().contains(QStringLiteral("control character")));
        QVERIFY(!next->isEnabled());
        name->setText(QString(101, QLatin1Char('x')));
        Q_EMIT name->textEdited(name->text());
        QVERIFY(nameIssue->text().contains(QStringLiteral("101")));
        name->setText(QStringLiteral("Main Website Integration"));
        Q_EMIT name->textEdited(name->text());
        QVERIFY(!nameIssue->isVisibleTo(&wizard));
        QVERIFY(next->isEnabled());

        // Test mode pins the expiry and shows the prefix.
        auto* testMode = find<QCheckBox>(&wizard, "testModeCheckBox");
        auto* expiry = find<QComboBox>(&wizard, "expiryComboBox");
        QVERIFY(testMode->isChecked());
        QVERIFY(!expiry->isEnabled());
        QVERIFY(find<QLabel>(&wizard, "prefixLabel")->text().contains(QStringLiteral("mon_test_")));
        testMode->setChecked(false);
        QVERIFY(expiry->isEnabled());
        QVERIFY(find<QLabel>(&wizard, "prefixLabel")->text().contains(QStringLiteral("mon_</b>")));
        expiry->setCurrentIndex(expiry->findData(int(ExpiryPreset::Never)));
        QVERIFY(find<QLabel>(&wizard, "expiryIssueLabel")->text().contains(QStringLiteral("until revoked")));
        QVERIFY(next->isEnabled()); // a warning, not an error
        expiry->setCurrentIndex(expiry->findData(int(ExpiryPreset::OneYear)));

        // Restrictions: an invalid IP is refused as you type.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CreateTokenWizard::RestrictionsPageId));
        auto* ip = find<QLineEdit>(&wizard, "ipLineEdit");
        auto* addIp = find<QPushButton>(&wizard, "addIpButton");
        QVERIFY(ip->isEnabled());
        QTest::keyClicks(ip, QStringLiteral("203.0.113.5/24"));
        QVERIFY(!addIp->isEnabled());
        QVERIFY(find<QLabel>(&wizard, "ipInputIssueLabel")->text().contains(QStringLiteral("203.0.113.0/24")));
        ip->clear();
        QTest::keyClicks(ip, QStringLiteral("203.0.113.0/24"));
        QVERIFY(addIp->isEnabled());
        QTest::keyClick(ip, Qt::Key_Return);
        QCOMPARE(find<QListWidget>(&wizard, "ipListWidget")->count(), 1);
        auto* space = find<QComboBox>(&wizard, "spaceComboBox");
        space->setCurrentIndex(space->findData(QStringLiteral("spc-acme01")));

        // Permissions: pills, removable by keyboard.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CreateTokenWizard::PermissionsPageId));
        QVERIFY(!next->isEnabled());
        auto* services = find<QListWidget>(&wizard, "servicesListWidget");
        services->item(0)->setCheckState(Qt::Checked); // Payments
        auto* available = find<QListWidget>(&wizard, "permissionsListWidget");
        QCOMPARE(available->count(), 2);
        available->item(0)->setSelected(true);
        available->item(1)->setSelected(true);
        QTest::mouseClick(find<QPushButton>(&wizard, "addPermissionButton"), Qt::LeftButton);
        auto* pills = find<PillBox>(&wizard, "permissionPillBox");
        QCOMPARE(pills->values(), (QStringList { QStringLiteral("payments:read"), QStringLiteral("payments:write") }));
        QCOMPARE(available->count(), 0);
        auto* writePill = pills->findChild<QToolButton*>(QStringLiteral("pill_payments:write"));
        QVERIFY(writePill);
        writePill->setFocus();
        QTest::keyClick(writePill, Qt::Key_Delete);
        QCOMPARE(pills->values(), QStringList { QStringLiteral("payments:read") });
        QVERIFY(next->isEnabled());

        // Review sums it up; Create makes the token.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(CreateTokenWizard::ReviewPageId));
        const QString summary = find<QLabel>(&wizard, "reviewSummaryLabel")->text();
        QVERIFY(summary.contains(QStringLiteral("Main Website Integration")));
        QVERIFY(summary.contains(QStringLiteral("LIVE")));
        QVERIFY(summary.contains(QStringLiteral("203.0.113.0/24")));
        QVERIFY(summary.contains(QStringLiteral("spc-acme01")));
        QVERIFY(summary.contains(QStringLiteral("payments:read")));
        // The expiry to the minute: no seconds the user never chose (times read h:mm, never h:mm:ss).
        QVERIFY2(!summary.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d:\\d\\d"))), qPrintable(summary));
        QSignalSpy created(&wizard, &CreateTokenWizard::tokenCreated);
        auto* create = find<QPushButton>(&wizard, "createTokenButton");
        QVERIFY(create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(created.count(), 1);
        const auto token = created.at(0).at(0).value<CreatedToken>();
        QCOMPARE(token.token.environment, Environment::Live);
        QVERIFY(token.secret.startsWith("mon_"));
        QCOMPARE(m_service->list()->size(), 1);
    }

    void wizardFromTheKeyboardAlone()
    {
        CreateTokenWizard wizard(*m_service, m_service->spaces().value(), QString());
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto* name = find<QLineEdit>(&wizard, "nameLineEdit");
        name->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keyboard token"));
        QCOMPARE(name->text(), QStringLiteral("Keyboard token"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter: Next, the default button
        QTRY_COMPARE(wizard.currentId(), int(CreateTokenWizard::RestrictionsPageId));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(wizard.currentId(), int(CreateTokenWizard::PermissionsPageId));
        // Focus lands on the permissions on offer: Down, Enter adds the second one as a pill.
        QTRY_COMPARE(QApplication::focusWidget(), find<QListWidget>(&wizard, "permissionsListWidget"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(find<PillBox>(&wizard, "permissionPillBox")->values(),
                 QStringList { QStringLiteral("payments:write") });
        QCOMPARE(wizard.currentId(), int(CreateTokenWizard::PermissionsPageId)); // Enter only added it
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier); // &Next
        QTRY_COMPARE(wizard.currentId(), int(CreateTokenWizard::ReviewPageId));
        QSignalSpy created(&wizard, &CreateTokenWizard::tokenCreated);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Create, the default button now
        QTRY_COMPARE(created.count(), 1);
        QCOMPARE(m_service->list()->constFirst().name, QStringLiteral("Keyboard token"));
    }

    // A field with its own Enter does only that; Esc after typing asks; the Space box's text is replaced by typing;
    // a typed year counts, and the review shows no seconds nobody typed.
    void wizardKeysDoWhatTheFieldSays()
    {
        QVERIFY(m_service->addSpace(QStringLiteral("spc-globex02"), QStringLiteral("Globex"), QStringLiteral("owner"))
                    .ok());
        auto* wizard = new CreateTokenWizard(*m_service, m_service->spaces().value(), QString());
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<CreateTokenWizard> alive(wizard);
        const auto gone = qScopeGuard([alive] { delete alive.data(); }); // even when a check fails half-way
        wizard->show();
        QApplication::setActiveWindow(wizard);
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        find<QLineEdit>(wizard, "nameLineEdit")->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Keys"));
        find<QCheckBox>(wizard, "testModeCheckBox")->setChecked(false);
        auto* expiry = find<QComboBox>(wizard, "expiryComboBox");
        expiry->setCurrentIndex(expiry->findData(int(ExpiryPreset::Custom)));
        auto* custom = find<QDateTimeEdit>(wizard, "customExpiryEdit");
        QCOMPARE(custom->dateTime().time().second(), 0);
        const int year = QDate::currentDate().year() + 2;
        custom->setFocus();
        custom->setSelectedSection(QDateTimeEdit::YearSection); // as Tab leaves it: the year selected
        QTest::keyClicks(custom, QString::number(year));
        QCOMPARE(custom->date().year(), year);
        // Alt+N is Next on every page: no label of the first page may claim it too.

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(CreateTokenWizard::RestrictionsPageId));
        QTRY_COMPARE(QApplication::focusWidget(), find<QComboBox>(wizard, "spaceComboBox"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Globex"));
        // Typing replaced "Any Space" (the completer may have filled in the rest of the item by then).
        const QString typed = find<QComboBox>(wizard, "spaceComboBox")->currentText();
        QVERIFY2(typed.startsWith(QLatin1String("Globex")) && !typed.contains(QLatin1String("Any Space")),
                 qPrintable(typed));
        auto* ip = find<QLineEdit>(wizard, "ipLineEdit");
        ip->setFocus();
        QTest::keyClicks(ip, QStringLiteral("203.0.113.7"));
        QTest::keyClick(ip, Qt::Key_Return);
        QCOMPARE(find<QListWidget>(wizard, "ipListWidget")->count(), 1);
        QCOMPARE(wizard->currentId(), int(CreateTokenWizard::RestrictionsPageId)); // Enter added; it did not go Next

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(CreateTokenWizard::PermissionsPageId));
        QTRY_COMPARE(QApplication::focusWidget(), find<QListWidget>(wizard, "permissionsListWidget"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(find<PillBox>(wizard, "permissionPillBox")->values().size(), 1);
        QCOMPARE(wizard->currentId(), int(CreateTokenWizard::PermissionsPageId));

        // Esc asks before throwing the form away: Cancel keeps it, Discard closes it.
        const int asked = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(MessageBox::count(), asked + 1);
        QVERIFY(alive && wizard->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        wizard->reject();
        QTRY_VERIFY(!alive || !wizard->isVisible());
        QCOMPARE(m_service->list()->size(), 0);
    }

    void escOnAnEmptyWizardDoesNotAsk()
    {
        CreateTokenWizard wizard(*m_service, m_service->spaces().value(), QString());
        wizard.show();
        const int asked = MessageBox::count();
        wizard.reject();
        QCOMPARE(MessageBox::count(), asked);
        QVERIFY(!wizard.isVisible());
    }

    void importAPastedToken()
    {
        CreateTokenWizard wizard(*m_service, m_service->spaces().value(), QString(), nullptr,
                                 CreateTokenWizard::Mode::Import);
        wizard.show();
        auto* token = find<QLineEdit>(&wizard, "importTokenLineEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        find<QLineEdit>(&wizard, "nameLineEdit")->setText(QStringLiteral("From the portal"));
        wizard.revalidate();
        auto* next = find<QPushButton>(&wizard, "nextButton");
        token->setText(QStringLiteral("sk_live_not_a_monime_token"));
        QVERIFY(find<QLabel>(&wizard, "tokenIssueLabel")->isVisibleTo(&wizard));
        QVERIFY(!next->isEnabled());
        const QString pasted = QStringLiteral("mon_4bQx9ZkT2mWv7LpR8sNc3HdYaa");
        token->setText(pasted);
        QVERIFY(next->isEnabled());
        QVERIFY(!find<QCheckBox>(&wizard, "testModeCheckBox")->isChecked()); // mon_: live, from the prefix
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        find<PillBox>(&wizard, "permissionPillBox")->setValues({ QStringLiteral("payments:read") });
        QTest::mouseClick(next, Qt::LeftButton);
        QSignalSpy imported(&wizard, &CreateTokenWizard::tokenCreated);
        QTest::mouseClick(find<QPushButton>(&wizard, "createTokenButton"), Qt::LeftButton);
        QTRY_COMPARE(imported.count(), 1);
        const auto result = imported.at(0).at(0).value<CreatedToken>();
        QVERIFY(result.secret.isEmpty()); // never handed on to be shown again
        QCOMPARE(result.token.origin, TokenOrigin::Imported);
        QCOMPARE(result.token.environment, Environment::Live);
        QCOMPARE(m_secrets->items().value(result.token.id), pasted.toLatin1());
        QVERIFY(token->text().isEmpty()); // wiped from the field
    }

    void keychainFailureKeepsTheWizardOpen()
    {
        m_secrets->setFailure(QStringLiteral("keychain_locked"));
        CreateTokenWizard wizard(*m_service, {}, QString());
        wizard.show();
        find<QLineEdit>(&wizard, "nameLineEdit")->setText(QStringLiteral("locked"));
        wizard.revalidate();
        auto* next = find<QPushButton>(&wizard, "nextButton");
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(!find<QLineEdit>(&wizard, "ipLineEdit")->isEnabled()); // test mode: no whitelists
        QVERIFY(find<QLabel>(&wizard, "restrictionsTestNoticeLabel")->isVisibleTo(&wizard));
        QTest::mouseClick(next, Qt::LeftButton);
        find<PillBox>(&wizard, "permissionPillBox")->setValues({ QStringLiteral("payments:read") });
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&wizard, "createTokenButton"), Qt::LeftButton);
        auto* failure = find<QLabel>(&wizard, "createFailureLabel");
        QTRY_VERIFY(failure->isVisibleTo(&wizard));
        QVERIFY(failure->text().contains(QStringLiteral("keychain_locked")));
        QVERIFY(wizard.isVisible());
        QCOMPARE(m_service->list()->size(), 0);
    }

    void oneTimeDialogShowsOnceAndClearsClipboard()
    {
        const CreatedToken created = createDirect(QStringLiteral("CI"), true, { QStringLiteral("payments:read") });
        ClipboardGuard guard;
        const QString secret = QString::fromLatin1(created.secret);
        {
            OneTimeTokenDialog dialog(created.token, secret, guard, 1);
            dialog.show();
            auto* field = find<QLineEdit>(&dialog, "secretLineEdit");
            QCOMPARE(field->text(), secret);
            QVERIFY(field->isReadOnly());
            // Closing before Copy asks; "Cancel" keeps the dialog open.
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            const int asked = MessageBox::count();
            dialog.reject();
            QCOMPARE(MessageBox::count(), asked + 1);
            QVERIFY(dialog.isVisible());
            // Ctrl+C in the field goes through the guard too: marked secret, on a countdown.
            QGuiApplication::clipboard()->clear();
            QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
            QCOMPARE(QGuiApplication::clipboard()->text(), secret);
            QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
                     QByteArray("secret"));
            QVERIFY(guard.active());
            QCOMPARE(field->contextMenuPolicy(), Qt::NoContextMenu);
            QTest::mouseClick(find<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
            QClipboard* clipboard = QGuiApplication::clipboard();
            QCOMPARE(clipboard->text(), secret);
            QCOMPARE(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
            QVERIFY(find<QLabel>(&dialog, "clipboardCountdownLabel")->text().contains(QStringLiteral("second")));
            dialog.accept(); // copied: closes without asking
            QCOMPARE(MessageBox::count(), asked + 1);
            QVERIFY(field->text().isEmpty()); // wiped
            QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
        }
        // Something the user copied since is never wiped.
        guard.copySecret(secret, 1);
        QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 3000);
        QCOMPARE(cleared.at(0).at(0).toBool(), false);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("the user's own text"));
    }

    void aHiddenTokenIsNeitherShownNorActedOn()
    {
        const CreatedToken a
            = createDirect(QStringLiteral("Inventory Sync Script"), true, { QStringLiteral("customers:read") });
        createDirect(QStringLiteral("Main Website"), false, { QStringLiteral("payments:write") });
        MainWindow w(*m_service);
        w.show();
        w.selectIds({ a.token.id });
        auto* details = w.findChild<DetailsPanel*>(QStringLiteral("detailsPanel"));
        QCOMPARE(details->currentId(), a.token.id);
        auto* revoke = w.findChild<QAction*>(QStringLiteral("revokeAction"));
        QVERIFY(revoke->isEnabled());
        auto* search = find<QLineEdit>(&w, "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("nothing matches this"));
        QCOMPARE(find<QTableView>(&w, "tokenTableView")->model()->rowCount(), 0);
        QVERIFY(!revoke->isEnabled());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("testAction"))->isEnabled());
        QVERIFY(details->currentId().isEmpty());
        search->clear(); // back in view, but no longer selected: nothing is acted on until the user picks again
        QCOMPARE(find<QTableView>(&w, "tokenTableView")->model()->rowCount(), 2);
        QVERIFY(w.selectedIds().isEmpty());
        QVERIFY(!revoke->isEnabled());
        w.selectIds({ a.token.id });
        QVERIFY(revoke->isEnabled());
        QCOMPARE(details->currentId(), a.token.id);
    }

    void rotateThroughTheWindow()
    {
        const CreatedToken a = createDirect(QStringLiteral("Payout bot"), false, { QStringLiteral("payments:read") });
        MainWindow w(*m_service);
        w.show();
        w.selectIds({ a.token.id });
        QString shownText;
        int defaultGrace = -1;
        whenShown<RotateDialog>([&](RotateDialog* d) {
            shownText = find<QLabel>(d, "rotateTextLabel")->text();
            defaultGrace = d->graceHours();
            QTest::mouseClick(find<QPushButton>(d, "confirmRotateButton"), Qt::LeftButton);
        });
        whenShown<OneTimeTokenDialog>([](OneTimeTokenDialog* d) {
            MessageBox::setNextAnswer(QMessageBox::Close); // closing before Copy asks first
            d->done(QDialog::Accepted);
        });
        w.findChild<QAction*>(QStringLiteral("rotateAction"))->trigger();
        QVERIFY2(shownText.contains(QStringLiteral("Payout bot")) && shownText.contains(a.token.id),
                 qPrintable(shownText)); // the dialog names the token
        QCOMPARE(defaultGrace, RotateDialog::kDefaultGraceHours);
        QTRY_COMPARE(m_service->list()->size(), 2);
        const TokenInfo old = m_service->show(a.token.id)->token;
        QVERIFY(old.revocationScheduled(m_clock.now()));
        QCOMPARE(old.revokedAt, m_clock.now().addSecs(qint64(RotateDialog::kDefaultGraceHours) * 3600));
        // The list says what the old token is now.
        const int row = w.model()->rowOf(a.token.id);
        const QModelIndex status = w.model()->index(row, int(TokenTableModel::Column::Status));
        QVERIFY2(status.data(Qt::DisplayRole).toString().startsWith(QLatin1String("ACTIVE until")),
                 qPrintable(status.data(Qt::DisplayRole).toString()));
        const QString whole = status.data(Qt::ToolTipRole).toString(); // short in the cell, whole on hover
        QVERIFY2(whole.contains(QLatin1String("replaced by tok-")), qPrintable(whole));
    }

    // Guided rotation through the window: new token shown once, "deployed?", then the old one revoked now.
    void guidedRotationThroughTheWindow()
    {
        const CreatedToken a = createDirect(QStringLiteral("Invoice sync"), false, { QStringLiteral("payments:read") });
        MainWindow w(*m_service);
        w.show();
        w.selectIds({ a.token.id });
        bool secretShown = false;
        QString deployText;
        whenShown<OneTimeTokenDialog>([&](OneTimeTokenDialog* d) {
            secretShown = true;
            MessageBox::setNextAnswer(QMessageBox::Close); // closing before Copy asks first
            d->done(QDialog::Accepted);
            whenShown<DeploymentDialog>([&](DeploymentDialog* dd) {
                deployText = find<QLabel>(dd, "deploymentTextLabel")->text();
                auto* replace = find<QPushButton>(dd, "replaceOldTokenButton");
                QVERIFY(!replace->isEnabled()); // not before the user says it is deployed
                find<QCheckBox>(dd, "deployedCheckBox")->setChecked(true);
                find<QRadioButton>(dd, "revokeNowRadio")->setChecked(true);
                QVERIFY(replace->isEnabled());
                QTest::mouseClick(replace, Qt::LeftButton);
            });
        });
        MessageBox::setNextAnswer(QMessageBox::Ok); // the steps, explained first
        w.findChild<QAction*>(QStringLiteral("guidedRotationAction"))->trigger();
        QTRY_VERIFY(m_service->show(a.token.id)->token.revokedAt.isValid());
        QVERIFY(secretShown);
        QVERIFY2(deployText.contains(QLatin1String("not tested")), qPrintable(deployText));
        const TokenInfo old = m_service->show(a.token.id)->token;
        QCOMPARE(old.status(m_clock.now()), TokenStatus::Revoked);
        QVERIFY(!old.replacedBy.isEmpty());
        QCOMPARE(m_service->show(old.replacedBy)->token.rotatedFrom, a.token.id);
        QTRY_VERIFY(w.findChild<QAction*>(QStringLiteral("guidedRotationAction"))->isEnabled());
    }

    void guidedRotationAbandonedMidway()
    {
        const CreatedToken a = createDirect(QStringLiteral("Payroll"), false, { QStringLiteral("payments:read") });
        MainWindow w(*m_service);
        w.show();
        w.selectIds({ a.token.id });
        whenShown<OneTimeTokenDialog>([&](OneTimeTokenDialog* d) {
            MessageBox::setNextAnswer(QMessageBox::Close);
            d->done(QDialog::Accepted);
            whenShown<DeploymentDialog>([&](DeploymentDialog* dd) {
                MessageBox::setNextAnswer(QMessageBox::Yes); // "Abandon the rotation?"
                QTest::mouseClick(find<QPushButton>(dd, "abandonRotationButton"), Qt::LeftButton);
            });
        });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        w.findChild<QAction*>(QStringLiteral("guidedRotationAction"))->trigger();
        QTRY_COMPARE(m_service->list()->size(), 2);
        QTRY_VERIFY(w.findChild<QAction*>(QStringLiteral("guidedRotationAction"))->isEnabled());
        const TokenInfo old = m_service->show(a.token.id)->token;
        QCOMPARE(old.status(m_clock.now()), TokenStatus::Active); // untouched
        QVERIFY(!old.revokedAt.isValid() && old.replacedBy.isEmpty());
        QCOMPARE(m_service->show(a.token.id)->history.constFirst().action, QStringLiteral("rotation abandoned"));
        const QLabel* message = w.findChild<QLabel*>(QStringLiteral("messageLabel"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QLatin1String("untouched")), qPrintable(message->text()));
    }

    // At the default 1280×720 the columns that matter are on screen without scrolling; details open on demand.
    void whatMattersFitsTheDefaultWindow()
    {
        createDirect(QStringLiteral("A token with a rather long name for an integration"), false,
                     { QStringLiteral("payments:read"), QStringLiteral("payments:write"),
                       QStringLiteral("customers:read"), QStringLiteral("payouts:write") });
        createDirect(QStringLiteral("Short"), true, { QStringLiteral("payments:read") });
        MainWindow w(*m_service);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1280, 720));
        auto* table = w.findChild<QTableView*>(QStringLiteral("tokenTableView"));
        auto* details = w.findChild<DetailsPanel*>();
        auto* split = w.findChild<QSplitter*>(QStringLiteral("listSplitter"));
        QVERIFY(table && details && split);
        QCOMPARE(split->sizes().value(1), 0); // closed at this size: the list gets the room
        const int viewport = table->viewport()->width();
        for (auto column : { TokenTableModel::Column::Name, TokenTableModel::Column::Status,
                             TokenTableModel::Column::Expires, TokenTableModel::Column::LastTest,
                             TokenTableModel::Column::Permissions, TokenTableModel::Column::Whitelists }) {
            const int c = int(column);
            QVERIFY2(table->columnViewportPosition(c) + table->columnWidth(c) <= viewport,
                     qPrintable(QStringLiteral("column %1 ends at %2 px, the list shows %3 px")
                                    .arg(c)
                                    .arg(table->columnViewportPosition(c) + table->columnWidth(c))
                                    .arg(viewport)));
        }
        w.selectIds({ m_service->list()->constFirst().id });
        w.findChild<QAction*>(QStringLiteral("detailsAction"))->trigger();
        QTRY_VERIFY(split->sizes().value(1) >= 200);
        QCOMPARE(details->currentId(), m_service->list()->constFirst().id);
    }

    void listFiltersSearchAndRevoke()
    {
        createDirect(QStringLiteral("Inventory Sync Script"), true, { QStringLiteral("customers:read") });
        createDirect(QStringLiteral("Main Website"), false, { QStringLiteral("payments:write") });
        const CreatedToken third
            = createDirect(QStringLiteral("Payout bot"), false, { QStringLiteral("payouts:write") });
        MainWindow w(*m_service);
        w.show();
        auto* table = find<QTableView>(&w, "tokenTableView");
        QVERIFY(table->isVisibleTo(&w));
        QCOMPARE(table->model()->rowCount(), 3);
        QAbstractItemModelTester sourceTester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto* search = find<QLineEdit>(&w, "searchLineEdit");
        QTest::keyClicks(search, QStringLiteral("payouts"));
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, third.token.id.left(10));
        QCOMPARE(table->model()->rowCount(), 1);
        search->clear();
        auto* type = find<QComboBox>(&w, "typeFilterComboBox");
        type->setCurrentIndex(type->findData(int(Environment::Live)));
        QCOMPARE(table->model()->rowCount(), 2);
        type->setCurrentIndex(0);

        // Revoke with confirmation and a reason.
        w.selectIds({ third.token.id });
        QCOMPARE(w.selectedIds(), QStringList { third.token.id });
        whenShown<RevokeDialog>([](RevokeDialog* d) {
            find<QLineEdit>(d, "reasonLineEdit")->setText(QStringLiteral("bot retired"));
            QTest::mouseClick(find<QPushButton>(d, "confirmRevokeButton"), Qt::LeftButton);
        });
        w.revokeSelected();
        const auto revoked = m_service->show(third.token.id);
        QCOMPARE(revoked->token.status(m_clock.now()), TokenStatus::Revoked);
        QCOMPARE(revoked->token.revokeReason, QStringLiteral("bot retired"));
        auto* status = find<QComboBox>(&w, "statusFilterComboBox");
        status->setCurrentIndex(status->findData(int(TokenStatus::Revoked)));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, int(TokenTableModel::Column::Status)).data().toString(),
                 QStringLiteral("REVOKED"));

        // Cancelling the confirmation changes nothing.
        status->setCurrentIndex(0);
        const QString other = m_service->list({ TokenStatus::Active, std::nullopt })->constFirst().id;
        w.selectIds({ other });
        whenShown<RevokeDialog>([](RevokeDialog* d) { d->reject(); });
        w.revokeSelected();
        QCOMPARE(m_service->show(other)->token.status(m_clock.now()), TokenStatus::Active);
    }

    void statusFollowsTheClock()
    {
        const CreatedToken t = createDirect(QStringLiteral("short-lived"), true, { QStringLiteral("payments:read") });
        TokenTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTokens(m_service->list().value(), m_clock.now());
        const QModelIndex status = model.index(0, int(TokenTableModel::Column::Status));
        QCOMPARE(status.data().toString(), QStringLiteral("ACTIVE"));
        QVERIFY(
            model.index(0, int(TokenTableModel::Column::Expires)).data().toString().contains(QStringLiteral("in 6")));
        model.setStatusFilter(TokenStatus::Active);
        QCOMPARE(model.rowCount(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::modelReset);
        model.setNow(t.token.expiresAt.addSecs(1));
        QCOMPARE(model.rowCount(), 0); // expired: no longer among the active ones
        QCOMPARE(changed.count(), 1);
        model.setStatusFilter(std::nullopt);
        QCOMPARE(model.index(0, int(TokenTableModel::Column::Status)).data().toString(), QStringLiteral("EXPIRED"));
        // Usage moves "Last used" in place, without a reload.
        const QModelIndex lastUsed = model.index(0, int(TokenTableModel::Column::LastUsed));
        QCOMPARE(lastUsed.data().toString(), QStringLiteral("never"));
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.updateLastUsed({ { t.token.id, m_clock.now() } });
        QCOMPARE(dataChanged.count(), 1);
        QVERIFY(lastUsed.data().toString() != QStringLiteral("never"));
    }

    void detailsShowEffectiveAccess()
    {
        QVERIFY(
            m_service->addSpace(QStringLiteral("spc-view01"), QStringLiteral("Viewer Space"), QStringLiteral("viewer"))
                .ok());
        const CreatedToken t = createDirect(QStringLiteral("writer"), true,
                                            { QStringLiteral("payments:read"), QStringLiteral("payouts:write") });
        MainWindow w(*m_service);
        w.selectIds({ t.token.id });
        const QString text = w.findChild<QTextBrowser*>(QStringLiteral("detailsTextBrowser"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("missing from your role here")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("granted")));
        QVERIFY(text.contains(QStringLiteral("Viewer Space")));
        QVERIFY(!text.contains(QString::fromLatin1(t.secret)));
    }

    void everyControlHasAnAccessibleName()
    {
        createDirect(QStringLiteral("a11y"), true, { QStringLiteral("payments:read") });
        MainWindow w(*m_service);
        w.show();
        CreateTokenWizard wizard(*m_service, m_service->spaces().value(), QString());
        wizard.show();
        QStringList unnamed;
        for (QWidget* root : { static_cast<QWidget*>(&w), static_cast<QWidget*>(&wizard) }) {
            for (QWidget* child : root->findChildren<QWidget*>()) {
                if (child->focusPolicy() == Qt::NoFocus || child->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                if (child->inherits("QLabel"))
                    continue; // a label's name is its text (selectable labels take focus but name themselves)
                if (child->inherits("QComboBoxListView"))
                    continue; // a combobox's private popup list
                if (child->inherits("QLineEdit") && child->parentWidget()
                    && child->parentWidget()->inherits("QAbstractSpinBox"))
                    continue;
                if (child->inherits("QLineEdit") && child->parentWidget()
                    && child->parentWidget()->inherits("QComboBox"))
                    continue; // an editable combobox's own line edit; the combobox carries the name
                QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(child);
                if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 (%2)").arg(child->objectName(),
                                                             QLatin1String(child->metaObject()->className()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void keyboardShortcuts()
    {
        const CreatedToken t = createDirect(QStringLiteral("keys"), true, { QStringLiteral("payments:read") });
        MainWindow w(*m_service);
        w.show();
        QApplication::setActiveWindow(&w);
        auto* table = find<QTableView>(&w, "tokenTableView");
        table->setFocus();
        w.selectIds({ t.token.id });
        // Delete asks to revoke (and Cancel keeps the token).
        bool asked = false;
        whenShown<RevokeDialog>([&asked](RevokeDialog* d) {
            asked = true;
            d->reject();
        });
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_VERIFY(asked);
        QApplication::setActiveWindow(&w); // the offscreen platform does not hand activation back by itself
        // Ctrl+F goes to the search box.
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find<QLineEdit>(&w, "searchLineEdit")->hasFocus());
        QApplication::setActiveWindow(&w);
        // Ctrl+N opens the wizard.
        bool opened = false;
        whenShown<CreateTokenWizard>([&opened](CreateTokenWizard* d) {
            opened = true;
            d->reject();
        });
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(opened);
    }

    void exportShownTokensOffTheUiThread()
    {
        const CreatedToken a
            = createDirect(QStringLiteral("Alpha, \"quoted\""), true, { QStringLiteral("payments:read") });
        const CreatedToken b
            = createDirect(QStringLiteral("=cmd|' /C calc'!A0"), false, { QStringLiteral("payouts:write") });
        ReportFilter shown;
        shown.environment = Environment::Live;
        ExportDialog dialog(*m_service, shown, 90);
        dialog.show();
        auto* format = find<QComboBox>(&dialog, "formatComboBox");
        format->setCurrentIndex(format->findData(int(ReportFormat::Csv)));
        const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
        dialog.setDestination(path);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(find<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        // Read, built and written on the worker: the GUI thread did none of it.
        QVERIFY(dialog.lastWorker() != nullptr);
        QVERIFY(dialog.lastWorker() != QThread::currentThread());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.contains(b.token.id.toLatin1()));
        QVERIFY(!csv.contains(a.token.id.toLatin1())); // the list showed live tokens only
        QVERIFY(csv.contains("'=cmd")); // formula injection defused
        QVERIFY(!csv.contains(a.secret) && !csv.contains(b.secret));

        // A destination that cannot be written: a clear message, no file.
        const QString bad = m_dir.filePath(QStringLiteral("shown.csv/inside.csv"));
        dialog.setDestination(bad);
        QTest::mouseClick(find<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(!finished.at(1).at(0).toBool());
        QVERIFY(find<QLabel>(&dialog, "exportStatusLabel")->text().contains(QStringLiteral("inside.csv")));
        QVERIFY(!QFile::exists(bad));
    }

    void healthViewJumpsToTheToken()
    {
        const CreatedToken live = createDirect(QStringLiteral("wide open"), false, { QStringLiteral("payouts:write") });
        HealthView view(*m_service);
        view.refresh(90);
        QVERIFY(view.findingCount() >= 2); // no IP whitelist, no Space whitelist, payouts:write
        auto* table = find<QTableWidget>(&view, "healthTableWidget");
        QSignalSpy jumped(&view, &HealthView::tokenActivated);
        Q_EMIT table->cellActivated(0, 2);
        QCOMPARE(jumped.count(), 1);
        QCOMPARE(jumped.at(0).at(0).toString(), live.token.id);
    }

    void testButtonAgainstTheBuiltInSandbox()
    {
        // Real HTTP over 127.0.0.1: the sandbox reads the same database file as the app.
        const CreatedToken test = createDirect(QStringLiteral("CI"), true, { QStringLiteral("payments:read") });
        SandboxOptions options;
        options.usageFlushMs = 50;
        SandboxServer sandbox(m_db->path(), Catalog::builtIn(), m_clock, options);
        auto started = sandbox.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QNetworkAccessManager network;
        ApiClient client(network);
        TokenTester tester(*m_service, client);

        TestTokenDialog dialog(test.token, m_service->spaces().value(), sandbox.baseUrl(), tester);
        dialog.show();
        QSignalSpy finished(&dialog, &TestTokenDialog::testFinished);
        QTest::mouseClick(find<QPushButton>(&dialog, "runTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        const QString verdict = find<QLabel>(&dialog, "verdictLabel")->text();
        QVERIFY2(verdict.contains(QStringLiteral("test"), Qt::CaseInsensitive), qPrintable(verdict));
        QVERIFY(dialog.resultText().contains(QStringLiteral("caph.")));
        QVERIFY(!dialog.resultText().contains(QString::fromLatin1(test.secret)));
        auto kept = m_service->show(test.token.id);
        QVERIFY(kept->token.lastTestResult.startsWith(QStringLiteral("passed")));
        QCOMPARE(kept->history.constFirst().action, QStringLiteral("tested"));

        // Revoked: a plain "not authenticated" verdict, kept as a failed test.
        QVERIFY(m_service->revoke(test.token.id, QStringLiteral("done")).ok());
        QTest::mouseClick(find<QPushButton>(&dialog, "runTestButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(m_service->show(test.token.id)->token.lastTestResult.startsWith(QStringLiteral("failed")));

        // The usage view shows both calls once the sandbox has written them.
        sandbox.flushUsage();
        UsageView usage(*m_service);
        QSignalSpy updated(&usage, &UsageView::figuresUpdated);
        usage.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT((usage.refreshFigures(), QTest::qWait(50), usage.totalCalls() == 2), 5000);
        // Summed by SQL on a worker thread, never on the GUI thread.
        QVERIFY(usage.lastWorker() != nullptr);
        QVERIFY(usage.lastWorker() != QThread::currentThread());
        QVERIFY(m_service->show(test.token.id)->token.lastUsedAt.isValid());
    }

    void settingsShowTheDatabasePath()
    {
        const QString path = QStringLiteral("/home/someone/.local/share/Monime/monime-portal/inventory.sqlite");
        SettingsDialog dialog(Catalog::builtIn(), path);
        dialog.show();
        auto* database = find<QLineEdit>(&dialog, "databaseLineEdit");
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(database->width() >= database->fontMetrics().horizontalAdvance(path),
                 qPrintable(QString::number(database->width())));
    }

    // A PostgreSQL URL with a password is refused where it is typed (the settings file would keep it), without
    // repeating the password; without one it is saved like a path.
    void settingsRefuseAPasswordInADatabaseUrl()
    {
        const QString saved = Settings::databasePath();
        {
            SettingsDialog dialog(Catalog::builtIn(), QStringLiteral("/tmp/inventory.sqlite"));
            dialog.show();
            auto* database = find<QLineEdit>(&dialog, "databaseLineEdit");
            database->setText(QStringLiteral("postgresql://me:hunter22@db.example/team"));
            find<QPushButton>(&dialog, "saveSettingsButton")->click();
            QVERIFY2(dialog.isVisible(), "refused where it is typed, not at the next start");
            auto* error = find<QLabel>(&dialog, "databaseErrorLabel");
            QVERIFY(error->isVisible());
            QVERIFY2(error->text().contains(QStringLiteral("~/.pgpass")), qPrintable(error->text()));
            QVERIFY2(!error->text().contains(QStringLiteral("hunter22")), qPrintable(error->text()));
            QCOMPARE(Settings::databasePath(), saved);
            QTest::keyClicks(database, QStringLiteral("x"));
            QVERIFY2(!error->isVisible(), "the message goes once the field is edited");
        }
        SettingsDialog dialog(Catalog::builtIn(), QStringLiteral("/tmp/inventory.sqlite"));
        dialog.show();
        find<QLineEdit>(&dialog, "databaseLineEdit")->setText(QStringLiteral("postgresql://me@db.example/team"));
        find<QPushButton>(&dialog, "saveSettingsButton")->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(Settings::databasePath(), QStringLiteral("postgresql://me@db.example/team"));
        Settings::setDatabasePath(saved);
    }

    void addSpaceValidates()
    {
        AddSpaceDialog dialog(*m_service);
        dialog.show();
        find<QLineEdit>(&dialog, "spaceIdLineEdit")->setText(QStringLiteral("space-123"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto* issue = find<QLabel>(&dialog, "spaceIssueLabel");
        QVERIFY(issue->text().contains(QStringLiteral("spc-")));
        // The whole message shows: the label is as tall as its wrapped text needs (it was cut off).
        QTRY_VERIFY2(
            issue->height() >= issue->heightForWidth(issue->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(issue->height()).arg(issue->heightForWidth(issue->width()))));
        find<QLineEdit>(&dialog, "spaceIdLineEdit")->setText(QStringLiteral("spc_newone1"));
        find<QLineEdit>(&dialog, "spaceNameLineEdit")->setText(QStringLiteral("New one"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_service->spaces()->size(), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
