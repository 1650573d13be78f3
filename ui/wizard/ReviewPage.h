// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/TokenRules.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace monime {

class CreateTokenWizard;

/// Sums the whole form up before Create; shows a keychain or database failure if creation fails.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(CreateTokenWizard& wizard);

    void initializePage() override;
    bool isComplete() const override;
    void setBusy(bool busy);
    void showFailure(const Error& error);

private:
    void render(const DraftVerdict& verdict);

    CreateTokenWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QLabel* m_failure = nullptr;
    QProgressBar* m_busy = nullptr;
    bool m_isBusy = false;
};

} // namespace monime
