// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main screens to PNG for docs/ (not a test): screenshots DATABASE OUTDIR
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "Translations.h"
#include "dialogs/OneTimeTokenDialog.h"
#include "fakes/MemorySecretStore.h"
#include "models/TokenTableModel.h"
#include "portal/TokenService.h"
#include "store/Database.h"
#include "widgets/PillBox.h"
#include "wizard/CreateTokenWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QPalette>
#include <QTimer>

using namespace monime;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype lang = args.indexOf(QStringLiteral("--language"));
    installTranslations(app, lang > 0 ? args.value(lang + 1) : QStringLiteral("en"));
    if (args.contains(QStringLiteral("--dark"))) {
        // A dark desktop palette, as Fusion users get from their theme: colours must stay readable.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        QApplication::setPalette(dark);
    }
    if (args.size() < 3)
        return 2;
    auto db = Database::openSqlite(args.at(1));
    if (!db.ok())
        return 1;
    const QDir out(args.at(2));
    SystemClock clock;
    MemorySecretStore secrets;
    TokenService service(*db.value(), secrets, clock, Catalog::builtIn());

    MainWindow window(service);
    window.resize(1400, 640);
    window.show();
    const auto tokens = window.model()->tokens();
    for (const TokenInfo& t : tokens)
        if (t.environment == Environment::Live && !t.spaceWhitelist.isEmpty())
            window.selectIds({t.id});
    QApplication::processEvents();
    window.grab().save(out.filePath(QStringLiteral("main-window.png")));

    CreateTokenWizard wizard(service, service.spaces().value(), QString());
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Payouts worker"));
    wizard.findChild<QCheckBox*>(QStringLiteral("testModeCheckBox"))->setChecked(false);
    wizard.revalidate();
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("wizard-token.png")));
    wizard.next();
    wizard.findChild<QLineEdit*>(QStringLiteral("ipLineEdit"))->setText(QStringLiteral("203.0.113.5/24"));
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("wizard-restrictions.png")));
    wizard.findChild<QLineEdit*>(QStringLiteral("ipLineEdit"))->setText(QStringLiteral("203.0.113.0/24"));
    Q_EMIT wizard.findChild<QLineEdit*>(QStringLiteral("ipLineEdit"))->returnPressed();
    wizard.next();
    auto* services = wizard.findChild<QListWidget*>(QStringLiteral("servicesListWidget"));
    services->item(0)->setCheckState(Qt::Checked);
    services->item(1)->setCheckState(Qt::Checked);
    wizard.findChild<PillBox*>(QStringLiteral("permissionPillBox"))
        ->setValues({QStringLiteral("payouts:write"), QStringLiteral("payments:read"), QStringLiteral("payouts:read")});
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("wizard-permissions.png")));
    wizard.next();
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("wizard-review.png")));

    TokenInfo info;
    info.name = QStringLiteral("Payouts worker");
    info.environment = Environment::Live;
    info.expiresAt = clock.now().addYears(1);
    info.permissions = {QStringLiteral("payments:read"), QStringLiteral("payouts:read"), QStringLiteral("payouts:write")};
    ClipboardGuard guard;
    // A made-up secret of the right shape, generated now and never stored.
    OneTimeTokenDialog dialog(info, QString::fromLatin1(TokenSecret::generate(Environment::Live)), guard, 30);
    dialog.show();
    dialog.findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
    QApplication::processEvents();
    dialog.grab().save(out.filePath(QStringLiteral("one-time-dialog.png")));
    return 0;
}
