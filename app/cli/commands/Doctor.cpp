// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "portal/TokenService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

namespace monime::cli {

namespace {

enum class Mark { Ok, Warn, Fail };

/// At most this many ids are named per line; the rest are counted.
constexpr int kNamed = 5;

QString named(const QStringList& ids)
{
    QStringList shown = ids.mid(0, kNamed);
    QString text = shown.join(QLatin1String(", "));
    if (ids.size() > kNamed)
        text += DoctorCommand::tr(" and %n more", nullptr, int(ids.size() - kNamed));
    return text;
}

} // namespace

QString DoctorCommand::name() const
{
    return QStringLiteral("doctor");
}

QString DoctorCommand::synopsis() const
{
    return QStringLiteral("doctor [--forget-secret ID]");
}

QString DoctorCommand::summary() const
{
    return tr("Check the database (its integrity, unfinished creates) and the keychain (each token's secret, "
              "left-over secrets), and say how to fix what is wrong.");
}

QList<QCommandLineOption> DoctorCommand::options() const
{
    return { { { QStringLiteral("forget-secret") },
               tr("Delete the keychain item ID that has no token in this inventory (doctor names them)."),
               QStringLiteral("ID") } };
}

void DoctorCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const QString forget = parser.value(QStringLiteral("forget-secret")).trimmed();
    if (parser.isSet(QStringLiteral("forget-secret"))) {
        if (!forget.startsWith(QLatin1String("tok-"))) {
            cli.usageError(tr("--forget-secret takes a token id (tok-…) as doctor names it."),
                           QStringLiteral("doctor"));
            return;
        }
        cli.withService([&cli, forget] {
            cli.service().forgetSecret(forget, [&cli, forget](Result<void> removed) {
                if (!removed.ok())
                    return cli.fail(removed.error());
                cli.out() << tr("Deleted the keychain item %1; no token of this inventory used it.").arg(forget)
                          << "\n";
                cli.finish(Cli::Success);
            });
        });
        return;
    }

    auto problems = std::make_shared<int>(0);
    auto warnings = std::make_shared<int>(0);
    auto report = [&cli, problems, warnings](Mark mark, const QString& part, const QString& text) {
        //: doctor's verdict tags; keep them 6 characters wide
        const QString tag = mark == Mark::Ok ? tr("[ ok ]") : mark == Mark::Warn ? tr("[warn]") : tr("[FAIL]");
        if (mark == Mark::Fail)
            ++*problems;
        if (mark == Mark::Warn)
            ++*warnings;
        cli.out() << tag << ' ' << part.leftJustified(10, QLatin1Char(' '), false) << text << "\n";
    };
    const QString path = cli.databasePath();
    if (auto opened = cli.openService(); !opened.ok()) {
        report(Mark::Fail, tr("database"), opened.error().message);
    } else {
        auto tokens = cli.service().list();
        auto spaces = cli.service().spaces();
        if (tokens.ok() && spaces.ok())
            report(Mark::Ok, tr("database"),
                   tr("%1 (schema %2): %3 tokens, %4 Spaces")
                       .arg(path)
                       .arg(cli.database().schemaVersion())
                       .arg(tokens->size())
                       .arg(spaces->size()));
        else
            report(Mark::Fail, tr("database"), (tokens.ok() ? spaces.error() : tokens.error()).message);

        auto integrity = cli.database().checkIntegrity();
        if (cli.database().isPostgres()) {
            report(Mark::Ok, tr("integrity"),
                   tr("PostgreSQL checks its own pages; SQLite's integrity_check does not apply"));
        } else if (!integrity.ok()) {
            report(Mark::Fail, tr("integrity"), integrity.error().message);
        } else {
            const QString check = integrity->quick
                ? tr("PRAGMA quick_check (the file is %1 MB: the full integrity_check would take long)")
                      .arg(QFileInfo(path).size() / (1024 * 1024))
                : tr("PRAGMA integrity_check");
            if (integrity->ok)
                report(Mark::Ok, tr("integrity"), tr("%1: ok").arg(check));
            else
                report(Mark::Fail, tr("integrity"),
                       tr("%1 found the file damaged: %2. Tokens or their history may be missing or wrong. Stop "
                          "the programs using it, then restore %3 from a backup, or recover what is readable: "
                          "sqlite3 %3 .recover | sqlite3 %3.recovered, and use --database %3.recovered.")
                           .arg(check, integrity->problems.mid(0, 3).join(QLatin1String("; ")), path));
        }
    }
    report(Mark::Ok, tr("catalog"),
           tr("%1 services, %2 permissions, %3 roles, %4 API releases")
               .arg(Catalog::builtIn().services().size())
               .arg(Catalog::builtIn().permissions().size())
               .arg(Catalog::builtIn().roles().size())
               .arg(Catalog::builtIn().releases().size()));

