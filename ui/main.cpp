// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MessageBox.h"
#include "Settings.h"
#include "Translations.h"
#include "domain/Catalog.h"
#include "portal/TokenService.h"
#include "portal/TokenTester.h"
#include "reports/pdf/PdfReportWriter.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Monime"));
    QApplication::setOrganizationDomain(QStringLiteral("monime.io"));
    QApplication::setApplicationName(QStringLiteral("monime-portal"));
    QApplication::setApplicationVersion(QStringLiteral(MONIME_VERSION));
    // The installed desktop entry and icon (packaging/): Wayland matches the window to the entry by this name.
    QApplication::setDesktopFileName(QStringLiteral("io.monime.Portal"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.monime.Portal")));
    monime::installTranslations(app, monime::Settings::language());
    monime::PdfReportWriter::registerWriter();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Monime Developer Portal"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Manage Monime API access tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QApplication::translate("main", "The inventory database file."),
                                            QStringLiteral("PATH"));
    parser.addOption(databaseOption);
    parser.process(app);

    QString path = parser.value(databaseOption);
    if (path.isEmpty())
        path = qEnvironmentVariable("MONIME_PORTAL_DATABASE");
    if (path.isEmpty())
        path = monime::Settings::databasePath();
    if (path.isEmpty())
        path = monime::Database::defaultPath();
    auto database = monime::Database::openSqlite(path);
    if (!database.ok()) {
        monime::MessageBox::critical(nullptr, QApplication::translate("main", "Cannot open the token inventory"),
                                     database.error().message);
        return 1;
    }
    monime::SystemClock clock;
    monime::KeychainSecretStore secrets;
    monime::TokenService service(*database.value(), secrets, clock, monime::Catalog::builtIn());
    monime::MainWindow window(service);

    // The built-in sandbox: the same server as monime-sandbox, in-process on a free loopback port, over the same
    // database; the Test button's default target. Without it the app still works (tests go elsewhere).
    monime::SandboxServer sandbox(path, monime::Catalog::builtIn(), clock);
    const auto started = sandbox.start();
    QNetworkAccessManager network;
    monime::ApiClient client(network);
    monime::TokenTester tester(service, client);
    window.setTesting(&tester, started.ok() ? sandbox.baseUrl() : QUrl(),
                      started.ok() ? QString() : started.error().message);
    QObject::connect(&sandbox, &monime::SandboxServer::usageFlushed, &window, &monime::MainWindow::usageRecorded);
    // Roll back creates a crash left half-done; the keychain answers asynchronously, the window shows at once.
    service.recoverPending([&window](monime::Result<int> recovered) {
        if (recovered.ok() && recovered.value() > 0)
            window.reload();
    });
    window.show();
    return app.exec();
}
