// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/RestrictionsPage.h"

#include "widgets/EnterAction.h"

#include "domain/IpRule.h"
#include "wizard/CreateTokenWizard.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace monime {

RestrictionsPage::RestrictionsPage(CreateTokenWizard& wizard, const QList<SpaceInfo>& spaces)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("restrictionsPage"));
    setTitle(tr("Restrictions"));
    setSubTitle(tr("Production only: limit where the token works. Both are optional, and both are good practice."));
    auto* layout = new QVBoxLayout(this);
    m_testNotice = new QLabel(tr("Test tokens cannot be restricted: switch Test Mode off on the first page for "
                                 "a live token with whitelists."),
                              this);
    m_testNotice->setObjectName(QStringLiteral("restrictionsTestNoticeLabel"));
    m_testNotice->setWordWrap(true);
    layout->addWidget(m_testNotice);

    auto* form = new QFormLayout;
    m_space = new QComboBox(this);
    m_space->setObjectName(QStringLiteral("spaceComboBox"));
    m_space->setAccessibleName(tr("Whitelist Space"));
    m_space->setEditable(true);
    m_space->setInsertPolicy(QComboBox::NoInsert);
    m_space->lineEdit()->setAccessibleName(tr("Whitelist Space"));
    m_space->addItem(tr("Any Space"), QString());
    for (const SpaceInfo& s : spaces)
        m_space->addItem(QStringLiteral("%1 — %2").arg(s.name, s.id), s.id);
    m_space->completer()->setFilterMode(Qt::MatchContains);
    m_space->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_space->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto* spaceLabel = new QLabel(tr("Whitelist &Space:"), this);
    spaceLabel->setBuddy(m_space);
    form->addRow(spaceLabel, m_space);
    m_spaceIssue = new QLabel(this);
    m_spaceIssue->setObjectName(QStringLiteral("spaceIssueLabel"));
    m_spaceIssue->setWordWrap(true);
    m_spaceIssue->hide();
    form->addRow(QString(), m_spaceIssue);
    layout->addLayout(form);

    auto* ipLabel = new QLabel(tr("Whitelist &IP addresses (single addresses or CIDR ranges, IPv4 or IPv6):"), this);
    ipLabel->setWordWrap(true);
    layout->addWidget(ipLabel);
    auto* ipRow = new QHBoxLayout;
    m_ipInput = new QLineEdit(this);
    m_ipInput->setObjectName(QStringLiteral("ipLineEdit"));
    m_ipInput->setAccessibleName(tr("IP address or range to add"));
    m_ipInput->setPlaceholderText(tr("203.0.113.45 or 203.0.113.0/24 or 2001:db8::/32"));
    ipLabel->setBuddy(m_ipInput);
    m_addIp = new QPushButton(tr("&Add"), this);
    m_addIp->setObjectName(QStringLiteral("addIpButton"));
    m_addIp->setAccessibleName(tr("Add IP address"));
    m_addIp->setEnabled(false);
    ipRow->addWidget(m_ipInput, 1);
    ipRow->addWidget(m_addIp);
    layout->addLayout(ipRow);
    m_ipInputIssue = new QLabel(this);
    m_ipInputIssue->setObjectName(QStringLiteral("ipInputIssueLabel"));
    m_ipInputIssue->setWordWrap(true);
    m_ipInputIssue->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_ipInputIssue->hide();
    layout->addWidget(m_ipInputIssue);

    m_ips = new QListWidget(this);
    m_ips->setObjectName(QStringLiteral("ipListWidget"));
    m_ips->setAccessibleName(tr("Whitelisted IP addresses"));
    m_ips->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_ips, 1);
    m_removeIp = new QPushButton(tr("&Remove selected"), this);
    m_removeIp->setObjectName(QStringLiteral("removeIpButton"));
    m_removeIp->setAccessibleName(tr("Remove selected IP addresses"));
    layout->addWidget(m_removeIp, 0, Qt::AlignLeft);
    m_ipIssue = new QLabel(this);
    m_ipIssue->setObjectName(QStringLiteral("ipIssueLabel"));
    m_ipIssue->setWordWrap(true);
    m_ipIssue->hide();
    layout->addWidget(m_ipIssue);

    connect(m_space, &QComboBox::currentIndexChanged, this, [this] { m_wizard.revalidate(); });
    connect(m_space, &QComboBox::editTextChanged, this, [this] { m_wizard.revalidate(); });
    connect(m_ipInput, &QLineEdit::textChanged, this, &RestrictionsPage::checkIpInput);
    EnterAction::install(m_ipInput, [this] { addIp(); }); // Enter adds the address; it never also goes Next
    connect(m_addIp, &QPushButton::clicked, this, &RestrictionsPage::addIp);
    connect(m_removeIp, &QPushButton::clicked, this, &RestrictionsPage::removeSelectedIps);
    connect(&m_wizard, &CreateTokenWizard::verdictChanged, this, &RestrictionsPage::showVerdict);
}

