// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "store/UsageRepository.h"

#include <QWidget>

class QThread;

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

    /// Reloads the token list, then the figures.
    void refresh();
    /// Reloads the figures only (what the sandbox's batches change): summed by SQL on a worker thread over a
    /// connection of its own; the window shows them when they arrive. A newer request supersedes an older one.
    void refreshFigures();
    /// Total calls in the current view (for tests).
    qint64 totalCalls() const { return m_total; }
    /// The thread that computed the figures shown (for tests: never the GUI thread).
    QThread* lastWorker() const { return m_lastWorker; }

Q_SIGNALS:
    void figuresUpdated();

private:
    void showFigures(const Result<UsageSummary>& summary, qint64 bucketSecs);

    TokenService& m_service;
    QComboBox* m_token = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    UsageChart* m_chart = nullptr;
    QTreeWidget* m_byStatus = nullptr;
    QTreeWidget* m_byEndpoint = nullptr;
    qint64 m_total = 0;
    quint64 m_ticket = 0;
    QThread* m_lastWorker = nullptr;
};

} // namespace monime
