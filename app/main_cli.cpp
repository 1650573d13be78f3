// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"
#include "reports/pdf/PdfReportWriter.h"

#include <QGuiApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    // PDF reports (QPdfWriter, fonts) need a QGuiApplication; the CLI never shows a window, so it needs no
    // display: the offscreen platform unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    monime::PdfReportWriter::registerWriter();
    QCoreApplication::setOrganizationName(QStringLiteral("Monime"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("monime.io"));
    QCoreApplication::setApplicationName(QStringLiteral("monime-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MONIME_VERSION));

    monime::CliApp cli;
    QObject::connect(&cli, &monime::CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, [&cli] { cli.run(QCoreApplication::arguments()); });
    return app.exec();
}
