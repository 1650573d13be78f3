// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace monime {

class TokenService;
class UsageChart;

/// Usage of the tokens as the built-in sandbox saw it: calls over time (a stacked chart by status class),
/// by HTTP status and by endpoint, for one token or all. Fed by the sandbox's usage table.
class UsageView : public QWidget
{
    Q_OBJECT

public:
    explicit UsageView(TokenService& service, QWidget* parent = nullptr);

    /// Reloads the token list and the figures.
    void refresh();
    /// Total calls in the current view (for tests).
    qint64 totalCalls() const { return m_total; }

private:
    void reloadFigures();

    TokenService& m_service;
    QComboBox* m_token = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    UsageChart* m_chart = nullptr;
    QTreeWidget* m_byStatus = nullptr;
    QTreeWidget* m_byEndpoint = nullptr;
    qint64 m_total = 0;
};

} // namespace monime
