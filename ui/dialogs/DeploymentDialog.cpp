// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/DeploymentDialog.h"

#include "domain/Token.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace monime {

DeploymentDialog::DeploymentDialog(const TokenInfo& oldToken, const TokenInfo& newToken, int maxGraceHours,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deploymentDialog"));
    setWindowTitle(tr("Guided rotation: deploy"));
    auto* layout = new QVBoxLayout(this);

    QString tested;
    if (!newToken.lastTestPassed.has_value())
        tested = tr("The new token was <b>not tested</b>.");
    else if (*newToken.lastTestPassed)
        tested = tr("The new token passed its test.");
    else
        tested = tr("The new token <b>failed</b> its test: %1").arg(newToken.lastTestResult.toHtmlEscaped());
    auto* text = new QLabel(tr("<p>Step 4 of 4. Put the new token <b>%1</b> (%2) wherever <b>%3</b> (%4) is used: "
                               "environment variables, secret stores, CI.</p><p>%5</p>")
                                .arg(newToken.name.toHtmlEscaped(), newToken.hint.toHtmlEscaped(),
                                     oldToken.name.toHtmlEscaped(), oldToken.id, tested),
                            this);
    text->setObjectName(QStringLiteral("deploymentTextLabel"));
    text->setWordWrap(true);
    layout->addWidget(text);

    m_deployed = new QCheckBox(tr("The new token is &deployed everywhere the old one was used"), this);
    m_deployed->setObjectName(QStringLiteral("deployedCheckBox"));
    m_deployed->setAccessibleName(tr("The new token is deployed everywhere the old one was used"));
    layout->addWidget(m_deployed);

    m_now = new QRadioButton(tr("Revoke the old token &now"), this);
    m_now->setObjectName(QStringLiteral("revokeNowRadio"));
    m_now->setAccessibleName(tr("Revoke the old token now"));
    m_later = new QRadioButton(tr("Keep the old token working &for"), this);
    m_later->setObjectName(QStringLiteral("revokeLaterRadio"));
    m_later->setAccessibleName(tr("Keep the old token working for a grace period"));
    m_later->setChecked(true);
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("deploymentGraceSpinBox"));
    m_grace->setAccessibleName(tr("Grace period in hours"));
    m_grace->setRange(1, maxGraceHours);
    m_grace->setValue(kDefaultGraceHours);
    m_grace->setSuffix(tr(" h"));
    auto* laterRow = new QHBoxLayout;
    laterRow->addWidget(m_later);
    laterRow->addWidget(m_grace);
    laterRow->addStretch();
    layout->addWidget(m_now);
    layout->addLayout(laterRow);
    connect(m_later, &QRadioButton::toggled, m_grace, &QWidget::setEnabled);

    auto* buttons = new QDialogButtonBox(this);
    m_replace = buttons->addButton(tr("&Replace the old token"), QDialogButtonBox::AcceptRole);
    m_replace->setObjectName(QStringLiteral("replaceOldTokenButton"));
    m_replace->setEnabled(false);
    m_replace->setDefault(true);
    auto* abandon = buttons->addButton(tr("&Abandon rotation…"), QDialogButtonBox::RejectRole);
    abandon->setObjectName(QStringLiteral("abandonRotationButton"));
    layout->addWidget(buttons);
    connect(m_deployed, &QCheckBox::toggled, m_replace, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_deployed->setFocus();
}

int DeploymentDialog::graceHours() const
{
    return m_now->isChecked() ? 0 : m_grace->value();
}

} // namespace monime
