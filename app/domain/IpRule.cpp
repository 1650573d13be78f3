// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IpRule.h"

#include <QHostAddress>

#include <algorithm>
#include <vector>

namespace monime {

namespace {

std::optional<IpAddress> parseV4(QStringView text)
{
    IpAddress a;
    a.v4 = true;
    int part = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (part < 4) {
        const qsizetype start = i;
        int value = 0;
        while (i < n && text[i].isDigit() && text[i].unicode() < 128) {
            value = value * 10 + (text[i].unicode() - '0');
            if (value > 255 || i - start >= 3)
                return std::nullopt;
            ++i;
        }
        const qsizetype len = i - start;
        if (len == 0 || (len > 1 && text[start] == QLatin1Char('0')))
            return std::nullopt;
        a.bytes[part++] = static_cast<quint8>(value);
        if (part < 4) {
            if (i >= n || text[i] != QLatin1Char('.'))
                return std::nullopt;
            ++i;
        }
    }
    if (i != n)
        return std::nullopt;
    return a;
}

void maskHostBits(IpAddress& a, int prefix)
{
    const int bytes = a.v4 ? 4 : 16;
    for (int b = 0; b < bytes; ++b) {
        const int bitsHere = qBound(0, prefix - b * 8, 8);
        a.bytes[b] &= static_cast<quint8>(bitsHere == 0 ? 0 : (0xFF << (8 - bitsHere)) & 0xFF);
    }
}

/// An address as a 128-bit number (IPv4 in the low 32 bits), for comparing ranges.
struct Number
{
    quint64 high = 0;
    quint64 low = 0;

