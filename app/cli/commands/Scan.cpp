// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "portal/TokenService.h"
#include "scan/LeakReport.h"
#include "scan/LeakScanner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <unistd.h>

namespace monime::cli {

namespace {
const QString kGit = QStringLiteral("git");
const QString kStaged = QStringLiteral("staged");
const QString kSarif = QStringLiteral("sarif");
const QString kRedact = QStringLiteral("redact");
const QString kNoIgnore = QStringLiteral("no-ignore");
const QString kMaxSize = QStringLiteral("max-size");
const QString kRevoke = QStringLiteral("revoke");
const QString kYes = QStringLiteral("yes");
const QString kGitleaks = QStringLiteral("export-gitleaks");

bool writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

QString ScanCommand::name() const
{
    return QStringLiteral("scan");
}

QString ScanCommand::synopsis() const
{
    return QStringLiteral("scan PATH… [--git | --staged] [--sarif FILE] [--redact] [--revoke [--yes]]");
}

QString ScanCommand::summary() const
{
    return tr("Find Monime tokens in files, folders or a repository's history; exit status 1 when one is found.");
}

QList<QCommandLineOption> ScanCommand::options() const
{
    return {
        { { kGit }, tr("Scan every commit of every branch of the repository at PATH (not its working files).") },
        { { kStaged }, tr("Scan the changes staged for the next commit (for a pre-commit hook; PATH defaults to .).") },
        { { kSarif }, tr("Also write the findings as SARIF 2.1.0 to FILE."), QStringLiteral("FILE") },
        { { kRedact }, tr("Show only the prefix of each token, not even the hint's last four characters.") },
        { { kNoIgnore }, tr("Scan files that .gitignore excludes too.") },
        { { kMaxSize }, tr("Skip files larger than MB megabytes (default 32)."), QStringLiteral("MB") },
        { { kRevoke }, tr("Revoke every known, active token found, with its location as the reason.") },
        { { kYes }, tr("With --revoke: do not ask for each token (for scripts).") },
        { { kGitleaks }, tr("Write a gitleaks rule file for Monime tokens to FILE."), QStringLiteral("FILE") },
    };
}

void ScanCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    QString error;
    if (parser.isSet(kGitleaks)) {
        if (!writeFile(parser.value(kGitleaks), LeakReport::gitleaksRule(), &error)) {
            cli.err() << tr("error: could not write %1: %2").arg(parser.value(kGitleaks), error) << Qt::endl;
            return cli.finish(Cli::BadInput);
        }
        cli.err() << tr("Wrote the gitleaks rule to %1.").arg(parser.value(kGitleaks)) << Qt::endl;
        if (parser.positionalArguments().isEmpty())
            return cli.finish(Cli::Success);
    }
    QStringList paths = parser.positionalArguments();
    if (parser.isSet(kGit) && parser.isSet(kStaged))
        return cli.usageError(tr("--git and --staged cannot be combined."), name());
    if (paths.isEmpty() && parser.isSet(kStaged))
        paths << QStringLiteral(".");
    if (paths.isEmpty())
        return cli.usageError(tr("scan takes at least one file or folder."), name());
    ScanOptions options;
    options.mode = parser.isSet(kGit) ? ScanOptions::Mode::GitHistory
        : parser.isSet(kStaged)       ? ScanOptions::Mode::Staged
                                      : ScanOptions::Mode::Files;
    options.followIgnore = !parser.isSet(kNoIgnore);
    if (parser.isSet(kMaxSize)) {
        bool ok = false;
        const int mb = parser.value(kMaxSize).toInt(&ok);
        if (!ok || mb <= 0)
            return cli.usageError(tr("--max-size takes a positive number of megabytes."), name());
        options.maxFileBytes = qint64(mb) * 1024 * 1024;
    }
    if (parser.isSet(kYes) && !parser.isSet(kRevoke))
        return cli.usageError(tr("--yes goes with --revoke."), name());

    // The inventory is optional: without it every token found is "unknown" (a CI runner has none).
    QSet<QString> known;
    const bool haveInventory = cli.openService().ok();
    if (haveInventory) {
        if (auto digests = cli.service().knownDigests(); digests.ok())
            known = digests.value();
    } else if (parser.isSet(kRevoke)) {
        cli.err() << tr("error: the inventory could not be opened, so nothing can be revoked.") << Qt::endl;
        return cli.finish(Cli::Failure);
    }

    LeakScanner scanner(options, &known);
    auto scanned = scanner.scan(paths);
    if (!scanned.ok()) {
        cli.err() << tr("error: %1").arg(scanned.error().message) << Qt::endl;
        return cli.finish(Cli::BadInput);
    }
    const ScanResult& result = scanned.value();
    const QDateTime now = cli.clock().now();
    const QList<LeakedToken> tokens = LeakReport::group(result.findings, [&](const QString& digest) {
        if (!haveInventory)
            return std::optional<TokenInfo>();
        auto found = cli.service().findByDigest(digest);
        return found.ok() ? found.value() : std::optional<TokenInfo>();
    });
    const bool redact = parser.isSet(kRedact);

