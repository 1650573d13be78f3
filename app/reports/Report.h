// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "reports/HealthCheck.h"
#include "reports/ReportFilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace monime {

/// The columns a report can have, in their default order. Never the secret, nor its hint.
enum class ReportColumn {
    Name,
    Id,
    Type,
    Status,
    Created,
    Expires,
    DaysLeft,
    ApiRelease,
    Permissions,
    SpaceWhitelist,
    IpWhitelist,
    Owner,
    LastUsed,
    LastTested,
    LastTestResult,
};

/// How many tokens a report holds, by status and by type.
struct ReportCounts
{
    int total = 0;
    int active = 0;
    int expired = 0;
    int revoked = 0;
    int test = 0;
    int live = 0;
    int expiringSoon = 0; ///< active and expiring within 14 days (also counted in `active`)
};

/// A token report: the rows after filtering, the columns to show, counts, expiries by month and the health
/// findings. A plain value: build it on any thread, hand it to a writer on another.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(monime::Report)

public:
    /// How a cell is spelled: for machines (ISO 8601 UTC, empty when absent) or for people (short dates,
    /// "never", "any").
    enum class TextStyle { Machine, Human };

    static constexpr int kChartMonths = 12;

    QDateTime generatedAt; ///< the report's "now": statuses and days left are computed from it
    ReportFilter filter;
    QList<ReportColumn> columns;
    QList<TokenInfo> tokens;
    QList<HealthFinding> health;
    ReportCounts counts;
    QList<int> expiriesByMonth; ///< active tokens expiring in each of the 12 calendar months from generatedAt's
    HealthSettings healthSettings;

    /// Keeps the tokens that pass `filter` (in their order), counts them, charts their expiries and runs the
    /// health check over them.
    static Report build(const QList<TokenInfo>& tokens, const ReportFilter& filter, const QDateTime& now,
                        const QList<ReportColumn>& columns = allColumns(), const HealthSettings& settings = {});

    /// The same, reading the tokens itself over a connection of its own to the inventory at `databasePath`: for a
    /// worker thread (a connection belongs to the thread that opened it; the GUI thread's is never shared).
    static Result<Report> load(const QString& databasePath, const ReportFilter& filter, const QDateTime& now,
                               const QList<ReportColumn>& columns = allColumns(), const HealthSettings& settings = {});

    static QList<ReportColumn> allColumns();
    /// Stable key, for `--columns`, the CSV header and docs: "name", "days_left", …
    static QString columnKey(ReportColumn column);
    /// Key in the JSON schema: "name", "daysLeft", …
    static QString columnJsonKey(ReportColumn column);
    /// Translated column title for people.
    static QString columnTitle(ReportColumn column);
    /// Parses a comma-separated list of column keys; an Error naming the unknown key and the valid ones.
    static Result<QList<ReportColumn>> parseColumns(const QString& list);

    /// The first day (UTC) of the month `index` months after generatedAt's month.
    QDate chartMonth(int index) const;
    /// Whole days from generatedAt to the token's expiry (negative once past); nullopt when it never expires.
    std::optional<qint64> daysLeft(const TokenInfo& token) const;
    /// One cell as text. Lists are joined with "; ".
    QString cell(const TokenInfo& token, ReportColumn column, TextStyle style) const;

    /// ISO 8601 UTC to the second ("2026-11-23T12:00:00Z"); empty for an invalid time. Fast: no QString
    /// formatting, for 100,000-row exports.
    static void appendIsoTime(QByteArray& out, const QDateTime& time);
    static QString isoTime(const QDateTime& time);
    /// "2026-11-23 12:00" (UTC) for people; `absent` for an invalid time.
    static QString humanTime(const QDateTime& time, const QString& absent);
};

} // namespace monime
