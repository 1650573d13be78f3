// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportOptions.h"

#include "cli/Cli.h"

#include <QCommandLineParser>

namespace monime::cli {

bool ReportOptions::read(Cli& cli, const QCommandLineParser& parser, const QString& command, ReportFilter* filter,
                         QList<ReportColumn>* columns, HealthSettings* settings)
{
    if (parser.isSet(QStringLiteral("status"))) {
        filter->status = statusFromName(parser.value(QStringLiteral("status")));
        if (!filter->status) {
            cli.usageError(tr("--status must be active, expired or revoked."), command);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("environment"))) {
        filter->environment = environmentFromName(parser.value(QStringLiteral("environment")));
        if (!filter->environment) {
            cli.usageError(tr("--environment must be test or live."), command);
            return false;
        }
    }
    filter->search = parser.value(QStringLiteral("search")).trimmed();
    if (columns && parser.isSet(QStringLiteral("columns"))) {
        auto parsed = Report::parseColumns(parser.value(QStringLiteral("columns")));
        if (!parsed.ok()) {
            cli.usageError(QStringLiteral("--columns: ") + parsed.error().message, command);
            return false;
        }
        *columns = parsed.value();
    }
    if (parser.isSet(QStringLiteral("rotation-days"))) {
        bool ok = false;
        settings->rotationDays = parser.value(QStringLiteral("rotation-days")).toInt(&ok);
        if (!ok || settings->rotationDays < 1) {
            cli.usageError(tr("--rotation-days must be a whole number of days, 1 or more (default 90)."), command);
            return false;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        cli.usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), command);
        return false;
    }
    return true;
}

} // namespace monime::cli
