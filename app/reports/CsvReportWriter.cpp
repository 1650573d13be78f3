// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CsvReportWriter.h"

namespace monime {

namespace {

bool isNegativeWholeNumber(const QString& s)
{
    if (s.size() < 2 || s.at(0) != QLatin1Char('-'))
        return false;
    for (qsizetype i = 1; i < s.size(); ++i)
        if (!s.at(i).isDigit() || s.at(i).unicode() > 0x7F)
            return false;
    return true;
}

} // namespace

void CsvReportWriter::appendField(QByteArray& out, const QString& field)
{
    bool needsQuote = false;
    bool formula = false;
    if (!field.isEmpty()) {
        const QChar first = field.at(0);
        formula = (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                   || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            && !isNegativeWholeNumber(field);
    }
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            needsQuote = true;
            break;
        }
    }
    if (!needsQuote) {
        if (formula)
            out.append('\'');
        out.append(field.toUtf8());
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    const QByteArray utf8 = field.toUtf8();
    for (const char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

Result<void> CsvReportWriter::writeMonite(const Report& report, QIODevice& device, ReportProgress& progress)
{
    ChunkedOutput out(device);
    progress.begin(report.moniteClients.size());
    QByteArray& buf = out.buffer();
    const QList<MoniteReportColumn> columns = Report::moniteColumns();
    for (const MoniteReportColumn c : columns) {
        appendField(buf, Report::moniteColumnKey(c));
        buf.append(',');
    }
    buf.append("grant,entity_user_id,grant_label,token_status,live_token,token_expires\r\n");
    // One row per grant (every profile has the partner grant): the profile's cells repeated, then the grant's.
    for (const ReportMoniteClient& client : report.moniteClients) {
        QByteArray profileCells;
        for (const MoniteReportColumn c : columns) {
            appendField(profileCells, report.moniteCell(client, c, Report::TextStyle::Machine));
            profileCells.append(',');
        }
        for (const ReportMoniteGrant& g : client.grants) {
            buf.append(profileCells);
            appendField(buf, g.grant.grantTypeName());
            buf.append(',');
            appendField(buf, g.grant.isPartner() ? QString() : g.grant.entityUserId);
            buf.append(',');
            appendField(buf, g.label);
            buf.append(',');
            appendField(buf, MoniteTokenText::statusName(report.moniteTokenStatus(g)));
            buf.append(report.hasLiveToken(g) ? ",true," : ",false,");
            appendField(buf, Report::isoTime(g.times.expiresAt));
            buf.append("\r\n");
        }
        if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
            return r;
    }
    if (!out.flush())
        return ReportErrors::writeFailed(device.errorString());
    return {};
}

Result<void> CsvReportWriter::write(const Report& report, QIODevice& device, ReportProgress& progress)
{
    if (report.csvTable == Report::CsvTable::MoniteClients)
        return writeMonite(report, device, progress);
    ChunkedOutput out(device);
    progress.begin(report.tokens.size());
    QByteArray& buf = out.buffer();
    for (qsizetype c = 0; c < report.columns.size(); ++c) {
        if (c)
            buf.append(',');
        appendField(buf, Report::columnKey(report.columns.at(c)));
    }
    buf.append("\r\n");
    for (const TokenInfo& t : report.tokens) {
        for (qsizetype c = 0; c < report.columns.size(); ++c) {
            if (c)
                buf.append(',');
            appendField(buf, report.cell(t, report.columns.at(c), Report::TextStyle::Machine));
        }
        buf.append("\r\n");
        if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
            return r;
    }
    if (!out.flush())
        return ReportErrors::writeFailed(device.errorString());
    return {};
}

} // namespace monime
