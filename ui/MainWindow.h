// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/TokenTableModel.h"

#include <QDateTime>
#include <QMainWindow>
#include <QUrl>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace monime {

class InventoryWatcher;

class ClipboardGuard;
class DesktopNotifier;
class ReminderSender;
class DetailsPanel;
class HealthView;
class MonitePage;
class MoniteService;
class TokenTester;
class UsageView;
class TokenService;
class TokenListPage;
class TokenTableModel;
struct CreatedToken;
struct TokenInfo;

/// The Access Tokens page: Spaces in the sidebar, the token list with search and quick filters, details on
/// the right, and the actions (create, details, rotate, revoke, copy id) in a toolbar and a context menu.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TokenService& service, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Adds the "Monite clients" page (client profiles, tokens on demand) to the sections.
    void addMonitePage(MoniteService& monite);
    MonitePage* monitePage() const { return m_monite; }

    /// Reloads Spaces and tokens from the store, keeping the selection.
    void reload();
    /// Enables the Test button: `sandboxUrl` is the built-in sandbox (invalid when it could not start).
    void setTesting(TokenTester* tester, const QUrl& sandboxUrl, const QString& sandboxProblem = {});
    /// New usage was recorded: refresh what shows it.
    void usageRecorded();
    QStringList selectedIds() const;
    void selectIds(const QStringList& ids);
    TokenTableModel* model() const { return m_model; }

    static constexpr int kMaxColumnWidth = 200; ///< px: no column is wider (a long status or list elides)
    /// Each column's cap, so Name … Whitelists fit a 1280×720 window (details closed) without scrolling.
    static int maxColumnWidth(TokenTableModel::Column column);
    ClipboardGuard& clipboard() const { return *m_clipboard; }

    /// Expiry reminders while the app runs: a check now and every day, as desktop notifications whose
    /// "Rotate" and "Open" act on this window (the tray, then the message bar, when no notification service).
    void enableReminders();
    /// Selects `id` (clearing the search and filters that hide it), shows its details, raises the window.
    void openToken(const QString& id);

public Q_SLOTS:
    void createToken();
    void importToken();
    void revokeSelected();
    void rotateSelected();
    void showDetails();
    void copySelectedId();
    void addSpace();
    void openSettings();
    void exportReport();
    void scanForLeaks();
    void testSelected();
    /// Guided rotation: new token → shown once → tested → "deployed?" → the old one revoked now or later.
    void guidedRotateSelected();
    void startGuidedRotation(const QString& id);
    void checkReminders();

Q_SIGNALS:
    /// A one-time dialog is about to show a new secret (tests reach the dialog through this).
    void secretShown(QWidget* dialog);

private:
    void buildActions();
    /// Where you are (Access Tokens, Usage, Health) and the Spaces you belong to.
    QWidget* buildSidebar();
    void showMessage(const QString& text, bool error = true);
    void refreshUsage();
    void showCreated(const CreatedToken& created);
    void updateActions();
    void finishGuidedRotation(const TokenInfo& old, const QString& newId);

    TokenService& m_service;
    TokenListPage* m_list = nullptr;
    TokenTableModel* m_model = nullptr;
    QStringList m_keptSelection;
    ClipboardGuard* m_clipboard = nullptr;
    QListWidget* m_spaces = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QPushButton* m_create = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_count = nullptr;
    DetailsPanel* m_details = nullptr;
    bool m_integrityChecked = false; ///< the file's integrity was checked once since the window opened
    QAction* m_createAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_rotateAction = nullptr;
    QAction* m_guidedRotateAction = nullptr;
    DesktopNotifier* m_notifier = nullptr;
    ReminderSender* m_reminders = nullptr;
    QTimer* m_reminderTimer = nullptr;
    QAction* m_revokeAction = nullptr;
    QAction* m_copyIdAction = nullptr;
    QAction* m_addSpaceAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_scanAction = nullptr;
    HealthView* m_health = nullptr;
    UsageView* m_usage = nullptr;
    MonitePage* m_monite = nullptr;
    QListWidget* m_nav = nullptr;
    QPushButton* m_addSpaceButton = nullptr;
    QAction* m_testAction = nullptr;
    TokenTester* m_tester = nullptr;
    QUrl m_sandboxUrl;
    bool m_rotating = false;
    QTimer* m_usageRefresh = nullptr;
    QDateTime m_lastUsageCheck;
    QStackedWidget* m_pages = nullptr;
    QAction* m_searchAction = nullptr;
    /// Another program's changes (a teammate's, the CLI's) and, on a team database, whether it can be reached.
    InventoryWatcher* m_watcher = nullptr;
    QTimer* m_liveReload = nullptr; ///< gathers a burst of changes into one reload
    QLabel* m_inventoryState = nullptr; ///< status bar: who you are in the team, offline/reconnecting
    void watchInventory();
    void showInventoryState();
};

} // namespace monime
