// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApp.h"

#include "cli/TokenJson.h"
#include "domain/Catalog.h"
#include "portal/TokenService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace monime {

namespace {

const QCommandLineOption kDatabase(QStringList { QStringLiteral("database") },
                                   QCoreApplication::translate("monime::CliApp",
                                                               "The inventory database file (default: "
                                                               "$MONIME_PORTAL_DATABASE, else the per-user file)."),
                                   QStringLiteral("PATH"));
const QCommandLineOption kJson(QStringList { QStringLiteral("json") },
                               QCoreApplication::translate("monime::CliApp", "Print JSON instead of text."));

/// The CLI flag a form field is set with, so an error names what the user typed.
QString flagFor(const QString& field)
{
    static const QHash<QString, QString> flags {
        { QStringLiteral("name"), QStringLiteral("--name") },
        { QStringLiteral("expiry"), QStringLiteral("--expiry") },
        { QStringLiteral("apiRelease"), QStringLiteral("--release") },
        { QStringLiteral("testMode"), QStringLiteral("--test/--live") },
        { QStringLiteral("spaceWhitelist"), QStringLiteral("--space") },
        { QStringLiteral("ipWhitelist"), QStringLiteral("--ip") },
        { QStringLiteral("permissions"), QStringLiteral("--permission") },
        { QStringLiteral("services"), QStringLiteral("--service") },
        { QStringLiteral("grace"), QStringLiteral("--grace") },
        { QStringLiteral("role"), QStringLiteral("--role") },
    };
    return flags.value(field, field);
}

bool isOperationalFailure(const Error& e)
{
    return e.field == QLatin1String("database") || e.field == QLatin1String("keychain")
        || e.field == QLatin1String("catalog");
}

QString padded(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

QString shortTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

/// Reads the token to import from standard input; on a terminal, without echo.
QByteArray readSecretFromStdin(QTextStream& err)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        err << CliApp::tr("Paste the token, then press Enter (it is not shown): ") << Qt::flush;
        termios saved {};
        const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerm) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        const QByteArray line = in.readLine(4096);
        if (haveTerm)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return line.trimmed();
    }
#endif
    return in.read(64 * 1024).trimmed();
}

} // namespace

struct CliApp::Command
{
    QString name;
    QString synopsis;
    QString summary;
    QList<QCommandLineOption> options;
    void (CliApp::*handler)(QCommandLineParser&);
};

CliApp::CliApp(QObject* parent)
    : QObject(parent)
    , m_out(std::make_unique<QTextStream>(stdout))
    , m_err(std::make_unique<QTextStream>(stderr))
{ }

CliApp::~CliApp()
{
    m_service.reset();
    m_secrets.reset();
    m_database.reset();
}

QTextStream& CliApp::out()
{
    return *m_out;
}

QTextStream& CliApp::err()
{
    return *m_err;
}

void CliApp::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    Q_EMIT finished(code);
}

void CliApp::fail(const Error& e)
{
    const QString where = e.field.isEmpty() ? QString() : flagFor(e.field) + QStringLiteral(": ");
    err() << tr("monime-portal-cli: error: ") << where << e.message << Qt::endl;
    finish(isOperationalFailure(e) ? Failure : BadInput);
}

void CliApp::usageError(const QString& message, const QString& command)
{
    err() << tr("monime-portal-cli: error: ") << message << Qt::endl;
    err() << (command.isEmpty() ? tr("Run `monime-portal-cli --help` for the list of commands.")
                                : tr("Run `monime-portal-cli %1 --help` for its options.").arg(command))
          << Qt::endl;
    finish(BadInput);
}

QString CliApp::databasePath(const QCommandLineParser& parser) const
{
    if (parser.isSet(kDatabase))
        return parser.value(kDatabase);
    const QString fromEnv = qEnvironmentVariable("MONIME_PORTAL_DATABASE");
    return fromEnv.isEmpty() ? Database::defaultPath() : fromEnv;
}

