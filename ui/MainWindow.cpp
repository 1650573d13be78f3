// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ClipboardGuard.h"
#include "DetailsPanel.h"
#include "MessageBox.h"
#include "Settings.h"
#include "TokenListPage.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/ReminderSender.h"
#include "dialogs/AddSpaceDialog.h"
#include "dialogs/DeploymentDialog.h"
#include "dialogs/LeakScanDialog.h"
#include "dialogs/OneTimeTokenDialog.h"
#include "dialogs/RevokeDialog.h"
#include "dialogs/RotateDialog.h"
#include "dialogs/SettingsDialog.h"
#include "models/TokenTableModel.h"
#include "monite/MonitePage.h"
#include "portal/TokenService.h"
#include "reports/ExportDialog.h"
#include "reports/HealthView.h"
#include "store/Database.h"
#include "store/InventoryWatcher.h"
#include "testing/TestTokenDialog.h"
#include "testing/UsageView.h"
#include "wizard/CreateTokenWizard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace monime {

MainWindow::MainWindow(TokenService& service, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_clipboard(new ClipboardGuard(this))
{
    setWindowTitle(tr("Monime Developer Portal"));
    setObjectName(QStringLiteral("mainWindow"));
    buildActions();

    QWidget* sidebar = buildSidebar();

    // Content: the token list page (its widgets in TokenListPage; what is done with the tokens, here).
    m_list = new TokenListPage(service, this);
    m_model = m_list->model();
    m_table = m_list->table();
    m_search = m_list->search();
    m_statusFilter = m_list->statusFilter();
    m_typeFilter = m_list->typeFilter();
    m_create = m_list->createButton();
    m_message = m_list->messageBar();
    m_emptyState = m_list->emptyState();
    m_count = m_list->countLabel();
    m_stack = m_list->stack();
    m_details = m_list->details();
    connect(m_create, &QPushButton::clicked, this, &MainWindow::createToken);
    connect(m_table, &QTableView::activated, this, &MainWindow::showDetails);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addActions(
            { m_detailsAction, m_testAction, m_rotateAction, m_guidedRotateAction, m_revokeAction, m_copyIdAction });
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QStringList ids = selectedIds();
        if (ids.size() == 1)
            m_details->showToken(ids.constFirst());
    });
    // Filtering resets the model: keep the selection across it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptSelection = selectedIds(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectIds(m_keptSelection);
        // A token the filter hides is neither shown in the details nor acted on by the toolbar.
        if (!m_details->currentId().isEmpty() && m_model->rowOf(m_details->currentId()) < 0)
            m_details->clear();
        updateActions();
        m_count->setText(tr("%1 of %n token(s) shown", nullptr, m_model->totalCount()).arg(m_model->rowCount()));
    });

    m_health = new HealthView(service, this);
    connect(m_health, &HealthView::tokenActivated, this, [this](const QString& id) {
        m_nav->setCurrentRow(0);
        m_list->showAll();
        selectIds({ id });
        if (const int row = m_model->rowOf(id); row >= 0)
            m_table->scrollTo(m_model->index(row, 0));
        m_list->setDetailsOpen(true);
        m_details->showToken(id);
        m_table->setFocus();
    });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_list);
    m_usage = new UsageView(service, this);
    m_pages->addWidget(m_usage);
    m_pages->addWidget(m_health);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == 1)
            m_usage->refresh();
        if (row == 2)
            m_health->refresh(Settings::rotationDays());
        m_pages->setCurrentIndex(qMax(0, row));
    });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 200, 1080 });
    setCentralWidget(splitter);
    resize(1280, 720);

    m_usageRefresh = new QTimer(this);
    m_usageRefresh->setSingleShot(true);
    m_usageRefresh->setInterval(1000);
    connect(m_usageRefresh, &QTimer::timeout, this, &MainWindow::refreshUsage);
    m_lastUsageCheck = service.clock().now().addSecs(-1);

    // Statuses and "in N days" follow the clock while the window is open.
    auto* clockTimer = new QTimer(this);
    clockTimer->setInterval(30 * 1000);
    connect(clockTimer, &QTimer::timeout, this, [this] { m_model->setNow(m_service.clock().now()); });
    clockTimer->start();

    setTabOrder(m_nav, m_spaces);
    setTabOrder(m_spaces, m_addSpaceButton);
    setTabOrder(m_addSpaceButton, m_create); // then the page's own order: search, filters, list, details
    reload();
    watchInventory();
}

