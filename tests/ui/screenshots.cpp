// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main screens to PNG for docs/ (not a test): screenshots DATABASE OUTDIR
#include "ClipboardGuard.h"
#include "MainWindow.h"
#include "api/MoniteApiClient.h"
#include "dialogs/OneTimeTokenDialog.h"
#include "fakes/MemorySecretStore.h"
#include "i18n/Translations.h"
#include "models/TokenTableModel.h"
#include "monite/MonitePage.h"
#include "portal/MoniteService.h"
#include "portal/TokenService.h"
#include "portal/TokenTester.h"
#include "reports/ExportDialog.h"
#include "reports/HealthView.h"
#include "reports/pdf/PdfReportWriter.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/monite/MoniteSandbox.h"
#include "store/Database.h"
#include "testing/TestTokenDialog.h"
#include "testing/UsageView.h"
#include "widgets/PillBox.h"
#include "wizard/CreateTokenWizard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPalette>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace monime;

namespace {

/// Turns the event loop until `done()` or 15 s. processEvents(flags, ms) returns at once when nothing is pending,
/// so a loop of those spins instead of waiting: block for events, with a timer to wake up.
void waitUntil(const std::function<bool()>& done)
{
    QTimer wake;
    wake.start(50);
    QElapsedTimer since;
    since.start();
    while (!done() && since.elapsed() < 15000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype lang = args.indexOf(QStringLiteral("--language"));
    installTranslations(app, lang > 0 ? args.value(lang + 1) : QStringLiteral("en"));
    PdfReportWriter::registerWriter();
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

    // A client of the local sandbox's Monite emulation, for the Monite clients page (shot last).
    const QString clientId = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    const QString entity = QStringLiteral("11111111-1111-4111-8111-111111111111");
    const QString role = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
    const QString alice = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
    MoniteSandboxConfig config;
    config.addClient(QStringLiteral("docs"), clientId, "screenshot-secret");
    config.addEntity(entity, QStringLiteral("Acme"));
    config.addRole(role, entity, QStringLiteral("Accountant"),
                   { { QStringLiteral("payable"), QStringLiteral("read"), MonitePermission::Allowed },
                     { QStringLiteral("payable"), QStringLiteral("create"), MonitePermission::AllowedForOwn },
                     { QStringLiteral("payable"), QStringLiteral("pay"), MonitePermission::NotAllowed },
                     { QStringLiteral("receivable"), QStringLiteral("read"), MonitePermission::Allowed } });
    config.addEntityUser(alice, entity, role, QStringLiteral("alice"), QStringLiteral("Alice"));
    MoniteSandbox moniteSandbox(config, clock, MoniteApiOptions {});
    QNetworkAccessManager moniteNetwork;
    MoniteApiClient moniteClient(moniteNetwork);
    MoniteService monite(*db.value(), secrets, clock, moniteClient);
    MainWindow window(service);
    window.addMonitePage(monite); // as the app does: the sections hold "Monite clients"
    window.resize(1280, 720); // the default window size: what matters must show at it
    window.show();
    const auto tokens = window.model()->tokens();
    for (const TokenInfo& t : tokens)
        if (t.environment == Environment::Live && !t.spaceWhitelist.isEmpty())
            window.selectIds({ t.id });
    QApplication::processEvents();
    window.grab().save(out.filePath(QStringLiteral("main-window.png")));
    // The same token with its details open (Details, or Enter on it).
    window.findChild<QAction*>(QStringLiteral("detailsAction"))->trigger();
    QApplication::processEvents();
    window.grab().save(out.filePath(QStringLiteral("main-window-details.png")));

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
        ->setValues(
            { QStringLiteral("payouts:write"), QStringLiteral("payments:read"), QStringLiteral("payouts:read") });
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("wizard-permissions.png")));
    wizard.next();
    QApplication::processEvents();
    wizard.grab().save(out.filePath(QStringLiteral("wizard-review.png")));

    TokenInfo info;
    info.name = QStringLiteral("Payouts worker");
    info.environment = Environment::Live;
    info.expiresAt = clock.now().addYears(1);
    info.permissions
        = { QStringLiteral("payments:read"), QStringLiteral("payouts:read"), QStringLiteral("payouts:write") };
    ClipboardGuard guard;
    // A made-up secret of the right shape, generated now and never stored.
    OneTimeTokenDialog dialog(info, QString::fromLatin1(TokenSecret::generate(Environment::Live)), guard, 30);
    dialog.show();
    dialog.findChild<QPushButton*>(QStringLiteral("copyButton"))->click();
    QApplication::processEvents();
    dialog.grab().save(out.filePath(QStringLiteral("one-time-dialog.png")));

