// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace monime {

/// An IPv4 or IPv6 address. IPv4 addresses, and IPv4-mapped IPv6 addresses (`::ffff:a.b.c.d`), are both
/// kept as IPv4, so a whitelist entry `203.0.113.45` matches a caller seen as `::ffff:203.0.113.45`.
struct IpAddress
{
    std::array<quint8, 16> bytes {}; ///< IPv4 uses the first four
    bool v4 = true;

    /// Strict parse: dotted-quad IPv4 (no shorthand, no leading zeros) or IPv6 without a scope id.
    static std::optional<IpAddress> parse(QStringView text);
    QString toString() const;
    int bitLength() const { return v4 ? 32 : 128; }
    bool operator==(const IpAddress& other) const { return v4 == other.v4 && bytes == other.bytes; }
};

/// One entry of a token's IP whitelist: a single address or a CIDR range, normalised.
class IpRule
{
    Q_DECLARE_TR_FUNCTIONS(monime::IpRule)

public:
    /// Parses `203.0.113.45`, `203.0.113.0/24`, `2001:db8::/32`. A range with host bits set
    /// (`203.0.113.5/24`) is an error that names the range meant, never silently fixed.
    static Result<IpRule> parse(const QString& text);

    /// Normalised text: a single address without `/32` or `/128`; IPv6 compressed, lowercase.
    QString toString() const;
    bool contains(const IpAddress& address) const;

    /// The rules among `rules` that together admit every address of one family — every IPv4 address when `v4`,
    /// else every IPv6 address: `0.0.0.0/0`, `::ffff:0:0/96` (which is 0.0.0.0/0), `::/0`, or ranges that add
    /// up to a whole family (`0.0.0.0/1` with `128.0.0.0/1`). A rule that is a whole family alone is returned
    /// alone; otherwise every rule of that family. Empty when some address of the family is left out.
    ///
    /// Such a whitelist restricts nothing for that family: TokenRules refuses it and HealthCheck reports it.
    static QList<IpRule> admittingEveryAddress(const QList<IpRule>& rules, bool v4);
    const IpAddress& network() const { return m_network; }
    int prefixLength() const { return m_prefix; }
    bool operator==(const IpRule& other) const { return m_network == other.m_network && m_prefix == other.m_prefix; }

private:
    IpAddress m_network;
    int m_prefix = 32;
};

} // namespace monime