    // Known tokens remember where they were found: the Health check flags them until they are revoked.
    for (const LeakedToken& t : tokens) {
        if (!t.known)
            continue;
        QStringList places;
        for (const LeakFinding& f : t.occurrences) {
            const LeakLocation& l = f.location;
            const QString place
                = QDir(l.root).absoluteFilePath(l.relativePath) + QLatin1Char(':') + QString::number(l.line);
            places << (l.commit.isEmpty() ? place : l.commit.left(12) + QLatin1Char(':') + place);
        }
        if (auto recorded = cli.service().recordLeaks(t.known->id, places); !recorded.ok())
            cli.err()
                << tr("warning: could not record where %1 was found: %2").arg(t.known->id, recorded.error().message)
                << Qt::endl;
    }

    if (parser.isSet(kSarif)) {
        const QByteArray sarif = QJsonDocument(LeakReport::sarif(tokens, now, redact)).toJson(QJsonDocument::Indented);
        if (!writeFile(parser.value(kSarif), sarif, &error)) {
            cli.err() << tr("error: could not write %1: %2").arg(parser.value(kSarif), error) << Qt::endl;
            return cli.finish(Cli::BadInput);
        }
    }

    if (cli.json()) {
        QJsonObject o = LeakReport::json(result, tokens, now, redact);
        o.insert(QStringLiteral("unreadable"), int(result.unreadable.size()));
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const LeakedToken& t : tokens) {
            cli.out() << LeakReport::hint(t.hint, redact) << "  " << LeakReport::describe(t, now) << "\n";
            for (const LeakFinding& f : t.occurrences) {
                cli.out() << "    " << f.location.text() << ':' << f.location.column;
                if (f.location.authorDate.isValid())
                    cli.out() << "  " << f.location.authorDate.toUTC().toString(Qt::ISODate);
                if (f.location.split)
                    cli.out() << "  " << tr("(split across two lines)");
                cli.out() << "\n";
            }
        }
        QTextStream& summary = tokens.isEmpty() ? cli.out() : cli.err();
        if (options.mode == ScanOptions::Mode::GitHistory)
            summary << tr("Scanned %n commit(s).", nullptr, result.commits) << ' ';
        else if (options.mode == ScanOptions::Mode::Files)
            summary << tr("Scanned %n file(s)", nullptr, result.files) << ' '
                    << tr("(%1 MB); skipped %2 binary and %3 larger than %4 MB.")
                           .arg(double(result.bytes) / 1e6, 0, 'f', 1)
                           .arg(result.skippedBinary)
                           .arg(result.skippedLarge)
                           .arg(options.maxFileBytes / (1024 * 1024))
                    << ' ';
        if (tokens.isEmpty())
            summary << tr("No Monime tokens found.");
        else
            summary << tr("Found %n token(s)", nullptr, int(tokens.size())) << ' '
                    << tr("in %n place(s).", nullptr, int(result.findings.size()));
        if (!result.unreadable.isEmpty())
            summary << ' '
                    << tr("%n file(s) could not be read, e.g. %1.", nullptr, int(result.unreadable.size()))
                           .arg(result.unreadable.constFirst());
        if (result.allowed > 0)
            summary << ' ' << tr("%n allowed by .monime-scan-ignore or monime-scan:allow.", nullptr, result.allowed);
        summary << Qt::endl;
    }

    if (parser.isSet(kRevoke)) {
        const bool ask = !parser.isSet(kYes);
        const bool terminal = ::isatty(STDIN_FILENO);
        QTextStream in(stdin);
        int revoked = 0;
        QStringList needHuman;
        for (const LeakedToken& t : tokens) {
            if (!t.known) {
                needHuman << tr("%1 (unknown): rotate it where it was made, then remove it from %2.")
                                 .arg(t.hint, t.occurrences.first().location.text());
                continue;
            }
            if (!t.revocable(now))
                continue;
            if (ask) {
                if (!terminal) {
                    needHuman << tr("%1 (%2): not revoked: standard input is not a terminal; pass --yes to revoke "
                                    "without asking.")
                                     .arg(t.known->name, t.known->id);
                    continue;
                }
                cli.err() << tr("Revoke \"%1\" (%2, %3)? It stops working at once. [y/N] ")
                                 .arg(t.known->name, t.known->id, environmentName(t.known->environment))
                          << Qt::flush;
                const QString answer = in.readLine().trimmed().toLower();
                if (answer != QLatin1String("y") && answer != tr("y") && answer != QLatin1String("yes")) {
                    needHuman << tr("%1 (%2): kept, as you answered.").arg(t.known->name, t.known->id);
                    continue;
                }
            }
            QString where = t.occurrences.first().location.text();
            if (t.occurrences.size() > 1)
                where += QLatin1Char(' ') + tr("and %n other place(s)", nullptr, int(t.occurrences.size() - 1));
            auto done = cli.service().revoke(t.known->id, tr("leaked: found at %1").arg(where));
            if (!done.ok()) {
                needHuman << tr("%1 (%2): %3").arg(t.known->name, t.known->id, done.error().message);
                continue;
            }
            ++revoked;
            cli.err() << tr("Revoked \"%1\" (%2).").arg(t.known->name, t.known->id) << Qt::endl;
        }
        cli.err() << tr("Revoked %n token(s).", nullptr, revoked) << Qt::endl;
        for (const QString& line : std::as_const(needHuman))
            cli.err() << tr("Needs you: %1").arg(line) << Qt::endl;
    }
    cli.finish(tokens.isEmpty() ? Cli::Success : Cli::Failure);
}

} // namespace monime::cli
