// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TokenJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace monime {

namespace {

/// Appends `s` as a JSON string. UTF-8 never has bytes below 0x80 inside a multi-byte sequence, so escaping
/// the ASCII specials of the UTF-8 bytes is enough.
void appendString(QByteArray& out, const QString& s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            switch (c) {
            case '\n':
                out.append("\\n");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\r':
                out.append("\\r");
                break;
            default:
                out.append("\\u00").append(kHex[u >> 4]).append(kHex[u & 0xF]);
            }
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

void appendStringOrNull(QByteArray& out, const QString& s)
{
    if (s.isEmpty())
        out.append("null");
    else
        appendString(out, s);
}

void appendTwo(QByteArray& out, int v)
{
    out.append(char('0' + v / 10)).append(char('0' + v % 10));
}

/// ISO 8601 UTC to the second, from milliseconds since the epoch, without building a QDateTime string
/// (days-to-civil after Howard Hinnant).
void appendTime(QByteArray& out, const QDateTime& t)
{
    if (!t.isValid()) {
        out.append("null");
        return;
    }
    qint64 secs = t.toMSecsSinceEpoch();
    secs = secs >= 0 ? secs / 1000 : -((-secs + 999) / 1000);
    qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 rem = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) { // outside ISO's four digits: let Qt spell it
        appendString(out, t.toUTC().toString(Qt::ISODate));
        return;
    }
    out.append('"');
    out.append(QByteArray::number(year).rightJustified(4, '0'));
    out.append('-');
    appendTwo(out, month);
    out.append('-');
    appendTwo(out, day);
    out.append('T');
    appendTwo(out, int(rem / 3600));
    out.append(':');
    appendTwo(out, int(rem / 60 % 60));
    out.append(':');
    appendTwo(out, int(rem % 60));
    out.append("Z\"");
}

void appendList(QByteArray& out, const QStringList& list)
{
    out.append('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, list.at(i));
    }
    out.append(']');
}

} // namespace

QString TokenJson::timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

void TokenJson::appendToken(QByteArray& out, const TokenInfo& t, const QDateTime& now)
{
    out.append("{\"id\":");
    appendString(out, t.id);
    out.append(",\"name\":");
    appendString(out, t.name);
    out.append(",\"environment\":").append(t.environment == Environment::Test ? "\"test\"" : "\"live\"");
    out.append(",\"status\":\"").append(statusName(t.status(now)).toLatin1()).append('"');
    out.append(",\"expiresSoon\":").append(t.expiresSoon(now) ? "true" : "false");
    out.append(",\"createdAt\":");
    appendTime(out, t.createdAt);
    out.append(",\"expiresAt\":");
    appendTime(out, t.expiresAt);
    out.append(",\"revokedAt\":");
    appendTime(out, t.revokedAt);
    out.append(",\"revokeReason\":");
    appendStringOrNull(out, t.revokeReason);
    out.append(",\"apiRelease\":");
    appendString(out, t.apiRelease);
    out.append(",\"permissions\":");
    appendList(out, t.permissions);
    out.append(",\"spaceWhitelist\":");
    appendStringOrNull(out, t.spaceWhitelist);
    out.append(",\"ipWhitelist\":");
    appendList(out, t.ipWhitelist);
    out.append(",\"hint\":");
    appendString(out, t.hint);
    out.append(",\"checksum\":").append(t.checksum == ChecksumState::Valid ? "\"valid\"" : "\"not_applicable\"");
    out.append(",\"origin\":\"").append(originName(t.origin).toLatin1()).append('"');
    out.append(",\"rotatedFrom\":");
    appendStringOrNull(out, t.rotatedFrom);
    out.append(",\"owner\":");
    appendString(out, t.ownerId);
    out.append(",\"lastUsedAt\":");
    appendTime(out, t.lastUsedAt);
    out.append(",\"lastTestedAt\":");
    appendTime(out, t.lastTestedAt);
    out.append(",\"lastTestResult\":");
    appendStringOrNull(out, t.lastTestResult);
    out.append('}');
}

QJsonObject TokenJson::token(const TokenInfo& t, const QDateTime& now)
{
    QByteArray bytes;
    appendToken(bytes, t, now);
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray TokenJson::tokenArray(const QList<TokenInfo>& tokens, const QDateTime& now)
{
    QByteArray out;
    out.reserve(tokens.size() * 600 + 4);
    out.append('[');
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i)
            out.append(',');
        appendToken(out, tokens.at(i), now);
    }
    out.append("]\n");
    return out;
}

QJsonObject TokenJson::audit(const AuditEntry& e)
{
    QJsonObject o;
    o.insert(QLatin1String("at"), timestamp(e.at));
    o.insert(QLatin1String("actor"), e.actor);
    o.insert(QLatin1String("action"), e.action);
    o.insert(QLatin1String("detail"), e.detail);
    return o;
}

QJsonObject TokenJson::space(const SpaceInfo& s)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), s.id);
    o.insert(QLatin1String("name"), s.name);
    o.insert(QLatin1String("role"), s.role.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.role));
    o.insert(QLatin1String("createdAt"), timestamp(s.createdAt));
    return o;
}

} // namespace monime
