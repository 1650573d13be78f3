// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Monime"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("monime.io"));
    QCoreApplication::setApplicationName(QStringLiteral("monime-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MONIME_VERSION));

    monime::CliApp cli;
    QObject::connect(&cli, &monime::CliApp::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, [&cli] { cli.run(QCoreApplication::arguments()); });
    return app.exec();
}
