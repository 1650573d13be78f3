// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportWriter.h"

namespace monime {

/// CSV after RFC 4180: UTF-8 without a byte-order mark, a header row of column keys, CRLF line ends, fields
/// quoted when they hold a comma, a quote, CR or LF (quotes doubled). Safe to open in a spreadsheet: a
/// field that starts with = + - @ TAB or CR gets a leading single quote, so it is never run as a formula
/// (a plain negative whole number such as days left "-3" is left as it is). Timestamps are ISO 8601 UTC;
/// lists are joined with "; ". One CSV is one table: the tokens, or (Report::csvTable) the Monite clients, one row
/// per grant.
class CsvReportWriter final : public ReportWriter
{
public:
    Result<void> write(const Report& report, QIODevice& out, ReportProgress& progress) override;

    /// Appends one field, neutralised and quoted as needed.
    static void appendField(QByteArray& out, const QString& field);

private:
    static Result<void> writeMonite(const Report& report, QIODevice& out, ReportProgress& progress);
};

} // namespace monime
