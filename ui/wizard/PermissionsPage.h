// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TokenRules.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace monime {

class CreateTokenWizard;
class PillBox;

/// Service Selection filters the permissions on offer; Roles & Permissions become removable pills.
class PermissionsPage : public QWizardPage
{
    Q_OBJECT

public:
    PermissionsPage(CreateTokenWizard& wizard, const Catalog& catalog);

    void fill(TokenDraft& draft) const;
    bool isComplete() const override;
    bool validatePage() override;
    void initializePage() override;
    PillBox* pills() const { return m_pills; }

private:
    void refreshAvailable();
    void addSelected();
    void showVerdict(const DraftVerdict& verdict);

    CreateTokenWizard& m_wizard;
    const Catalog& m_catalog;
    QListWidget* m_services = nullptr;
    QListWidget* m_available = nullptr;
    QPushButton* m_add = nullptr;
    PillBox* m_pills = nullptr;
    QLabel* m_issue = nullptr;
    bool m_touched = false;
    bool m_complete = false;
};

} // namespace monime
