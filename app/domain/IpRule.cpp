// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IpRule.h"

#include <QHostAddress>

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

} // namespace monime