    bool operator<(const Number& o) const { return high != o.high ? high < o.high : low < o.low; }
    bool operator==(const Number& o) const { return high == o.high && low == o.low; }
};

Number toNumber(const IpAddress& a)
{
    Number n;
    const int bytes = a.v4 ? 4 : 16;
    for (int b = 0; b < bytes; ++b) {
        n.high = (n.high << 8) | (n.low >> 56);
        n.low = (n.low << 8) | a.bytes[b];
    }
    return n;
}

/// A number with its `bits` lowest bits set (0–128).
Number lowBits(int bits)
{
    Number n;
    n.low = bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
    n.high = bits <= 64 ? 0 : bits >= 128 ? ~quint64(0) : (quint64(1) << (bits - 64)) - 1;
    return n;
}

Number orOf(const Number& a, const Number& b)
{
    return { a.high | b.high, a.low | b.low };
}

Number next(const Number& a)
{
    return a.low == ~quint64(0) ? Number { a.high + 1, 0 } : Number { a.high, a.low + 1 };
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    if (!text.contains(QLatin1Char(':')))
        return parseV4(text);
    if (text.contains(QLatin1Char('%')))
        return std::nullopt; // scope ids name an interface, not a host
    QHostAddress host;
    if (!host.setAddress(text.toString()) || host.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    const Q_IPV6ADDR raw = host.toIPv6Address();
    IpAddress a;
    static constexpr quint8 kMapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF };
    if (std::equal(std::begin(kMapped), std::end(kMapped), raw.c)) {
        a.v4 = true;
        std::copy(raw.c + 12, raw.c + 16, a.bytes.begin());
    } else {
        a.v4 = false;
        std::copy(raw.c, raw.c + 16, a.bytes.begin());
    }
    return a;
}

QString IpAddress::toString() const
{
    if (v4)
        return QStringLiteral("%1.%2.%3.%4").arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bytes[3]);
    Q_IPV6ADDR raw;
    std::copy(bytes.begin(), bytes.end(), raw.c);
    return QHostAddress(raw).toString();
}

Result<IpRule> IpRule::parse(const QString& input)
{
    const QString text = input.trimmed();
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QStringView addressPart = slash < 0 ? QStringView(text) : QStringView(text).left(slash);
    auto address = IpAddress::parse(addressPart);
    if (!address)
        return makeError(QStringLiteral("invalid_ip"), QStringLiteral("ip"),
                         tr("\"%1\" is not an IP address. Enter an IPv4 address such as 203.0.113.45, an IPv6 address "
                            "such as 2001:db8::1, or a CIDR range such as 203.0.113.0/24.")
                             .arg(text));
    // An IPv4-mapped range is kept as IPv4: shift its prefix by the 96 bits of the mapping.
    const bool mappedInput = address->v4 && addressPart.contains(QLatin1Char(':'));
    IpRule rule;
    rule.m_network = *address;
    rule.m_prefix = address->bitLength();
    if (slash >= 0) {
        const QStringView prefixPart = QStringView(text).mid(slash + 1);
        bool ok = false;
        int prefix = prefixPart.toInt(&ok);
        const int maxPrefix = mappedInput ? 128 : address->bitLength();
        const bool digitsOnly = !prefixPart.isEmpty() && prefixPart.size() <= 3
            && std::all_of(prefixPart.begin(), prefixPart.end(), [](QChar c) { return c.isDigit(); });
        if (!ok || !digitsOnly || prefix < 0 || prefix > maxPrefix || (mappedInput && prefix < 96))
            return makeError(QStringLiteral("invalid_ip"), QStringLiteral("ip"),
                             tr("\"%1\" has an invalid prefix length: use /0 to /%2 for an %3 range.")
                                 .arg(text)
                                 .arg(maxPrefix)
                                 .arg(address->v4 && !mappedInput ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
        if (mappedInput)
            prefix -= 96;
        IpAddress masked = *address;
        maskHostBits(masked, prefix);
        if (!(masked == *address))
            return makeError(QStringLiteral("invalid_ip"), QStringLiteral("ip"),
                             tr("\"%1\" has host bits set after the /%2 prefix. Did you mean %3/%4?")
                                 .arg(text)
                                 .arg(mappedInput ? prefix + 96 : prefix)
                                 .arg(masked.toString()) // IPv4-mapped input is suggested in its IPv4 form
                                 .arg(prefix));
        rule.m_prefix = prefix;
    }
    return rule;
}

QString IpRule::toString() const
{
    if (m_prefix == m_network.bitLength())
        return m_network.toString();
    return m_network.toString() + QLatin1Char('/') + QString::number(m_prefix);
}

bool IpRule::contains(const IpAddress& address) const
{
    if (address.v4 != m_network.v4)
        return false;
    const int fullBytes = m_prefix / 8;
    for (int b = 0; b < fullBytes; ++b)
        if (address.bytes[b] != m_network.bytes[b])
            return false;
    const int rest = m_prefix % 8;
    if (rest == 0)
        return true;
    const quint8 mask = static_cast<quint8>((0xFF << (8 - rest)) & 0xFF);
    return (address.bytes[fullBytes] & mask) == m_network.bytes[fullBytes];
}

QList<IpRule> IpRule::admittingEveryAddress(const QList<IpRule>& rules, bool v4)
{
    QList<IpRule> family;
    for (const IpRule& r : rules) {
        if (r.m_network.v4 != v4)
            continue;
        if (r.m_prefix == 0)
            return { r };
        family.append(r);
    }
    // Do the ranges, sorted by their first address, leave no gap from the lowest address to the highest?
    const int bits = v4 ? 32 : 128;
    struct Range
    {
        Number first, last;
    };
    std::vector<Range> ranges;
    ranges.reserve(size_t(family.size()));
    for (const IpRule& r : std::as_const(family)) {
        const Number first = toNumber(r.m_network);
        ranges.push_back({ first, orOf(first, lowBits(bits - r.m_prefix)) });
    }
    std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.first < b.first; });
    const Number highest = lowBits(bits);
    Number uncovered; // the lowest address no range so far admits
    for (const Range& r : ranges) {
        if (uncovered < r.first)
            return {}; // a gap
        if (r.last == highest)
            return family;
        if (!(r.last < uncovered))
            uncovered = next(r.last);
    }
    return {};
}

} // namespace monime