void CliApp::withService(const QCommandLineParser& parser, std::function<void()> next)
{
    auto db = Database::openSqlite(databasePath(parser));
    if (!db.ok()) {
        fail(db.error());
        return;
    }
    m_database = std::move(db).value();
    m_secrets = std::make_unique<KeychainSecretStore>();
    m_service = std::make_unique<TokenService>(*m_database, *m_secrets, m_clock, Catalog::builtIn());
    m_service->recoverPending([this, next = std::move(next)](Result<int> recovered) {
        if (!recovered.ok())
            err() << tr("warning: unfinished tokens from an earlier crash could not be rolled back yet (%1); "
                        "they are hidden and will be retried next time.")
                         .arg(recovered.error().message)
                  << Qt::endl;
        else if (recovered.value() > 0)
            err() << tr("note: rolled back %n unfinished token(s) left by an earlier crash.", nullptr,
                        recovered.value())
                  << Qt::endl;
        next();
    });
}

void CliApp::run(const QStringList& arguments)
{
    const QList<Command> commands = {
        { QStringLiteral("space"),
          QStringLiteral("space add ID --name NAME --role ROLE | space list"),
          tr("Add a Space (or change your role in it), or list your Spaces."),
          { { { QStringLiteral("name") }, tr("The Space's name."), QStringLiteral("NAME") },
            { { QStringLiteral("role") },
              tr("Your role in the Space: owner, admin, developer, finance, viewer."),
              QStringLiteral("ROLE") } },
          &CliApp::cmdSpace },
        { QStringLiteral("create"),
          QStringLiteral("create --name NAME (--test | --live) --release ID --permission P [--permission P ...] "
                         "[--expiry 2m|1y|never|DATE] [--space ID] [--ip ADDR_OR_CIDR ...]"),
          tr("Create a token; its secret is printed once, on standard output."),
          { { { QStringLiteral("name") }, tr("What the token is for (1-100 characters)."), QStringLiteral("NAME") },
            { { QStringLiteral("test") }, tr("A test token (mon_test_): simulated transactions, 2-month expiry.") },
            { { QStringLiteral("live") }, tr("A live token (mon_): real money.") },
            { { QStringLiteral("release") }, tr("Default API release, e.g. caph.2025-08-23."), QStringLiteral("ID") },
            { { QStringLiteral("permission") },
              tr("A permission such as payments:read; repeat for more."),
              QStringLiteral("P") },
            { { QStringLiteral("expiry") },
              tr("2m, 1y, never, YYYY-MM-DD (00:00 UTC) or an ISO-8601 date-time (UTC unless it has an offset). "
                 "Live only; test tokens always expire after 2 months."),
              QStringLiteral("WHEN") },
            { { QStringLiteral("space") },
              tr("Whitelist one Space, by id or name (live only)."),
              QStringLiteral("ID") },
            { { QStringLiteral("ip") },
              tr("Whitelist an IP address or CIDR range (live only); repeat for more."),
              QStringLiteral("ADDR") } },
          &CliApp::cmdCreate },
        { QStringLiteral("list"),
          QStringLiteral("list [--status active|expired|revoked] [--environment test|live]"),
          tr("List tokens (never their secrets)."),
          { { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
            { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") } },
          &CliApp::cmdList },
        { QStringLiteral("show"),
          QStringLiteral("show ID"),
          tr("Show a token's details and history."),
          {},
          &CliApp::cmdShow },
        { QStringLiteral("revoke"),
          QStringLiteral("revoke ID [--reason TEXT]"),
          tr("Revoke a token, at once and for good."),
          { { { QStringLiteral("reason") }, tr("Why it is revoked (kept in the history)."), QStringLiteral("TEXT") } },
          &CliApp::cmdRevoke },
        { QStringLiteral("rotate"),
          QStringLiteral("rotate ID [--grace HOURS]"),
          tr("Replace a token with a new one with the same settings; the new secret is printed once."),
          { { { QStringLiteral("grace") },
              tr("Hours the old token stays valid (default 0: revoked at once)."),
              QStringLiteral("HOURS") } },
          &CliApp::cmdRotate },
        { QStringLiteral("import"),
          QStringLiteral("import --name NAME --release ID --permission P ... [--expiry WHEN] [--space ID] [--ip A]"),
          tr("Add a token made in the real Monime portal; the token is read from standard input."),
          { { { QStringLiteral("name") }, tr("What the token is for."), QStringLiteral("NAME") },
            { { QStringLiteral("release") }, tr("Its default API release."), QStringLiteral("ID") },
            { { QStringLiteral("permission") },
              tr("A permission it was given; repeat for more."),
              QStringLiteral("P") },
            { { QStringLiteral("expiry") },
              tr("When it expires, as the portal showed (live tokens only)."),
              QStringLiteral("WHEN") },
            { { QStringLiteral("space") }, tr("Its Space whitelist (live only)."), QStringLiteral("ID") },
            { { QStringLiteral("ip") },
              tr("Its IP whitelist (live only); repeat for more."),
              QStringLiteral("ADDR") } },
          &CliApp::cmdImport },
        { QStringLiteral("test"),
          QStringLiteral("test ID [--target sandbox|monime|URL] [--space ID] [--yes] [--timeout MS]"),
          tr("Test a token against the root endpoint (default: the local sandbox) and say what it means."),
          { { { QStringLiteral("target") },
              tr("sandbox (a local sandbox over this inventory, the default), monime (https://api.monime.io) or "
                 "a base URL."),
              QStringLiteral("TARGET") },
            { { QStringLiteral("space") }, tr("Send this Monime-Space-Id (id or name)."), QStringLiteral("ID") },
            { { QStringLiteral("yes") },
              tr("Send a live token to a non-local target without asking (needed when not on a terminal).") },
            { { QStringLiteral("timeout") },
              tr("Give up after MS milliseconds (default 10000)."),
              QStringLiteral("MS") } },
          &CliApp::cmdTest },
        { QStringLiteral("doctor"),
          QStringLiteral("doctor [--forget-secret ID]"),
          tr("Check the database (its integrity, unfinished creates) and the keychain (each token's secret, "
             "left-over secrets), and say how to fix what is wrong."),
          { { { QStringLiteral("forget-secret") },
              tr("Delete the keychain item ID that has no token in this inventory (doctor names them)."),
              QStringLiteral("ID") } },
          &CliApp::cmdDoctor },
        { QStringLiteral("export"),
          QStringLiteral("export --output FILE [--format csv|json|html|pdf] [--status S] [--environment E] "
                         "[--search TEXT] [--columns a,b,c] [--rotation-days N]"),
          tr("Write a token report (never a secret) to a CSV, JSON, HTML or PDF file."),
          { { { QStringLiteral("output") },
              tr("The file to write; it appears only once complete."),
              QStringLiteral("FILE") },
            { { QStringLiteral("format") },
              tr("csv, json, html or pdf (default: from the file name's suffix)."),
              QStringLiteral("FORMAT") },
            { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
            { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") },
            { { QStringLiteral("search") },
              tr("Only tokens whose name, id or a permission contains TEXT (any case)."),
              QStringLiteral("TEXT") },
            { { QStringLiteral("columns") },
              tr("Comma-separated columns (default all): name,id,type,status,created,expires,days_left,"
                 "api_release,permissions,space_whitelist,ip_whitelist,owner,last_used,last_tested,"
                 "last_test_result."),
              QStringLiteral("LIST") },
            { { QStringLiteral("rotation-days") },
              tr("Rotation period for the health findings (default 90)."),
              QStringLiteral("N") } },
          &CliApp::cmdExport },
        { QStringLiteral("health"),
          QStringLiteral("health [--environment E] [--search TEXT] [--rotation-days N]"),
          tr("Check every active token for risks and say how to fix each; exit status 3 when one is high."),
          { { { QStringLiteral("status") }, tr("Only tokens with this status."), QStringLiteral("STATUS") },
            { { QStringLiteral("environment") }, tr("Only test or only live tokens."), QStringLiteral("ENV") },
            { { QStringLiteral("search") },
              tr("Only tokens whose name, id or a permission contains TEXT (any case)."),
              QStringLiteral("TEXT") },
            { { QStringLiteral("rotation-days") },
              tr("Flag tokens older than this many days (default 90)."),
              QStringLiteral("N") } },
          &CliApp::cmdHealth },
        { QStringLiteral("catalog"),
          QStringLiteral("catalog"),
          tr("List services, permissions, Space roles and API releases."),
          {},
          &CliApp::cmdCatalog },
    };

    // The command is the first word that is neither an option nor the value of --database.
    QStringList rest = arguments;
    const QString program = rest.isEmpty() ? QStringLiteral("monime-portal-cli") : rest.takeFirst();
    qsizetype commandIndex = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& a = rest.at(i);
        if (a == QLatin1String("--database")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }
    auto overview = [&] {
        out() << tr("Usage: monime-portal-cli [--database PATH] COMMAND [OPTIONS] [--json]") << "\n\n"
              << tr("Manage Monime API access tokens: secrets in the OS keychain, metadata in a local database.")
              << "\n\n"
              << tr("Commands:") << "\n";
        for (const Command& c : commands)
            out() << "  " << padded(c.name, 9) << c.summary << "\n";
        out() << "\n" << tr("Run `monime-portal-cli COMMAND --help` for a command's options.") << "\n";
    };
    if (commandIndex < 0) {
        if (rest.contains(QLatin1String("--version"))) {
            out() << "monime-portal-cli " << QLatin1String(MONIME_VERSION) << Qt::endl;
            finish(Success);
            return;
        }
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            overview();
            finish(Success);
            return;
        }
        overview();
        out().flush();
        usageError(tr("No command given."));
        return;
    }
    const QString name = rest.takeAt(commandIndex);
    const Command* command = nullptr;
    for (const Command& c : commands)
        if (c.name == name)
            command = &c;
    if (!command) {
        usageError(tr("Unknown command \"%1\".").arg(name));
        return;
    }

    // Commands finish asynchronously and read their options then: the parser lives as long as the app.
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser* parser = m_parser.get();
    parser->setApplicationDescription(command->summary);
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOption(kDatabase);
    parser->addOption(kJson);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser->addOption(help);
    for (const QCommandLineOption& o : command->options)
        parser->addOption(o);
    if (!parser->parse(QStringList { program } + rest)) {
        usageError(parser->errorText(), name);
        return;
    }
    if (parser->isSet(help)) {
        out() << tr("Usage: monime-portal-cli [--database PATH] %1 [--json]").arg(command->synopsis) << "\n\n";
        QString text = parser->helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // Qt's own usage line names no command
        out() << text;
        finish(Success);
        return;
    }
    (this->*(command->handler))(*parser);
}

void CliApp::cmdCatalog(QCommandLineParser& parser)
{
    const Catalog& catalog = Catalog::builtIn();
    if (parser.isSet(kJson)) {
        QJsonArray services, roles, releases;
        for (const Service& s : catalog.services())
            services.append(
                QJsonObject { { QStringLiteral("id"), s.id },
                              { QStringLiteral("name"), s.name },
                              { QStringLiteral("permissions"), QJsonArray::fromStringList(s.permissions) } });
        for (const SpaceRole& r : catalog.roles())
            roles.append(QJsonObject {
                { QStringLiteral("id"), r.id },
                { QStringLiteral("name"), r.name },
                { QStringLiteral("permissions"), QJsonArray::fromStringList(catalog.toList(r.permissions)) } });
        for (const ApiRelease& r : catalog.releases())
            releases.append(QJsonObject { { QStringLiteral("id"), r.id },
                                          { QStringLiteral("name"), r.name },
                                          { QStringLiteral("date"), r.date },
                                          { QStringLiteral("default"), r.id == catalog.defaultReleaseId() } });
        out() << QJsonDocument(QJsonObject { { QStringLiteral("services"), services },
                                             { QStringLiteral("roles"), roles },
                                             { QStringLiteral("releases"), releases } })
                     .toJson();
        finish(Success);
        return;
    }
    out() << tr("Services and permissions:") << "\n";
    for (const Service& s : catalog.services())
        out() << "  " << padded(s.name, 24) << s.permissions.join(QLatin1String("  ")) << "\n";
    out() << "\n" << tr("Space roles:") << "\n";
    for (const SpaceRole& r : catalog.roles())
        out() << "  " << padded(r.id, 10) << r.description << "\n";
    out() << "\n" << tr("API releases:") << "\n";
    for (const ApiRelease& r : catalog.releases())
        out() << "  " << r.id << (r.id == catalog.defaultReleaseId() ? tr(" (default)") : QString()) << "\n";
    finish(Success);
}

void CliApp::cmdSpace(QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        if (args.size() != 2) {
            usageError(tr("space add takes one Space id, e.g. space add spc-k6PWMZvKxSJ1 --name \"Acme\" --role "
                          "developer."),
                       QStringLiteral("space"));
            return;
        }
        if (!parser.isSet(QStringLiteral("role"))) {
            usageError(tr("--role is required: your role in the Space (%1).")
                           .arg(Catalog::builtIn().roleIds().join(QLatin1String(", "))),
                       QStringLiteral("space"));
            return;
        }
        withService(parser, [this, &parser, args] {
            auto space = m_service->addSpace(args.at(1), parser.value(QStringLiteral("name")),
                                             parser.value(QStringLiteral("role")));
            if (!space.ok())
                return fail(space.error());
            if (parser.isSet(kJson))
                out() << QJsonDocument(TokenJson::space(space.value())).toJson(QJsonDocument::Compact) << "\n";
            else
                out() << tr("Space %1 (%2) saved; your role there: %3.").arg(space->id, space->name, space->role)
                      << "\n";
            finish(Success);
        });
        return;
    }
    if (sub == QLatin1String("list")) {
        withService(parser, [this, &parser] {
            auto spaces = m_service->spaces();
            if (!spaces.ok())
                return fail(spaces.error());
            if (parser.isSet(kJson)) {
                QJsonArray array;
                for (const SpaceInfo& s : spaces.value())
                    array.append(TokenJson::space(s));
                out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
            } else if (spaces->isEmpty()) {
                out() << tr("No Spaces yet. Add one: monime-portal-cli space add spc-ID --name NAME --role ROLE")
                      << "\n";
            } else {
                out() << padded(tr("ID"), 28) << padded(tr("NAME"), 30) << tr("ROLE") << "\n";
                for (const SpaceInfo& s : spaces.value())
                    out() << padded(s.id, 28) << padded(s.name, 30) << (s.role.isEmpty() ? tr("(none)") : s.role)
                          << "\n";
            }
            finish(Success);
        });
        return;
    }
    usageError(sub.isEmpty() ? tr("space needs a subcommand: add or list.")
                             : tr("Unknown space subcommand \"%1\"; use add or list.").arg(sub),
               QStringLiteral("space"));
}

static TokenDraft draftFrom(const QCommandLineParser& parser, QString* problem)
{
    TokenDraft draft;
    draft.name = parser.value(QStringLiteral("name"));
    draft.apiRelease = parser.value(QStringLiteral("release"));
    draft.permissions = parser.values(QStringLiteral("permission"));
    draft.spaceWhitelist = parser.value(QStringLiteral("space"));
    draft.ipWhitelist = parser.values(QStringLiteral("ip"));
    if (parser.isSet(QStringLiteral("expiry"))) {
        auto expiry = Expiry::parse(parser.value(QStringLiteral("expiry")));
        if (!expiry.ok())
            *problem = QStringLiteral("--expiry: ") + expiry.error().message;
        else
            draft.expiry = expiry.value();
    }
    return draft;
}

void CliApp::printCreated(const QCommandLineParser& parser, const CreatedToken& created, const QString& verb)
{
    const QDateTime now = m_clock.now();
    for (const FieldIssue& w : created.warnings)
        err() << tr("warning: ") << flagFor(w.field) << ": " << w.message << Qt::endl;
    if (parser.isSet(kJson)) {
        QJsonObject o = TokenJson::token(created.token, now);
        if (!created.secret.isEmpty())
            o.insert(QLatin1String("token"), QString::fromLatin1(created.secret));
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    const TokenInfo& t = created.token;
    err() << verb << " " << (t.environment == Environment::Test ? tr("test") : tr("live")) << tr(" token \"") << t.name
          << "\" (" << t.id << ")\n"
          << tr("  expires:     ") << (t.expiresAt.isValid() ? TokenJson::timestamp(t.expiresAt) : tr("never")) << "\n"
          << tr("  permissions: ") << t.permissions.join(QLatin1String(", ")) << "\n";
    if (!created.secret.isEmpty()) {
        err() << tr("The token follows on standard output. Copy it now: it is shown only this once.") << Qt::endl;
        out() << QString::fromLatin1(created.secret) << Qt::endl;
    } else {
        err() << tr("The token is kept in the keychain.") << Qt::endl;
    }
}

void CliApp::cmdCreate(QCommandLineParser& parser)
{
    const bool test = parser.isSet(QStringLiteral("test"));
    const bool live = parser.isSet(QStringLiteral("live"));
    if (test == live) {
        usageError(test ? tr("--test and --live exclude each other: choose one.")
                        : tr("Say which kind of token: --test (mon_test_, simulated) or --live (mon_, real money)."),
                   QStringLiteral("create"));
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
                   QStringLiteral("create"));
        return;
    }
    QString problem;
    TokenDraft draft = draftFrom(parser, &problem);
    if (!problem.isEmpty()) {
        err() << tr("monime-portal-cli: error: ") << problem << Qt::endl;
        finish(BadInput);
        return;
    }
    draft.testMode = test;
    withService(parser, [this, &parser, draft] {
        m_service->create(draft, [this, &parser](Result<CreatedToken> created) {
            if (!created.ok())
                return fail(created.error());
            printCreated(parser, created.value(), tr("Created"));
            finish(Success);
        });
    });
}

void CliApp::cmdList(QCommandLineParser& parser)
{
    TokenFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromName(parser.value(QStringLiteral("status")));
        if (!filter.status) {
            usageError(tr("--status must be active, expired or revoked."), QStringLiteral("list"));
            return;
        }
    }
    if (parser.isSet(QStringLiteral("environment"))) {
        filter.environment = environmentFromName(parser.value(QStringLiteral("environment")));
        if (!filter.environment) {
            usageError(tr("--environment must be test or live."), QStringLiteral("list"));
            return;
        }
    }
    withService(parser, [this, &parser, filter] {
        auto tokens = m_service->list(filter);
        if (!tokens.ok())
            return fail(tokens.error());
        // A damaged file must not pass for an empty (or complete) inventory: say so, and exit 1.
        const std::optional<Error> damaged = m_service->damage(tokens->isEmpty());
        auto done = [this, damaged] {
            if (!damaged)
                return finish(Success);
            err() << tr("monime-portal-cli: warning: ") << damaged->message << Qt::endl;
            finish(Failure);
        };
        const QDateTime now = m_clock.now();
        if (parser.isSet(kJson)) {
            out().flush();
            const QByteArray json = TokenJson::tokenArray(tokens.value(), now);
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
            done();
            return;
        }
        if (tokens->isEmpty() && damaged)
            return done();
        if (tokens->isEmpty()) {
            out() << tr("No tokens. Create one: monime-portal-cli create --name NAME --test --release %1 "
                        "--permission payments:read")
                         .arg(Catalog::builtIn().defaultReleaseId())
                  << "\n";
            finish(Success);
            return;
        }
        out() << padded(tr("ID"), 25) << padded(tr("NAME"), 28) << padded(tr("TYPE"), 6) << padded(tr("STATUS"), 9)
              << padded(tr("EXPIRES (UTC)"), 18) << padded(tr("HINT"), 20) << tr("PERMISSIONS") << "\n";
        for (const TokenInfo& t : tokens.value()) {
            QString name = t.name;
            if (name.size() > 27)
                name = name.left(26) + QChar(0x2026);
            QString status = statusName(t.status(now));
            if (t.expiresSoon(now))
                status += QLatin1Char('!');
            out() << padded(t.id, 25) << padded(name, 28)
                  << padded(t.environment == Environment::Test ? QStringLiteral("TEST") : QStringLiteral("LIVE"), 6)
                  << padded(status, 9) << padded(shortTime(t.expiresAt), 18) << padded(t.hint, 20)
                  << t.permissions.join(QLatin1Char(',')) << "\n";
        }
        done();
    });
}

void CliApp::cmdShow(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("show takes one token id."), QStringLiteral("show"));
        return;
    }
    const QString id = parser.positionalArguments().constFirst();
    withService(parser, [this, &parser, id] {
        auto details = m_service->show(id);
        if (!details.ok())
            return fail(details.error());
        const QDateTime now = m_clock.now();
        const TokenInfo& t = details->token;
        if (parser.isSet(kJson)) {
            QJsonObject o = TokenJson::token(t, now);
            QJsonArray history;
            for (const AuditEntry& e : details->history)
                history.append(TokenJson::audit(e));
            o.insert(QLatin1String("history"), history);
            out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
            finish(Success);
            return;
        }
        auto line = [this](const QString& label, const QString& value) {
            out() << "  " << padded(label, 16) << value << "\n";
        };
        out() << t.name << "\n";
        line(tr("ID"), t.id);
        line(tr("Type"), t.environment == Environment::Test ? tr("TEST (mon_test_)") : tr("LIVE (mon_)"));
        line(tr("Status"), statusName(t.status(now)) + (t.expiresSoon(now) ? tr(" (expires soon)") : QString()));
        line(tr("Hint"), t.hint);
        line(tr("Created"), TokenJson::timestamp(t.createdAt));
        line(tr("Expires"), t.expiresAt.isValid() ? TokenJson::timestamp(t.expiresAt) : tr("never"));
        if (t.revokedAt.isValid())
            line(tr("Revoked"),
                 TokenJson::timestamp(t.revokedAt) + QStringLiteral(" (") + t.revokeReason + QLatin1Char(')'));
        line(tr("API release"), t.apiRelease);
        line(tr("Permissions"), t.permissions.join(QLatin1String(", ")));
        line(tr("Space"), t.spaceWhitelist.isEmpty() ? tr("any") : t.spaceWhitelist);
        line(tr("IP addresses"), t.ipWhitelist.isEmpty() ? tr("any") : t.ipWhitelist.join(QLatin1String(", ")));
        line(tr("Origin"), originName(t.origin) + (t.rotatedFrom.isEmpty() ? QString() : tr(" from ") + t.rotatedFrom));
        line(tr("Last used"), t.lastUsedAt.isValid() ? TokenJson::timestamp(t.lastUsedAt) : tr("never"));
        out() << tr("History:") << "\n";
        for (const AuditEntry& e : details->history)
            out() << "  " << TokenJson::timestamp(e.at) << "  " << padded(e.action, 10) << e.detail << "\n";
        finish(Success);
    });
}

