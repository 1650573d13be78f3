// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/Report.h"

#include "core/JsonText.h"
#include "store/Database.h"
#include "store/MoniteRepository.h"
#include "store/TeamRepository.h"
#include "store/TokenRepository.h"

namespace monime {

namespace {

constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;

struct ColumnInfo
{
    ReportColumn column;
    const char* key;
    const char* jsonKey;
    const char* title;
};

// The titles are translated where they are shown (Report::columnTitle).
const ColumnInfo kColumns[] = {
    { ReportColumn::Name, "name", "name", QT_TRANSLATE_NOOP("monime::Report", "Name") },
    { ReportColumn::Id, "id", "id", QT_TRANSLATE_NOOP("monime::Report", "ID") },
    { ReportColumn::Type, "type", "type", QT_TRANSLATE_NOOP("monime::Report", "Type") },
    { ReportColumn::Status, "status", "status", QT_TRANSLATE_NOOP("monime::Report", "Status") },
    { ReportColumn::Created, "created", "createdAt", QT_TRANSLATE_NOOP("monime::Report", "Created") },
    { ReportColumn::Expires, "expires", "expiresAt", QT_TRANSLATE_NOOP("monime::Report", "Expires") },
    { ReportColumn::DaysLeft, "days_left", "daysLeft", QT_TRANSLATE_NOOP("monime::Report", "Days left") },
    { ReportColumn::ApiRelease, "api_release", "apiRelease", QT_TRANSLATE_NOOP("monime::Report", "API release") },
    { ReportColumn::Permissions, "permissions", "permissions", QT_TRANSLATE_NOOP("monime::Report", "Permissions") },
    { ReportColumn::SpaceWhitelist, "space_whitelist", "spaceWhitelist",
      QT_TRANSLATE_NOOP("monime::Report", "Space whitelist") },
    { ReportColumn::IpWhitelist, "ip_whitelist", "ipWhitelist", QT_TRANSLATE_NOOP("monime::Report", "IP whitelist") },
    { ReportColumn::Owner, "owner", "owner", QT_TRANSLATE_NOOP("monime::Report", "Owner") },
    { ReportColumn::LastUsed, "last_used", "lastUsedAt", QT_TRANSLATE_NOOP("monime::Report", "Last used") },
    { ReportColumn::LastTested, "last_tested", "lastTestedAt", QT_TRANSLATE_NOOP("monime::Report", "Last tested") },
    { ReportColumn::LastTestResult, "last_test_result", "lastTestResult",
      QT_TRANSLATE_NOOP("monime::Report", "Last test result") },
};

const ColumnInfo& info(ReportColumn column)
{
    return kColumns[int(column)];
}

struct MoniteColumnInfo
{
    MoniteReportColumn column;
    const char* key;
    const char* title;
};

const MoniteColumnInfo kMoniteColumns[] = {
    { MoniteReportColumn::Profile, "profile", QT_TRANSLATE_NOOP("monime::Report", "Profile") },
    { MoniteReportColumn::Environment, "environment", QT_TRANSLATE_NOOP("monime::Report", "Environment") },
    { MoniteReportColumn::BaseUrl, "base_url", QT_TRANSLATE_NOOP("monime::Report", "Base URL") },
    { MoniteReportColumn::ApiVersion, "api_version", QT_TRANSLATE_NOOP("monime::Report", "API version") },
    { MoniteReportColumn::ClientId, "client_id", QT_TRANSLATE_NOOP("monime::Report", "Client ID") },
    { MoniteReportColumn::EntityUsers, "entity_users", QT_TRANSLATE_NOOP("monime::Report", "Entity users") },
    { MoniteReportColumn::SecretStored, "secret_stored", QT_TRANSLATE_NOOP("monime::Report", "Secret stored") },
    //: the age of a Monite client secret, in days
    { MoniteReportColumn::SecretAgeDays, "secret_age_days", QT_TRANSLATE_NOOP("monime::Report", "Secret age (days)") },
    { MoniteReportColumn::LastUsed, "last_used", QT_TRANSLATE_NOOP("monime::Report", "Last used") },
    { MoniteReportColumn::LastTested, "last_tested", QT_TRANSLATE_NOOP("monime::Report", "Last tested") },
    { MoniteReportColumn::LastTestResult, "last_test_result", QT_TRANSLATE_NOOP("monime::Report", "Last test result") },
};

} // namespace

Result<Report> Report::load(const QString& databasePath, const ReportFilter& filter, const QDateTime& now,
                            const QList<ReportColumn>& columns, const HealthSettings& settings)
{
    auto db = Database::open(databasePath);
    if (!db.ok())
        return db.error();
    auto tokens = TokenRepository(*db.value()).list(filter.storeFilter(), now);
    if (!tokens.ok())
        return tokens.error();
    // Whose each token is, as people read it (a team inventory's people; a personal one's single owner).
    if (auto people = TeamRepository(*db.value()).labels(); people.ok())
        for (TokenInfo& t : tokens.value())
            t.ownerLabel = people->value(t.ownerId);
    auto monite = loadMoniteClients(*db.value());
    if (!monite.ok())
        return monite.error();
    Report report = build(tokens.value(), filter, now, columns, settings);
    report.addMoniteClients(monite.value());
    return report;
}

Result<QList<ReportMoniteClient>> Report::loadMoniteClients(Database& database)
{
    MoniteRepository repo(database);
    auto profiles = repo.list();
    if (!profiles.ok())
        return profiles.error();
    auto tokens = repo.allTokens();
    if (!tokens.ok())
        return tokens.error();
    QList<ReportMoniteClient> clients;
    for (const MoniteProfile& p : profiles.value())
        clients.append(moniteClient(p, tokens->value(p.id)));
    return clients;
}

ReportMoniteClient Report::moniteClient(const MoniteProfile& profile, const QList<MoniteTokenRecord>& records)
{
    ReportMoniteClient client { profile, {} };
    auto timesOf = [&records](const MoniteAuthGrant& grant) {
        for (const MoniteTokenRecord& r : records)
            if (r.grant == grant)
                return r.times;
        return MoniteTokenTimes {};
    };
    client.grants.append(
        { MoniteAuthGrant::partner(), QStringLiteral("partner"), timesOf(MoniteAuthGrant::partner()) });
    for (const MoniteProfileUser& u : profile.entityUsers) {
        const MoniteAuthGrant grant = MoniteAuthGrant::entityUser(u.id);
        client.grants.append({ grant, u.label.isEmpty() ? u.id : u.label, timesOf(grant) });
    }
    for (const MoniteTokenRecord& r : records) // a token for an entity user the profile no longer lists
        if (!r.grant.isPartner() && !profile.entityUser(r.grant.entityUserId))
            client.grants.append({ r.grant, r.grant.entityUserId, r.times });
    return client;
}

void Report::addMoniteClients(const QList<ReportMoniteClient>& clients)
{
    moniteClients = clients;
    for (const ReportMoniteClient& c : clients)
        health.append(HealthCheck::checkMonite(c.profile, generatedAt, healthSettings));
    HealthCheck::sortWorstFirst(health);
}

QList<MoniteReportColumn> Report::moniteColumns()
{
    QList<MoniteReportColumn> all;
    for (const MoniteColumnInfo& c : kMoniteColumns)
        all.append(c.column);
    return all;
}

QString Report::moniteColumnKey(MoniteReportColumn column)
{
    return QLatin1String(kMoniteColumns[int(column)].key);
}

QString Report::moniteColumnTitle(MoniteReportColumn column)
{
    return tr(kMoniteColumns[int(column)].title);
}

std::optional<qint64> Report::secretAgeDays(const MoniteProfile& profile) const
{
    const QDateTime stored = profile.secretSetAt.isValid() ? profile.secretSetAt : profile.createdAt;
    if (!stored.isValid())
        return std::nullopt;
    return stored.msecsTo(generatedAt) / kDayMs;
}

QString Report::moniteCell(const ReportMoniteClient& client, MoniteReportColumn column, TextStyle style) const
{
    const bool human = style == TextStyle::Human;
    const MoniteProfile& p = client.profile;
    switch (column) {
    case MoniteReportColumn::Profile:
        return p.name;
    case MoniteReportColumn::Environment:
        return human ? MoniteRules::environmentLabel(p.environment) : MoniteRules::environmentName(p.environment);
    case MoniteReportColumn::BaseUrl:
        return p.baseUrl.toString();
    case MoniteReportColumn::ApiVersion:
        return p.apiVersion;
    case MoniteReportColumn::ClientId:
        return p.clientId;
    case MoniteReportColumn::EntityUsers:
        return QString::number(p.entityUsers.size());
    case MoniteReportColumn::SecretStored:
        return human ? humanTime(p.secretSetAt, tr("unknown")) : isoTime(p.secretSetAt);
    case MoniteReportColumn::SecretAgeDays: {
        const auto age = secretAgeDays(p);
        return age ? QString::number(*age) : (human ? QStringLiteral("\u2014") : QString());
    }
    case MoniteReportColumn::LastUsed:
        return human ? humanTime(p.lastUsedAt, tr("never")) : isoTime(p.lastUsedAt);
    case MoniteReportColumn::LastTested:
        return human ? humanTime(p.lastTestedAt, tr("never")) : isoTime(p.lastTestedAt);
    case MoniteReportColumn::LastTestResult:
        return p.lastTestResult;
    }
    return {};
}

MoniteTokenStatus Report::moniteTokenStatus(const ReportMoniteGrant& grant) const
{
    return MoniteTokenText::statusOf(grant.times, generatedAt);
}

bool Report::hasLiveToken(const ReportMoniteGrant& grant) const
{
    const MoniteTokenStatus s = moniteTokenStatus(grant);
    return s == MoniteTokenStatus::Live || s == MoniteTokenStatus::RemintDue;
}

QString Report::moniteGrantText(const ReportMoniteGrant& grant) const
{
    QString state;
    switch (moniteTokenStatus(grant)) {
    case MoniteTokenStatus::None:
        state = tr("no token");
        break;
    case MoniteTokenStatus::Live:
    case MoniteTokenStatus::RemintDue:
        state = tr("live until %1").arg(humanTime(grant.times.expiresAt, QString()));
        break;
    case MoniteTokenStatus::Expired:
        state = tr("expired %1").arg(humanTime(grant.times.expiresAt, QString()));
        break;
    case MoniteTokenStatus::Revoked:
        state = tr("revoked %1").arg(humanTime(grant.times.revokedAt, QString()));
        break;
    }
    //: a Monite grant and the state of its token: "partner: live until 2026-11-24 12:00"
    return tr("%1: %2").arg(grant.label, state);
}

QList<ReportColumn> Report::allColumns()
{
    QList<ReportColumn> all;
    for (const ColumnInfo& c : kColumns)
        all.append(c.column);
    return all;
}

QString Report::columnKey(ReportColumn column)
{
    return QLatin1String(info(column).key);
}

QString Report::columnJsonKey(ReportColumn column)
{
    return QLatin1String(info(column).jsonKey);
}

QString Report::columnTitle(ReportColumn column)
{
    return tr(info(column).title);
}

Result<QList<ReportColumn>> Report::parseColumns(const QString& list)
{
    QList<ReportColumn> columns;
    const QStringList keys = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList valid;
    for (const ColumnInfo& c : kColumns)
        valid << QLatin1String(c.key);
    for (const QString& raw : keys) {
        const QString key = raw.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        const qsizetype i = valid.indexOf(key);
        if (i < 0)
            return makeError(
                QStringLiteral("unknown_column"), QStringLiteral("columns"),
                tr("Unknown column \"%1\". Columns: %2.").arg(raw.trimmed(), valid.join(QLatin1String(","))));
        if (!columns.contains(kColumns[i].column))
            columns.append(kColumns[i].column);
    }
    if (columns.isEmpty())
        return makeError(
            QStringLiteral("no_columns"), QStringLiteral("columns"),
            tr("Name at least one column, e.g. name,id,status. Columns: %1.").arg(valid.join(QLatin1String(","))));
    return columns;
}

Report Report::build(const QList<TokenInfo>& tokens, const ReportFilter& filter, const QDateTime& now,
                     const QList<ReportColumn>& columns, const HealthSettings& settings)
{
    Report r;
    r.generatedAt = now.toUTC();
    r.filter = filter;
    r.columns = columns.isEmpty() ? allColumns() : columns;
    r.healthSettings = settings;
    r.expiriesByMonth = QList<int>(kChartMonths, 0);
    const QDate firstMonth = r.chartMonth(0);
    r.tokens.reserve(tokens.size());
    for (const TokenInfo& t : tokens) {
        if (!filter.matches(t, r.generatedAt))
            continue;
        r.tokens.append(t);
        ++r.counts.total;
        (t.environment == Environment::Test ? r.counts.test : r.counts.live)++;
        switch (t.status(r.generatedAt)) {
        case TokenStatus::Active:
            ++r.counts.active;
            if (t.expiresSoon(r.generatedAt))
                ++r.counts.expiringSoon;
            if (t.expiresAt.isValid()) {
                const QDate d = t.expiresAt.toUTC().date();
                const int month = (d.year() - firstMonth.year()) * 12 + d.month() - firstMonth.month();
                if (month >= 0 && month < kChartMonths)
                    ++r.expiriesByMonth[month];
            }
            break;
        case TokenStatus::Expired:
            ++r.counts.expired;
            break;
        case TokenStatus::Revoked:
            ++r.counts.revoked;
            break;
        }
    }
    r.health = HealthCheck::checkAll(r.tokens, r.generatedAt, settings);
    return r;
}

QDate Report::chartMonth(int index) const
{
    const QDate today = generatedAt.toUTC().date();
    return QDate(today.year(), today.month(), 1).addMonths(index);
}

std::optional<qint64> Report::daysLeft(const TokenInfo& t) const
{
    if (!t.expiresAt.isValid())
        return std::nullopt;
    const qint64 ms = generatedAt.msecsTo(t.expiresAt);
    return ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
}

QString Report::cell(const TokenInfo& t, ReportColumn column, TextStyle style) const
{
    const bool human = style == TextStyle::Human;
    const QLatin1String listSeparator("; ");
    switch (column) {
    case ReportColumn::Name:
        return t.name;
    case ReportColumn::Id:
        return t.id;
    case ReportColumn::Type:
        if (human)
            return t.environment == Environment::Test ? tr("Test") : tr("Live");
        return environmentName(t.environment);
    case ReportColumn::Status:
        // Every format says what a token in a rotation's grace period is: active until …, replaced by ….
        if (human && t.expiresSoon(generatedAt))
            return statusText(t, generatedAt) + tr(" (expires soon)");
        return statusText(t, generatedAt);
    case ReportColumn::Created:
        return human ? humanTime(t.createdAt, QString()) : isoTime(t.createdAt);
    case ReportColumn::Expires:
        return human ? humanTime(t.expiresAt, tr("never")) : isoTime(t.expiresAt);
    case ReportColumn::DaysLeft: {
        const auto days = daysLeft(t);
        if (!days)
            return human ? QStringLiteral("\u2014") : QString();
        if (human && *days < 0)
            return tr("expired");
        return QString::number(*days);
    }
    case ReportColumn::ApiRelease:
        return t.apiRelease;
    case ReportColumn::Permissions:
        return t.permissions.join(listSeparator);
    case ReportColumn::SpaceWhitelist:
        return human && t.spaceWhitelist.isEmpty() ? tr("any Space") : t.spaceWhitelist;
    case ReportColumn::IpWhitelist:
        return human && t.ipWhitelist.isEmpty() ? tr("any address") : t.ipWhitelist.join(listSeparator);
    case ReportColumn::Owner:
        return human && !t.ownerLabel.isEmpty() ? t.ownerLabel : t.ownerId;
    case ReportColumn::LastUsed:
        return human ? humanTime(t.lastUsedAt, tr("never")) : isoTime(t.lastUsedAt);
    case ReportColumn::LastTested:
        return human ? humanTime(t.lastTestedAt, tr("never")) : isoTime(t.lastTestedAt);
    case ReportColumn::LastTestResult:
        return t.lastTestResult;
    }
    return {};
}

void Report::appendIsoTime(QByteArray& out, const QDateTime& time)
{
    json::appendIsoTime(out, time);
}

QString Report::isoTime(const QDateTime& time)
{
    QByteArray bytes;
    appendIsoTime(bytes, time);
    return QString::fromLatin1(bytes);
}

QString Report::humanTime(const QDateTime& time, const QString& absent)
{
    if (!time.isValid())
        return absent;
    QByteArray bytes;
    appendIsoTime(bytes, time);
    // "2026-11-23T12:00:00Z" -> "2026-11-23 12:00"
    if (bytes.size() == 20) {
        bytes[10] = ' ';
        bytes.truncate(16);
    }
    return QString::fromLatin1(bytes);
}

} // namespace monime
