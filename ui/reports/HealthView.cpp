// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HealthView.h"

#include "portal/MoniteService.h"
#include "portal/TokenService.h"
#include "reports/HealthCheck.h"

#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace monime {

namespace {

constexpr int kTokenIdRole = Qt::UserRole;
constexpr int kMoniteProfileRole = Qt::UserRole + 1;

} // namespace

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
    m_findings = new QTableWidget(0, 4, this);
    m_findings->setObjectName(QStringLiteral("healthTableWidget"));
    m_findings->setAccessibleName(tr("Health findings"));
    m_findings->setHorizontalHeaderLabels({ tr("Severity"), tr("Token"), tr("Finding"), tr("What to do") });
    m_findings->verticalHeader()->hide();
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setAlternatingRowColors(true);
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    // Severity and token fit their text; the finding and the fix share the rest and wrap.
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_findings->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    connect(m_findings->horizontalHeader(), &QHeaderView::sectionResized, m_findings,
            [this] { m_findings->resizeRowsToContents(); });
    layout->addWidget(m_findings, 1);
    connect(m_findings, &QTableWidget::cellActivated, this, [this](int row, int) {
        const QTableWidgetItem* item = m_findings->item(row, 0);
        if (!item)
            return;
        const QString profile = item->data(kMoniteProfileRole).toString();
        if (!profile.isEmpty())
            Q_EMIT moniteClientActivated(profile);
        else
            Q_EMIT tokenActivated(item->data(kTokenIdRole).toString());
    });
}

int HealthView::findingCount() const
{
    return m_findings->rowCount();
}

void HealthView::refresh(int rotationDays)
{
    m_findings->setRowCount(0);
    auto tokens = m_service.list();
    if (!tokens.ok()) {
        m_summary->setText(tokens.error().message);
        return;
    }
    HealthSettings settings;
    settings.rotationDays = rotationDays;
    const QDateTime now = m_service.clock().now();
    QList<HealthFinding> findings = HealthCheck::checkAll(tokens.value(), now, settings);
    QString moniteProblem;
    int moniteClients = 0;
    if (m_monite) {
        if (auto profiles = m_monite->profiles(); profiles.ok()) {
            moniteClients = int(profiles->size());
            for (const MoniteProfileView& v : profiles.value())
                findings.append(HealthCheck::checkMonite(v.profile, now, settings));
            HealthCheck::sortWorstFirst(findings);
        } else {
            moniteProblem = profiles.error().message;
        }
    }
    QSet<QString> affected;
    for (const HealthFinding& f : findings) {
        if (!f.isMonite())
            affected.insert(f.tokenId);
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
        const QString subject = f.isMonite() ? tr("Monite client %1").arg(f.moniteProfile) : f.tokenName;
        const QStringList cells { HealthCheck::severityLabel(f.severity), subject,
                                  f.title + QStringLiteral(": ") + f.message, f.fix };
        for (int c = 0; c < cells.size(); ++c)
            m_findings->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_findings->item(row, 0)->setData(kTokenIdRole, f.tokenId);
        m_findings->item(row, 0)->setData(kMoniteProfileRole, f.moniteProfile);
        m_findings->item(row, 1)->setToolTip(f.isMonite() ? f.moniteProfile : f.tokenId);
        m_findings->item(row, 0)->setForeground(f.severity == Severity::High         ? QColor(0xcf, 0x22, 0x2e)
                                                    : f.severity == Severity::Medium ? QColor(0x9a, 0x67, 0x00)
                                                                                     : QColor(0x57, 0x60, 0x6a));
    }
    QString summary = findings.isEmpty()
        ? tr("No findings: every active token and Monite client passes the health check.")
        : tr("%n finding(s)", nullptr, int(findings.size()))
            + tr(" on %1 of %n token(s). Press Enter on a finding to go to its token.", nullptr, int(tokens->size()))
                  .arg(affected.size());
    if (moniteClients > 0 && !findings.isEmpty())
        summary += QLatin1Char(' ') + tr("%n Monite client(s) checked too.", nullptr, moniteClients);
    if (!moniteProblem.isEmpty())
        summary += QLatin1Char(' ') + tr("The Monite clients were not checked: %1").arg(moniteProblem);
    m_summary->setText(summary);
    m_findings->resizeRowsToContents();
}

} // namespace monime
