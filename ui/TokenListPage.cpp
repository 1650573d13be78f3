// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenListPage.h"

#include "DetailsPanel.h"
#include "models/TokenTableModel.h"
#include "widgets/CachedTextDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace monime {

TokenListPage::TokenListPage(TokenService& service, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("tokenListPage"));
    auto* contentLayout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout();
    auto* title = new QLabel(tr("<h2>Access Tokens</h2>"), this);
    m_create = new QPushButton(tr("Create token"), this);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setAccessibleName(tr("Create token"));
    m_create->setToolTip(tr("Create a new access token (Ctrl+N)"));
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_create);
    contentLayout->addLayout(header);

    auto* filters = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, id or permission (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_search, 1);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    m_statusFilter->addItem(tr("Active"), int(TokenStatus::Active));
    m_statusFilter->addItem(tr("Expired"), int(TokenStatus::Expired));
    m_statusFilter->addItem(tr("Revoked"), int(TokenStatus::Revoked));
    filters->addWidget(m_statusFilter);
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilterComboBox"));
    m_typeFilter->setAccessibleName(tr("Filter by type"));
    m_typeFilter->addItem(tr("Test and live"), -1);
    m_typeFilter->addItem(tr("Test only"), int(Environment::Test));
    m_typeFilter->addItem(tr("Live only"), int(Environment::Live));
    filters->addWidget(m_typeFilter);
    contentLayout->addLayout(filters);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    contentLayout->addWidget(m_message);

    m_model = new TokenTableModel(this);
    connect(m_search, &QLineEdit::textChanged, m_model, &TokenTableModel::setSearchText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_statusFilter->currentData().toInt();
        m_model->setStatusFilter(v < 0 ? std::nullopt : std::optional<TokenStatus>(TokenStatus(v)));
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_typeFilter->currentData().toInt();
        m_model->setEnvironmentFilter(v < 0 ? std::nullopt : std::optional<Environment>(Environment(v)));
    });

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("tokenTableView"));
    m_table->setAccessibleName(tr("Tokens"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new CachedTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights: with 100,000 rows the view never measures rows one by one after a filter.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(int(TokenTableModel::Column::Created), Qt::DescendingOrder);

    m_emptyState = new QLabel(this);
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);

    m_details = new DetailsPanel(service, this);
    auto* listSplit = m_split = new QSplitter(Qt::Horizontal, this);
    listSplit->addWidget(m_stack);
    listSplit->addWidget(m_details);
    listSplit->setObjectName(QStringLiteral("listSplitter"));
    listSplit->setStretchFactor(0, 1);
    listSplit->setStretchFactor(1, 0);
    listSplit->setCollapsible(1, true); // drag it away for a wider list
    m_details->setMinimumWidth(220);
    listSplit->setSizes({ 900, kDetailsWidth });
    contentLayout->addWidget(listSplit, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    contentLayout->addWidget(m_count);

    setTabOrder(m_create, m_search);
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_typeFilter);
    setTabOrder(m_typeFilter, m_table);
    setTabOrder(m_table, m_details);
}

void TokenListPage::setDetailsOpen(bool open)
{
    if (open == detailsOpen())
        return;
    const int total = m_split->width() > 0 ? m_split->width() : 900 + kDetailsWidth;
    m_split->setSizes(open ? QList<int> { qMax(total - kDetailsWidth, 100), kDetailsWidth } : QList<int> { total, 0 });
}

void TokenListPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    setDetailsOpen(window()->width() >= kDetailsBesideWidth);
}

bool TokenListPage::detailsOpen() const
{
    return m_split->sizes().value(1) > 0;
}

void TokenListPage::showAll()
{
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_typeFilter->setCurrentIndex(0);
}

} // namespace monime