void MainWindow::watchInventory()
{
    m_inventoryState = new QLabel(this);
    m_inventoryState->setObjectName(QStringLiteral("inventoryStateLabel"));
    m_inventoryState->setAccessibleName(tr("Inventory connection"));
    statusBar()->addPermanentWidget(m_inventoryState);
    m_liveReload = new QTimer(this);
    m_liveReload->setSingleShot(true);
    m_liveReload->setInterval(150);
    connect(m_liveReload, &QTimer::timeout, this, [this] {
        m_service.forgetMonimeer(); // a role may have changed
        reload();
        if (!m_details->currentId().isEmpty())
            m_details->showToken(m_details->currentId());
        showInventoryState();
    });
    // Whose token: a team inventory's question only.
    const bool team = Database::isPostgresUrl(m_service.databasePath());
    m_table->setColumnHidden(int(TokenTableModel::Column::Owner), !team);
    if (team) // beside the status, where it is seen without scrolling
        m_table->horizontalHeader()->moveSection(
            m_table->horizontalHeader()->visualIndex(int(TokenTableModel::Column::Owner)),
            m_table->horizontalHeader()->visualIndex(int(TokenTableModel::Column::Status)) + 1);
    m_watcher = new InventoryWatcher(m_service.databasePath(), this);
    connect(m_watcher, &InventoryWatcher::changed, m_liveReload, qOverload<>(&QTimer::start));
    connect(m_watcher, &InventoryWatcher::stateChanged, this, [this](InventoryWatcher::State state, const QString&) {
        if (state == InventoryWatcher::State::Online)
            (void)m_service.reconnect();
        showInventoryState();
    });
    (void)m_watcher->start(); // offline at start: it says so and keeps trying
    showInventoryState();
}

void MainWindow::showInventoryState()
{
    if (!m_inventoryState)
        return;
    if (m_watcher && m_watcher->state() == InventoryWatcher::State::Offline) {
        m_inventoryState->setText(tr("Offline — reconnecting…"));
        m_inventoryState->setToolTip(
            tr("The team inventory cannot be reached: %1\nThe list shows what was last read; a change made now "
               "is not saved (each says so). The window reconnects by itself and updates.")
                .arg(m_watcher->problem()));
        m_inventoryState->setStyleSheet(QStringLiteral("QLabel { color: #82071e; font-weight: bold; }"));
        return;
    }
    m_inventoryState->setStyleSheet(QString());
    m_inventoryState->setToolTip(QString());
    if (!Database::isPostgresUrl(m_service.databasePath())) {
        m_inventoryState->clear();
        return;
    }
    const auto me = m_service.monimeer();
    m_inventoryState->setText(
        me.ok() ? tr("Team inventory — you are %1 (%2); live").arg(me->label(), teamRoleName(me->role))
                : me.error().message);
}

void MainWindow::addMonitePage(MoniteService& monite)
{
    if (m_monite)
        return;
    m_monite = new MonitePage(monite, *m_clipboard, this);
    const int page = m_pages->addWidget(m_monite);
    m_nav->addItem(tr("Monite clients"));
    m_health->setMoniteService(&monite);
    connect(m_health, &HealthView::moniteClientActivated, this, [this, page](const QString& profile) {
        m_nav->setCurrentRow(page);
        m_monite->reload();
        m_monite->selectProfile(profile);
    });
}

