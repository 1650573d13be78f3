// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportExporter.h"

#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/JsonReportWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace monime {

namespace {

ReportExporter::WriterFactory& pdfFactory()
{
    static ReportExporter::WriterFactory factory;
    return factory;
}

} // namespace

void ReportExporter::setPdfWriterFactory(WriterFactory factory)
{
    pdfFactory() = std::move(factory);
}

std::unique_ptr<ReportWriter> ReportExporter::writer(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return std::make_unique<CsvReportWriter>();
    case ReportFormat::Json:
        return std::make_unique<JsonReportWriter>();
    case ReportFormat::Html:
        return std::make_unique<HtmlReportWriter>();
    case ReportFormat::Pdf:
        return pdfFactory() ? pdfFactory()() : nullptr;
    }
    return nullptr;
}

bool ReportExporter::isAvailable(ReportFormat format)
{
    return format != ReportFormat::Pdf || bool(pdfFactory());
}

QString ReportExporter::formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ReportFormat> ReportExporter::formatFromName(const QString& name)
{
    for (auto f : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf })
        if (formatName(f).compare(name, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

std::optional<ReportFormat> ReportExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix();
    if (suffix.compare(QLatin1String("htm"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Html;
    return formatFromName(suffix);
}

Result<void> ReportExporter::exportTo(ReportFormat format, const Report& report, const QString& path,
                                      const ReportProgress::Callback& progressCallback, const std::atomic_bool* cancel)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    std::unique_ptr<ReportWriter> w = writer(format);
    if (!w)
        return makeError(
            QStringLiteral("export_format_unavailable"), QStringLiteral("format"),
            tr("This program cannot write %1 reports; choose CSV, JSON or HTML.").arg(formatName(format).toUpper()));
    if (path.isEmpty())
        return makeError(QStringLiteral("export_unwritable"), QStringLiteral("output"),
                         tr("No file name given: say where to write the report."));
    const QFileInfo target(path);
    if (target.isDir())
        return makeError(QStringLiteral("export_unwritable"), QStringLiteral("output"),
                         tr("%1 is a folder. Give a file name inside it, e.g. %2.")
                             .arg(shown, QDir(path).filePath(QStringLiteral("tokens.") + formatName(format))));

    QSaveFile file(path);
    // Unbuffered: the writers hand over large chunks, and a write that fails (a full disk) must fail there and
    // then; in Qt 6.4 an error in QSaveFile's final flush would go unnoticed by commit().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        const QFileInfo parent(target.absolutePath());
        QString fix;
        if (!parent.exists())
            fix = tr("The folder %1 does not exist: create it or choose another folder.")
                      .arg(QDir::toNativeSeparators(parent.absoluteFilePath()));
        else if (!parent.isDir())
            fix = tr("%1 is a file, not a folder: choose a folder to write into.")
                      .arg(QDir::toNativeSeparators(parent.absoluteFilePath()));
        else
            fix = tr("Choose a folder you can write to, or check its permissions and free space.");
        return makeError(QStringLiteral("export_unwritable"), QStringLiteral("output"),
                         tr("Cannot create %1 (%2). %3").arg(shown, file.errorString(), fix));
    }

    ReportProgress progress(progressCallback, cancel);
    const Result<void> written = w->write(report, file, progress);
    if (!written.ok()) {
        const QString reason = file.errorString(); // before cancelWriting() replaces it
        file.cancelWriting();
        if (written.error().code == QLatin1String("export_cancelled"))
            return makeError(written.error().code, QStringLiteral("output"),
                             tr("The export was cancelled; nothing was written to %1.").arg(shown));
        if (written.error().code == QLatin1String("export_write_failed"))
            return makeError(written.error().code, QStringLiteral("output"),
                             tr("Could not write %1 (%2). Free some disk space or choose another place; "
                                "nothing was left under that name.")
                                 .arg(shown, reason));
        return written.error();
    }
    if (progress.cancelled()) {
        file.cancelWriting();
        return makeError(QStringLiteral("export_cancelled"), QStringLiteral("output"),
                         tr("The export was cancelled; nothing was written to %1.").arg(shown));
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return makeError(QStringLiteral("export_write_failed"), QStringLiteral("output"),
                         tr("Could not finish writing %1 (%2). Free some disk space or choose another place; "
                            "nothing was left under that name.")
                             .arg(shown, file.errorString()));
    return {};
}

} // namespace monime
