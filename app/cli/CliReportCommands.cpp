// SPDX-License-Identifier: GPL-3.0-or-later
// The `export` and `health` commands of monime-portal-cli (issue 5).
#include "cli/CliApp.h"
#include "portal/FaultInjection.h"

#include "portal/TokenService.h"
#include "reports/HealthCheck.h"
#include "reports/Report.h"
#include "reports/ReportExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace monime {

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

/// Reads --status, --environment, --search, --columns and --rotation-days; false after a usage error.
bool CliApp::reportOptions(const QCommandLineParser& parser, const QString& command, ReportFilter* filter,
                           QList<ReportColumn>* columns, HealthSettings* settings)
{
    if (parser.isSet(QStringLiteral("status"))) {
        filter->status = statusFromName(parser.value(QStringLiteral("status")));
        if (!filter->status) {
            usageError(tr("--status must be active, expired or revoked."), command);
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("environment"))) {
        filter->environment = environmentFromName(parser.value(QStringLiteral("environment")));
        if (!filter->environment) {
            usageError(tr("--environment must be test or live."), command);
            return false;
        }
    }
    filter->search = parser.value(QStringLiteral("search")).trimmed();
    if (columns && parser.isSet(QStringLiteral("columns"))) {
        auto parsed = Report::parseColumns(parser.value(QStringLiteral("columns")));
        if (!parsed.ok()) {
            usageError(QStringLiteral("--columns: ") + parsed.error().message, command);
            return false;
        }
        *columns = parsed.value();
    }
    if (parser.isSet(QStringLiteral("rotation-days"))) {
        bool ok = false;
        settings->rotationDays = parser.value(QStringLiteral("rotation-days")).toInt(&ok);
        if (!ok || settings->rotationDays < 1) {
            usageError(tr("--rotation-days must be a whole number of days, 1 or more (default 90)."), command);
            return false;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), command);
        return false;
    }
    return true;
}

void CliApp::cmdExport(QCommandLineParser& parser)
{
    const QString command = QStringLiteral("export");
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        usageError(tr("--output is required: the file to write, e.g. --output tokens.csv."), command);
        return;
    }
    std::optional<ReportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = ReportExporter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format) {
            usageError(tr("--format must be csv, json, html or pdf."), command);
            return;
        }
    } else {
        format = ReportExporter::formatForPath(output);
        if (!format) {
            usageError(tr("Say which format with --format csv|json|html|pdf (the file name's suffix does not say)."),
                       command);
            return;
        }
    }
    ReportFilter filter;
    QList<ReportColumn> columns = Report::allColumns();
    HealthSettings settings;
    if (!reportOptions(parser, command, &filter, &columns, &settings))
        return;

    withService(parser, [this, &parser, filter, columns, settings, format, output] {
        auto tokens = m_service->list(filter.storeFilter());
        if (!tokens.ok())
            return fail(tokens.error());
        const Report report = Report::build(tokens.value(), filter, m_clock.now(), columns, settings);

        bool showProgress = false;
#ifdef Q_OS_UNIX
        showProgress = ::isatty(STDERR_FILENO) && !parser.isSet(QStringLiteral("json"));
#endif
        int lastPercent = -1;
        // Test-only: Ctrl-C half-way, through the real signal handler (see portal/FaultInjection.h).
        const bool interruptHalfWay = faultActive("export-interrupt-half-way");
        auto progress = [this, showProgress, interruptHalfWay, &lastPercent](qint64 done, qint64 total) {
            if (interruptHalfWay && done * 2 >= total && !g_exportCancelled.load())
                std::raise(SIGINT);
            const int percent = int(done * 100 / qMax<qint64>(total, 1));
            if (showProgress && percent != lastPercent) {
                lastPercent = percent;
                err() << "\r" << tr("Exporting… %1%").arg(percent) << Qt::flush;
            }
        };
        Result<void> exported;
        {
            CancelOnSignal cancelOnSignal;
            exported = ReportExporter::exportTo(*format, report, output, progress, &g_exportCancelled);
        }
        if (showProgress)
            err() << "\r" << QString(24, QLatin1Char(' ')) << "\r" << Qt::flush;
        if (!exported.ok()) {
            const Error& e = exported.error();
            err() << tr("monime-portal-cli: error: ")
                  << (e.field == QLatin1String("format") ? "--format: " : "--output: ") << e.message << Qt::endl;
            finish(e.code == QLatin1String("export_unwritable") || e.code == QLatin1String("export_format_unavailable")
                       ? BadInput
                       : Failure);
            return;
        }
        const QString path = QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath());
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject o { { QStringLiteral("path"), path },
                                  { QStringLiteral("format"), ReportExporter::formatName(*format) },
                                  { QStringLiteral("tokens"), report.counts.total },
                                  { QStringLiteral("findings"), int(report.health.size()) } };
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else {
            out() << tr("Exported %n token(s)", nullptr, report.counts.total)
                  << tr(" and %n health finding(s)", nullptr, int(report.health.size())) << tr(" to %1.").arg(path)
                  << "\n";
        }
        finish(Success);
    });
}

