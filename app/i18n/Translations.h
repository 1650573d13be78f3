// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace monime {

/// Installs the app's and Qt's translations for `language` ("fr", "en"; empty: the system locale, from
/// LC_ALL/LC_MESSAGES/LANG). English is the fallback; its file only holds plural forms ("1 day", "2 days").
/// All three programs call it once, before any string is translated. Returns the language loaded ("fr", "en").
QString installTranslations(QCoreApplication& app, const QString& language);

/// The value of `--lang LANG` or `--lang=LANG` in `arguments` (program name first), or empty. Read before the
/// command line is parsed, so the parser's own help and errors are already translated.
QString languageArgument(const QStringList& arguments);

} // namespace monime
