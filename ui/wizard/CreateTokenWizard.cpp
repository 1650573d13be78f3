// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizard/CreateTokenWizard.h"

#include "MessageBox.h"

#include "portal/TokenService.h"
#include "wizard/PermissionsPage.h"
#include "wizard/RestrictionsPage.h"
#include "wizard/ReviewPage.h"
#include "wizard/TokenBasicsPage.h"

#include <QAbstractButton>
#include <QLabel>
#include <QPointer>

namespace monime {

bool showIssue(QLabel* label, const DraftVerdict& verdict, const QStringList& fields)
{
    for (const FieldIssue& e : verdict.errors) {
        if (fields.contains(e.field)) {
            label->setText(e.message);
            label->setStyleSheet(QStringLiteral("color: #cf222e;"));
            label->setAccessibleName(QObject::tr("Error: %1").arg(e.message));
            label->show();
            return true;
        }
    }
    for (const FieldIssue& w : verdict.warnings) {
        if (fields.contains(w.field)) {
            label->setText(QStringLiteral("\u26a0 ") + w.message);
            label->setStyleSheet(QStringLiteral("color: #9a6700;"));
            label->setAccessibleName(QObject::tr("Warning: %1").arg(w.message));
            label->show();
            return false;
        }
    }
    label->clear();
    label->hide();
    return false;
}

CreateTokenWizard::CreateTokenWizard(TokenService& service, const QList<SpaceInfo>& spaces,
                                     const QString& defaultRelease, QWidget* parent, Mode mode)
    : QWizard(parent)
    , m_service(service)
    , m_mode(mode)
{
    qRegisterMetaType<CreatedToken>();
    setObjectName(QStringLiteral("createTokenWizard"));
    setWindowTitle(mode == Mode::Import ? tr("Import a token from the Monime portal") : tr("Create token"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, mode == Mode::Import ? tr("&Import") : tr("&Create"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("createTokenButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));

    if (auto names = service.tokenNames(); names.ok())
        m_existingNames = names.value();

    const Catalog& catalog = service.catalog();
    m_basics = new TokenBasicsPage(
        *this, catalog,
        defaultRelease.isEmpty() || !catalog.release(defaultRelease) ? catalog.defaultReleaseId() : defaultRelease);
    m_restrictions = new RestrictionsPage(*this, spaces);
    m_permissions = new PermissionsPage(*this, catalog);
    m_review = new ReviewPage(*this);
    setPage(BasicsPageId, m_basics);
    setPage(RestrictionsPageId, m_restrictions);
    setPage(PermissionsPageId, m_permissions);
    setPage(ReviewPageId, m_review);
    resize(760, 600);
    revalidate();
}

bool CreateTokenWizard::isTestMode() const
{
    return m_basics->isTestMode();
}

TokenDraft CreateTokenWizard::draft() const
{
    TokenDraft d;
    m_basics->fill(d);
    m_restrictions->fill(d);
    m_permissions->fill(d);
    return d;
}

void CreateTokenWizard::revalidate()
{
    const TokenDraft d = draft();
    m_verdict = TokenRules::validate(d, m_service.catalog(), m_service.clock().now(), m_existingNames);
    if (m_verdict.ok())
        m_verdict.warnings += m_service.reachWarnings(d); // shown at Review, as `create` prints them
    Q_EMIT verdictChanged(m_verdict);
}

void CreateTokenWizard::accept()
{
    if (m_creating)
        return;
    revalidate();
    if (!m_verdict.ok())
        return;
    m_creating = true;
    m_review->setBusy(true);
    auto finished = [self = QPointer<CreateTokenWizard>(this), this](Result<CreatedToken> created) {
        if (!self)
            return;
        m_creating = false;
        m_review->setBusy(false);
        if (!created.ok()) {
            m_review->showFailure(created.error());
            return;
        }
        CreatedToken result = created.value();
        if (m_mode == Mode::Import) {
            std::fill(result.secret.begin(), result.secret.end(), '*'); // the user has it; never shown again
            result.secret.clear();
            m_basics->wipeImportedSecret();
        }
        Q_EMIT tokenCreated(result);
        QWizard::accept();
    };
    if (m_mode == Mode::Import)
        m_service.importToken(m_basics->importedSecret(), draft(), finished);
    else
        m_service.create(draft(), finished);
}

void CreateTokenWizard::reject()
{
    if (m_creating)
        return;
    // Esc or Cancel after something was entered asks first: a whole form is not thrown away by one key.
    const TokenDraft d = draft();
    const bool entered = !d.name.trimmed().isEmpty() || !d.permissions.isEmpty() || !d.ipWhitelist.isEmpty()
        || !d.spaceWhitelist.isEmpty() || (m_mode == Mode::Import && !m_basics->importedSecret().isEmpty());
    if (entered
        && MessageBox::question(this, tr("Discard this token?"),
                                tr("What you entered for this token will be lost; nothing has been created yet."),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QWizard::reject();
}

} // namespace monime
