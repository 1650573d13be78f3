// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace monime {

class TokenService;

/// Adds a Space the Monimeer belongs to, with their role there; the core checks the id and the role.
class AddSpaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddSpaceDialog(TokenService& service, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    TokenService& m_service;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace monime
