// SPDX-License-Identifier: GPL-3.0-or-later
#include "testing/UsageChart.h"

#include <QDateTime>
#include <QPainter>

namespace monime {

namespace {
const QColor kOk(0x2d, 0xa4, 0x4e);
const QColor kClient(0xd4, 0xa7, 0x2c);
const QColor kServer(0xcf, 0x22, 0x2e);
} // namespace

UsageChart::UsageChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("usageChart"));
    setAccessibleName(tr("Calls over time"));
    setMinimumHeight(160);
}

void UsageChart::setBuckets(const QList<Bucket>& buckets, qint64 bucketSecs)
{
    m_buckets = buckets;
    m_bucketSecs = bucketSecs;
    qint64 ok = 0, client = 0, server = 0;
    for (const Bucket& b : buckets) {
        ok += b.ok;
        client += b.clientErrors;
        server += b.serverErrors;
    }
    setAccessibleDescription(
        tr("%1 successful calls, %2 client errors, %3 server errors").arg(ok).arg(client).arg(server));
    update();
}

void UsageChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(48, 12, -12, -28);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    qint64 peak = 1;
    for (const Bucket& b : m_buckets)
        peak = qMax(peak, b.total());
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(0, area.top() - 6, 44, 14), Qt::AlignRight, QString::number(peak));
    p.drawText(QRect(0, area.bottom() - 8, 44, 14), Qt::AlignRight, QStringLiteral("0"));
    if (m_buckets.isEmpty())
        return;
    const double slot = double(area.width()) / m_buckets.size();
    const double barWidth = qMax(1.0, slot * 0.7);
    for (int i = 0; i < m_buckets.size(); ++i) {
        const Bucket& b = m_buckets.at(i);
        double y = area.bottom();
        const double x = area.left() + i * slot + (slot - barWidth) / 2;
        for (const auto& [count, color] : { std::pair { b.ok, kOk }, std::pair { b.clientErrors, kClient },
                                            std::pair { b.serverErrors, kServer } }) {
            const double h = double(count) / peak * area.height();
            p.fillRect(QRectF(x, y - h, barWidth, h), color);
            y -= h;
        }
    }
    // Axis labels: first, middle and last bucket.
    const QString format = m_bucketSecs >= 24 * 3600 ? QStringLiteral("MMM d") : QStringLiteral("HH:mm");
    for (int i : { 0, int(m_buckets.size() / 2), int(m_buckets.size() - 1) }) {
        const QString label = QDateTime::fromMSecsSinceEpoch(m_buckets.at(i).startMs).toString(format);
        const double x = area.left() + i * slot + slot / 2;
        p.drawText(QRectF(x - 40, area.bottom() + 4, 80, 16), Qt::AlignHCenter, label);
    }
    // Legend.
    int lx = area.left() + 8;
    for (const auto& [text, color] :
         { std::pair { tr("2xx/3xx"), kOk }, std::pair { tr("4xx"), kClient }, std::pair { tr("5xx"), kServer } }) {
        p.fillRect(QRect(lx, area.top() + 6, 10, 10), color);
        p.drawText(QPoint(lx + 14, area.top() + 15), text);
        lx += 80;
    }
}

} // namespace monime
