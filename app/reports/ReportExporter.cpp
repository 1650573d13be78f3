// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportExporter.h"

#include "reports/CheckedOutputDevice.h"
#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/JsonReportWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace monime {

namespace {

ReportExporter::WriterFactory& pdfFactory()
{
    static ReportExporter::WriterFactory factory;
    return factory;
}

/// Why a file could not be written, as far as the person exporting can act on it.
enum class Cause { DiskFull, ReadOnly, NoPermission, Other };

/// Qt reports a system error as the text of its errno (qt_error_string), and ENOSPC also as ResourceError.
Cause causeOf(QFileDevice::FileError error, const QString& reason)
{
    if (error == QFileDevice::ResourceError)
        return Cause::DiskFull;
    auto is = [&reason](int code) { return reason == qt_error_string(code); };
    if (is(ENOSPC))
        return Cause::DiskFull;
#ifdef EDQUOT
    if (is(EDQUOT))
        return Cause::DiskFull; // over quota: the same fix
#endif
    if (is(EROFS))
        return Cause::ReadOnly;
    if (is(EACCES) || is(EPERM))
        return Cause::NoPermission;
    return Cause::Other;
}

Cause causeOfErrno(int code)
{
    return causeOf(QFileDevice::UnspecifiedError, qt_error_string(code));
}

/// Makes the file's bytes durable before it takes the target's name: some file systems (ext4 with delayed
/// allocation, XFS, NFS) only find out there that the disk is full, and QSaveFile::commit() ignores that.
/// Returns 0, or the errno of the failure.
int syncToDisk(QSaveFile& file)
{
#ifdef Q_OS_UNIX
    const int fd = file.handle();
    if (fd >= 0 && ::fsync(fd) != 0) {
        const int code = errno;
        if (code != EINVAL && code != ENOTSUP) // the file system cannot sync (some FUSE): nothing to learn
            return code;
    }
#else
    Q_UNUSED(file);
#endif
    return 0;
}

/// The error for an export that failed after the file was created: what happened, the path, the fix.
Error writeFailed(const QString& shown, Cause cause, const QString& reason)
{
    QString what;
    switch (cause) {
    case Cause::DiskFull:
        what = ReportExporter::tr("Could not write %1: the disk is full (%2). Free some disk space, or choose a "
                                  "folder on another disk, and export again.");
        break;
    case Cause::ReadOnly:
        what = ReportExporter::tr("Could not write %1: the disk is read-only (%2). Choose a folder on a writable "
                                  "disk and export again.");
        break;
    case Cause::NoPermission:
        what = ReportExporter::tr("Could not write %1: permission denied (%2). Choose a folder you can write to "
                                  "and export again.");
        break;
    case Cause::Other:
        what = ReportExporter::tr("Could not write %1 (%2). Check the disk, or choose another folder, and export "
                                  "again.");
        break;
    }
    return makeError(QStringLiteral("export_write_failed"), QStringLiteral("output"),
                     what.arg(shown, reason) + QLatin1Char(' ')
                         + ReportExporter::tr("No report was saved; an earlier file of that name, if any, is "
                                              "unchanged."));
}

/// The error for a file that could not even be created.
Error cannotCreate(const QString& shown, const QFileInfo& target, QFileDevice::FileError error, const QString& reason)
{
    const QFileInfo parent(target.absolutePath());
    const QString folder = QDir::toNativeSeparators(parent.absoluteFilePath());
    QString fix;
    if (!parent.exists())
        fix = ReportExporter::tr("The folder %1 does not exist: create it or choose another folder.").arg(folder);
    else if (!parent.isDir())
        fix = ReportExporter::tr("%1 is a file, not a folder: choose a folder to write into.").arg(folder);
    else if (target.exists() && !target.isWritable())
        fix = ReportExporter::tr("The file is read-only: make it writable, or choose another name.");
    else {
        switch (causeOf(error, reason)) {
        case Cause::DiskFull:
            fix = ReportExporter::tr("The disk is full: free some disk space, or choose a folder on another disk.");
            break;
        case Cause::ReadOnly:
            fix = ReportExporter::tr("The folder %1 is on a read-only disk: choose a folder on a writable disk.")
                      .arg(folder);
            break;
        case Cause::NoPermission:
            fix = ReportExporter::tr("You may not write in the folder %1: choose a folder you can write to, or "
                                     "change its permissions.")
                      .arg(folder);
            break;
        case Cause::Other:
            fix = ReportExporter::tr("Choose a folder you can write to, or check its permissions and free space.");
            break;
        }
    }
    return makeError(QStringLiteral("export_unwritable"), QStringLiteral("output"),
                     ReportExporter::tr("Cannot create %1 (%2). %3").arg(shown, reason, fix));
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
    // Unbuffered: each write reaches the file system at once, so a full disk fails the write that hit it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotCreate(shown, target, file.error(), file.errorString());

    // Every writer writes through this device, so no writer can ignore a failed write (QPdfEngine does): the
    // check is here, once, for every format.
    CheckedOutputDevice checked(file);
    ReportProgress progress(progressCallback, cancel);
    const Result<void> written = w->write(report, checked, progress);
    const bool cancelled
        = progress.cancelled() || (!written.ok() && written.error().code == QLatin1String("export_cancelled"));
    if (cancelled && !checked.failed()) {
        file.cancelWriting();
        return makeError(QStringLiteral("export_cancelled"), QStringLiteral("output"),
                         tr("The export was cancelled; nothing was written to %1.").arg(shown));
    }
    if (checked.failed()) {
        const Error e = writeFailed(shown, causeOf(file.error(), checked.errorString()), checked.errorString());
        file.cancelWriting();
        return e;
    }
    if (!written.ok()) {
        file.cancelWriting();
        if (written.error().code == QLatin1String("export_write_failed"))
            return writeFailed(shown, Cause::Other, written.error().message);
        return written.error();
    }
    // Belt and braces: the file holds every byte the writer handed over, and they are on the disk.
    if (file.size() != checked.written()) {
        const QString reason = tr("%1 of %2 bytes reached the file").arg(file.size()).arg(checked.written());
        file.cancelWriting();
        return writeFailed(shown, Cause::Other, reason);
    }
    if (const int code = syncToDisk(file)) {
        file.cancelWriting();
        return writeFailed(shown, causeOfErrno(code), qt_error_string(code));
    }
    if (!file.commit())
        return writeFailed(shown, causeOf(file.error(), file.errorString()), file.errorString());
    return {};
}

} // namespace monime
