// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AddSpaceDialog.h"

#include "portal/TokenService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace monime {

AddSpaceDialog::AddSpaceDialog(TokenService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("addSpaceDialog"));
    setWindowTitle(tr("Add a Space"));
    setMinimumWidth(480); // room for the role descriptions and a wrapped error
    auto* form = new QFormLayout(this);
    auto* intro
        = new QLabel(tr("Spaces are listed with their ids on the Developer page of your Monime dashboard."), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("spaceIdLineEdit"));
    m_id->setAccessibleName(tr("Space id"));
    m_id->setPlaceholderText(QStringLiteral("spc-k6PWMZvKxSJ1"));
    auto* idLabel = new QLabel(tr("Space &id:"), this);
    idLabel->setBuddy(m_id);
    form->addRow(idLabel, m_id);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("spaceNameLineEdit"));
    m_name->setAccessibleName(tr("Space name"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("spaceRoleComboBox"));
    m_role->setAccessibleName(tr("Your role in the Space"));
    for (const SpaceRole& r : service.catalog().roles())
        m_role->addItem(QStringLiteral("%1 — %2").arg(r.name, r.description), r.id);
    m_role->setCurrentIndex(qMax(0, m_role->findData(QStringLiteral("developer"))));
    auto* roleLabel = new QLabel(tr("Your &role:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("spaceIssueLabel"));
    m_issue->setWordWrap(true);
    m_issue->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_issue->hide();
    form->addRow(m_issue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Space"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addSpaceButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSpaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AddSpaceDialog::accept()
{
    auto added = m_service.addSpace(m_id->text(), m_name->text(), m_role->currentData().toString());
    if (!added.ok()) {
        m_issue->setText(added.error().message);
        m_issue->show();
        // Grow to the wrapped message, so it is never cut off: the layout learns the label's new text first.
        layout()->activate();
        resize(width(), qMax(height(), layout()->totalHeightForWidth(width())));
        (added.error().field == QLatin1String("name") ? m_name : m_id)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace monime
