// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace monime {

/// Installs the app's and Qt's translations for `language` ("fr", "en"; empty: the system locale).
/// English is the fallback; its file only holds plural forms ("1 day", "2 days").
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace monime
