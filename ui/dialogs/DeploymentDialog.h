// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace monime {

struct TokenInfo;

/// The last step of a guided rotation: "is the new token deployed?" — then the old token is revoked at once
/// or after a grace period. Rejecting it means abandoning the rotation (the caller asks).
class DeploymentDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultGraceHours = 24;

    DeploymentDialog(const TokenInfo& oldToken, const TokenInfo& newToken, int maxGraceHours,
                     QWidget* parent = nullptr);

    /// 0: revoke the old token at once.
    int graceHours() const;

private:
    QCheckBox* m_deployed = nullptr;
    QRadioButton* m_now = nullptr;
    QRadioButton* m_later = nullptr;
    QSpinBox* m_grace = nullptr;
    QPushButton* m_replace = nullptr;
};

} // namespace monime