QWidget* MainWindow::buildSidebar()
{
    // Sidebar: where you are, and the Spaces you belong to.
    auto* sidebar = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(sidebar);
    m_nav = new QListWidget(sidebar);
    auto* nav = m_nav;
    nav->setObjectName(QStringLiteral("navigationListWidget"));
    nav->setAccessibleName(tr("Sections"));
    nav->addItem(tr("Access Tokens"));
    nav->addItem(tr("Usage"));
    nav->addItem(tr("Health"));
    nav->setCurrentRow(0);
    nav->setMaximumHeight(nav->sizeHintForRow(0) * 4 + 8); // room for "Monite clients" (addMonitePage)
    sideLayout->addWidget(nav);
    auto* spacesLabel = new QLabel(tr("Your &Spaces"), sidebar);
    m_spaces = new QListWidget(sidebar);
    m_spaces->setObjectName(QStringLiteral("spacesListWidget"));
    m_spaces->setAccessibleName(tr("Your Spaces"));
    // A long Space id elides in the narrow sidebar (its tooltip has it whole) instead of scrolling sideways.
    m_spaces->setTextElideMode(Qt::ElideMiddle);
    m_spaces->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    spacesLabel->setBuddy(m_spaces);
    sideLayout->addWidget(spacesLabel);
    sideLayout->addWidget(m_spaces, 1);
    m_addSpaceButton = new QPushButton(tr("Add Space…"), sidebar);
    auto* addSpace = m_addSpaceButton;
    addSpace->setObjectName(QStringLiteral("addSpaceButton"));
    addSpace->setAccessibleName(tr("Add a Space"));
    connect(addSpace, &QPushButton::clicked, this, &MainWindow::addSpace);
    sideLayout->addWidget(addSpace);
    return sidebar;
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto* toolbar = addToolBar(tr("Token actions"));
    toolbar->setObjectName(QStringLiteral("tokenToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Create token and Add Space have their own buttons (top right, sidebar): as actions they only give the
    // shortcut, so no action shows twice.
    auto make = [this, toolbar](const QString& text, const QString& name, const QKeySequence& key, auto slot,
                                bool onToolbar = true) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        if (onToolbar)
            toolbar->addAction(action);
        addAction(action);
        return action;
    };
    m_createAction
        = make(tr("&New token"), QStringLiteral("createAction"), QKeySequence::New, &MainWindow::createToken, false);
    m_importAction
        = make(tr("&Import…"), QStringLiteral("importAction"), QKeySequence(tr("Ctrl+I")), &MainWindow::importToken);
    m_detailsAction = make(tr("&Details"), QStringLiteral("detailsAction"), QKeySequence(), &MainWindow::showDetails);
    m_rotateAction = make(tr("R&otate…"), QStringLiteral("rotateAction"), QKeySequence(), &MainWindow::rotateSelected);
    m_guidedRotateAction = make(tr("&Guided rotation…"), QStringLiteral("guidedRotationAction"),
                                QKeySequence(tr("Ctrl+R")), &MainWindow::guidedRotateSelected);
    m_testAction
        = make(tr("&Test…"), QStringLiteral("testAction"), QKeySequence(tr("Ctrl+T")), &MainWindow::testSelected);
    m_revokeAction
        = make(tr("&Revoke…"), QStringLiteral("revokeAction"), QKeySequence::Delete, &MainWindow::revokeSelected);
    m_copyIdAction = make(tr("Copy &ID"), QStringLiteral("copyIdAction"), QKeySequence(tr("Ctrl+Shift+C")),
                          &MainWindow::copySelectedId);
    toolbar->addSeparator();
    m_addSpaceAction
        = make(tr("Add &Space…"), QStringLiteral("addSpaceAction"), QKeySequence(), &MainWindow::addSpace, false);
    m_exportAction
        = make(tr("E&xport…"), QStringLiteral("exportAction"), QKeySequence(tr("Ctrl+E")), &MainWindow::exportReport);
    m_scanAction
        = make(tr("Scan for &leaks…"), QStringLiteral("scanLeaksAction"), QKeySequence(), &MainWindow::scanForLeaks);
    m_settingsAction = make(tr("Se&ttings…"), QStringLiteral("settingsAction"), QKeySequence::Preferences,
                            &MainWindow::openSettings);
    m_searchAction = new QAction(tr("Search"), this);
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(m_searchAction);
    for (QAction* a :
         { m_revokeAction, m_detailsAction, m_rotateAction, m_guidedRotateAction, m_copyIdAction, m_testAction })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // The overflow button the toolbar shows when the window is narrow has no name of its own.
    if (auto* more = toolbar->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));
}

void MainWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #ffebe9; color: #82071e; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #dafbe1; color: #116329; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

QStringList MainWindow::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids << i.data(TokenTableModel::TokenIdRole).toString();
    return ids;
}

