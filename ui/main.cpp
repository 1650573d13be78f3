// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "MessageBox.h"
#include "Settings.h"
#include "domain/Catalog.h"
#include "i18n/Translations.h"
#include "portal/MoniteService.h"
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
#include <QTimer>

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
    // --lang (as the CLI's and the sandbox's) wins over the setting, for this run only.
    const QString language = monime::languageArgument(QCoreApplication::arguments());
    monime::installTranslations(app, language.isEmpty() ? monime::Settings::language() : language);
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
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main",
                                                                "Use this language (en, fr) for this run "
                                                                "instead of the one in Settings."),
                                        QStringLiteral("LANG"));
    parser.addOption(langOption);
    const QCommandLineOption tokenOption(QStringLiteral("token"),
                                         QApplication::translate("main",
                                                                 "Open on this token (an expiry reminder's "
                                                                 "Open)."),
                                         QStringLiteral("ID"));
    parser.addOption(tokenOption);
    const QCommandLineOption rotateOption(QStringLiteral("rotate"),
                                          QApplication::translate("main",
                                                                  "Open on this token and start its guided "
                                                                  "rotation (an expiry reminder's Rotate)."),
                                          QStringLiteral("ID"));
    parser.addOption(rotateOption);
    parser.process(app);

    const QString path = monime::Database::location(parser.value(databaseOption), monime::Settings::databasePath());
    auto database = monime::Database::open(path);
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
    // Monite client profiles: the same use cases as `monime-portal-cli monite`, over the same inventory and keychain.
    monime::MoniteApiClient moniteClient(network);
    monime::MoniteService monite(*database.value(), secrets, clock, moniteClient);
    window.addMonitePage(monite);
    QObject::connect(&sandbox, &monime::SandboxServer::usageFlushed, &window, &monime::MainWindow::usageRecorded);
    // Roll back creates a crash left half-done; the keychain answers asynchronously, the window shows at once.
    service.recoverPending([&window](monime::Result<int> recovered) {
        if (recovered.ok() && recovered.value() > 0)
            window.reload();
    });
    window.show();
    window.enableReminders();
    // From a reminder: open on the token, or start its guided rotation, once the window is up.
    const QString openId
        = parser.value(rotateOption).isEmpty() ? parser.value(tokenOption) : parser.value(rotateOption);
    if (!openId.isEmpty()) {
        const bool rotate = parser.isSet(rotateOption);
        QTimer::singleShot(0, &window, [&window, openId, rotate] {
            window.openToken(openId);
            if (rotate)
                window.startGuidedRotation(openId);
        });
    }
    return app.exec();
}