    // Test, Usage, Health and Export, against the built-in sandbox over real loopback HTTP. Tokens made here
    // keep their secrets in the memory keychain; a few calls give the usage chart something to show.
    SandboxOptions options;
    options.usageFlushMs = 20;
    SandboxServer sandbox(args.at(1), Catalog::builtIn(), clock, options);
    if (!sandbox.start().ok())
        return 1;
    QNetworkAccessManager network;
    ApiClient client(network);
    TokenTester tester(service, client);
    auto await = [](auto start) {
        bool done = false;
        start([&done] { done = true; });
        waitUntil([&done] { return done; });
    };
    TokenDraft draft;
    draft.name = QStringLiteral("Checkout backend (staging)");
    draft.apiRelease = Catalog::builtIn().defaultReleaseId();
    draft.permissions = { QStringLiteral("checkout-sessions:write"), QStringLiteral("payments:read") };
    TokenInfo testToken;
    QByteArray secret;
    await([&](auto finished) {
        service.create(draft, [&, finished](Result<CreatedToken> r) {
            if (r.ok()) {
                testToken = r->token;
                secret = r->secret;
            }
            finished();
        });
    });
    // Calls an integration would make: granted, lacking a permission, and without the Space header.
    const QList<QPair<QString, QString>> calls = {
        { QStringLiteral("/v1/payments"), QStringLiteral("spc-k6PWMZvKxSJ1") },
        { QStringLiteral("/v1/checkout-sessions"), QStringLiteral("spc-k6PWMZvKxSJ1") },
        { QStringLiteral("/v1/payouts"), QStringLiteral("spc-k6PWMZvKxSJ1") },
        { QStringLiteral("/v1/payments"), QString() },
        { QStringLiteral("/v1/payments/pay-unknown"), QStringLiteral("spc-k6PWMZvKxSJ1") },
    };
    for (int i = 0; i < 25; ++i) {
        const auto& [path, space] = calls.at(i % calls.size());
        QNetworkRequest request(sandbox.baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Authorization", "Bearer " + secret);
        if (!space.isEmpty())
            request.setRawHeader("Monime-Space-Id", space.toLatin1());
        await([&](auto finished) {
            QNetworkReply* reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, finished] {
                reply->deleteLater();
                finished();
            });
        });
    }
    secret.fill('*');
    for (int i = 0; i < 12; ++i)
        await([&](auto finished) {
            tester.test(testToken.id, sandbox.baseUrl(), i % 4 == 3 ? QStringLiteral("spc-nosuchspace1") : QString(),
                        QStringLiteral("sandbox"), [finished](Result<ProbeResult>) { finished(); });
        });
    TestTokenDialog testDialog(testToken, service.spaces().value(), sandbox.baseUrl(), tester);
    testDialog.show();
    bool tested = false;
    QObject::connect(&testDialog, &TestTokenDialog::testFinished, &testDialog, [&tested] { tested = true; });
    testDialog.runTest();
    waitUntil([&tested] { return tested; });
    testDialog.grab().save(out.filePath(QStringLiteral("test-dialog.png")));

    sandbox.flushUsage();
    UsageView usage(service);
    usage.resize(1000, 620);
    usage.show();
    // One refresh, then wait for its worker (a refresh every few ms would drop the one before it unfinished).
    usage.refresh();
    waitUntil([&usage] { return usage.totalCalls() > 0; });
    QApplication::processEvents();
    usage.grab().save(out.filePath(QStringLiteral("usage-view.png")));

    HealthView health(service);
    health.resize(1100, 480);
    health.refresh(90);
    health.show();
    QApplication::processEvents();
    health.grab().save(out.filePath(QStringLiteral("health-view.png")));

    ExportDialog exportDialog(service, ReportFilter {}, 90);
    exportDialog.show();
    QApplication::processEvents();
    exportDialog.grab().save(out.filePath(QStringLiteral("export-dialog.png")));

    // The Monite clients page: a client of the local sandbox's Monite emulation, a partner token got, an entity
    // user's token tested (its role shown).
    if (moniteSandbox.listen().ok()) {
        auto wait = [](bool& done) { waitUntil([&done] { return done; }); };
        bool added = false;
        MoniteProfileDraft draft { QStringLiteral("acme-local"),
                                   moniteSandbox.baseUrl().toString(),
                                   QString(),
                                   clientId,
                                   { alice + QStringLiteral("=alice") } };
        monite.addProfile(draft, "screenshot-secret", [&](Result<MoniteProfile> r) {
            if (!r.ok())
                qWarning("Monite profile: %s", qPrintable(r.error().message));
            added = true;
        });
        wait(added);
        bool minted = false;
        monite.mintToken(draft.name, QString(), [&](Result<MoniteMintedToken> r) {
            if (!r.ok())
                qWarning("Monite token: %s", qPrintable(r.error().message));
            minted = true;
        });
        wait(minted);
        window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->setCurrentRow(3);
        MonitePage* page = window.monitePage();
        page->reload();
        page->selectGrant(alice);
        bool tested = false;
        QObject::connect(page, &MonitePage::testShown, page, [&] { tested = true; });
        page->testToken();
        wait(tested);
        QApplication::processEvents();
        window.grab().save(out.filePath(QStringLiteral("monite-page.png")));
    }
    return 0;
}