void MainWindow::selectIds(const QStringList& ids)
{
    m_table->clearSelection();
    for (const QString& id : ids) {
        const int sourceRow = m_model->rowOf(id);
        const QModelIndex index = m_model->index(sourceRow, 0);
        if (index.isValid())
            m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void MainWindow::updateActions()
{
    const QStringList ids = selectedIds();
    m_detailsAction->setEnabled(ids.size() == 1);
    m_rotateAction->setEnabled(ids.size() == 1 && !m_rotating);
    m_guidedRotateAction->setEnabled(ids.size() == 1 && !m_rotating);
    m_testAction->setEnabled(ids.size() == 1 && m_tester);
    m_copyIdAction->setEnabled(!ids.isEmpty());
    m_revokeAction->setEnabled(!ids.isEmpty());
    // A team inventory: what TeamPolicy allows you, with the reason in the tooltip (a teammate's token's secret is
    // in their keychain).
    const auto me = m_service.monimeer();
    if (!me.ok())
        return;
    const bool writer = TeamPolicy::canWrite(me->role);
    m_createAction->setEnabled(writer);
    m_create->setEnabled(writer);
    m_importAction->setEnabled(writer);
    const TokenInfo* one = ids.size() == 1 ? m_model->tokenAt(m_model->rowOf(ids.constFirst())) : nullptr;
    const bool others = one && one->ownerId != me->id;
    const QString why
        = others ? tr("%1's token: its secret is in their keychain only.").arg(one->ownerLabel) : QString();
    for (QAction* a : { m_testAction, m_rotateAction, m_guidedRotateAction }) {
        if (others || !writer)
            a->setEnabled(false);
        a->setToolTip(why);
    }
    bool mayRevoke = writer;
    for (const QString& id : ids)
        if (const TokenInfo* t = m_model->tokenAt(m_model->rowOf(id)); t && t->ownerId != me->id)
            mayRevoke = mayRevoke && TeamPolicy::canManage(me->role);
    m_revokeAction->setEnabled(m_revokeAction->isEnabled() && mayRevoke);
}

void MainWindow::reload()
{
    auto spaces = m_service.spaces();
    m_spaces->clear();
    if (spaces.ok()) {
        for (const SpaceInfo& s : spaces.value()) {
            auto* item = new QListWidgetItem(
                tr("%1\n%2 · %3").arg(s.name, s.id, s.role.isEmpty() ? tr("no role") : s.role), m_spaces);
            item->setData(Qt::AccessibleTextRole, tr("Space %1, id %2, your role %3").arg(s.name, s.id, s.role));
            item->setToolTip(item->text());
        }
    }
    auto tokens = m_service.list();
    // A damaged file must never pass for an empty inventory (the same check as `monime-portal-cli list`): the
    // file is checked once when the window opens, and again only when a list comes back empty or fails — not
    // at every reload on the GUI thread.
    std::optional<Error> damaged;
    if (!tokens.ok())
        damaged = Database::isDamage(tokens.error()) ? std::optional<Error>(tokens.error()) : m_service.damage(true);
    else if (!m_integrityChecked || tokens->isEmpty())
        damaged = m_service.damage(tokens->isEmpty());
    m_integrityChecked = true;
    if (!tokens.ok() && !damaged) {
        showMessage(tokens.error().message);
        return;
    }
    if (damaged)
        showMessage(damaged->message);
    m_model->setTokens(tokens.ok() ? std::move(tokens).value() : QList<TokenInfo> {}, m_service.clock().now());
    const bool noSpaces = m_spaces->count() == 0;
    m_emptyState->setText(
        damaged ? tr("<h3>The token inventory is damaged</h3><p>%1</p>").arg(damaged->message.toHtmlEscaped())
            : noSpaces
            ? tr("<h3>Welcome</h3><p>Access tokens let your applications call Monime's APIs.</p>"
                 "<p><b>1.</b> Add the Spaces you belong to (<i>Add Space…</i>, left), with your role in each.<br>"
                 "<b>2.</b> Press <b>Create token</b> (Ctrl+N). Start with a <b>test</b> token: no real money "
                 "moves.</p>")
            : tr("<h3>No access tokens yet</h3><p>Press <b>Create token</b> (Ctrl+N). Start with a <b>test</b> "
                 "token (mon_test_): no real money moves.</p>"));
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_emptyState) : m_table);
    if (m_model->rowCount() > 0 && m_model->rowCount() <= 2000) {
        m_table->resizeColumnsToContents();
        // What matters fits a 1280×720 window: each column has a cap, long text elides (the tooltip has it whole).
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), maxColumnWidth(TokenTableModel::Column(c))));
    }
    if (!m_details->currentId().isEmpty() && m_model->rowOf(m_details->currentId()) >= 0)
        m_details->showToken(m_details->currentId());
    updateActions();
}

