// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TokenRules.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace monime {

class CreateTokenWizard;

/// Token Name, Test Mode, Expiry Date and Default API Release — the portal's first fields.
class TokenBasicsPage : public QWizardPage
{
    Q_OBJECT

public:
    TokenBasicsPage(CreateTokenWizard& wizard, const Catalog& catalog, const QString& defaultRelease);

    void fill(TokenDraft& draft) const;
    bool isTestMode() const;
    bool isComplete() const override;
    bool validatePage() override;
    /// Import mode: the pasted token's bytes, and wiping them from the field.
    QByteArray importedSecret() const;
    void wipeImportedSecret();

private:
    void checkImportedToken();
    void applyTestMode();
    void showVerdict(const DraftVerdict& verdict);

    CreateTokenWizard& m_wizard;
    QLineEdit* m_token = nullptr; ///< import mode only
    QLabel* m_tokenIssue = nullptr;
    bool m_tokenValid = true;
    QLineEdit* m_name = nullptr;
    QLabel* m_nameIssue = nullptr;
    QCheckBox* m_testMode = nullptr;
    QLabel* m_prefix = nullptr;
    QComboBox* m_expiry = nullptr;
    QDateTimeEdit* m_customExpiry = nullptr;
    QLabel* m_expiryIssue = nullptr;
    QComboBox* m_release = nullptr;
    QLabel* m_releaseIssue = nullptr;
    bool m_nameTouched = false;
    bool m_complete = false;
};

} // namespace monime
