// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "cli/ReportOptions.h"
#include "portal/TokenService.h"
#include "reports/HealthCheck.h"
#include "reports/Report.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace monime::cli {

QString HealthCommand::name() const
{
    return QStringLiteral("health");
}

QString HealthCommand::synopsis() const
{
    return QStringLiteral("health [--environment E] [--search TEXT] [--rotation-days N]");
}

QString HealthCommand::summary() const
{
    return tr("Check every active token for risks and say how to fix each; exit status 3 when one is high.");
}

QList<QCommandLineOption> HealthCommand::options() const
{
    return { { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
             { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") },
             { { QStringLiteral("search") },
               tr("Only tokens whose name, id or a permission contains TEXT (any case)."),
               QStringLiteral("TEXT") },
             { { QStringLiteral("rotation-days") },
               tr("Flag tokens older than this many days (default 90)."),
               QStringLiteral("N") } };
}

void HealthCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    ReportFilter filter;
    HealthSettings settings;
    if (!ReportOptions::read(cli, parser, QStringLiteral("health"), &filter, nullptr, &settings))
        return;
    cli.withService([&cli, &parser, filter, settings] {
        auto tokens = cli.service().list(filter.storeFilter());
        if (!tokens.ok())
            return cli.fail(tokens.error());
        const Report report = Report::build(tokens.value(), filter, cli.clock().now(), {}, settings);
        int bySeverity[3] = { 0, 0, 0 };
        QSet<QString> flagged;
        for (const HealthFinding& f : report.health) {
            ++bySeverity[int(f.severity)];
            flagged.insert(f.tokenId);
        }
        const int high = bySeverity[int(Severity::High)];
        if (cli.json()) {
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
            cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else if (report.health.isEmpty()) {
            cli.out() << tr("No findings: all %n token(s) pass the health check.", nullptr, report.counts.total)
                      << "\n";
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
                cli.out() << list.first()->tokenName << " (" << id << ", " << environmentName(list.first()->environment)
                          << ")\n";
                for (const HealthFinding* f : list)
                    cli.out() << "  "
                              << QStringLiteral("[%1]").arg(HealthCheck::severityName(f->severity)).leftJustified(9)
                              << f->code << ": " << f->message << "\n"
                              << "           " << tr("Fix: %1").arg(f->fix) << "\n";
            }
            cli.out() << "\n"
                      << tr("%n finding(s): %1 high, %2 medium, %3 low.", nullptr, int(report.health.size()))
                             .arg(high)
                             .arg(bySeverity[int(Severity::Medium)])
                             .arg(bySeverity[int(Severity::Low)])
                      << "\n"
                      << tr("%1 of %n token(s) have findings.", nullptr, report.counts.total).arg(flagged.size())
                      << "\n";
        }
        cli.finish(high > 0 ? Cli::HighSeverityFindings : Cli::Success);
    });
}

} // namespace monime::cli
