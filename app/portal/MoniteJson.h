// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/MoniteService.h"

#include <QJsonObject>

namespace monime {

/// The JSON shapes of `monite … --json` and of the reports' Monite section. Never a client secret; an access
/// token only in `minted` (the one-time display of `monite token --json`).
class MoniteJson
{
public:
    static QJsonObject profile(const MoniteProfileView& view);
    static QJsonObject token(const MoniteTokenView& token);
    static QJsonObject details(const MoniteProfileDetails& details);
    static QJsonObject testResult(const QString& profileName, const MoniteTestResult& result);
    static QJsonObject role(const MoniteUserRole& role);
    /// Includes `accessToken`: print it once, never store it.
    static QJsonObject minted(const MoniteMintedToken& minted, const QDateTime& now);
    static QJsonValue time(const QDateTime& t); ///< ISO 8601 UTC, or null
};

} // namespace monime