void MainWindow::createToken()
{
    auto spaces = m_service.spaces();
    CreateTokenWizard wizard(m_service, spaces.ok() ? spaces.value() : QList<SpaceInfo>(), Settings::defaultRelease(),
                             this);
    connect(&wizard, &CreateTokenWizard::tokenCreated, this, [this](const CreatedToken& created) {
        reload();
        selectIds({ created.token.id });
        QMetaObject::invokeMethod(
            this, [this, created] { showCreated(created); }, Qt::QueuedConnection);
    });
    wizard.exec();
}

void MainWindow::importToken()
{
    auto spaces = m_service.spaces();
    CreateTokenWizard wizard(m_service, spaces.ok() ? spaces.value() : QList<SpaceInfo>(), Settings::defaultRelease(),
                             this, CreateTokenWizard::Mode::Import);
    connect(&wizard, &CreateTokenWizard::tokenCreated, this, [this](const CreatedToken& imported) {
        reload();
        selectIds({ imported.token.id });
        showMessage(tr("Token “%1” imported; its secret is in the keychain.").arg(imported.token.name), false);
    });
    wizard.exec();
}

void MainWindow::showCreated(const CreatedToken& created)
{
    showMessage(tr("Token “%1” created.").arg(created.token.name), false);
    OneTimeTokenDialog dialog(created.token, QString::fromLatin1(created.secret), *m_clipboard,
                              Settings::clipboardTimeoutSecs(), this);
    Q_EMIT secretShown(&dialog);
    dialog.exec();
}

int MainWindow::maxColumnWidth(TokenTableModel::Column column)
{
    switch (column) {
    case TokenTableModel::Column::Name:
        return 170;
    case TokenTableModel::Column::Type:
        return 50;
    case TokenTableModel::Column::Status:
        return 110;
    case TokenTableModel::Column::Expires:
        return 150;
    case TokenTableModel::Column::LastUsed:
    case TokenTableModel::Column::LastTest:
        return 90;
    case TokenTableModel::Column::Permissions:
        return 150;
    case TokenTableModel::Column::Whitelists:
        return 110;
    default:
        return kMaxColumnWidth;
    }
}

void MainWindow::showDetails()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1) {
        m_list->setDetailsOpen(true);
        m_details->showToken(ids.constFirst());
        m_details->setFocus();
    }
}

void MainWindow::copySelectedId()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    showMessage(tr("Copied %n token id(s).", nullptr, int(ids.size())), false);
}

void MainWindow::revokeSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList names;
    QHash<QString, int> versions; // what you saw: a token changed since is not overwritten (stale_edit)
    for (const QString& id : ids)
        if (const TokenInfo* t = m_model->tokenAt(m_model->rowOf(id))) {
            names << QStringLiteral("%1 (%2)").arg(t->name, t->id);
            versions.insert(id, t->version);
        }
    RevokeDialog dialog(names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList failures;
    for (const QString& id : ids) {
        auto revoked = m_service.revoke(id, dialog.reason(),
                                        versions.contains(id) ? std::optional<int>(versions.value(id)) : std::nullopt);
        if (!revoked.ok())
            failures << revoked.error().message;
    }
    reload();
    if (failures.isEmpty())
        showMessage(tr("Revoked %n token(s). Applications using them stop working now.", nullptr, int(ids.size())),
                    false);
    else
        showMessage(failures.join(QLatin1Char('\n')));
}

void MainWindow::rotateSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    auto token = m_service.show(ids.constFirst());
    if (!token.ok()) {
        showMessage(token.error().message);
        return;
    }
    RotateDialog dialog(token->token, TokenService::kMaxGraceHours, this);
    if (dialog.exec() != QDialog::Accepted || m_rotating)
        return;
    const int grace = dialog.graceHours();
    m_rotating = true; // one rotation at a time: a second one would make two replacements
    m_rotateAction->setEnabled(false);
    m_service.rotate(ids.constFirst(), grace, [this](Result<CreatedToken> created) {
        m_rotating = false;
        updateActions();
        if (!created.ok()) {
            showMessage(created.error().message);
            return;
        }
        reload();
        selectIds({ created->token.id });
        showCreated(created.value());
    });
}

void MainWindow::guidedRotateSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1)
        startGuidedRotation(ids.constFirst());
}

