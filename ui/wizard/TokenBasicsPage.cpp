// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/TokenBasicsPage.h"

#include "domain/TokenSecret.h"
#include "portal/TokenService.h"
#include "wizard/CreateTokenWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace monime {

namespace {
QLabel* issueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

TokenBasicsPage::TokenBasicsPage(CreateTokenWizard& wizard, const Catalog& catalog, const QString& defaultRelease)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("tokenBasicsPage"));
    setTitle(tr("Token"));
    setSubTitle(tr("Name the token after what it is for, choose its environment and how long it lives."));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (wizard.mode() == CreateTokenWizard::Mode::Import) {
        setSubTitle(tr("Paste the token the Monime portal showed you, then tell what it is: the app cannot read "
                       "its name, expiry or permissions from it. It goes to the keychain only."));
        m_token = new QLineEdit(this);
        m_token->setObjectName(QStringLiteral("importTokenLineEdit"));
        m_token->setAccessibleName(tr("Token to import"));
        m_token->setEchoMode(QLineEdit::Password);
        m_token->setPlaceholderText(tr("mon_… or mon_test_…"));
        m_token->setContextMenuPolicy(Qt::NoContextMenu);
        auto* tokenLabel = new QLabel(tr("&Token:"), this);
        tokenLabel->setBuddy(m_token);
        form->addRow(tokenLabel, m_token);
        m_tokenIssue = new QLabel(this);
        m_tokenIssue->setObjectName(QStringLiteral("tokenIssueLabel"));
        m_tokenIssue->setWordWrap(true);
        m_tokenIssue->setStyleSheet(QStringLiteral("color: #cf222e;"));
        m_tokenIssue->hide();
        form->addRow(QString(), m_tokenIssue);
        m_tokenValid = false;
        connect(m_token, &QLineEdit::textChanged, this, &TokenBasicsPage::checkImportedToken);
    }

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Main Website Integration"));
    m_name->setAccessibleName(tr("Token name"));
    m_name->setMaxLength(200); // the rule says 100; let the rule, not the widget, explain the limit
    auto* nameLabel = new QLabel(tr("Token na&me (required):"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    m_nameIssue = issueLabel(QStringLiteral("nameIssueLabel"), this);
    form->addRow(QString(), m_nameIssue);

    m_testMode = new QCheckBox(tr("&Test mode — simulated transactions only"), this);
    m_testMode->setObjectName(QStringLiteral("testModeCheckBox"));
    m_testMode->setAccessibleName(tr("Test mode"));
    m_testMode->setChecked(true);
    form->addRow(tr("Environment:"), m_testMode);
    m_prefix = new QLabel(this);
    m_prefix->setObjectName(QStringLiteral("prefixLabel"));
    m_prefix->setWordWrap(true);
    form->addRow(QString(), m_prefix);

    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("expiryComboBox"));
    m_expiry->setAccessibleName(tr("Expiry date"));
    m_expiry->addItem(tr("2 months"), int(ExpiryPreset::TwoMonths));
    m_expiry->addItem(tr("1 year"), int(ExpiryPreset::OneYear));
    m_expiry->addItem(tr("Custom date and time"), int(ExpiryPreset::Custom));
    m_expiry->addItem(tr("No expiry (use with caution)"), int(ExpiryPreset::Never));
    auto* expiryLabel = new QLabel(tr("&Expiry:"), this);
    expiryLabel->setBuddy(m_expiry);
    form->addRow(expiryLabel, m_expiry);
    m_customExpiry = new QDateTimeEdit(this);
    m_customExpiry->setObjectName(QStringLiteral("customExpiryEdit"));
    m_customExpiry->setAccessibleName(tr("Custom expiry date and time"));
    m_customExpiry->setCalendarPopup(true);
    // Whole minutes: the review shows what the user can see and type here, never seconds they did not choose.
    const QDateTime inAMonth = QDateTime::currentDateTime().addDays(30);
    m_customExpiry->setDateTime(QDateTime(inAMonth.date(), QTime(inAMonth.time().hour(), inAMonth.time().minute())));
    m_customExpiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_customExpiry->hide();
    form->addRow(QString(), m_customExpiry);
    m_expiryIssue = issueLabel(QStringLiteral("expiryIssueLabel"), this);
    form->addRow(QString(), m_expiryIssue);

    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("releaseComboBox"));
    m_release->setAccessibleName(tr("Default API release"));
    for (const ApiRelease& r : catalog.releases())
        m_release->addItem(r.id + (r.id == catalog.defaultReleaseId() ? tr(" (latest)") : QString())
                               + (r.deprecated ? tr(" — deprecated") : QString()),
                           r.id);
    m_release->setCurrentIndex(qMax(0, m_release->findData(defaultRelease)));
    auto* releaseLabel = new QLabel(tr("Default API &release:"), this);
    releaseLabel->setBuddy(m_release);
    form->addRow(releaseLabel, m_release);
    m_releaseIssue = issueLabel(QStringLiteral("releaseIssueLabel"), this);
    form->addRow(QString(), m_releaseIssue);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        m_wizard.revalidate();
    });
    connect(m_testMode, &QCheckBox::toggled, this, [this] {
        applyTestMode();
        m_wizard.revalidate();
    });
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        m_customExpiry->setVisible(ExpiryPreset(m_expiry->currentData().toInt()) == ExpiryPreset::Custom);
        m_wizard.revalidate();
    });
    connect(m_customExpiry, &QDateTimeEdit::dateTimeChanged, this, [this] { m_wizard.revalidate(); });
    connect(m_release, &QComboBox::currentIndexChanged, this, [this] { m_wizard.revalidate(); });
    connect(&m_wizard, &CreateTokenWizard::verdictChanged, this, &TokenBasicsPage::showVerdict);
    if (m_token)
        m_testMode->setEnabled(false); // the pasted token's prefix decides
    applyTestMode();
}

