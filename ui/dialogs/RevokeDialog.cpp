// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RevokeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace monime {

RevokeDialog::RevokeDialog(const QStringList& names, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("revokeDialog"));
    setWindowTitle(tr("Revoke token"));
    auto* layout = new QVBoxLayout(this);
    QString list;
    for (const QString& n : names)
        list += QStringLiteral("<li>%1</li>").arg(n.toHtmlEscaped());
    auto* text = new QLabel(tr("<p>Revoke %n token(s)?</p><ul>%1</ul><p>Every application using them stops working "
                               "<b>at once</b>. This cannot be undone.</p>",
                               nullptr, int(names.size()))
                                .arg(list),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* reasonLabel = new QLabel(tr("&Reason (kept in the history):"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setAccessibleName(tr("Reason for revoking"));
    m_reason->setPlaceholderText(tr("e.g. leaked in a CI log; integration retired"));
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* revoke = buttons->addButton(tr("&Revoke"), QDialogButtonBox::DestructiveRole);
    revoke->setObjectName(QStringLiteral("confirmRevokeButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    connect(revoke, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RevokeDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace monime
