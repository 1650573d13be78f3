// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "models/TokenTableModel.h"
#include "portal/TokenService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace monime {

MainWindow::MainWindow(TokenService& service, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
{
    setWindowTitle(tr("Monime Developer Portal"));
    setObjectName(QStringLiteral("mainWindow"));

    auto* sidebar = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(sidebar);
    auto* spacesLabel = new QLabel(tr("Your Spaces"), sidebar);
    m_spaces = new QListWidget(sidebar);
    m_spaces->setObjectName(QStringLiteral("spacesListWidget"));
    m_spaces->setAccessibleName(tr("Your Spaces"));
    spacesLabel->setBuddy(m_spaces);
    sideLayout->addWidget(spacesLabel);
    sideLayout->addWidget(m_spaces);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    auto* header = new QHBoxLayout();
    auto* title = new QLabel(tr("<h2>Access Tokens</h2>"), content);
    m_create = new QPushButton(tr("Create token"), content);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create token"));
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_create);
    contentLayout->addLayout(header);

    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, id or permission"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setClearButtonEnabled(true);
    contentLayout->addWidget(m_search);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    contentLayout->addWidget(m_message);

    m_model = new TokenTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TokenTableModel::SearchTextRole);
    m_proxy->setSortRole(TokenTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("tokenTableView"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(int(TokenTableModel::Column::Created), Qt::DescendingOrder);

    m_emptyState = new QLabel(content);
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("<h3>No access tokens yet</h3><p>Access tokens let your applications call Monime's APIs. "
                             "Add the Spaces you belong to, then press <b>Create token</b> (Ctrl+N).</p>"
                             "<p>Start with a <b>test</b> token (mon_test_): no real money moves.</p>"));

    m_stack = new QStackedWidget(content);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);
    contentLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(sidebar);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 900 });
    setCentralWidget(splitter);
    resize(1180, 680);
    reload();
}

void MainWindow::showError(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void MainWindow::reload()
{
    auto spaces = m_service.spaces();
    m_spaces->clear();
    if (spaces.ok()) {
        for (const SpaceInfo& s : spaces.value())
            m_spaces->addItem(tr("%1\n%2 · %3").arg(s.name, s.id, s.role.isEmpty() ? tr("no role") : s.role));
    }
    auto tokens = m_service.list();
    if (!tokens.ok()) {
        showError(tokens.error().message);
        return;
    }
    m_model->setTokens(std::move(tokens).value(), m_service.clock().now());
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_emptyState) : m_table);
    m_table->resizeColumnsToContents();
}

} // namespace monime
