// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportWriter.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace monime {

enum class ReportFormat { Csv, Json, Html, Pdf };

/// Writes a report to a file in one of the four formats, safely: through QSaveFile, so the file appears under
/// its final name only once it is complete — an export that fails (unwritable place, full disk) or is cancelled
/// leaves no file behind, and an earlier file of the same name untouched.
///
/// Thread-safe: a GUI runs `exportTo` on a worker thread with its own copy of the Report, shows `progress`
/// and sets `cancel` from the UI thread. CSV, JSON and HTML are built in; PDF needs Qt Gui, which portal_core
/// does not link, so the PDF writer (library portal_pdf) registers itself at start with `setPdfWriterFactory`.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(monime::ReportExporter)

public:
    using WriterFactory = std::function<std::unique_ptr<ReportWriter>()>;

    /// Writes `report` to `path`, and succeeds only when every byte reached the file and was synced to the disk:
    /// every writer writes through a CheckedOutputDevice, so a write that failed (or fell short) is never taken
    /// for a finished report, whatever the writer did about it. Errors (field "output") name the path, the
    /// cause and the fix: codes "export_unwritable" (the file cannot be created there: a missing folder, a
    /// read-only disk, no permission, a full disk), "export_write_failed" (writing failed part-way: the disk is
    /// full, read-only, …), "export_cancelled", "export_format_unavailable" (PDF without portal_pdf).
    static Result<void> exportTo(ReportFormat format, const Report& report, const QString& path,
                                 const ReportProgress::Callback& progress = {},
                                 const std::atomic_bool* cancel = nullptr);

    /// The writer for a format, or nullptr when it is not available in this program.
    static std::unique_ptr<ReportWriter> writer(ReportFormat format);
    /// Installs the PDF writer; call once at start, before any export.
    static void setPdfWriterFactory(WriterFactory factory);
    static bool isAvailable(ReportFormat format);

    /// "csv", "json", "html", "pdf"
    static QString formatName(ReportFormat format);
    static std::optional<ReportFormat> formatFromName(const QString& name); ///< case-insensitive
    /// The format a file name's suffix suggests (".csv", ".json", ".html"/".htm", ".pdf").
    static std::optional<ReportFormat> formatForPath(const QString& path);
};

} // namespace monime
