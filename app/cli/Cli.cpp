// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"

#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

namespace monime {

namespace {

bool isOperationalFailure(const Error& e)
{
    return e.field == QLatin1String("database") || e.field == QLatin1String("keychain")
        || e.field == QLatin1String("catalog") || e.field == QLatin1String("notifications")
        || e.field == QLatin1String("network") || e.field == QLatin1String("server");
}

} // namespace

Cli::Cli(QObject* parent)
    : QObject(parent)
    , m_commands(cli::allCommands())
    , m_databaseOption(QStringList { QStringLiteral("database") },
                       tr("The inventory database file (default: $MONIME_PORTAL_DATABASE, else the per-user file)."),
                       QStringLiteral("PATH"))
    , m_jsonOption(QStringList { QStringLiteral("json") }, tr("Print JSON instead of text."))
    , m_langOption(QStringList { QStringLiteral("lang") },
                   tr("Speak this language (en, fr) instead of the one of the locale (LANG)."), QStringLiteral("LANG"))
    , m_out(std::make_unique<QTextStream>(stdout))
    , m_err(std::make_unique<QTextStream>(stderr))
{ }

Cli::~Cli()
{
    m_keptAlive.clear();
    m_service.reset();
    m_secrets.reset();
    m_database.reset();
}

QTextStream& Cli::out()
{
    return *m_out;
}

QTextStream& Cli::err()
{
    return *m_err;
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    out().flush();
    err().flush();
    Q_EMIT finished(code);
}

QString Cli::flagFor(const QString& field)
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
        { QStringLiteral("clientId"), QStringLiteral("--client-id") },
        { QStringLiteral("environment"), QStringLiteral("--environment") },
        { QStringLiteral("apiVersion"), QStringLiteral("--api-version") },
        { QStringLiteral("entityUser"), QStringLiteral("--entity-user") },
        { QStringLiteral("to"), QStringLiteral("--to") },
        { QStringLiteral("clientSecret"), QStringLiteral("client secret (standard input)") },
    };
    return flags.value(field, field);
}

QString Cli::padded(const QString& s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

void Cli::fail(const Error& e)
{
    const QString message = e.field.isEmpty() ? e.message : flagFor(e.field) + QStringLiteral(": ") + e.message;
    err() << tr("monime-portal-cli: error: %1").arg(message) << Qt::endl;
    finish(isOperationalFailure(e) ? Failure : BadInput);
}

void Cli::usageError(const QString& message, const QString& command)
{
    err() << tr("monime-portal-cli: error: %1").arg(message) << Qt::endl;
    err() << (command.isEmpty() ? tr("Run `monime-portal-cli --help` for the list of commands.")
                                : tr("Run `monime-portal-cli %1 --help` for its options.").arg(command))
          << Qt::endl;
    finish(BadInput);
}

QString Cli::databasePath() const
{
    return Database::location(m_parser ? m_parser->value(m_databaseOption) : QString());
}

bool Cli::json() const
{
    return m_parser && m_parser->isSet(m_jsonOption);
}

KeychainSecretStore& Cli::secrets()
{
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    return *m_secrets;
}

Result<void> Cli::openService()
{
    auto db = Database::open(databasePath());
    if (!db.ok())
        return db.error();
    m_database = std::move(db).value();
    m_service = std::make_unique<TokenService>(*m_database, secrets(), m_clock, Catalog::builtIn());
    return {};
}

void Cli::withService(std::function<void()> next)
{
    if (auto opened = openService(); !opened.ok())
        return fail(opened.error());
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

void Cli::printCreated(const CreatedToken& created, Made made)
{
    const QDateTime now = m_clock.now();
    for (const FieldIssue& w : created.warnings)
        err() << tr("warning: %1: %2").arg(flagFor(w.field), w.message) << Qt::endl;
    if (json()) {
        QJsonObject o = TokenJson::token(created.token, now);
        if (!created.secret.isEmpty())
            o.insert(QLatin1String("token"), QString::fromLatin1(created.secret));
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    const TokenInfo& t = created.token;
    const bool test = t.environment == Environment::Test;
    QString headline;
    switch (made) {
    case Made::Created:
        headline = test ? tr("Created test token \"%1\" (%2)") : tr("Created live token \"%1\" (%2)");
        break;
    case Made::Rotated:
        headline = test ? tr("Rotated: new test token \"%1\" (%2)") : tr("Rotated: new live token \"%1\" (%2)");
        break;
    case Made::Imported:
        headline = test ? tr("Imported test token \"%1\" (%2)") : tr("Imported live token \"%1\" (%2)");
        break;
    }
    err() << headline.arg(t.name, t.id) << "\n"
          << "  " << padded(tr("expires:"), 13)
          << (t.expiresAt.isValid() ? TokenJson::timestamp(t.expiresAt) : tr("never")) << "\n"
          << "  " << padded(tr("permissions:"), 13) << t.permissions.join(QLatin1String(", ")) << "\n";
    if (!created.secret.isEmpty()) {
        err() << tr("The token follows on standard output. Copy it now: it is shown only this once.") << Qt::endl;
        out() << QString::fromLatin1(created.secret) << Qt::endl;
    } else {
        err() << tr("The token is kept in the keychain.") << Qt::endl;
    }
}

void Cli::overview()
{
    out() << tr("Usage: monime-portal-cli [--database PATH] [--lang LANG] COMMAND [OPTIONS] [--json]") << "\n\n"
          << tr("Manage Monime API access tokens: secrets in the OS keychain, metadata in a local database.") << "\n\n"
          << tr("Commands:") << "\n";
    for (const auto& c : m_commands)
        out() << "  " << padded(c->name(), 9) << c->summary() << "\n";
    out() << "\n" << tr("Run `monime-portal-cli COMMAND --help` for a command's options.") << "\n";
}

void Cli::run(const QStringList& arguments)
{
    // The command is the first word that is neither an option nor the value of --database or --lang.
    QStringList rest = arguments;
    const QString program = rest.isEmpty() ? QStringLiteral("monime-portal-cli") : rest.takeFirst();
    qsizetype commandIndex = -1;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& a = rest.at(i);
        if (a == QLatin1String("--database") || a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-'))) {
            commandIndex = i;
            break;
        }
    }
    if (commandIndex < 0) {
        if (rest.contains(QLatin1String("--version"))) {
            out() << "monime-portal-cli " << QLatin1String(MONIME_VERSION) << Qt::endl;
            return finish(Success);
        }
        overview();
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h")))
            return finish(Success);
        out().flush();
        return usageError(tr("No command given."));
    }
    const QString name = rest.takeAt(commandIndex);
    cli::Command* command = nullptr;
    for (const auto& c : m_commands)
        if (c->name() == name)
            command = c.get();
    if (!command)
        return usageError(tr("Unknown command \"%1\".").arg(name));

    // Commands finish asynchronously and read their options then: the parser lives as long as the app.
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser* parser = m_parser.get();
    parser->setApplicationDescription(command->summary());
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser->addOption(m_databaseOption);
    parser->addOption(m_jsonOption);
    parser->addOption(m_langOption);
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    parser->addOption(help);
    for (const QCommandLineOption& o : command->options())
        parser->addOption(o);
    if (!parser->parse(QStringList { program } + rest))
        return usageError(parser->errorText(), name);
    if (parser->isSet(help)) {
        out() << tr("Usage: monime-portal-cli [--database PATH] %1 [--json]").arg(command->synopsis()) << "\n\n";
        QString text = parser->helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1); // Qt's own usage line names no command
        out() << text;
        return finish(Success);
    }
    command->run(*this, *parser);
}

} // namespace monime
