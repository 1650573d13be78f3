// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace monime {

/// The one rule for "does this token match the search text", used by the token list, the exports and the CLI:
/// the text, trimmed, is found in the name, the id or one of the permissions, regardless of case.
class TokenSearch
{
public:
    /// What a query is compared with: name, id and permissions, case-folded. A list computes it once per token.
    static QString haystack(const TokenInfo& token)
    {
        return QString(token.name + QLatin1Char('\n') + token.id + QLatin1Char('\n')
                       + token.permissions.join(QLatin1Char('\n')))
            .toCaseFolded();
    }
    /// The query as typed, made comparable with haystack(); empty matches every token.
    static QString needle(const QString& query) { return query.trimmed().toCaseFolded(); }
    /// A query never matches across two fields (a line break) or holds a NUL (which no stored text has).
    static bool matches(const QString& haystack, const QString& needle)
    {
        return needle.isEmpty()
            || (!needle.contains(QLatin1Char('\n')) && !needle.contains(QChar(0)) && haystack.contains(needle));
    }
    static bool matches(const TokenInfo& token, const QString& query)
    {
        return matches(haystack(token), needle(query));
    }
};

/// The same rule over many tokens at once, fast enough to run on every keystroke over 100,000 tokens: every
/// haystack, case-folded and in UTF-8, in one buffer (NUL after each token), searched with `memchr` for the needle's
/// rarest byte. UTF-8 keeps substring matches exact: a needle's bytes can only match at a character boundary. Answers
/// exactly as TokenSearch::matches (a test compares the two on random text).
class TokenSearchIndex
{
public:
    void build(const QList<TokenInfo>& tokens);
    int size() const { return int(m_start.size()) - 1; }

    /// One byte per token index: 1 where the token's haystack holds `needle` (from TokenSearch::needle). Only the
    /// tokens in `candidates` are looked at (the others stay 0) unless `candidates` is null: then all of them.
    std::vector<char> find(const QString& needle, const QList<int>* candidates = nullptr) const;

private:
    QByteArray m_text;
    std::array<qsizetype, 256> m_frequency {}; ///< how often each byte occurs in m_text
    QList<qsizetype> m_start = { 0 }; ///< token i's haystack is m_text[m_start[i], m_start[i + 1] - 1)
};

} // namespace monime
