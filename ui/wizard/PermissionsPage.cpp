// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/PermissionsPage.h"

#include "widgets/EnterAction.h"

#include "widgets/PillBox.h"
#include "wizard/CreateTokenWizard.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

namespace monime {

PermissionsPage::PermissionsPage(CreateTokenWizard& wizard, const Catalog& catalog)
    : m_wizard(wizard)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("permissionsPage"));
    setTitle(tr("Permissions"));
    setSubTitle(tr("Least privilege: grant only what the integration needs. In each Space the token can never do "
                   "more than your role there allows."));
    auto* grid = new QGridLayout(this);

    auto* servicesLabel = new QLabel(tr("&Services (filter):"), this);
    m_services = new QListWidget(this);
    m_services->setObjectName(QStringLiteral("servicesListWidget"));
    m_services->setAccessibleName(tr("Services"));
    servicesLabel->setBuddy(m_services);
    for (const Service& s : catalog.services()) {
        auto* item = new QListWidgetItem(s.name, m_services);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.description);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    grid->addWidget(servicesLabel, 0, 0);
    grid->addWidget(m_services, 1, 0);

    auto* availableLabel = new QLabel(tr("Available &permissions (Enter or double-click to add):"), this);
    availableLabel->setWordWrap(true);
    m_available = new QListWidget(this);
    m_available->setObjectName(QStringLiteral("permissionsListWidget"));
    m_available->setAccessibleName(tr("Available permissions"));
    m_available->setSelectionMode(QAbstractItemView::ExtendedSelection);
    availableLabel->setBuddy(m_available);
    grid->addWidget(availableLabel, 0, 1);
    grid->addWidget(m_available, 1, 1);
    m_add = new QPushButton(tr("A&dd selected"), this);
    m_add->setObjectName(QStringLiteral("addPermissionButton"));
    m_add->setAccessibleName(tr("Add selected permissions"));
    grid->addWidget(m_add, 2, 1, Qt::AlignLeft);

    auto* chosenLabel = new QLabel(tr("Chosen (Delete on a pill removes it):"), this);
    m_pills = new PillBox(this);
    chosenLabel->setBuddy(m_pills);
    grid->addWidget(chosenLabel, 3, 0, 1, 2);
    grid->addWidget(m_pills, 4, 0, 1, 2);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("permissionsIssueLabel"));
    m_issue->setWordWrap(true);
    m_issue->hide();
    grid->addWidget(m_issue, 5, 0, 1, 2);
    grid->setRowStretch(1, 1);

    connect(m_services, &QListWidget::itemChanged, this, [this] {
        refreshAvailable();
        m_wizard.revalidate();
    });
    connect(m_available, &QListWidget::itemDoubleClicked, this, [this] { addSelected(); });
    EnterAction::install(m_available, [this] { addSelected(); }); // Enter adds; it never also goes to Review
    connect(m_add, &QPushButton::clicked, this, &PermissionsPage::addSelected);
    connect(m_pills, &PillBox::valuesChanged, this, [this] {
        m_touched = true;
        refreshAvailable();
        m_wizard.revalidate();
    });
    connect(&m_wizard, &CreateTokenWizard::verdictChanged, this, &PermissionsPage::showVerdict);
    refreshAvailable();
}

void PermissionsPage::refreshAvailable()
{
    QStringList services;
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            services << m_services->item(i)->data(Qt::UserRole).toString();
    m_available->clear();
    const QStringList chosen = m_pills->values();
    for (const Service& s : m_catalog.services()) {
        if (!services.isEmpty() && !services.contains(s.id))
            continue;
        for (const QString& p : s.permissions) {
            if (chosen.contains(p))
                continue;
            auto* item = new QListWidgetItem(p, m_available);
            item->setToolTip(p.endsWith(QLatin1String(":write")) ? tr("Create and change %1").arg(s.name)
                                                                 : tr("View %1").arg(s.name));
        }
    }
}

void PermissionsPage::addSelected()
{
    const auto selected = m_available->selectedItems();
    QStringList values = m_pills->values();
    for (const QListWidgetItem* item : selected)
        if (!values.contains(item->text()))
            values << item->text();
    m_pills->setValues(values);
}

void PermissionsPage::fill(TokenDraft& draft) const
{
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            draft.services << m_services->item(i)->data(Qt::UserRole).toString();
    draft.permissions = m_pills->values();
}

void PermissionsPage::showVerdict(const DraftVerdict& verdict)
{
    bool errors = false;
    if (m_touched)
        errors = showIssue(m_issue, verdict, { QStringLiteral("permissions"), QStringLiteral("services") });
    else
        errors = verdict.errorFor(QStringLiteral("permissions")) || verdict.errorFor(QStringLiteral("services"));
    if (errors != !m_complete) {
        m_complete = !errors;
        Q_EMIT completeChanged();
    }
}

bool PermissionsPage::isComplete() const
{
    return m_complete;
}

void PermissionsPage::initializePage()
{
    // Keyboard users land on the permissions on offer: Down, then Enter adds one as a pill. Deferred: QWizard
    // focuses the page's first control after initializePage().
    QTimer::singleShot(0, m_available, [this] { m_available->setFocus(); });
    if (m_available->count() > 0 && !m_available->currentItem())
        m_available->setCurrentRow(0, QItemSelectionModel::NoUpdate);
}

bool PermissionsPage::validatePage()
{
    m_touched = true;
    m_wizard.revalidate();
    return m_complete;
}

} // namespace monime
