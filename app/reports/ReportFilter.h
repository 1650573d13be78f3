// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"
#include "store/TokenRepository.h"

#include <QCoreApplication>

#include <optional>

namespace monime {

/// What a report covers: the filters of the token list (status, environment) and its search text. Recorded in
/// the report so its reader knows what was left out.
struct ReportFilter
{
    Q_DECLARE_TR_FUNCTIONS(monime::ReportFilter)

public:
    std::optional<TokenStatus> status;
    std::optional<Environment> environment;
    QString search; ///< case-insensitive; matches the name, the id or a permission, as the list's search box

    bool isEmpty() const { return !status && !environment && search.isEmpty(); }
    /// The part the store can filter in SQL (status and environment).
    TokenFilter storeFilter() const;
    bool matches(const TokenInfo& token, const QDateTime& now) const;
    /// Translated, for a report's header: "status ACTIVE; environment live; search “pay”", or "none".
    QString describe() const;
};

} // namespace monime
