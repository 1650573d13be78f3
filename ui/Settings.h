// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace monime {

/// The user's preferences (QSettings): clipboard timeout, rotation period, default API release, language,
/// database location.
class Settings
{
public:
    static constexpr int kDefaultClipboardSecs = 30;
    static constexpr int kDefaultRotationDays = 90;

    static int clipboardTimeoutSecs();
    static void setClipboardTimeoutSecs(int secs);
    static int rotationDays();
    static void setRotationDays(int days);
    static QString defaultRelease(); ///< empty: the catalog's default
    static void setDefaultRelease(const QString& id);
    static QString language(); ///< empty: follow the system locale; "en", "fr"
    static void setLanguage(const QString& code);
    static QString databasePath(); ///< empty: the per-user default
    static void setDatabasePath(const QString& path);
};

} // namespace monime