void RestrictionsPage::initializePage()
{
    const bool test = m_wizard.isTestMode();
    m_testNotice->setVisible(test);
    for (QWidget* w : { static_cast<QWidget*>(m_space), static_cast<QWidget*>(m_ipInput), static_cast<QWidget*>(m_ips),
                        static_cast<QWidget*>(m_removeIp) })
        w->setEnabled(!test);
    checkIpInput();
    if (!test)
        QTimer::singleShot(0, m_space, [this] {
            m_space->setFocus();
            m_space->lineEdit()->selectAll(); // typing replaces "Any Space" rather than appending to it
        });
}

void RestrictionsPage::checkIpInput()
{
    const QString text = m_ipInput->text().trimmed();
    if (text.isEmpty()) {
        m_ipInputIssue->hide();
        m_addIp->setEnabled(false);
        return;
    }
    const auto rule = IpRule::parse(text);
    m_ipInputIssue->setVisible(!rule.ok());
    if (!rule.ok())
        m_ipInputIssue->setText(rule.error().message);
    m_addIp->setEnabled(rule.ok() && !m_wizard.isTestMode());
}

void RestrictionsPage::addIp()
{
    const auto rule = IpRule::parse(m_ipInput->text());
    if (!rule.ok() || m_wizard.isTestMode())
        return;
    const QString normal = rule->toString();
    if (m_ips->findItems(normal, Qt::MatchExactly).isEmpty())
        m_ips->addItem(normal);
    m_ipInput->clear();
    m_wizard.revalidate();
}

void RestrictionsPage::removeSelectedIps()
{
    qDeleteAll(m_ips->selectedItems());
    m_wizard.revalidate();
}

void RestrictionsPage::fill(TokenDraft& draft) const
{
    if (m_wizard.isTestMode())
        return;
    // The combobox is searchable: a typed name or id that matches no item is passed on for the rules to judge.
    QString space = m_space->currentData().toString();
    const QString typed = m_space->currentText().trimmed();
    if (m_space->currentIndex() < 0 || m_space->itemText(m_space->currentIndex()) != m_space->currentText())
        space = typed == tr("Any Space") ? QString() : typed;
    if (const int i = m_space->findText(typed, Qt::MatchContains); space == typed && !typed.isEmpty() && i > 0)
        space = m_space->itemData(i).toString();
    draft.spaceWhitelist = space;
    for (int i = 0; i < m_ips->count(); ++i)
        draft.ipWhitelist.append(m_ips->item(i)->text());
}

void RestrictionsPage::showVerdict(const DraftVerdict& verdict)
{
    bool errors = showIssue(m_spaceIssue, verdict, { QStringLiteral("spaceWhitelist") });
    errors |= showIssue(m_ipIssue, verdict, { QStringLiteral("ipWhitelist") });
    if (errors != !m_complete) {
        m_complete = !errors;
        Q_EMIT completeChanged();
    }
}

bool RestrictionsPage::isComplete() const
{
    return m_complete;
}

} // namespace monime
