// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"

#include <QString>

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
    static bool matches(const QString& haystack, const QString& needle)
    {
        return needle.isEmpty() || (!needle.contains(QLatin1Char('\n')) && haystack.contains(needle));
    }
    static bool matches(const TokenInfo& token, const QString& query)
    {
        return matches(haystack(token), needle(query));
    }
};

} // namespace monime