void CliApp::cmdRevoke(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("revoke takes one token id."), QStringLiteral("revoke"));
        return;
    }
    const QString id = parser.positionalArguments().constFirst();
    withService(parser, [this, &parser, id] {
        auto revoked = m_service->revoke(id, parser.value(QStringLiteral("reason")));
        if (!revoked.ok())
            return fail(revoked.error());
        if (parser.isSet(kJson))
            out() << QJsonDocument(TokenJson::token(revoked.value(), m_clock.now())).toJson(QJsonDocument::Compact)
                  << "\n";
        else
            out() << tr("Revoked %1 (\"%2\"): it stops working at once.").arg(revoked->id, revoked->name) << "\n";
        finish(Success);
    });
}

void CliApp::cmdRotate(QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        usageError(tr("rotate takes one token id."), QStringLiteral("rotate"));
        return;
    }
    int grace = 0;
    if (parser.isSet(QStringLiteral("grace"))) {
        bool ok = false;
        grace = parser.value(QStringLiteral("grace")).toInt(&ok);
        if (!ok) {
            usageError(tr("--grace must be a whole number of hours, e.g. --grace 24."), QStringLiteral("rotate"));
            return;
        }
    }
    const QString id = parser.positionalArguments().constFirst();
    withService(parser, [this, &parser, id, grace] {
        m_service->rotate(id, grace, [this, &parser, id, grace](Result<CreatedToken> created) {
            if (!created.ok())
                return fail(created.error());
            if (!parser.isSet(kJson))
                err() << (grace > 0 ? tr("%1 stays valid for %n more hour(s).", nullptr, grace).arg(id)
                                    : tr("%1 is revoked.").arg(id))
                      << Qt::endl;
            printCreated(parser, created.value(), tr("Rotated: new"));
            finish(Success);
        });
    });
}

void CliApp::cmdImport(QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("import reads the token from standard input, never from an argument (arguments end up in "
                      "shell history). Pipe it in or paste it when asked."),
                   QStringLiteral("import"));
        return;
    }
    QString problem;
    TokenDraft draft = draftFrom(parser, &problem);
    if (!problem.isEmpty()) {
        err() << tr("monime-portal-cli: error: ") << problem << Qt::endl;
        finish(BadInput);
        return;
    }
    const QByteArray secret = readSecretFromStdin(err());
    if (secret.isEmpty()) {
        err() << tr("monime-portal-cli: error: token: nothing was read from standard input. Pipe the token in, "
                    "e.g. `monime-portal-cli import --name NAME ... < token.txt`, or paste it when asked.")
              << Qt::endl;
        finish(BadInput);
        return;
    }
    withService(parser, [this, &parser, draft, secret] {
        m_service->importToken(secret, draft, [this, &parser](Result<CreatedToken> created) {
            if (!created.ok())
                return fail(created.error());
            CreatedToken shown = created.value();
            shown.secret.clear(); // the user has it already; never echo it back
            printCreated(parser, shown, tr("Imported"));
            finish(Success);
        });
    });
}

} // namespace monime
