// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "domain/TokenSecret.h"

#include <QByteArrayView>
#include <QSet>
#include <QString>

#include <functional>

namespace monime {

/// One Monime token found in a buffer. Carries the digest and the hint, never the secret.
struct TokenMatch
{
    qsizetype offset = 0; ///< of the `m` of `mon_` in the buffer
    qsizetype length = 0; ///< bytes of the buffer it covers (with the line break when split)
    QString digest; ///< SHA-256 of the token, as the inventory keeps it
    QString hint; ///< `mon_test_…a1B2`
    Environment environment = Environment::Test;
    ChecksumState checksum = ChecksumState::NotApplicable; ///< Valid: made by this app, confirmed offline
    bool split = false; ///< the token was cut by a line break and continues at the start of the next line
};

/// Finds Monime access tokens in bytes: a `memmem` search for `mon_`, then the token alphabet, then the
/// checksum through TokenSecret. Pure and allocation-free until a candidate is found.
///
/// What counts: `mon_`/`mon_test_` (not preceded by a letter, digit or `_`) followed by 16–128 base62
/// characters. A 46-character body (this app's shape) counts only when its CRC32 checksum is right: a typo or a
/// placeholder such as `mon_test_XXXX…` is not a finding. Any other length (a token from the web portal has no
/// checksum) counts when it looks random (digits, upper and lower case, Shannon entropy ≥ 3 bits a character).
/// Either way a token whose digest is in `known` always counts. A token of this app's shape cut by a line break
/// (`\n` or `\r\n`) whose remainder starts the next line is found when the joined text passes the checksum.
class TokenScanner
{
public:
    /// Longest stretch a match can cover: the live prefix, the longest body, a line break, the rest.
    static constexpr qsizetype kMaxMatchBytes = 9 + TokenSecret::kMaxPastedBody + 2 + 64;

    explicit TokenScanner(const QSet<QString>* known = nullptr)
        : m_known(known)
    { }

    /// Calls `found` for each token whose `mon_` starts before `limit` (-1: the whole buffer), in order.
    void scan(QByteArrayView data, const std::function<void(const TokenMatch&)>& found, qsizetype limit = -1) const;

    /// The token whose `mon_` is at `at`, if it is one.
    bool matchAt(QByteArrayView data, qsizetype at, TokenMatch* match) const;

    /// Whether a body without a checksum looks like a random secret rather than a word or a placeholder.
    static bool looksRandom(QByteArrayView body);

private:
    const QSet<QString>* m_known;
};

} // namespace monime
