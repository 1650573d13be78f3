// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace monime {

/// The login reminder: an XDG autostart entry ($XDG_CONFIG_HOME/autostart, else ~/.config/autostart) that runs
/// `monime-portal-cli remind --wait 3600` when the user logs in, so tokens near expiry are announced even when
/// the app is closed. Opt-in (Settings); turning it off removes the file.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(monime::Autostart)

public:
    static QString entryPath();
    static bool isEnabled();
    /// Writes the entry for `cliProgram` (absolute path) and `databasePath` (empty: the default inventory).
    static Result<void> enable(const QString& cliProgram, const QString& databasePath = {});
    static Result<void> disable();
    /// The entry's text (for the tests and for people who write it by hand).
    static QString entryText(const QString& cliProgram, const QString& databasePath);
    /// One argument quoted for an Exec line (Desktop Entry Specification, "The Exec key").
    static QString quoteExecArgument(const QString& argument);
};

} // namespace monime
