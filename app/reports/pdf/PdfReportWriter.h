// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportWriter.h"

namespace monime {

/// The PDF report (A4 landscape), drawn with QPainter on a QPdfWriter: page 1 has the title, generated-at,
/// filters, counts by status and type, a bar chart of expiries over the coming 12 months and a summary of the
/// health findings; then the token table and the health findings table, each breaking cleanly between rows
/// with its header repeated on every page; "Page N of M" on every page.
///
/// Lives in portal_pdf (Qt Gui), not portal_core; needs a QGuiApplication. `registerWriter()` makes it
/// available to ReportExporter.
class PdfReportWriter final : public ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(monime::PdfReportWriter)

public:
    Result<void> write(const Report& report, QIODevice& out, ReportProgress& progress) override;

    /// Installs this writer as ReportExporter's PDF writer.
    static void registerWriter();
};

} // namespace monime
