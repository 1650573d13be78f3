// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailsPanel.h"

#include "domain/EffectiveAccess.h"
#include "portal/TokenService.h"

#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace monime {

namespace {
QString when(const QDateTime& t, const QString& none)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : none;
}
} // namespace

DetailsPanel::DetailsPanel(TokenService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("detailsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_browser->setAccessibleName(tr("Token details"));
    m_browser->setOpenLinks(false);
    layout->addWidget(m_browser);
    clear();
}

QString DetailsPanel::text() const
{
    return m_browser->toPlainText();
}

void DetailsPanel::clear()
{
    m_id.clear();
    m_browser->setHtml(tr("<p>Select a token to see its details, where it works, and its history.</p>"));
}

void DetailsPanel::showToken(const QString& id)
{
    auto details = m_service.show(id);
    if (!details.ok()) {
        m_browser->setPlainText(details.error().message);
        return;
    }
    m_id = id;
    const TokenInfo& t = details->token;
    const QDateTime now = m_service.clock().now();
    const TokenStatus status = t.status(now);
    const QString statusColor = status == TokenStatus::Active ? QStringLiteral("#1a7f37")
        : status == TokenStatus::Expired                      ? QStringLiteral("#9a6700")
                                                              : QStringLiteral("#cf222e");
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v);
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(t.name.toHtmlEscaped());
    html += row(tr("ID"), t.id);
    html += row(tr("Type"),
                t.environment == Environment::Test ? tr("TEST (mon_test_)") : tr("LIVE (mon_) — real money"));
    html += row(tr("Status"),
                QStringLiteral("<span style='color:%1'><b>%2</b></span>%3")
                    .arg(statusColor, statusText(t, now).toHtmlEscaped(),
                         t.expiresSoon(now) ? tr(" — expires soon") : QString()));
    html += row(tr("Hint"), t.hint.toHtmlEscaped());
    const auto me = m_service.monimeer();
    const bool mine = me.ok() && me->id == t.ownerId;
    html += row(tr("Owner"), mine ? tr("you (%1)").arg(t.ownerLabel.toHtmlEscaped()) : t.ownerLabel.toHtmlEscaped());
    html += row(tr("Created"), when(t.createdAt, QString()));
    html += row(tr("Expires"), when(t.expiresAt, tr("never")));
    // A rotation's grace period: not revoked yet, but the date is set.
    if (t.revokedAt.isValid())
        html += row(t.revocationScheduled(now) ? tr("Revoked on") : tr("Revoked"),
                    when(t.revokedAt, QString()) + QStringLiteral(" — ") + t.revokeReason.toHtmlEscaped()
                        + (t.revokedBy.isEmpty() || t.revokedBy == t.ownerId
                               ? QString()
                               : tr(" (by %1)").arg(t.revokedByLabel.toHtmlEscaped())));
    html += row(tr("API release"), t.apiRelease.toHtmlEscaped());
    html += row(tr("Permissions"), t.permissions.join(QLatin1String(", ")).toHtmlEscaped());
    html += row(tr("Space whitelist"), t.spaceWhitelist.isEmpty() ? tr("any Space") : t.spaceWhitelist.toHtmlEscaped());
    html += row(tr("IP whitelist"),
                t.ipWhitelist.isEmpty() ? tr("any address") : t.ipWhitelist.join(QLatin1String(", ")).toHtmlEscaped());
    html += row(tr("Last used"), when(t.lastUsedAt, tr("never")));
    html += row(tr("Last test"),
                t.lastTestedAt.isValid()
                    ? when(t.lastTestedAt, QString()) + QStringLiteral(" — ") + t.lastTestResult.toHtmlEscaped()
                    : tr("never"));
    html += QStringLiteral("</table>");
    // A teammate's token: its secret is in their keychain, so Test and Rotate are theirs; said, not failed.
    if (me.ok() && !mine)
        html += tr("<p><i>This is %1's token: its secret is in their keychain only, so only they can test or rotate "
                   "it.%2</i></p>")
                    .arg(t.ownerLabel.toHtmlEscaped(),
                         TeamPolicy::canManage(me->role)
                             ? tr(" As an %1 you may revoke it, with a reason.").arg(teamRoleName(me->role))
                             : QString());

    // Effective access: the intersection of the token's permissions and the role in each Space.
    html += tr("<h4>Effective access by Space</h4>");
    QList<SpaceRef> refs;
    if (auto spaces = m_service.spaces(); spaces.ok())
        for (const SpaceInfo& s : spaces.value())
            refs.append({ s.id, s.name, s.role });
    if (refs.isEmpty()) {
        html += tr("<p>Add your Spaces to see what this token can do in each.</p>");
    } else {
        for (const SpaceAccess& a : effectiveAccess(t, refs, m_service.catalog(), m_service.clock().now())) {
            html += QStringLiteral("<p><b>%1</b> (%2, %3): %4</p><ul>")
                        .arg(a.spaceName.toHtmlEscaped(), a.spaceId,
                             a.role.isEmpty() ? tr("not a member") : tr("role %1").arg(a.role),
                             tr("%1 of %n permission(s) usable", nullptr, int(a.permissions.size()))
                                 .arg(a.grantedCount()));
            for (const auto& [permission, grant] : a.permissions) {
                QString what;
                QString color;
                switch (grant) {
                case Grant::Granted:
                    what = tr("\u2714 granted");
                    color = QStringLiteral("#1a7f37");
                    break;
                case Grant::MissingFromRole:
                    what = tr("\u2716 missing from your role here");
                    color = QStringLiteral("#cf222e");
                    break;
                case Grant::NotAMember:
                    what = tr("\u2716 you are not a member of this Space");
                    color = QStringLiteral("#cf222e");
                    break;
                case Grant::BlockedByWhitelist:
                    what = tr("\u26a0 blocked: the token is whitelisted to another Space");
                    color = QStringLiteral("#9a6700");
                    break;
                case Grant::Revoked:
                    what = tr("\u2716 the token is revoked");
                    color = QStringLiteral("#cf222e");
                    break;
                case Grant::Expired:
                    what = tr("\u2716 the token has expired");
                    color = QStringLiteral("#cf222e");
                    break;
                }
                html += QStringLiteral("<li>%1 — <span style='color:%2'>%3</span></li>").arg(permission, color, what);
            }
            html += QStringLiteral("</ul>");
        }
    }

    html += tr("<h4>History</h4><ul>");
    for (const AuditEntry& e : details->history)
        html += QStringLiteral("<li>%1 — <b>%2</b> %3%4</li>")
                    .arg(when(e.at, QString()), e.action.toHtmlEscaped(), e.detail.toHtmlEscaped(),
                         e.actor.isEmpty() || e.actor == t.ownerId
                             ? QString()
                             : tr(" (by %1)").arg(details->people.value(e.actor, e.actor).toHtmlEscaped()));
    html += QStringLiteral("</ul>");
    m_browser->setHtml(html);
}

} // namespace monime
