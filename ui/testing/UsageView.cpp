// SPDX-License-Identifier: GPL-3.0-or-later
#include "testing/UsageView.h"

#include "portal/TokenService.h"
#include "store/Database.h"
#include "store/UsageRepository.h"
#include "testing/UsageChart.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace monime {

namespace {
struct Period
{
    qint64 spanSecs;
    qint64 bucketSecs;
};
constexpr Period kPeriods[] = { { 3600, 60 }, { 24 * 3600, 3600 }, { 30 * 24 * 3600, 24 * 3600 } };

/// "/v1/payments/pay-123" -> "/v1/payments/{id}": endpoints, not objects.
} // namespace

UsageView::UsageView(TokenService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("usageView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Usage</h2>"), this));
    auto* bar = new QHBoxLayout;
    m_token = new QComboBox(this);
    m_token->setObjectName(QStringLiteral("usageTokenComboBox"));
    m_token->setAccessibleName(tr("Token"));
    auto* tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("usagePeriodComboBox"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Last hour, per minute"));
    m_period->addItem(tr("Last 24 hours, per hour"));
    m_period->addItem(tr("Last 30 days, per day"));
    m_period->setCurrentIndex(0); // the last hour: what a developer trying tokens out just did
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto* reload = new QPushButton(tr("&Refresh"), this);
    reload->setObjectName(QStringLiteral("refreshUsageButton"));
    reload->setAccessibleName(tr("Refresh usage"));
    bar->addWidget(tokenLabel);
    bar->addWidget(m_token, 1);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(reload);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("usageSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_chart = new UsageChart(this);
    layout->addWidget(m_chart, 2);

    auto* tables = new QGridLayout;
    m_byStatus = new QTreeWidget(this);
    m_byStatus->setObjectName(QStringLiteral("usageByStatusTree"));
    m_byStatus->setAccessibleName(tr("Calls by status"));
    m_byStatus->setRootIsDecorated(false);
    m_byStatus->setHeaderLabels({ tr("Status"), tr("Calls") });
    m_byEndpoint = new QTreeWidget(this);
    m_byEndpoint->setObjectName(QStringLiteral("usageByEndpointTree"));
    m_byEndpoint->setAccessibleName(tr("Calls by endpoint"));
    m_byEndpoint->setRootIsDecorated(false);
    m_byEndpoint->setHeaderLabels({ tr("Endpoint"), tr("Calls"), tr("Errors") });
    tables->addWidget(new QLabel(tr("By status"), this), 0, 0);
    tables->addWidget(new QLabel(tr("By endpoint"), this), 0, 1);
    tables->addWidget(m_byStatus, 1, 0);
    tables->addWidget(m_byEndpoint, 1, 1);
    tables->setColumnStretch(1, 2);
    layout->addLayout(tables, 1);

    connect(m_token, &QComboBox::currentIndexChanged, this, &UsageView::refreshFigures);
    connect(m_period, &QComboBox::currentIndexChanged, this, &UsageView::refreshFigures);
    connect(reload, &QPushButton::clicked, this, &UsageView::refresh);
}

void UsageView::refresh()
{
    const QString current = m_token->currentData().toString();
    {
        const QSignalBlocker block(m_token);
        m_token->clear();
        m_token->addItem(tr("All tokens"), QString());
        if (auto tokens = m_service.list(); tokens.ok())
            for (const TokenInfo& t : tokens.value())
                m_token->addItem(QStringLiteral("%1 (%2)").arg(t.name, t.id), t.id);
        m_token->setCurrentIndex(qMax(0, m_token->findData(current)));
    }
    refreshFigures();
}

void UsageView::refreshFigures()
{
    const Period period = kPeriods[qBound(0, m_period->currentIndex(), 2)];
    const qint64 nowMs = m_service.clock().now().toMSecsSinceEpoch();
    const qint64 bucketMs = period.bucketSecs * 1000;
    const int buckets = int(period.spanSecs / period.bucketSecs);
    const qint64 firstMs = (nowMs / bucketMs - buckets + 1) * bucketMs;
    const qint64 bucketSecs = period.bucketSecs;
    const quint64 ticket = ++m_ticket;
    const QString path = m_service.databasePath();
    const QString token = m_token->currentData().toString();
    QPointer<UsageView> self(this);
    QThreadPool::globalInstance()->start([=] {
        Result<UsageSummary> summary = [&]() -> Result<UsageSummary> {
            auto db = Database::open(path); // this thread's own connection, closed when done
            if (!db.ok())
                return db.error();
            return UsageRepository(*db.value()).summary(token, firstMs, bucketMs, buckets);
        }();
        QThread* worker = QThread::currentThread();
        QMetaObject::invokeMethod(
            qApp,
            [self, ticket, summary, worker, bucketSecs] {
                if (!self || ticket != self->m_ticket)
                    return; // gone, or a newer request is on its way
                self->m_lastWorker = worker;
                self->showFigures(summary, bucketSecs);
            },
            Qt::QueuedConnection);
    });
}

void UsageView::showFigures(const Result<UsageSummary>& summary, qint64 bucketSecs)
{
    m_byStatus->clear();
    m_byEndpoint->clear();
    if (!summary.ok()) {
        m_summary->setText(summary.error().message);
        Q_EMIT figuresUpdated();
        return;
    }
    QList<UsageChart::Bucket> series;
    series.reserve(summary->buckets.size());
    for (const UsageSummary::Bucket& b : summary->buckets)
        series.append({ b.startMs, b.ok, b.clientErrors, b.serverErrors });
    m_chart->setBuckets(series, bucketSecs);
    m_total = summary->total;
    // Counts are stored as numbers so the columns sort numerically.
    for (const auto& [status, calls] : summary->byStatus) {
        auto* item = new QTreeWidgetItem(m_byStatus);
        item->setData(0, Qt::DisplayRole, status);
        item->setData(1, Qt::DisplayRole, calls);
    }
    for (const UsageSummary::Endpoint& e : summary->byEndpoint) {
        auto* item = new QTreeWidgetItem(m_byEndpoint, { e.name });
        item->setData(1, Qt::DisplayRole, e.calls);
        item->setData(2, Qt::DisplayRole, e.errors);
    }
    m_byEndpoint->sortItems(1, Qt::DescendingOrder);
    m_byEndpoint->resizeColumnToContents(0);
    m_summary->setText(m_total == 0 ? tr("No calls in this period. Test a token (Ctrl+T) or call the sandbox to see "
                                         "usage here.")
                                    : tr("%n call(s) in this period.", nullptr, int(m_total)));
    Q_EMIT figuresUpdated();
}

} // namespace monime
