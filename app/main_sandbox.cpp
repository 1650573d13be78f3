// SPDX-License-Identifier: GPL-3.0-or-later
// monime-sandbox: the local Monime API server over the portal's inventory database.
#include "core/Clock.h"
#include "domain/Catalog.h"
#include "i18n/Translations.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/monite/MoniteConfigEditor.h"
#include "sandbox/monite/MoniteSandbox.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <unistd.h>

namespace {
/// The translation context of monime-sandbox's own messages.
class SandboxMain
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

int g_signalPipe[2] = { -1, -1 };
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}

/// SIGINT/SIGTERM end the event loop, so the servers stop cleanly.
void quitOnSignals(QCoreApplication& app)
{
    if (::pipe(g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
}

/// `--monite-config FILE`: the --add-monite-… commands, else Monite's emulation on --host/--port.
int runMonite(QCoreApplication& app, const QCommandLineParser& p, const monime::SandboxOptions& options)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString path = p.value(QStringLiteral("monite-config"));
    const auto fail = [&err](const monime::Error& e) {
        err << SandboxMain::tr("monime-sandbox: error: %1").arg(e.message) << Qt::endl;
        return 1;
    };
    for (const char* monimeOnly : { "database", "state", "environment", "rate-limits" }) {
        if (p.isSet(QLatin1String(monimeOnly))) {
            err << SandboxMain::tr("monime-sandbox: error: --%1 is for Monime's API and has no effect with "
                                   "--monite-config. Leave it out.")
                       .arg(QLatin1String(monimeOnly))
                << Qt::endl;
            return 2;
        }
    }
    if (p.isSet(QStringLiteral("add-monite-client"))) {
        const QString name = p.value(QStringLiteral("add-monite-client"));
        auto made = monime::MoniteConfigEditor::addClient(path, name);
        if (!made.ok())
            return fail(made.error());
        // The secret goes to stdout, once; it is in no file and no other stream.
        out << "MONITE_CLIENT_ID=" << made->clientId << Qt::endl << "MONITE_CLIENT_SECRET=" << made->secret << Qt::endl;
        err << SandboxMain::tr("Added the client \"%1\" to %2. Its secret is shown above only this once; the file "
                               "keeps its SHA-256.")
                   .arg(name, path)
            << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("add-monite-entity"))) {
        auto id = monime::MoniteConfigEditor::addEntity(path, p.value(QStringLiteral("add-monite-entity")));
        if (!id.ok())
            return fail(id.error());
        out << "MONITE_ENTITY_ID=" << id.value() << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("add-monite-role"))) {
        auto id = monime::MoniteConfigEditor::addRole(path, p.value(QStringLiteral("add-monite-role")),
                                                      p.value(QStringLiteral("entity")),
                                                      p.values(QStringLiteral("permission")));
        if (!id.ok())
            return fail(id.error());
        out << "MONITE_ROLE_ID=" << id.value() << Qt::endl;
        return 0;
    }
    if (p.isSet(QStringLiteral("add-monite-entity-user"))) {
        auto id = monime::MoniteConfigEditor::addEntityUser(path, p.value(QStringLiteral("add-monite-entity-user")),
                                                            p.value(QStringLiteral("entity")),
                                                            p.value(QStringLiteral("role")));
        if (!id.ok())
            return fail(id.error());
        out << "MONITE_ENTITY_USER_ID=" << id.value() << Qt::endl;
        return 0;
    }

    bool ok = false;
    monime::MoniteApiOptions apiOptions;
    apiOptions.tokenLifetimeSecs = p.value(QStringLiteral("token-lifetime")).toLongLong(&ok);
    if (!ok || apiOptions.tokenLifetimeSecs < 1 || apiOptions.tokenLifetimeSecs > 31 * 86400) {
        err << SandboxMain::tr("monime-sandbox: error: --token-lifetime must be 1 to 2678400 seconds (default 86400).")
            << Qt::endl;
        return 2;
    }
    auto config = monime::MoniteSandboxConfig::load(path);
    if (!config.ok())
        return fail(config.error());
    monime::SystemClock clock;
    monime::MoniteSandbox sandbox(config.value(), clock, apiOptions);
    auto started = sandbox.listen(options.address, options.port, options);
    if (!started.ok())
        return fail(started.error());
    out << SandboxMain::tr("monime-sandbox emulating Monite's API on %1 (%n client(s), tokens live %2 s, "
                           "configuration: %3)",
                           nullptr, int(config->clients().size()))
               .arg(sandbox.baseUrl().toString())
               .arg(apiOptions.tokenLifetimeSecs)
               .arg(path)
        << Qt::endl
        << "PORT=" << started.value() << Qt::endl;
    quitOnSignals(app);
    const int code = app.exec();
    sandbox.stop();
    return code;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Monime"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("monime.io"));
    QCoreApplication::setApplicationName(QStringLiteral("monime-portal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MONIME_VERSION));
    // --lang as the other programs; before the parser, so --help is translated too.
    monime::installTranslations(app, monime::languageArgument(QCoreApplication::arguments()));

    QCommandLineParser p;
    p.setApplicationDescription(SandboxMain::tr(
        "A local Monime API server that checks tokens from the portal's inventory; with --monite-config, an "
        "emulation of Monite's API."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        { QStringLiteral("database"),
          SandboxMain::tr("The inventory database (default: $MONIME_PORTAL_DATABASE, else the "
                          "per-user file)."),
          QStringLiteral("PATH") },
        { QStringLiteral("host"),
          SandboxMain::tr("Address to bind (default 127.0.0.1; :: for every IPv6 and IPv4 address)."),
          QStringLiteral("ADDR"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("port"), SandboxMain::tr("Port to listen on; 0 picks a free one (default 8420)."),
          QStringLiteral("N"), QStringLiteral("8420") },
        { QStringLiteral("environment"), SandboxMain::tr("API environment: auto (from the token), test or live."),
          QStringLiteral("ENV"), QStringLiteral("auto") },
        { QStringLiteral("rate-limits"),
          SandboxMain::tr("Apply Monime's rate limits (per Space 100/s test, 500/s live; per "
                          "token 20/s, 80/s).") },
        { QStringLiteral("idle-timeout"),
          SandboxMain::tr(
              "Close keep-alive connections that are idle, or do not read their answers, after MS milliseconds."),
          QStringLiteral("MS"), QStringLiteral("15000") },
        { QStringLiteral("request-timeout"),
          SandboxMain::tr("Answer 408 when a request has not arrived whole after MS milliseconds."),
          QStringLiteral("MS"), QStringLiteral("10000") },
        { QStringLiteral("lang"), SandboxMain::tr("Speak this language (en, fr) instead of the one of the locale."),
          QStringLiteral("LANG") },
        { QStringLiteral("state"),
          SandboxMain::tr("Keep the sandbox's objects (accounts, transfers, payments, …) in FILE across restarts "
                          "(default: in memory only)."),
          QStringLiteral("FILE") },
        { QStringLiteral("max-connections"),
          SandboxMain::tr("Keep at most N connections open (default 4096; lowered to fit the descriptor limit)."),
          QStringLiteral("N"), QStringLiteral("4096") },
        { QStringLiteral("monite-config"),
          SandboxMain::tr("Emulate Monite's API (under /v1) instead of Monime's, with the clients, entities, roles "
                          "and entity users of FILE (JSON; see man monime-sandbox)."),
          QStringLiteral("FILE") },
        { QStringLiteral("token-lifetime"),
          SandboxMain::tr("With --monite-config: the lifetime of each access token, in seconds (default 86400)."),
          QStringLiteral("S"), QStringLiteral("86400") },
        { QStringLiteral("add-monite-client"),
          SandboxMain::tr("Add an API client to the --monite-config FILE (created if missing) and print its id and "
                          "secret once."),
          QStringLiteral("NAME") },
        { QStringLiteral("add-monite-entity"),
          SandboxMain::tr("Add an entity to the --monite-config FILE and print its id."), QStringLiteral("NAME") },
        { QStringLiteral("add-monite-role"),
          SandboxMain::tr("Add a role (--entity ID, --permission …) to the --monite-config FILE and print its id."),
          QStringLiteral("NAME") },
        { QStringLiteral("add-monite-entity-user"),
          SandboxMain::tr("Add an entity user (--entity ID, --role ID) to the --monite-config FILE and print its id."),
          QStringLiteral("LOGIN") },
        { QStringLiteral("entity"), SandboxMain::tr("The entity of --add-monite-role or --add-monite-entity-user."),
          QStringLiteral("ID") },
        { QStringLiteral("role"), SandboxMain::tr("The role of --add-monite-entity-user."), QStringLiteral("ID") },
        { QStringLiteral("permission"),
          SandboxMain::tr("A permission of --add-monite-role, OBJECT:ACTION=PERMISSION (e.g. "
                          "payable:pay=allowed_for_own); repeat it for more."),
          QStringLiteral("GRANT") },
    });
    p.process(app);
    QTextStream err(stderr);
    QTextStream out(stdout);

    monime::SandboxOptions options;
    if (!options.address.setAddress(p.value(QStringLiteral("host")))) {
        err << SandboxMain::tr("monime-sandbox: error: --host must be an IP address, e.g. 127.0.0.1 or ::1.")
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const uint port = p.value(QStringLiteral("port")).toUInt(&ok);
    if (!ok || port > 65535) {
        err << SandboxMain::tr("monime-sandbox: error: --port must be 0-65535.") << Qt::endl;
        return 2;
    }
    options.port = quint16(port);
    const QString env = p.value(QStringLiteral("environment"));
    if (env != QLatin1String("auto")) {
        options.environment = monime::environmentFromName(env);
        if (!options.environment) {
            err << SandboxMain::tr("monime-sandbox: error: --environment must be auto, test or live.") << Qt::endl;
            return 2;
        }
    }
    options.rateLimits = p.isSet(QStringLiteral("rate-limits"));
    options.idleTimeoutMs = p.value(QStringLiteral("idle-timeout")).toInt(&ok);
    if (!ok || options.idleTimeoutMs < 10) {
        err << SandboxMain::tr("monime-sandbox: error: --idle-timeout must be at least 10 (milliseconds).") << Qt::endl;
        return 2;
    }
    options.requestTimeoutMs = p.value(QStringLiteral("request-timeout")).toInt(&ok);
    if (!ok || options.requestTimeoutMs < 10) {
        err << SandboxMain::tr("monime-sandbox: error: --request-timeout must be at least 10 (milliseconds).")
            << Qt::endl;
        return 2;
    }
    options.maxConnections = p.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || options.maxConnections < 1) {
        err << SandboxMain::tr("monime-sandbox: error: --max-connections must be at least 1.") << Qt::endl;
        return 2;
    }
    options.statePath = p.value(QStringLiteral("state"));
    if (p.isSet(QStringLiteral("monite-config")))
        return runMonite(app, p, options);
    for (const char* moniteOnly : { "token-lifetime", "add-monite-client", "add-monite-entity", "add-monite-role",
                                    "add-monite-entity-user", "entity", "role", "permission" }) {
        if (p.isSet(QLatin1String(moniteOnly))) {
            err << SandboxMain::tr("monime-sandbox: error: --%1 needs --monite-config FILE.")
                       .arg(QLatin1String(moniteOnly))
                << Qt::endl;
            return 2;
        }
    }
    const QString path = monime::Database::location(p.value(QStringLiteral("database")));

    monime::SystemClock clock;
    monime::SandboxServer server(path, monime::Catalog::builtIn(), clock, options);
    auto started = server.start();
    if (!started.ok()) {
        err << SandboxMain::tr("monime-sandbox: error: %1").arg(started.error().message) << Qt::endl;
        return 1;
    }
    // The port goes to stdout on a line of its own, for scripts; the rest is for people.
    out << (options.rateLimits
                ? SandboxMain::tr("monime-sandbox listening on %1 (environment: %2, rate limits: on, database: %3)")
                : SandboxMain::tr("monime-sandbox listening on %1 (environment: %2, rate limits: off, database: %3)"))
               .arg(server.baseUrl().toString(), env, path)
        << Qt::endl
        << SandboxMain::tr("At most %1 connections at once (descriptor limit); idle ones closed after %2 ms.")
               .arg(server.connectionLimit())
               .arg(options.idleTimeoutMs)
        << Qt::endl
        << "PORT=" << started.value() << Qt::endl;

    // SIGINT/SIGTERM end the event loop, so the last usage batch is written.
    quitOnSignals(app);
    const int code = app.exec();
    server.stop();
    return code;
}