void MainWindow::startGuidedRotation(const QString& id)
{
    if (m_rotating)
        return;
    auto token = m_service.show(id);
    if (!token.ok()) {
        showMessage(token.error().message);
        return;
    }
    const TokenInfo old = token->token;
    const QMessageBox::StandardButton go = MessageBox::question(
        this, tr("Guided rotation"),
        tr("<p>Rotate <b>%1</b> (%2) step by step:</p><ol><li>a new token with the same settings is made and shown "
           "once;</li><li>you test it;</li><li>you deploy it and confirm;</li><li>only then is the old token "
           "revoked, at once or after a grace period.</li></ol><p>Until you confirm, the old token keeps working; "
           "stopping midway leaves it untouched.</p>")
            .arg(old.name.toHtmlEscaped(), old.id),
        QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
    if (go != QMessageBox::Ok)
        return;
    m_rotating = true; // one rotation at a time
    updateActions();
    m_service.beginRotation(id, [this, old](Result<CreatedToken> created) {
        if (!created.ok()) {
            m_rotating = false;
            updateActions();
            showMessage(created.error().message);
            return;
        }
        reload();
        selectIds({ created->token.id });
        // Step 2: shown once.
        {
            OneTimeTokenDialog dialog(created->token, QString::fromLatin1(created->secret), *m_clipboard,
                                      Settings::clipboardTimeoutSecs(), this);
            dialog.setWindowTitle(tr("Guided rotation: copy the new token"));
            Q_EMIT secretShown(&dialog);
            dialog.exec();
        }
        // Step 3: tested, against the sandbox or Monime.
        if (m_tester) {
            auto spaces = m_service.spaces();
            TestTokenDialog test(created->token, spaces.ok() ? spaces.value() : QList<SpaceInfo>(), m_sandboxUrl,
                                 *m_tester, this);
            test.setWindowTitle(tr("Guided rotation: test the new token"));
            test.exec();
        }
        finishGuidedRotation(old, created->token.id);
    });
}

void MainWindow::finishGuidedRotation(const TokenInfo& old, const QString& newId)
{
    for (;;) {
        auto fresh = m_service.show(newId);
        if (!fresh.ok()) {
            showMessage(fresh.error().message);
            break;
        }
        DeploymentDialog dialog(old, fresh->token, TokenService::kMaxGraceHours, this);
        if (dialog.exec() == QDialog::Accepted) {
            const int grace = dialog.graceHours();
            auto replaced = m_service.finishRotation(old.id, newId, grace);
            if (!replaced.ok())
                showMessage(replaced.error().message);
            else if (grace == 0)
                showMessage(tr("Rotation done: “%1” is replaced by %2 and was revoked.").arg(old.name, newId), false);
            else
                showMessage(
                    tr("Rotation done: “%1” is replaced by %2 and stops working on %3 UTC.")
                        .arg(old.name, newId, replaced->revokedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                    false);
            break;
        }
        const QMessageBox::StandardButton abandon = MessageBox::question(
            this, tr("Abandon the rotation?"),
            tr("“%1” (%2) stays as it is and keeps working. The new token %3 is revoked, since it was never "
               "deployed.")
                .arg(old.name, old.id, newId),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (abandon == QMessageBox::Yes) {
            auto abandoned = m_service.abandonRotation(old.id, newId);
            showMessage(abandoned.ok() ? tr("Rotation abandoned: “%1” (%2) is untouched and still works; the new "
                                            "token %3 was revoked.")
                                             .arg(old.name, old.id, newId)
                                       : abandoned.error().message,
                        !abandoned.ok());
            break;
        }
    }
    m_rotating = false;
    reload();
    selectIds({ old.id });
    updateActions();
}

void MainWindow::openToken(const QString& id)
{
    m_list->showAll();
    reload();
    selectIds({ id });
    if (m_model->rowOf(id) < 0) {
        showMessage(tr("Token %1 is not in this inventory (%2).").arg(id, m_service.databasePath()));
    } else {
        m_list->setDetailsOpen(true);
        m_details->showToken(id);
    }
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::enableReminders()
{
    if (m_reminders)
        return;
    m_notifier = new DesktopNotifier(this);
    m_reminders = new ReminderSender(m_service, *m_notifier, this);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, [this](uint id, const QString& key) {
        const auto action = m_reminders->action(id, key);
        if (!action)
            return;
        if (action->tokenId.isEmpty()) {
            showNormal();
            raise();
            activateWindow();
            return;
        }
        openToken(action->tokenId);
        if (action->kind == ReminderSender::Action::Rotate)
            startGuidedRotation(action->tokenId);
    });
    m_reminderTimer = new QTimer(this);
    m_reminderTimer->setInterval(24 * 3600 * 1000);
    connect(m_reminderTimer, &QTimer::timeout, this, &MainWindow::checkReminders);
    m_reminderTimer->start();
    QTimer::singleShot(2000, this, &MainWindow::checkReminders);
}

void MainWindow::checkReminders()
{
    if (!m_reminders)
        return;
    m_reminders->sendDue(true, [this](Result<ReminderSender::Outcome> sent) {
        if (!sent.ok() || sent->undelivered.isEmpty())
            return;
        // No notification service: the tray if there is one, else the message bar. Not recorded as sent, so
        // the desktop notification is tried again at the next check.
        const QList<Reminder>& due = sent->undelivered;
        const QString text = ExpiryReminder::title(due.constFirst(), m_service.clock().now())
            + (due.size() > 1 ? QLatin1Char('\n') + ExpiryReminder::summaryTitle(int(due.size() - 1)) : QString());
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            auto* tray = new QSystemTrayIcon(windowIcon(), this);
            tray->show();
            tray->showMessage(tr("Monime Developer Portal"), text, QSystemTrayIcon::Warning);
            QTimer::singleShot(30000, tray, &QObject::deleteLater);
        } else {
            showMessage(text, false);
        }
    });
}

void MainWindow::addSpace()
{
    AddSpaceDialog dialog(m_service, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void MainWindow::setTesting(TokenTester* tester, const QUrl& sandboxUrl, const QString& sandboxProblem)
{
    m_tester = tester;
    m_sandboxUrl = sandboxUrl;
    if (!sandboxProblem.isEmpty())
        showMessage(tr("The built-in sandbox could not start: %1 Tests can still go to the Monime API or another "
                       "URL.")
                        .arg(sandboxProblem));
    updateActions();
}

void MainWindow::usageRecorded()
{
    // The sandbox reports every batch (several a second under load): refresh at most once a second, and only
    // what usage moves — "Last used" and the usage view — never the whole list.
    if (m_usageRefresh->isActive())
        return;
    m_usageRefresh->start();
}

void MainWindow::refreshUsage()
{
    const QDateTime checkedAt = m_service.clock().now();
    if (auto used = m_service.usedSince(m_lastUsageCheck); used.ok())
        m_model->updateLastUsed(used.value());
    m_lastUsageCheck = checkedAt.addSecs(-1); // overlap a little: a batch may commit with an older time
    if (m_pages->currentWidget() == m_usage)
        m_usage->refreshFigures(); // figures only, computed off the GUI thread
}

void MainWindow::testSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1 || !m_tester)
        return;
    const TokenInfo* token = m_model->tokenAt(m_model->rowOf(ids.constFirst()));
    if (!token)
        return;
    auto spaces = m_service.spaces();
    TestTokenDialog dialog(*token, spaces.ok() ? spaces.value() : QList<SpaceInfo>(), m_sandboxUrl, *m_tester, this);
    connect(&dialog, &TestTokenDialog::testFinished, this, [this] { reload(); });
    dialog.exec();
}

void MainWindow::exportReport()
{
    ReportFilter filter;
    filter.search = m_model->searchText();
    filter.status = m_model->statusFilter();
    filter.environment = m_model->environmentFilter();
    ExportDialog dialog(m_service, filter, Settings::rotationDays(), this);
    connect(&dialog, &ExportDialog::exportFinished, this,
            [this](bool ok, const QString& message) { showMessage(message, !ok); });
    dialog.exec();
}

void MainWindow::scanForLeaks()
{
    LeakScanDialog dialog(m_service, this);
    // Found tokens are recorded (the Health view flags them) and revoking changes the list: reload either way.
    connect(&dialog, &LeakScanDialog::scanFinished, this, &MainWindow::reload);
    connect(&dialog, &LeakScanDialog::tokenRevoked, this, &MainWindow::reload);
    dialog.exec();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_service.catalog(), m_service.databasePath(), this);
    dialog.exec();
}

} // namespace monime
