// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HealthView.h"

#include "portal/TokenService.h"
#include "reports/HealthCheck.h"

#include <QColor>
#include <QHeaderView>
#include <QSet>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace monime {

HealthView::HealthView(TokenService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("healthView"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Health check</h2>"), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("healthTreeWidget"));
    m_findings->setAccessibleName(tr("Health findings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setAlternatingRowColors(true);
    m_findings->setHeaderLabels({tr("Severity"), tr("Token"), tr("Finding"), tr("What to do")});
    m_findings->header()->setStretchLastSection(true);
    m_findings->setWordWrap(true);
    layout->addWidget(m_findings, 1);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT tokenActivated(item->data(0, Qt::UserRole).toString());
    });
}

int HealthView::findingCount() const
{
    return m_findings->topLevelItemCount();
}

void HealthView::refresh(int rotationDays)
{
    m_findings->clear();
    auto tokens = m_service.list();
    if (!tokens.ok()) {
        m_summary->setText(tokens.error().message);
        return;
    }
    HealthSettings settings;
    settings.rotationDays = rotationDays;
    const QList<HealthFinding> findings = HealthCheck::checkAll(tokens.value(), m_service.clock().now(), settings);
    QSet<QString> affected;
    for (const HealthFinding& f : findings) {
        affected.insert(f.tokenId);
        auto* item = new QTreeWidgetItem(m_findings, {HealthCheck::severityLabel(f.severity), f.tokenName,
                                                      f.title + QStringLiteral(": ") + f.message, f.fix});
        item->setData(0, Qt::UserRole, f.tokenId);
        item->setToolTip(1, f.tokenId);
        item->setForeground(0, f.severity == Severity::High     ? QColor(0xcf, 0x22, 0x2e)
                               : f.severity == Severity::Medium ? QColor(0x9a, 0x67, 0x00)
                                                                : QColor(0x57, 0x60, 0x6a));
    }
    m_summary->setText(findings.isEmpty()
                           ? tr("No findings: every active token passes the health check.")
                           : tr("%n finding(s)", nullptr, int(findings.size()))
                                 + tr(" on %1 of %n token(s). Press Enter on a finding to go to its token.", nullptr,
                                      int(tokens->size()))
                                       .arg(affected.size()));
    for (int c = 0; c < 3; ++c)
        m_findings->resizeColumnToContents(c);
}

} // namespace monime
