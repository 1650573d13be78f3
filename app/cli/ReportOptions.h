// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/HealthCheck.h"
#include "reports/Report.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace monime {
class Cli;
}

namespace monime::cli {

/// Reads --status, --environment, --search, --columns and --rotation-days for `export` and `health`; false
/// after a usage error (already reported to `cli`).
class ReportOptions
{
    Q_DECLARE_TR_FUNCTIONS(monime::cli::ReportOptions)

public:
    static bool read(Cli& cli, const QCommandLineParser& parser, const QString& command, ReportFilter* filter,
                     QList<ReportColumn>* columns, HealthSettings* settings);
};

} // namespace monime::cli
