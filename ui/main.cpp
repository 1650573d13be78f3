// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "domain/Catalog.h"
#include "portal/TokenService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Monime"));
    QApplication::setOrganizationDomain(QStringLiteral("monime.io"));
    QApplication::setApplicationName(QStringLiteral("monime-portal"));
    QApplication::setApplicationDisplayName(QObject::tr("Monime Developer Portal"));
    QApplication::setApplicationVersion(QStringLiteral(MONIME_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Manage Monime API access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), QObject::tr("The inventory database file."),
                                            QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("MONIME_PORTAL_DATABASE");
    if (path.isEmpty())
        path = monime::Database::defaultPath();
    auto database = monime::Database::openSqlite(path);
    if (!database.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Cannot open the token inventory"), database.error().message);
        return 1;
    }
    monime::SystemClock clock;
    monime::KeychainSecretStore secrets;
    monime::TokenService service(*database.value(), secrets, clock, monime::Catalog::builtIn());
    monime::MainWindow window(service);
    service.recoverPending([&window](monime::Result<int>) { window.reload(); });
    window.show();
    return app.exec();
}
