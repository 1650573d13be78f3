// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace monime {

/// Calls over time as stacked bars: successes, client errors (4xx), server errors (5xx). Painted directly
/// (a few dozen bars need no chart library) with an accessible text summary.
class UsageChart : public QWidget
{
    Q_OBJECT

public:
    struct Bucket
    {
        qint64 startMs = 0;
        qint64 ok = 0;
        qint64 clientErrors = 0;
        qint64 serverErrors = 0;
        qint64 total() const { return ok + clientErrors + serverErrors; }
    };

    explicit UsageChart(QWidget* parent = nullptr);
    void setBuckets(const QList<Bucket>& buckets, qint64 bucketSecs);
    QSize sizeHint() const override { return { 600, 220 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<Bucket> m_buckets;
    qint64 m_bucketSecs = 3600;
};

} // namespace monime
