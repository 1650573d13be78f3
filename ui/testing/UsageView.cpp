// SPDX-License-Identifier: GPL-3.0-or-later
#include "testing/UsageView.h"

#include "portal/TokenService.h"
#include "store/UsageRepository.h"
#include "testing/UsageChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
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
QString endpointOf(const QString& method, const QString& path)
{
    static const QRegularExpression item(QStringLiteral("^(/v1/[^/]+)/[^/]+"));
    QString p = path;
    p.replace(item, QStringLiteral("\\1/{id}"));
    return method + QLatin1Char(' ') + p;
}
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

    connect(m_token, &QComboBox::currentIndexChanged, this, &UsageView::reloadFigures);
    connect(m_period, &QComboBox::currentIndexChanged, this, &UsageView::reloadFigures);
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
    reloadFigures();
}

void UsageView::reloadFigures()
{
    const Period period = kPeriods[qBound(0, m_period->currentIndex(), 2)];
    const qint64 nowMs = m_service.clock().now().toMSecsSinceEpoch();
    const qint64 bucketMs = period.bucketSecs * 1000;
    const qint64 endBucket = nowMs / bucketMs;
    const int buckets = int(period.spanSecs / period.bucketSecs);
    const qint64 firstBucket = endBucket - buckets + 1;

    UsageRepository usage(m_service.database());
    auto rows = usage.recent(m_token->currentData().toString(), 200000);
    m_byStatus->clear();
    m_byEndpoint->clear();
    if (!rows.ok()) {
        m_summary->setText(rows.error().message);
        return;
    }
    QList<UsageChart::Bucket> series(buckets);
    for (int i = 0; i < buckets; ++i)
        series[i].startMs = (firstBucket + i) * bucketMs;
    QMap<int, qint64> byStatus;
    QMap<QString, QPair<qint64, qint64>> byEndpoint;
    m_total = 0;
    for (const UsageRecord& r : rows.value()) {
        const qint64 b = r.atMs / bucketMs - firstBucket;
        if (b < 0 || b >= buckets)
            continue;
        ++m_total;
        auto& bucket = series[int(b)];
        (r.status >= 500 ? bucket.serverErrors : r.status >= 400 ? bucket.clientErrors : bucket.ok)++;
        ++byStatus[r.status];
        auto& e = byEndpoint[endpointOf(r.method, r.path)];
        ++e.first;
        e.second += r.status >= 400;
    }
    m_chart->setBuckets(series, period.bucketSecs);
    // Counts are stored as numbers so the columns sort numerically.
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_byStatus);
        item->setData(0, Qt::DisplayRole, it.key());
        item->setData(1, Qt::DisplayRole, it.value());
    }
    for (auto it = byEndpoint.cbegin(); it != byEndpoint.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_byEndpoint, { it.key() });
        item->setData(1, Qt::DisplayRole, it.value().first);
        item->setData(2, Qt::DisplayRole, it.value().second);
    }
    m_byEndpoint->sortItems(1, Qt::DescendingOrder);
    m_byEndpoint->resizeColumnToContents(0);
    m_summary->setText(m_total == 0 ? tr("No calls in this period. Test a token (Ctrl+T) or call the sandbox to see "
                                         "usage here.")
                                    : tr("%n call(s) in this period.", nullptr, int(m_total)));
}

} // namespace monime
