// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace monime {

/// Confirms an irreversible revoke and asks why (kept in the token's history).
class RevokeDialog : public QDialog
{
    Q_OBJECT

public:
    RevokeDialog(const QStringList& names, QWidget* parent = nullptr);
    QString reason() const;

private:
    QLineEdit* m_reason = nullptr;
};

} // namespace monime
