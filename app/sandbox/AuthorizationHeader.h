// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace monime {

/// Reads `Authorization: Bearer <token>` (RFC 6750 §2.1): the scheme is case-insensitive, one or more
/// spaces follow it, and the token is a single token68 word. Pure, allocation-free and fuzzed.
class AuthorizationHeader
{
public:
    /// The token, or nullopt when the value is empty, another scheme, or not a single token68 word.
    static std::optional<QByteArrayView> bearerToken(QByteArrayView value);
    static constexpr int kMaxTokenLength = 512;
};

} // namespace monime
