// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace monime {

QString Autostart::entryPath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/io.monime.Portal.Reminders.desktop");
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

QString Autostart::quoteExecArgument(const QString& argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`=%");
    bool needsQuotes = argument.isEmpty();
    for (QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    QString escaped;
    for (QChar c : argument) {
        if (c == QLatin1Char('%')) {
            escaped += QStringLiteral("%%");
            continue;
        }
        if (needsQuotes
            && (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\')))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return needsQuotes ? QLatin1Char('"') + escaped + QLatin1Char('"') : escaped;
}

QString Autostart::entryText(const QString& cliProgram, const QString& databasePath)
{
    QStringList exec { quoteExecArgument(cliProgram) };
    if (!databasePath.isEmpty())
        exec << QStringLiteral("--database") << quoteExecArgument(databasePath);
    exec << QStringLiteral("remind") << QStringLiteral("--wait") << QStringLiteral("3600");
    // Desktop-entry values escape backslashes once more (the Exec quoting above is a level of its own).
    QString execLine = exec.join(QLatin1Char(' '));
    execLine.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Version=1.0\n"
                          "Name=%1\n"
                          "Comment=%2\n"
                          "Exec=%3\n"
                          "Icon=io.monime.Portal\n"
                          "Terminal=false\n"
                          "NoDisplay=true\n"
                          "X-GNOME-Autostart-enabled=true\n"
                          "X-GNOME-Autostart-Delay=30\n")
        .arg(tr("Monime token expiry reminders"), tr("Warns before Monime API access tokens expire"), execLine);
}

Result<void> Autostart::enable(const QString& cliProgram, const QString& databasePath)
{
    const QString path = entryPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(QStringLiteral("autostart_unwritable"), QStringLiteral("autostart"),
                         tr("Could not create the folder %1. Check its permissions, then turn the reminder on again.")
                             .arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("autostart_unwritable"), QStringLiteral("autostart"),
                         tr("Could not write %1 (%2). Check the folder's permissions and free space.")
                             .arg(path, file.errorString()));
    file.write(entryText(cliProgram, databasePath).toUtf8());
    if (!file.commit())
        return makeError(QStringLiteral("autostart_unwritable"), QStringLiteral("autostart"),
                         tr("Could not write %1 (%2). Check the folder's permissions and free space.")
                             .arg(path, file.errorString()));
    return {};
}

Result<void> Autostart::disable()
{
    const QString path = entryPath();
    if (QFile::exists(path) && !QFile::remove(path))
        return makeError(QStringLiteral("autostart_unwritable"), QStringLiteral("autostart"),
                         tr("Could not remove %1. Delete it yourself to stop the login reminder.").arg(path));
    return {};
}

} // namespace monime
