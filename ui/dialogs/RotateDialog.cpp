// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/RotateDialog.h"

#include "domain/Token.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace monime {

RotateDialog::RotateDialog(const TokenInfo& token, int maxGraceHours, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rotateDialog"));
    setWindowTitle(tr("Rotate token"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("<p>Rotate <b>%1</b> (%2)?</p><p>A new token with the same settings replaces it; its "
                               "secret is shown once. Deploy it, then let the old token run out.</p>")
                                .arg(token.name.toHtmlEscaped(), token.id),
                            this);
    text->setObjectName(QStringLiteral("rotateTextLabel"));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* graceLabel = new QLabel(tr("&Hours the old token keeps working (0: revoke it at once):"), this);
    graceLabel->setWordWrap(true);
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("graceSpinBox"));
    m_grace->setAccessibleName(tr("Grace period in hours"));
    m_grace->setRange(0, maxGraceHours);
    m_grace->setValue(kDefaultGraceHours);
    m_grace->setSuffix(tr(" h"));
    graceLabel->setBuddy(m_grace);
    layout->addWidget(graceLabel);
    layout->addWidget(m_grace);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* rotate = buttons->addButton(tr("R&otate"), QDialogButtonBox::AcceptRole);
    rotate->setObjectName(QStringLiteral("confirmRotateButton"));
    rotate->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

int RotateDialog::graceHours() const
{
    return m_grace->value();
}

} // namespace monime
