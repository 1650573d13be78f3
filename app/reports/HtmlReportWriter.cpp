// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HtmlReportWriter.h"

namespace monime {

namespace {

const char kStyle[] = R"(<style>
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; font-size: 10pt; color: #1d2733;
       margin: 1.5em; }
h1 { font-size: 18pt; margin: 0 0 .2em; }
h2 { font-size: 13pt; margin: 1.4em 0 .5em; border-bottom: 1px solid #c9d2dc; padding-bottom: .2em; }
.meta { color: #4a5866; margin: .1em 0; }
.cards { display: flex; flex-wrap: wrap; gap: .6em; margin-top: .8em; }
.card { border: 1px solid #c9d2dc; border-radius: 4px; padding: .4em .8em; min-width: 6em; }
.card b { display: block; font-size: 14pt; }
.chart { display: flex; align-items: flex-end; gap: 4px; height: 110px; border-bottom: 1px solid #8895a3;
         max-width: 60em; }
.bar { flex: 1; display: flex; flex-direction: column; justify-content: flex-end; align-items: center;
       height: 100%; font-size: 8pt; }
.bar span.fill { display: block; width: 70%; background: #2f6fb3; min-height: 1px; }
.months { display: flex; gap: 4px; max-width: 60em; font-size: 8pt; color: #4a5866; }
.months span { flex: 1; text-align: center; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th { background: #e8edf2; text-align: left; }
th, td { border: 1px solid #c9d2dc; padding: 3px 5px; vertical-align: top; word-break: break-word; }
tbody tr:nth-child(even) { background: #f6f8fa; }
.sev-high { color: #a4161a; font-weight: bold; }
.sev-medium { color: #9a5b00; font-weight: bold; }
.sev-low { color: #4a5866; }
.none { color: #4a5866; font-style: italic; }
</style>
)";

void appendEscaped(QByteArray& out, const QString& text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&') || c == QLatin1Char('"')) {
            out.append(text.toHtmlEscaped().toUtf8());
            return;
        }
    }
    out.append(text.toUtf8()); // the common case: nothing to escape, no extra copy
}

void appendElement(QByteArray& out, const char* tag, const QString& text, const char* cls = nullptr)
{
    out.append('<').append(tag);
    if (cls)
        out.append(" class=\"").append(cls).append('"');
    out.append('>');
    appendEscaped(out, text);
    out.append("</").append(tag).append('>');
}

} // namespace

Result<void> HtmlReportWriter::write(const Report& report, QIODevice& device, ReportProgress& progress)
{
    ChunkedOutput out(device);
    progress.begin(report.tokens.size() + report.health.size() + report.moniteClients.size());
    QByteArray& buf = out.buffer();
    const QString title = tr("Monime token report");
    buf.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    buf.append("<meta name=\"generator\" content=\"monime-portal\">\n");
    appendElement(buf, "title", title);
    buf.append('\n').append(kStyle).append("</head>\n<body>\n");

    appendElement(buf, "h1", title);
    buf.append('\n');
    appendElement(buf, "p", tr("Generated %1 UTC").arg(Report::humanTime(report.generatedAt, QString())), "meta");
    appendElement(buf, "p", tr("Filters: %1").arg(report.filter.describe()), "meta");
    appendElement(buf, "p", tr("Secrets are never part of a report."), "meta");

    const ReportCounts& n = report.counts;
    buf.append("\n<div class=\"cards\">");
    const QList<QPair<QString, int>> cards = { { tr("Tokens"), n.total },
                                               { tr("Active"), n.active },
                                               { tr("Expired"), n.expired },
                                               { tr("Revoked"), n.revoked },
                                               { tr("Test"), n.test },
                                               { tr("Live"), n.live },
                                               { tr("Expiring soon"), n.expiringSoon },
                                               { tr("Health findings"), int(report.health.size()) } };
    for (const auto& card : cards) {
        buf.append("<div class=\"card\"><b>").append(QByteArray::number(card.second)).append("</b>");
        appendEscaped(buf, card.first);
        buf.append("</div>");
    }
    buf.append("</div>\n");

    appendElement(buf, "h2", tr("Expiries over the next 12 months (active tokens)"));
    int most = 1;
    for (int c : report.expiriesByMonth)
        most = qMax(most, c);
    buf.append("\n<div class=\"chart\">");
    for (int i = 0; i < report.expiriesByMonth.size(); ++i) {
        const int count = report.expiriesByMonth.at(i);
        buf.append("<div class=\"bar\">").append(QByteArray::number(count));
        buf.append("<span class=\"fill\" style=\"height:").append(QByteArray::number(count * 85 / most));
        buf.append("%\"></span></div>");
    }
    buf.append("</div>\n<div class=\"months\">");
    for (int i = 0; i < report.expiriesByMonth.size(); ++i)
        appendElement(buf, "span", report.chartMonth(i).toString(QStringLiteral("MMM yyyy")));
    buf.append("</div>\n");

    appendElement(buf, "h2", tr("Tokens (%n)", nullptr, n.total));
    buf.append("\n");
    if (report.tokens.isEmpty())
        appendElement(buf, "p", tr("No token matches the filters."), "none");
    else {
        buf.append("<table>\n<thead><tr>");
        for (const ReportColumn c : report.columns)
            appendElement(buf, "th", Report::columnTitle(c));
        buf.append("</tr></thead>\n<tbody>\n");
        for (const TokenInfo& t : report.tokens) {
            buf.append("<tr>");
            for (const ReportColumn c : report.columns)
                appendElement(buf, "td", report.cell(t, c, Report::TextStyle::Human));
            buf.append("</tr>\n");
            if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
                return r;
        }
        buf.append("</tbody>\n</table>\n");
    }

    if (!report.moniteClients.isEmpty()) {
        appendElement(buf, "h2", tr("Monite clients (%n)", nullptr, int(report.moniteClients.size())));
        buf.append("\n<table>\n<thead><tr>");
        for (const MoniteReportColumn c : Report::moniteColumns())
            appendElement(buf, "th", Report::moniteColumnTitle(c));
        appendElement(buf, "th", tr("Tokens"));
        buf.append("</tr></thead>\n<tbody>\n");
        for (const ReportMoniteClient& client : report.moniteClients) {
            buf.append("<tr>");
            for (const MoniteReportColumn c : Report::moniteColumns())
                appendElement(buf, "td", report.moniteCell(client, c, Report::TextStyle::Human));
            buf.append("<td>");
            for (qsizetype i = 0; i < client.grants.size(); ++i) {
                if (i)
                    buf.append("<br>");
                appendEscaped(buf, report.moniteGrantText(client.grants.at(i)));
            }
            buf.append("</td></tr>\n");
            if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
                return r;
        }
        buf.append("</tbody>\n</table>\n");
    }

    appendElement(buf, "h2", tr("Health findings (%n)", nullptr, int(report.health.size())));
    buf.append("\n");
    if (report.health.isEmpty())
        appendElement(buf, "p",
                      tr("No findings: every token and Monite client in this report passes the health check."), "none");
    else {
        buf.append("<table>\n<thead><tr>");
        for (const QString& h : { tr("Severity"), tr("Token"), tr("Finding"), tr("Fix") })
            appendElement(buf, "th", h);
        buf.append("</tr></thead>\n<tbody>\n");
        for (const HealthFinding& f : report.health) {
            const QByteArray cls = "sev-" + HealthCheck::severityName(f.severity).toLatin1();
            buf.append("<tr>");
            appendElement(buf, "td", HealthCheck::severityLabel(f.severity), cls.constData());
            buf.append("<td>");
            appendEscaped(buf, f.isMonite() ? f.moniteProfile : f.tokenName);
            buf.append("<br><small>");
            appendEscaped(buf, f.isMonite() ? tr("Monite client") : f.tokenId);
            buf.append("</small></td><td><b>");
            appendEscaped(buf, f.title);
            buf.append("</b><br>");
            appendEscaped(buf, f.message);
            buf.append("</td>");
            appendElement(buf, "td", f.fix);
            buf.append("</tr>\n");
            if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
                return r;
        }
        buf.append("</tbody>\n</table>\n");
    }
    buf.append("</body>\n</html>\n");
    if (!out.flush())
        return ReportErrors::writeFailed(device.errorString());
    return {};
}

} // namespace monime
