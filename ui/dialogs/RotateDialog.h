// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QSpinBox;

namespace monime {

struct TokenInfo;

/// Asks how to rotate one named token: a new token with the same settings, and how long the old one keeps
/// working (a grace period while the new secret is deployed; 0 revokes it at once).
class RotateDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kDefaultGraceHours = 24;

    RotateDialog(const TokenInfo& token, int maxGraceHours, QWidget* parent = nullptr);
    int graceHours() const;

private:
    QSpinBox* m_grace = nullptr;
};

} // namespace monime
