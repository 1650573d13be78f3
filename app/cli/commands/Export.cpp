// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/ReportOptions.h"
#include "portal/FaultInjection.h"
#include "portal/TokenService.h"
#include "reports/Report.h"
#include "reports/ReportExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace monime::cli {

namespace {

/// Set by Ctrl-C (SIGINT) or SIGTERM during an export, so the file is abandoned cleanly instead of a temporary
/// file being left behind. A lock-free atomic store is async-signal-safe.
std::atomic_bool g_exportCancelled { false };

extern "C" void cancelExport(int)
{
    g_exportCancelled.store(true);
}

/// Installs the cancel handlers for its lifetime.
class CancelOnSignal
{
public:
    CancelOnSignal()
    {
        g_exportCancelled.store(false);
        m_int = std::signal(SIGINT, cancelExport);
        m_term = std::signal(SIGTERM, cancelExport);
    }
    ~CancelOnSignal()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    CancelOnSignal(const CancelOnSignal&) = delete;
    CancelOnSignal& operator=(const CancelOnSignal&) = delete;

private:
    void (*m_int)(int) = nullptr;
    void (*m_term)(int) = nullptr;
};

} // namespace

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::synopsis() const
{
    return QStringLiteral("export --output FILE [--format csv|json|html|pdf] [--status S] [--environment E] "
                          "[--search TEXT] [--columns a,b,c] [--rotation-days N] [--table tokens|monite]");
}

QString ExportCommand::summary() const
{
    return tr("Write a token report (never a secret) to a CSV, JSON, HTML or PDF file.");
}

QList<QCommandLineOption> ExportCommand::options() const
{
    return { { { QStringLiteral("output") },
               tr("The file to write; it appears only once complete."),
               QStringLiteral("FILE") },
             { { QStringLiteral("format") },
               tr("csv, json, html or pdf (default: from the file name's suffix)."),
               QStringLiteral("FORMAT") },
             { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
             { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") },
             { { QStringLiteral("search") },
               tr("Only tokens whose name, id or a permission contains TEXT (any case)."),
               QStringLiteral("TEXT") },
             { { QStringLiteral("columns") },
               tr("Comma-separated columns (default all): name,id,type,status,created,expires,days_left,"
                  "api_release,permissions,space_whitelist,ip_whitelist,owner,last_used,last_tested,"
                  "last_test_result."),
               QStringLiteral("LIST") },
             { { QStringLiteral("rotation-days") },
               tr("Rotation period for the health findings (default 90)."),
               QStringLiteral("N") },
             { { QStringLiteral("table") },
               tr("CSV only (one CSV is one table): tokens (default), or monite for the Monite clients, one row per "
                  "grant. JSON, HTML and PDF hold both."),
               QStringLiteral("TABLE") } };
}

void ExportCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("export");
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        cli.usageError(tr("--output is required: the file to write, e.g. --output tokens.csv."), command);
        return;
    }
    std::optional<ReportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = ReportExporter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format) {
            cli.usageError(tr("--format must be csv, json, html or pdf."), command);
            return;
        }
    } else {
        format = ReportExporter::formatForPath(output);
        if (!format) {
            cli.usageError(
                tr("Say which format with --format csv|json|html|pdf (the file name's suffix does not say)."), command);
            return;
        }
    }
    ReportFilter filter;
    QList<ReportColumn> columns = Report::allColumns();
    HealthSettings settings;
    if (!ReportOptions::read(cli, parser, command, &filter, &columns, &settings))
        return;
    Report::CsvTable table = Report::CsvTable::Tokens;
    if (parser.isSet(QStringLiteral("table"))) {
        const QString value = parser.value(QStringLiteral("table")).trimmed().toLower();
        if (value == QLatin1String("monite"))
            table = Report::CsvTable::MoniteClients;
        else if (value != QLatin1String("tokens")) {
            cli.usageError(tr("--table must be tokens or monite."), command);
            return;
        }
        if (*format != ReportFormat::Csv) {
            cli.usageError(tr("--table applies to CSV only: JSON, HTML and PDF hold the tokens and the Monite "
                              "clients both. Drop --table, or export to a .csv file."),
                           command);
            return;
        }
    }

    cli.withService([&cli, &parser, filter, columns, settings, format, output, table] {
        auto tokens = cli.service().list(filter.storeFilter());
        if (!tokens.ok())
            return cli.fail(tokens.error());
        auto monite = Report::loadMoniteClients(cli.database());
        if (!monite.ok())
            return cli.fail(monite.error());
        Report report = Report::build(tokens.value(), filter, cli.clock().now(), columns, settings);
        report.addMoniteClients(monite.value());
        report.csvTable = table;

        bool showProgress = false;
#ifdef Q_OS_UNIX
        showProgress = ::isatty(STDERR_FILENO) && !cli.json();
#endif
        int lastPercent = -1;
        // Test-only: Ctrl-C half-way, through the real signal handler (see portal/FaultInjection.h).
        const bool interruptHalfWay = faultActive("export-interrupt-half-way");
        auto progress = [&cli, showProgress, interruptHalfWay, &lastPercent](qint64 done, qint64 total) {
            if (interruptHalfWay && done * 2 >= total && !g_exportCancelled.load())
                std::raise(SIGINT);
            const int percent = int(done * 100 / qMax<qint64>(total, 1));
            if (showProgress && percent != lastPercent) {
                lastPercent = percent;
                cli.err() << "\r" << tr("Exporting… %1%").arg(percent) << Qt::flush;
            }
        };
        Result<void> exported;
        {
            CancelOnSignal cancelOnSignal;
            exported = ReportExporter::exportTo(*format, report, output, progress, &g_exportCancelled);
        }
        if (showProgress)
            cli.err() << "\r" << QString(24, QLatin1Char(' ')) << "\r" << Qt::flush;
        if (!exported.ok()) {
            const Error& e = exported.error();
            cli.err() << Cli::tr("monime-portal-cli: error: %1")
                             .arg((e.field == QLatin1String("format") ? QStringLiteral("--format: ")
                                                                      : QStringLiteral("--output: "))
                                  + e.message)
                      << Qt::endl;
            cli.finish(e.code == QLatin1String("export_unwritable")
                               || e.code == QLatin1String("export_format_unavailable")
                           ? Cli::BadInput
                           : Cli::Failure);
            return;
        }
        const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
        if (cli.json()) {
            const QJsonObject o { { QStringLiteral("path"), path },
                                  { QStringLiteral("format"), ReportExporter::formatName(*format) },
                                  { QStringLiteral("tokens"), report.counts.total },
                                  { QStringLiteral("moniteClients"), int(report.moniteClients.size()) },
                                  { QStringLiteral("findings"), int(report.health.size()) } };
            cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else if (report.csvTable == Report::CsvTable::MoniteClients && *format == ReportFormat::Csv) {
            cli.out() << tr("Exported %n Monite client(s) to %1.", nullptr, int(report.moniteClients.size())).arg(path)
                      << "\n";
        } else {
            cli.out() << tr("Exported %n token(s) to %1.", nullptr, report.counts.total).arg(path) << "\n";
            if (!report.moniteClients.isEmpty() && *format != ReportFormat::Csv)
                cli.out() << tr("It lists %n Monite client(s), never their secrets.", nullptr,
                                int(report.moniteClients.size()))
                          << "\n";
            cli.out() << tr("The report holds %n health finding(s).", nullptr, int(report.health.size())) << "\n";
        }
        cli.finish(Cli::Success);
    });
}

} // namespace monime::cli
