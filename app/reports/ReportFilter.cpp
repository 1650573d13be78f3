// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportFilter.h"

#include "domain/TokenSearch.h"

namespace monime {

TokenFilter ReportFilter::storeFilter() const
{
    TokenFilter f;
    f.status = status;
    f.environment = environment;
    return f;
}

bool ReportFilter::matches(const TokenInfo& t, const QDateTime& now) const
{
    if (status && t.status(now) != *status)
        return false;
    if (environment && t.environment != *environment)
        return false;
    return TokenSearch::matches(t, search);
}

QString ReportFilter::describe() const
{
    if (isEmpty())
        return tr("none (every token)");
    QStringList parts;
    if (status)
        parts << tr("status %1").arg(statusName(*status));
    if (environment)
        parts << tr("environment %1").arg(environmentName(*environment));
    if (!search.isEmpty())
        parts << tr("search \u201c%1\u201d").arg(search);
    return parts.join(QLatin1String("; "));
}

} // namespace monime
