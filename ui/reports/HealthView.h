// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace monime {

class MoniteService;
class TokenService;

/// The health check over every token (and, once setMoniteService was called, every Monite client profile):
/// findings with their severity and the fix, worst first. Activating a finding (Enter or double-click) jumps to
/// its token, or to its Monite client.
class HealthView : public QWidget
{
    Q_OBJECT

public:
    explicit HealthView(TokenService& service, QWidget* parent = nullptr);

    /// Also checks the Monite client profiles (read only: MoniteService::profiles).
    void setMoniteService(MoniteService* monite) { m_monite = monite; }
    void refresh(int rotationDays);
    int findingCount() const;

Q_SIGNALS:
    void tokenActivated(const QString& tokenId);
    void moniteClientActivated(const QString& profileName);

private:
    TokenService& m_service;
    MoniteService* m_monite = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_findings = nullptr;
};

} // namespace monime