    auto verdict = [&cli, problems, warnings] {
        if (*problems > 0)
            cli.out() << tr("%n problem(s) found.", nullptr, *problems) << "\n";
        else if (*warnings > 0)
            cli.out() << tr("No problems; %n warning(s) above.", nullptr, *warnings) << "\n";
        else
            cli.out() << tr("Everything works.") << "\n";
        cli.finish(*problems > 0 ? Cli::Failure : Cli::Success);
    };
    // Round-trip a throwaway item through the keychain: write, read back, delete. Then match rows to items.
    const QString key
        = QStringLiteral("doctor-probe-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray probe = QByteArrayLiteral("monime-portal doctor probe");
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto keychainDone = [&cli, report, verdict, timer](bool ok, const QString& text) {
        report(ok ? Mark::Ok : Mark::Fail, tr("keychain"), text);
        if (!ok || !cli.hasService())
            return verdict();
        cli.service().checkConsistency([&cli, report, verdict](Result<ConsistencyReport> checked) {
            if (!checked.ok()) {
                report(Mark::Fail, tr("secrets"), checked.error().message);
                return verdict();
            }
            const ConsistencyReport& c = checked.value();
            if (!c.pendingAbandoned.isEmpty())
                report(Mark::Fail, tr("pending"),
                       tr("%n unfinished create(s) left by a program that stopped half-way (%1). Any next command "
                          "rolls them back (row and keychain item): run monime-portal-cli list.",
                          nullptr, int(c.pendingAbandoned.size()))
                           .arg(named(c.pendingAbandoned)));
            else if (!c.pendingInFlight.isEmpty())
                report(Mark::Warn, tr("pending"),
                       tr("%n create(s) being finished by another running program (%1); nothing to do.", nullptr,
                          int(c.pendingInFlight.size()))
                           .arg(named(c.pendingInFlight)));
            else
                report(Mark::Ok, tr("pending"), tr("no unfinished creates"));
            if (c.keychain) {
                report(Mark::Warn, tr("secrets"),
                       tr("Rows and keychain items were not compared: %1").arg(c.keychain->message));
                return verdict();
            }
            const QDateTime now = cli.clock().now();
            int harmless = 0;
            for (const TokenInfo& t : c.missingSecrets) {
                if (t.status(now) != TokenStatus::Active) {
                    ++harmless; // nothing needs the secret of a revoked or expired token
                    continue;
                }
                report(Mark::Fail, tr("secrets"),
                       tr("Token %1 (\"%2\") has no secret in the keychain: Test and scripts cannot use it. Fix: "
                          "monime-portal-cli rotate %1 (a new secret; the old token is revoked).")
                           .arg(t.id, t.name));
            }
            if (c.missingSecrets.size() == harmless)
                report(Mark::Ok, tr("secrets"),
                       tr("every token has its secret in the keychain (%1 rows; the keychain holds %2 items of this "
                          "app)")
                           .arg(c.rows)
                           .arg(c.secrets));
            // A warning, not a failure: another inventory file of the same user keeps its secrets here too.
            for (const QString& id : c.orphanSecrets)
                report(Mark::Warn, tr("secrets"),
                       tr("The keychain holds a secret for %1, which has no token in this inventory (a create that "
                          "never finished, or a token of another inventory file). If no other inventory of yours "
                          "has it: monime-portal-cli doctor --forget-secret %1")
                           .arg(id));
            verdict();
        });
    };
    cli.secrets().write(key, probe, [&cli, key, probe, keychainDone, timer](Result<void> written) {
        if (!written.ok())
            return keychainDone(false, written.error().message);
        cli.secrets().read(key, [&cli, key, probe, keychainDone, timer](Result<QByteArray> read) {
            if (!read.ok())
                return keychainDone(false, read.error().message);
            const bool same = read.value() == probe;
            cli.secrets().remove(key, [&cli, keychainDone, same, timer](Result<void> removed) {
                if (!same)
                    return keychainDone(false,
                                        tr("The keychain returned a different secret than was stored. Your keychain "
                                           "may be damaged; check it with your desktop's password manager."));
                if (!removed.ok())
                    return keychainDone(false, removed.error().message);
                keychainDone(true,
                             tr("%1 stores, reads and deletes secrets (%2 ms round trip)")
                                 .arg(cli.secrets().backendName())
                                 .arg(timer->elapsed()));
            });
        });
    });
}

} // namespace monime::cli
