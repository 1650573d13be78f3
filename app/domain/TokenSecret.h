// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/Environment.h"

#include <QByteArray>
#include <QCoreApplication>

namespace monime {

/// Whether a token carries this app's CRC32 checksum. Tokens pasted from the real Monime portal have none.
enum class ChecksumState { Valid, NotApplicable };

struct ParsedToken
{
    Environment environment = Environment::Test;
    ChecksumState checksum = ChecksumState::NotApplicable;
};

/// Shapes of Monime access tokens: `mon_` (live) or `mon_test_` (test) followed by base62.
///
/// Tokens generated here are prefix + 40 base62 characters from the OS CSPRNG + a 6-character base62
/// CRC32 of everything before it, so a mistyped token can be told from a real one offline.
class TokenSecret
{
    Q_DECLARE_TR_FUNCTIONS(monime::TokenSecret)

public:
    static constexpr int kRandomLength = 40;
    static constexpr int kChecksumLength = 6;
    static constexpr int kMinPastedBody = 16;
    static constexpr int kMaxPastedBody = 128;

    static QLatin1String prefix(Environment environment);

    /// A new secret from QRandomGenerator::system().
    static QByteArray generate(Environment environment);

    /// `length` base62 characters from the OS CSPRNG: token bodies, and the random part of ids
    /// ("tok-…", "mmr-…", sandbox object ids).
    static QByteArray randomBase62(int length);
    /// `prefix` followed by `length` random base62 characters, e.g. randomId("tok-", 20).
    static QString randomId(QLatin1String prefix, int length)
    {
        return prefix + QString::fromLatin1(randomBase62(length));
    }

    /// Checks the shape of a token; never echoes the token back in the error.
    static Result<ParsedToken> parse(QByteArrayView token);

    /// The 6 base62 characters of the CRC32 of `text`.
    static QByteArray checksum(QByteArrayView text);

    /// What lists show instead of the secret: the prefix, an ellipsis and the last four characters.
    static QString hint(QByteArrayView token);

    /// Lowercase hex SHA-256 of the secret: what the database keeps to recognise a token.
    static QString digest(QByteArrayView token);

    static bool isBase62(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
};

} // namespace monime
