// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonText.h"

namespace monime::json {

namespace {
void appendTwo(QByteArray& out, int v)
{
    out.append(char('0' + v / 10)).append(char('0' + v % 10));
}
} // namespace

void appendString(QByteArray& out, QStringView s)
{
    // UTF-8 never has bytes below 0x80 inside a multi-byte sequence: escaping the ASCII specials is enough.
    // Runs of plain bytes are copied in one go.
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    const char* run = utf8.constData();
    const char* const end = run + utf8.size();
    for (const char* p = run; p < end; ++p) {
        const auto u = static_cast<unsigned char>(*p);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (u) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
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
    }
    out.append(run, end - run);
    out.append('"');
}

void appendStringOrNull(QByteArray& out, QStringView s)
{
    if (s.isEmpty())
        out.append("null");
    else
        appendString(out, s);
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

void appendIsoTime(QByteArray& out, const QDateTime& time)
{
    if (!time.isValid())
        return;
    // Civil date from days since the epoch, after Howard Hinnant's days_from_civil inverse.
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const qint64 rem = secs - days * 86400;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int dayOfMonth = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) { // outside ISO's four digits: let Qt spell it
        out.append(time.toUTC().toString(Qt::ISODate).toLatin1());
        return;
    }
    out.append(QByteArray::number(year).rightJustified(4, '0'));
    out.append('-');
    appendTwo(out, month);
    out.append('-');
    appendTwo(out, dayOfMonth);
    out.append('T');
    appendTwo(out, int(rem / 3600));
    out.append(':');
    appendTwo(out, int(rem / 60 % 60));
    out.append(':');
    appendTwo(out, int(rem % 60));
    out.append('Z');
}

void appendTime(QByteArray& out, const QDateTime& time)
{
    if (!time.isValid()) {
        out.append("null");
        return;
    }
    out.append('"');
    appendIsoTime(out, time);
    out.append('"');
}

} // namespace monime::json