void TokenBasicsPage::checkImportedToken()
{
    const QByteArray token = importedSecret();
    const auto parsed = TokenSecret::parse(token);
    m_tokenValid = parsed.ok();
    m_tokenIssue->setVisible(!token.isEmpty() && !parsed.ok());
    if (!parsed.ok())
        m_tokenIssue->setText(parsed.error().message);
    else
        m_testMode->setChecked(parsed->environment == Environment::Test);
    m_wizard.revalidate();
}

QByteArray TokenBasicsPage::importedSecret() const
{
    return m_token ? m_token->text().trimmed().toLatin1() : QByteArray();
}

void TokenBasicsPage::wipeImportedSecret()
{
    if (!m_token)
        return;
    QString shown = m_token->text();
    m_token->clear();
    std::fill(shown.begin(), shown.end(), QLatin1Char('*'));
}

bool TokenBasicsPage::isTestMode() const
{
    return m_testMode->isChecked();
}

void TokenBasicsPage::applyTestMode()
{
    const bool test = m_testMode->isChecked();
    if (test)
        m_expiry->setCurrentIndex(0); // pinned to 2 months
    m_expiry->setEnabled(!test);
    m_customExpiry->setEnabled(!test);
    m_prefix->setText(test ? tr("Token prefix <b>mon_test_</b>. Expires after 2 months; no whitelists. No real "
                                "money moves.")
                           : tr("Token prefix <b>mon_</b>. <b>Live: processes real money.</b> All options are "
                                "available."));
}

void TokenBasicsPage::fill(TokenDraft& draft) const
{
    draft.name = m_name->text();
    draft.testMode = m_testMode->isChecked();
    const auto preset = ExpiryPreset(m_expiry->currentData().toInt());
    if (!draft.testMode)
        draft.expiry = preset == ExpiryPreset::Custom ? ExpiryChoice::at(m_customExpiry->dateTime().toUTC())
                                                      : ExpiryChoice { preset, {} };
    draft.apiRelease = m_release->currentData().toString();
}

void TokenBasicsPage::showVerdict(const DraftVerdict& verdict)
{
    bool errors = false;
    if (m_nameTouched)
        errors |= showIssue(m_nameIssue, verdict, { QStringLiteral("name") });
    else
        errors |= verdict.errorFor(QStringLiteral("name")) != nullptr;
    errors |= showIssue(m_expiryIssue, verdict, { QStringLiteral("expiry"), QStringLiteral("testMode") });
    errors |= showIssue(m_releaseIssue, verdict, { QStringLiteral("apiRelease") });
    errors |= !m_tokenValid;
    if (errors != !m_complete) {
        m_complete = !errors;
        Q_EMIT completeChanged();
    }
}

bool TokenBasicsPage::isComplete() const
{
    return m_complete;
}

bool TokenBasicsPage::validatePage()
{
    m_nameTouched = true;
    m_wizard.revalidate();
    return m_complete;
}

} // namespace monime
