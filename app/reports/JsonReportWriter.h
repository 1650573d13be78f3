// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportWriter.h"

namespace monime {

/// JSON in the versioned schema of docs/report-schema.md (`"schema": "monime-portal/token-report"`,
/// `"version": 1`), UTF-8, one token per line. Written straight to bytes, so 100,000 tokens take well under a
/// second.
class JsonReportWriter final : public ReportWriter
{
public:
    static constexpr int kVersion = 1;
    static constexpr const char* kSchema = "monime-portal/token-report";

    Result<void> write(const Report& report, QIODevice& out, ReportProgress& progress) override;

    /// Appends `s` as a JSON string literal.
    static void appendString(QByteArray& out, const QString& s);
};

} // namespace monime
