// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace monime {

class MoniteService;
struct MoniteProfileDraft;

/// Add a Monite client: name, environment (or a base URL), API version, client id, the client secret (a hidden
/// field; it goes to the keychain and is wiped here) and optional entity users, one "ID" or "ID=Label" a line.
/// The rules are MoniteRules' (the CLI's); a refusal shows under the form naming the field, and focus goes there.
class AddMoniteClientDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddMoniteClientDialog(MoniteService& service, QWidget* parent = nullptr);
    ~AddMoniteClientDialog() override;

    /// The profile added, once accepted.
    QString addedName() const { return m_added; }

public Q_SLOTS:
    void accept() override;

private:
    MoniteProfileDraft draft() const;
    void showError(const QString& field, const QString& message);
    void wipeSecret();

    MoniteService& m_service;
    QLineEdit* m_name = nullptr;
    QComboBox* m_environment = nullptr;
    QLineEdit* m_customUrl = nullptr;
    QComboBox* m_version = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_secret = nullptr;
    QPlainTextEdit* m_users = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_added;
    bool m_busy = false;
};

} // namespace monime
