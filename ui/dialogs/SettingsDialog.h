// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace monime {

class Catalog;

/// Database location, clipboard timeout, rotation period, default API release, language, login reminder.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Catalog& catalog, const QString& currentDatabase, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* m_database = nullptr;
    QLabel* m_databaseError = nullptr;
    QSpinBox* m_clipboard = nullptr;
    QSpinBox* m_rotation = nullptr;
    QComboBox* m_release = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_remindAtLogin = nullptr;
};

} // namespace monime
