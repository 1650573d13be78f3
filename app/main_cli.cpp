// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "i18n/Translations.h"
#include "reports/pdf/PdfReportWriter.h"

#include <QGuiApplication>
#include <QTimer>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // PDF reports (QPdfWriter, fonts) need a QGuiApplication; the CLI never shows a window, so it needs no
    // display: the offscreen platform unless the caller chose one. Only `export` pays for Qt Gui's start-up
    // (and its warnings where XDG_RUNTIME_DIR is unset); a stray "export" argument value merely costs the same.
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (exporting) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        monime::PdfReportWriter::registerWriter();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Monime"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("monime.io"));
    QCoreApplication::setApplicationName(QStringLiteral("monime-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MONIME_VERSION));

    // LANG (or LC_ALL, LC_MESSAGES) chooses the language; --lang overrides it for this run.
    monime::installTranslations(*app, monime::languageArgument(QCoreApplication::arguments()));

    monime::Cli cli;
    QObject::connect(&cli, &monime::Cli::finished, app.get(), [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, [&cli] { cli.run(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}
