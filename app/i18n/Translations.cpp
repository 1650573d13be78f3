// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace monime {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale); // dates and numbers follow the chosen language too
    auto* own = new QTranslator(&app);
    QString loaded;
    if (own->load(locale, QStringLiteral("monime-portal"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        loaded = own->language().section(QLatin1Char('_'), 0, 0);
    else if (own->load(QStringLiteral("monime-portal_en"), QStringLiteral(":/i18n")))
        loaded = QStringLiteral("en");
    if (!loaded.isEmpty())
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

QString languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

} // namespace monime
