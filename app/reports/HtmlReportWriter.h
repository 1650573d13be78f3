// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportWriter.h"

namespace monime {

/// One self-contained, printable HTML file: inline CSS, no scripts, no external resources; every piece of
/// text escaped. Title, generated-at, filters, counts, a bar chart of expiries, the token table (its header
/// repeats on each printed page) and the health findings.
class HtmlReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(monime::HtmlReportWriter)

public:
    Result<void> write(const Report& report, QIODevice& out, ReportProgress& progress) override;
};

} // namespace monime
