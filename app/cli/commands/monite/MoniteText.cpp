// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/monite/MoniteText.h"

#include "cli/Cli.h"

#include <QTextStream>

namespace monime::cli {

QString MoniteText::grantName(const MoniteProfile& profile, const MoniteAuthGrant& grant)
{
    if (grant.isPartner())
        return tr("partner");
    for (const MoniteProfileUser& u : profile.entityUsers)
        if (u.id == grant.entityUserId && !u.label.isEmpty())
            return tr("entity user %1 (%2)").arg(u.label, u.id);
    return tr("entity user %1").arg(grant.entityUserId);
}

void MoniteText::printTokens(QTextStream& out, const MoniteProfileView& view, const QDateTime& now)
{
    if (view.tokens.isEmpty()) {
        out << "  " << tr("no token yet") << "\n";
        return;
    }
    for (const MoniteTokenView& t : view.tokens)
        out << "  " << Cli::padded(grantName(view.profile, t.grant), 60) << ' '
            << MoniteTokenText::describe(t.times, now) << "\n";
}

void MoniteText::printTest(QTextStream& out, const QString& profileName, const MoniteTestResult& r)
{
    out << (r.ok ? tr("PASSED") : tr("FAILED")) << "  " << r.verdict << "\n";
    out << "  " << Cli::padded(tr("profile:"), 14) << profileName << "\n";
    if (r.reminted)
        out << "  " << Cli::padded(tr("token:"), 14) << tr("a fresh token was got for this test") << "\n";
    if (r.times.expiresAt.isValid())
        out << "  " << Cli::padded(tr("time left:"), 14) << MoniteTokenText::duration(r.secondsLeft) << "\n";
    if (r.httpStatus > 0)
        out << "  " << Cli::padded(tr("HTTP:"), 14) << r.httpStatus << tr(" in %1 ms").arg(r.elapsedMs) << "\n";
    if (!r.grant.isPartner() && r.ok) {
        out << "  " << Cli::padded(tr("who:"), 14) << r.user.displayName() << " (" << r.user.id << ")\n";
        if (r.hasRole) {
            out << "  " << Cli::padded(tr("role:"), 14) << (r.role.name.isEmpty() ? r.role.id : r.role.name) << "\n";
            for (const MoniteObjectPermissions& o : r.role.objects) {
                QStringList actions;
                for (const MoniteActionPermission& a : o.actions)
                    actions.append(a.action + QLatin1Char('=') + a.permission);
                out << "    " << Cli::padded(o.objectType, 26) << actions.join(QLatin1String(", ")) << "\n";
            }
        }
    }
    if (!r.requestId.isEmpty())
        out << "  " << Cli::padded(tr("x-request-id:"), 14) << r.requestId << "\n";
    out << "  " << r.detail << "\n";
}

} // namespace monime::cli
