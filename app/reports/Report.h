// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "reports/HealthCheck.h"
#include "reports/ReportFilter.h"
#include "store/MoniteRepository.h"

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

/// The columns of a report's Monite section, one row per client profile (CSV: one row per grant, these columns
/// repeated, then the grant's). Never the client secret, nor an access token.
enum class MoniteReportColumn {
    Profile,
    Environment,
    BaseUrl,
    ApiVersion,
    ClientId,
    EntityUsers, ///< how many
    SecretStored, ///< when the client secret was stored
    SecretAgeDays,
    LastUsed,
    LastTested,
    LastTestResult,
};

/// One grant of a Monite client profile in a report — the partner grant or one entity user's — and the times of its
/// current access token (never the token).
struct ReportMoniteGrant
{
    MoniteAuthGrant grant;
    QString label; ///< "partner", or the entity user's label (else its id)
    MoniteTokenTimes times; ///< `receivedAt` invalid: no token got here
};

/// A Monite client profile in a report: what is stored about it (never its secret) and each grant.
struct ReportMoniteClient
{
    MoniteProfile profile;
    QList<ReportMoniteGrant> grants; ///< the partner grant first, then each entity user
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
    /// Every Monite client profile (the token filters do not apply to them), by name.
    QList<ReportMoniteClient> moniteClients;

    /// Which table a CSV file holds (one CSV is one table); JSON, HTML and PDF hold both.
    enum class CsvTable { Tokens, MoniteClients };
    CsvTable csvTable = CsvTable::Tokens;

    /// Keeps the tokens that pass `filter` (in their order), counts them, charts their expiries and runs the
    /// health check over them.
    static Report build(const QList<TokenInfo>& tokens, const ReportFilter& filter, const QDateTime& now,
                        const QList<ReportColumn>& columns = allColumns(), const HealthSettings& settings = {});

    /// The same, reading the tokens itself over a connection of its own to the inventory at `databasePath`: for a
    /// worker thread (a connection belongs to the thread that opened it; the GUI thread's is never shared).
    static Result<Report> load(const QString& databasePath, const ReportFilter& filter, const QDateTime& now,
                               const QList<ReportColumn>& columns = allColumns(), const HealthSettings& settings = {});

    /// Every Monite client profile with its grants, read from the store (MoniteRepository): no keychain, no network.
    static Result<QList<ReportMoniteClient>> loadMoniteClients(Database& database);
    /// The grants of a profile from its stored token records: partner first, then each entity user (with or without
    /// a token), then tokens of entity users the profile no longer lists.
    static ReportMoniteClient moniteClient(const MoniteProfile& profile, const QList<MoniteTokenRecord>& records);
    /// Adds the Monite section and its health findings (HealthCheck::checkMonite), keeping `health` worst first.
    void addMoniteClients(const QList<ReportMoniteClient>& clients);

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

    static QList<MoniteReportColumn> moniteColumns();
    /// Stable key, for the CSV header: "profile", "secret_age_days", …
    static QString moniteColumnKey(MoniteReportColumn column);
    /// Translated title for people.
    static QString moniteColumnTitle(MoniteReportColumn column);
    /// Whole days from when the profile's client secret was stored (else created) to generatedAt; nullopt: unknown.
    std::optional<qint64> secretAgeDays(const MoniteProfile& profile) const;
    /// One cell of the Monite section as text.
    QString moniteCell(const ReportMoniteClient& client, MoniteReportColumn column, TextStyle style) const;
    /// The state of a grant's token at generatedAt.
    MoniteTokenStatus moniteTokenStatus(const ReportMoniteGrant& grant) const;
    /// Whether the grant has a usable token at generatedAt (live, or live with its re-mint due).
    bool hasLiveToken(const ReportMoniteGrant& grant) const;
    /// A grant's token for people: "partner: live until 2026-11-24 12:00", "alice: no token", …
    QString moniteGrantText(const ReportMoniteGrant& grant) const;

    /// ISO 8601 UTC to the second ("2026-11-23T12:00:00Z"); empty for an invalid time. Fast: no QString
    /// formatting, for 100,000-row exports.
    static void appendIsoTime(QByteArray& out, const QDateTime& time);
    static QString isoTime(const QDateTime& time);
    /// "2026-11-23 12:00" (UTC) for people; `absent` for an invalid time.
    static QString humanTime(const QDateTime& time, const QString& absent);
};

} // namespace monime
