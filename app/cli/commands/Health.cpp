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
    return tr("Check every active token and Monite client profile for risks and say how to fix each; exit status 3 "
              "when one is high.");
}

QList<QCommandLineOption> HealthCommand::options() const
{
    return { { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
             { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") },
             { { QStringLiteral("search") },
               tr("Only tokens whose name, id or a permission contains TEXT (any case)."),
               QStringLiteral("TEXT") },
             { { QStringLiteral("rotation-days") },
               tr("Flag tokens and Monite client secrets older than this many days (default 90)."),
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
        auto monite = Report::loadMoniteClients(cli.database());
        if (!monite.ok())
            return cli.fail(monite.error());
        Report report = Report::build(tokens.value(), filter, cli.clock().now(), {}, settings);
        report.addMoniteClients(monite.value());
        int bySeverity[3] = { 0, 0, 0 };
        QSet<QString> flagged;
        QSet<QString> flaggedClients;
        for (const HealthFinding& f : report.health) {
            ++bySeverity[int(f.severity)];
            (f.isMonite() ? flaggedClients : flagged).insert(f.subjectKey());
        }
        const int high = bySeverity[int(Severity::High)];
        if (cli.json()) {
            QJsonArray findings;
            for (const HealthFinding& f : report.health) {
                QJsonObject o { { QStringLiteral("subject"),
                                  f.isMonite() ? QStringLiteral("monite_client") : QStringLiteral("token") },
                                { QStringLiteral("tokenId"), f.isMonite() ? QJsonValue() : QJsonValue(f.tokenId) },
                                { QStringLiteral("tokenName"), f.isMonite() ? QJsonValue() : QJsonValue(f.tokenName) },
                                { QStringLiteral("type"),
                                  f.isMonite() ? QJsonValue() : QJsonValue(environmentName(f.environment)) },
                                { QStringLiteral("code"), f.code },
                                { QStringLiteral("severity"), HealthCheck::severityName(f.severity) },
                                { QStringLiteral("title"), f.title },
                                { QStringLiteral("message"), f.message },
                                { QStringLiteral("fix"), f.fix } };
                if (f.isMonite())
                    o.insert(QStringLiteral("moniteClient"), f.moniteProfile);
                findings.append(o);
            }
            const QJsonObject o { { QStringLiteral("schema"), QStringLiteral("monime-portal/health") },
                                  { QStringLiteral("version"), 1 },
                                  { QStringLiteral("generatedAt"), Report::isoTime(report.generatedAt) },
                                  { QStringLiteral("rotationDays"), settings.rotationDays },
                                  { QStringLiteral("tokens"), report.counts.total },
                                  { QStringLiteral("tokensWithFindings"), int(flagged.size()) },
                                  { QStringLiteral("moniteClients"), int(report.moniteClients.size()) },
                                  { QStringLiteral("moniteClientsWithFindings"), int(flaggedClients.size()) },
                                  { QStringLiteral("counts"),
                                    QJsonObject { { QStringLiteral("high"), high },
                                                  { QStringLiteral("medium"), bySeverity[int(Severity::Medium)] },
                                                  { QStringLiteral("low"), bySeverity[int(Severity::Low)] } } },
                                  { QStringLiteral("findings"), findings } };
            cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        } else if (report.health.isEmpty()) {
            cli.out() << tr("No findings: all %n token(s) pass the health check.", nullptr, report.counts.total);
            if (!report.moniteClients.isEmpty())
                cli.out() << " "
                          << tr("No findings for the %n Monite client(s) either.", nullptr,
                                int(report.moniteClients.size()));
            cli.out() << "\n";
        } else {
            // Grouped by token (or Monite client), in the order of the worst finding of each.
            QStringList order;
            QHash<QString, QList<const HealthFinding*>> byToken;
            for (const HealthFinding& f : report.health) {
                auto& list = byToken[f.subjectKey()];
                if (list.isEmpty())
                    order << f.subjectKey();
                list << &f;
            }
            for (const QString& id : order) {
                const QList<const HealthFinding*>& list = byToken.value(id);
                const HealthFinding* first = list.first();
                if (first->isMonite())
                    cli.out() << tr("Monite client %1").arg(first->moniteProfile) << "\n";
                else
                    cli.out() << first->tokenName << " (" << id << ", " << environmentName(first->environment) << ")\n";
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
            if (!report.moniteClients.isEmpty())
                cli.out() << tr("%1 of %n Monite client(s) have findings.", nullptr, int(report.moniteClients.size()))
                                 .arg(flaggedClients.size())
                          << "\n";
        }
        cli.finish(high > 0 ? Cli::HighSeverityFindings : Cli::Success);
    });
}

} // namespace monime::cli