void CliApp::cmdHealth(QCommandLineParser& parser)
{
    ReportFilter filter;
    HealthSettings settings;
    if (!reportOptions(parser, QStringLiteral("health"), &filter, nullptr, &settings))
        return;
    withService(parser, [this, &parser, filter, settings] {
        auto tokens = m_service->list(filter.storeFilter());
        if (!tokens.ok())
            return fail(tokens.error());
        const Report report = Report::build(tokens.value(), filter, m_clock.now(), {}, settings);
        int bySeverity[3] = { 0, 0, 0 };
        QSet<QString> flagged;
        for (const HealthFinding& f : report.health) {
            ++bySeverity[int(f.severity)];
            flagged.insert(f.tokenId);
        }
        const int high = bySeverity[int(Severity::High)];
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray findings;
            for (const HealthFinding& f : report.health)
                findings.append(QJsonObject { { QStringLiteral("tokenId"), f.tokenId },
                                              { QStringLiteral("tokenName"), f.tokenName },
                                              { QStringLiteral("type"), environmentName(f.environment) },
                                              { QStringLiteral("code"), f.code },
                                              { QStringLiteral("severity"), HealthCheck::severityName(f.severity) },
                                              { QStringLiteral("title"), f.title },
                                              { QStringLiteral("message"), f.message },
                                              { QStringLiteral("fix"), f.fix } });
            const QJsonObject o { { QStringLiteral("schema"), QStringLiteral("monime-portal/health") },
                                  { QStringLiteral("version"), 1 },
                                  { QStringLiteral("generatedAt"), Report::isoTime(report.generatedAt) },
                                  { QStringLiteral("rotationDays"), settings.rotationDays },
                                  { QStringLiteral("tokens"), report.counts.total },
                                  { QStringLiteral("tokensWithFindings"), int(flagged.size()) },
                                  { QStringLiteral("counts"),
                                    QJsonObject { { QStringLiteral("high"), high },
                                                  { QStringLiteral("medium"), bySeverity[int(Severity::Medium)] },
                                                  { QStringLiteral("low"), bySeverity[int(Severity::Low)] } } },
                                  { QStringLiteral("findings"), findings } };
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else if (report.health.isEmpty()) {
            out() << tr("No findings: all %n token(s) pass the health check.", nullptr, report.counts.total) << "\n";
        } else {
            // Grouped by token, in the order of the worst finding of each.
            QStringList order;
            QHash<QString, QList<const HealthFinding*>> byToken;
            for (const HealthFinding& f : report.health) {
                auto& list = byToken[f.tokenId];
                if (list.isEmpty())
                    order << f.tokenId;
                list << &f;
            }
            for (const QString& id : order) {
                const QList<const HealthFinding*>& list = byToken.value(id);
                out() << list.first()->tokenName << " (" << id << ", " << environmentName(list.first()->environment)
                      << ")\n";
                for (const HealthFinding* f : list)
                    out() << "  " << QStringLiteral("[%1]").arg(HealthCheck::severityName(f->severity)).leftJustified(9)
                          << f->code << ": " << f->message << "\n"
                          << "           " << tr("Fix: ") << f->fix << "\n";
            }
            out() << "\n"
                  << tr("%n finding(s)", nullptr, int(report.health.size()))
                  << tr(" (%1 high, %2 medium, %3 low)")
                         .arg(high)
                         .arg(bySeverity[int(Severity::Medium)])
                         .arg(bySeverity[int(Severity::Low)])
                  << tr(" on %1 of %n token(s).", nullptr, report.counts.total).arg(flagged.size()) << "\n";
        }
        finish(high > 0 ? HighSeverityFindings : Success);
    });
}

} // namespace monime
