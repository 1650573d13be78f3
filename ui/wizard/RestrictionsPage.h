// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TokenRules.h"
#include "store/SpaceRepository.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace monime {

class CreateTokenWizard;

/// Whitelist Space and Whitelist IP Address (production only): disabled, with the reason, in test mode.
class RestrictionsPage : public QWizardPage
{
    Q_OBJECT

public:
    RestrictionsPage(CreateTokenWizard& wizard, const QList<SpaceInfo>& spaces);

    void fill(TokenDraft& draft) const;
    bool isComplete() const override;
    void initializePage() override;

private:
    void showVerdict(const DraftVerdict& verdict);
    void checkIpInput();
    void addIp();
    void removeSelectedIps();

    CreateTokenWizard& m_wizard;
    QLabel* m_testNotice = nullptr;
    QComboBox* m_space = nullptr;
    QLabel* m_spaceIssue = nullptr;
    QLineEdit* m_ipInput = nullptr;
    QPushButton* m_addIp = nullptr;
    QLabel* m_ipInputIssue = nullptr;
    QListWidget* m_ips = nullptr;
    QPushButton* m_removeIp = nullptr;
    QLabel* m_ipIssue = nullptr;
    bool m_complete = true;
};

} // namespace monime
