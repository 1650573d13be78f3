// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>

namespace monime {

namespace {
QVariant get(const char* key, const QVariant& fallback)
{
    return QSettings().value(QLatin1String(key), fallback);
}
void set(const char* key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(key), value);
}
} // namespace

int Settings::clipboardTimeoutSecs()
{
    return qBound(5, get("clipboard/timeoutSecs", kDefaultClipboardSecs).toInt(), 600);
}
void Settings::setClipboardTimeoutSecs(int secs)
{
    set("clipboard/timeoutSecs", secs);
}
int Settings::rotationDays()
{
    return qBound(1, get("tokens/rotationDays", kDefaultRotationDays).toInt(), 3650);
}
void Settings::setRotationDays(int days)
{
    set("tokens/rotationDays", days);
}
QString Settings::defaultRelease()
{
    return get("tokens/defaultRelease", QString()).toString();
}
void Settings::setDefaultRelease(const QString& id)
{
    set("tokens/defaultRelease", id);
}
QString Settings::language()
{
    return get("ui/language", QString()).toString();
}
void Settings::setLanguage(const QString& code)
{
    set("ui/language", code);
}
QString Settings::databasePath()
{
    return get("store/databasePath", QString()).toString();
}
void Settings::setDatabasePath(const QString& path)
{
    set("store/databasePath", path);
}

} // namespace monime
