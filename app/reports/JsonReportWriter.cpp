// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/JsonReportWriter.h"

#include "core/JsonText.h"

namespace monime {

namespace {

using json::appendList;
using json::appendStringOrNull;
using json::appendTime;

void appendKey(QByteArray& out, const char* key)
{
    out.append('"').append(key).append("\":");
}

/// `keys` holds `"key":` for each of the report's columns, made once.
void appendToken(QByteArray& out, const Report& report, const QList<QByteArray>& keys, const TokenInfo& t)
{
    out.append('{');
    for (qsizetype c = 0; c < report.columns.size(); ++c) {
        const ReportColumn column = report.columns.at(c);
        if (c)
            out.append(',');
        out.append(keys.at(c));
        switch (column) {
        case ReportColumn::Name:
            JsonReportWriter::appendString(out, t.name);
            break;
        case ReportColumn::Id:
            JsonReportWriter::appendString(out, t.id);
            break;
        case ReportColumn::Type:
            out.append(t.environment == Environment::Test ? "\"test\"" : "\"live\"");
            break;
        case ReportColumn::Status:
            out.append('"').append(statusName(t.status(report.generatedAt)).toLatin1()).append('"');
            out.append(",\"expiresSoon\":").append(t.expiresSoon(report.generatedAt) ? "true" : "false");
            // A rotation's grace period: when the still-active token stops, and what replaced it.
            out.append(",\"revokesAt\":");
            if (t.revocationScheduled(report.generatedAt))
                appendTime(out, t.revokedAt);
            else
                out.append("null");
            out.append(",\"replacedBy\":");
            if (t.replacedBy.isEmpty())
                out.append("null");
            else
                JsonReportWriter::appendString(out, t.replacedBy);
            break;
        case ReportColumn::Created:
            appendTime(out, t.createdAt);
            break;
        case ReportColumn::Expires:
            appendTime(out, t.expiresAt);
            break;
        case ReportColumn::DaysLeft: {
            const auto days = report.daysLeft(t);
            out.append(days ? QByteArray::number(*days) : QByteArray("null"));
            break;
        }
        case ReportColumn::ApiRelease:
            JsonReportWriter::appendString(out, t.apiRelease);
            break;
        case ReportColumn::Permissions:
            appendList(out, t.permissions);
            break;
        case ReportColumn::SpaceWhitelist:
            appendStringOrNull(out, t.spaceWhitelist);
            break;
        case ReportColumn::IpWhitelist:
            appendList(out, t.ipWhitelist);
            break;
        case ReportColumn::Owner:
            JsonReportWriter::appendString(out, t.ownerId);
            break;
        case ReportColumn::LastUsed:
            appendTime(out, t.lastUsedAt);
            break;
        case ReportColumn::LastTested:
            appendTime(out, t.lastTestedAt);
            break;
        case ReportColumn::LastTestResult:
            appendStringOrNull(out, t.lastTestResult);
            break;
        }
    }
    out.append('}');
}

void appendFinding(QByteArray& out, const HealthFinding& f)
{
    // A Monite finding names its profile; its token keys are null, so a reader of tokens skips it.
    if (f.isMonite()) {
        out.append("{\"subject\":\"monite_client\",\"moniteClient\":");
        JsonReportWriter::appendString(out, f.moniteProfile);
        out.append(",\"tokenId\":null,\"tokenName\":null,\"type\":null");
    } else {
        out.append("{\"subject\":\"token\",\"tokenId\":");
        JsonReportWriter::appendString(out, f.tokenId);
        out.append(",\"tokenName\":");
        JsonReportWriter::appendString(out, f.tokenName);
        out.append(",\"type\":").append(f.environment == Environment::Test ? "\"test\"" : "\"live\"");
    }
    out.append(",\"code\":\"").append(f.code.toLatin1()).append('"');
    out.append(",\"severity\":\"").append(HealthCheck::severityName(f.severity).toLatin1()).append('"');
    out.append(",\"title\":");
    JsonReportWriter::appendString(out, f.title);
    out.append(",\"message\":");
    JsonReportWriter::appendString(out, f.message);
    out.append(",\"fix\":");
    JsonReportWriter::appendString(out, f.fix);
    out.append('}');
}

void appendMoniteClient(QByteArray& out, const Report& report, const ReportMoniteClient& c)
{
    const MoniteProfile& p = c.profile;
    out.append("{\"name\":");
    JsonReportWriter::appendString(out, p.name);
    out.append(",\"environment\":\"").append(MoniteRules::environmentName(p.environment).toLatin1()).append('"');
    out.append(",\"baseUrl\":");
    JsonReportWriter::appendString(out, p.baseUrl.toString());
    out.append(",\"apiVersion\":");
    JsonReportWriter::appendString(out, p.apiVersion);
    out.append(",\"clientId\":");
    JsonReportWriter::appendString(out, p.clientId);
    out.append(",\"entityUserCount\":").append(QByteArray::number(p.entityUsers.size()));
    out.append(",\"entityUsers\":[");
    for (qsizetype i = 0; i < p.entityUsers.size(); ++i) {
        if (i)
            out.append(',');
        out.append("{\"id\":");
        JsonReportWriter::appendString(out, p.entityUsers.at(i).id);
        out.append(",\"label\":");
        appendStringOrNull(out, p.entityUsers.at(i).label);
        out.append('}');
    }
    out.append("],\"createdAt\":");
    appendTime(out, p.createdAt);
    out.append(",\"secretSetAt\":");
    appendTime(out, p.secretSetAt);
    out.append(",\"secretAgeDays\":");
    const auto age = report.secretAgeDays(p);
    out.append(age ? QByteArray::number(*age) : QByteArray("null"));
    out.append(",\"lastUsedAt\":");
    appendTime(out, p.lastUsedAt);
    out.append(",\"lastTestedAt\":");
    appendTime(out, p.lastTestedAt);
    out.append(",\"lastTestResult\":");
    appendStringOrNull(out, p.lastTestResult);
    out.append(",\"grants\":[");
    for (qsizetype i = 0; i < c.grants.size(); ++i) {
        const ReportMoniteGrant& g = c.grants.at(i);
        if (i)
            out.append(',');
        out.append("{\"grant\":\"").append(g.grant.grantTypeName().toLatin1()).append("\",\"entityUserId\":");
        appendStringOrNull(out, g.grant.isPartner() ? QString() : g.grant.entityUserId);
        out.append(",\"label\":");
        JsonReportWriter::appendString(out, g.label);
        out.append(",\"status\":\"")
            .append(MoniteTokenText::statusName(report.moniteTokenStatus(g)).toLatin1())
            .append('"');
        out.append(",\"liveToken\":").append(report.hasLiveToken(g) ? "true" : "false");
        out.append(",\"receivedAt\":");
        appendTime(out, g.times.receivedAt);
        out.append(",\"expiresAt\":");
        appendTime(out, g.times.expiresAt);
        out.append(",\"revokedAt\":");
        appendTime(out, g.times.revokedAt);
        out.append(",\"secondsLeft\":")
            .append(g.times.receivedAt.isValid() ? QByteArray::number(g.times.secondsLeft(report.generatedAt))
                                                 : QByteArray("null"));
        out.append('}');
    }
    out.append("]}");
}

} // namespace

void JsonReportWriter::appendString(QByteArray& out, const QString& s)
{
    json::appendString(out, s);
}

Result<void> JsonReportWriter::write(const Report& report, QIODevice& device, ReportProgress& progress)
{
    ChunkedOutput out(device);
    progress.begin(report.tokens.size() + report.health.size() + report.moniteClients.size());
    QByteArray& buf = out.buffer();
    buf.append("{\"schema\":\"").append(kSchema).append("\",\"version\":").append(QByteArray::number(kVersion));
    buf.append(",\n\"generatedAt\":");
    appendTime(buf, report.generatedAt);

    buf.append(",\n\"filters\":{");
    appendKey(buf, "status");
    buf.append(report.filter.status ? '"' + statusName(*report.filter.status).toLatin1() + '"' : QByteArray("null"));
    buf.append(',');
    appendKey(buf, "environment");
    buf.append(report.filter.environment ? '"' + environmentName(*report.filter.environment).toLatin1() + '"'
                                         : QByteArray("null"));
    buf.append(',');
    appendKey(buf, "search");
    appendStringOrNull(buf, report.filter.search);
    buf.append('}');

    buf.append(",\n\"columns\":[");
    for (qsizetype c = 0; c < report.columns.size(); ++c) {
        if (c)
            buf.append(',');
        buf.append('"').append(Report::columnKey(report.columns.at(c)).toLatin1()).append('"');
    }
    buf.append(']');

    const ReportCounts& n = report.counts;
    buf.append(",\n\"counts\":{\"total\":").append(QByteArray::number(n.total));
    buf.append(",\"byStatus\":{\"ACTIVE\":").append(QByteArray::number(n.active));
    buf.append(",\"EXPIRED\":").append(QByteArray::number(n.expired));
    buf.append(",\"REVOKED\":").append(QByteArray::number(n.revoked));
    buf.append("},\"byType\":{\"test\":").append(QByteArray::number(n.test));
    buf.append(",\"live\":").append(QByteArray::number(n.live));
    buf.append("},\"expiringSoon\":").append(QByteArray::number(n.expiringSoon)).append('}');

    buf.append(",\n\"expiriesByMonth\":[");
    for (int i = 0; i < report.expiriesByMonth.size(); ++i) {
        if (i)
            buf.append(',');
        buf.append("{\"month\":\"").append(report.chartMonth(i).toString(QStringLiteral("yyyy-MM")).toLatin1());
        buf.append("\",\"count\":").append(QByteArray::number(report.expiriesByMonth.at(i))).append('}');
    }
    buf.append(']');

    const HealthSettings& hs = report.healthSettings;
    buf.append(",\n\"healthSettings\":{\"rotationDays\":").append(QByteArray::number(hs.rotationDays));
    buf.append(",\"expiringDays\":").append(QByteArray::number(hs.expiringDays));
    buf.append(",\"unusedDays\":").append(QByteArray::number(hs.unusedDays)).append('}');

    QList<QByteArray> keys;
    for (const ReportColumn c : report.columns)
        keys << '"' + Report::columnJsonKey(c).toLatin1() + "\":";
    buf.append(",\n\"tokens\":[");
    for (qsizetype i = 0; i < report.tokens.size(); ++i) {
        buf.append(i ? ",\n" : "\n");
        appendToken(buf, report, keys, report.tokens.at(i));
        if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
            return r;
    }
    buf.append("],\n\"monite_clients\":[");
    for (qsizetype i = 0; i < report.moniteClients.size(); ++i) {
        buf.append(i ? ",\n" : "\n");
        appendMoniteClient(buf, report, report.moniteClients.at(i));
        if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
            return r;
    }
    buf.append("],\n\"health\":[");
    for (qsizetype i = 0; i < report.health.size(); ++i) {
        buf.append(i ? ",\n" : "\n");
        appendFinding(buf, report.health.at(i));
        if (auto r = ReportErrors::rowDone(out, device, progress); !r.ok())
            return r;
    }
    buf.append("]}\n");
    if (!out.flush())
        return ReportErrors::writeFailed(device.errorString());
    return {};
}

} // namespace monime
