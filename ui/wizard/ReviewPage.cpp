// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/ReviewPage.h"

#include "wizard/CreateTokenWizard.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace monime {

ReviewPage::ReviewPage(CreateTokenWizard& wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review"));
    setSubTitle(tr("Check everything, then press Create. The token is shown once, right after."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setAccessibleName(tr("Summary of the new token"));
    layout->addWidget(m_summary);
    m_failure = new QLabel(this);
    m_failure->setObjectName(QStringLiteral("createFailureLabel"));
    m_failure->setWordWrap(true);
    m_failure->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_failure->hide();
    layout->addWidget(m_failure);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("createProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Saving the secret in the keychain…"));
    m_busy->setAccessibleName(tr("Creating the token"));
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addStretch();
    connect(&m_wizard, &CreateTokenWizard::verdictChanged, this, &ReviewPage::render);
}

void ReviewPage::initializePage()
{
    if (m_wizard.mode() == CreateTokenWizard::Mode::Import)
        setSubTitle(tr("Check everything, then press Import. The token goes to the keychain; it is not shown again."));
    m_failure->hide();
    m_wizard.revalidate();
}

void ReviewPage::render(const DraftVerdict& v)
{
    const ValidToken& t = v.token;
    const bool test = t.environment == Environment::Test;
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    QString html = QStringLiteral("<table cellspacing='6'>");
    html += row(tr("Name"), t.name.toHtmlEscaped());
    html += row(tr("Type"),
                test ? tr("TEST — prefix mon_test_, simulated transactions")
                     : tr("<b>LIVE — prefix mon_, real money</b>"));
    html += row(tr("Expires"),
                t.expiresAt.isValid()
                    // Day and minute, as the user chose them: no seconds nobody typed.
                    ? QString(QLocale().toString(t.expiresAt.toLocalTime().date(), QLocale::LongFormat)
                              + QLatin1Char(' ') + t.expiresAt.toLocalTime().time().toString(QStringLiteral("HH:mm")))
                          .toHtmlEscaped()
                    : tr("never"));
    html += row(tr("API release"), t.apiRelease.toHtmlEscaped());
    html += row(tr("Space whitelist"), t.spaceWhitelist.isEmpty() ? tr("any Space") : t.spaceWhitelist.toHtmlEscaped());
    html += row(tr("IP whitelist"),
                t.ipWhitelist.isEmpty() ? tr("any address") : t.ipWhitelist.join(QLatin1String(", ")).toHtmlEscaped());
    html += row(tr("Permissions"), t.permissions.join(QLatin1String(", ")).toHtmlEscaped());
    html += QStringLiteral("</table>");
    QStringList notes;
    for (const FieldIssue& e : v.errors)
        notes << QStringLiteral("<li style='color:#cf222e'>%1</li>").arg(e.message.toHtmlEscaped());
    for (const FieldIssue& w : v.warnings)
        notes << QStringLiteral("<li style='color:#9a6700'>%1</li>").arg(w.message.toHtmlEscaped());
    if (!notes.isEmpty())
        html += QStringLiteral("<ul>") + notes.join(QString()) + QStringLiteral("</ul>");
    m_summary->setText(html);
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    return m_wizard.verdict().ok() && !m_isBusy;
}

void ReviewPage::setBusy(bool busy)
{
    m_isBusy = busy;
    m_busy->setVisible(busy);
    Q_EMIT completeChanged();
}

void ReviewPage::showFailure(const Error& error)
{
    m_failure->setText(tr("The token was not created: %1").arg(error.message));
    m_failure->show();
}

} // namespace monime
