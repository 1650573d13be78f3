// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace monime {

class TokenService;

/// The health check over every token: findings with their severity and the fix, worst first. Activating a
/// finding (Enter or double-click) jumps to its token.
class HealthView : public QWidget
{
    Q_OBJECT

public:
    explicit HealthView(TokenService& service, QWidget* parent = nullptr);

    void refresh(int rotationDays);
    int findingCount() const;

Q_SIGNALS:
    void tokenActivated(const QString& tokenId);

private:
    TokenService& m_service;
    QLabel* m_summary = nullptr;
    QTableWidget* m_findings = nullptr;
};

} // namespace monime
