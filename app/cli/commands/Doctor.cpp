// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/MoniteApiClient.h"
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "portal/MoniteService.h"
#include "portal/TokenService.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
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

/// The Monite use cases over the CLI's inventory and keychain, for their consistency check (no request is sent).
struct MoniteRuntime
{
    QNetworkAccessManager network;
    MoniteApiClient client { network };
    std::unique_ptr<MoniteService> service;
};

MoniteService& moniteService(Cli& cli)
{
    auto runtime = std::make_shared<MoniteRuntime>();
    runtime->service = std::make_unique<MoniteService>(cli.database(), cli.secrets(), cli.clock(), runtime->client);
    MoniteService& service = *runtime->service;
    cli.keepAlive(runtime);
    return service;
}

/// The Monite part of doctor: each profile's client secret, and "monite:" items of no profile.
template<typename ReportLine>
void reportMonite(Cli& cli, const ReportLine& report, const Result<MoniteConsistency>& monite)
{
    const QString part = DoctorCommand::tr("monite");
    if (!monite.ok())
        return report(Mark::Fail, part, monite.error().message);
    const MoniteConsistency& m = monite.value();
    if (m.keychain)
        return report(
            Mark::Warn, part,
            DoctorCommand::tr("Monite profiles and keychain items were not compared: %1").arg(m.keychain->message));
    for (const QString& name : m.missingClientSecrets)
        report(Mark::Fail, part,
               DoctorCommand::tr("Monite profile \"%1\" has no client secret in the keychain: it cannot get tokens. "
                                 "Fix: monime-portal-cli monite secret %1 (paste the secret; if you no longer have "
                                 "it, generate a new one in Monite's partner portal first).")
                   .arg(name));
    if (m.missingClientSecrets.isEmpty()) {
        const auto profiles = MoniteRepository(cli.database()).list();
        const int count = profiles.ok() ? int(profiles->size()) : 0;
        report(Mark::Ok, part,
               count == 0 ? DoctorCommand::tr("no Monite profiles")
                          : DoctorCommand::tr("every Monite profile has its client secret in the keychain (%n "
                                              "profile(s); %1 keychain items: client secrets and access tokens)",
                                              nullptr, count)
                                .arg(m.secrets));
    }
    // A warning, as for tokens: another inventory file of the same user keeps its Monite items here too.
    for (const QString& key : m.orphanSecrets)
        report(Mark::Warn, part,
               DoctorCommand::tr("The keychain holds %1, which belongs to no Monite profile in this inventory (a "
                                 "removal that never finished, or a profile of another inventory file). If no other "
                                 "inventory of yours has it: monime-portal-cli doctor --forget-secret %1")
                   .arg(key));
}

} // namespace

QString DoctorCommand::name() const
{
    return QStringLiteral("doctor");
}

QString DoctorCommand::synopsis() const
{
    return QStringLiteral("doctor [--forget-secret ID|monite:KEY]");
}

QString DoctorCommand::summary() const
{
    return tr("Check the database (its integrity, unfinished creates) and the keychain (each token's secret, each "
              "Monite client secret, left-over secrets), and say how to fix what is wrong.");
}

QList<QCommandLineOption> DoctorCommand::options() const
{
    return { { { QStringLiteral("forget-secret") },
               tr("Delete the keychain item ID (a token id, or a monite:… key) that has no token or Monite profile "
                  "in this inventory (doctor names them)."),
               QStringLiteral("ID") } };
}

void DoctorCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const QString forget = parser.value(QStringLiteral("forget-secret")).trimmed();
    if (parser.isSet(QStringLiteral("forget-secret")) && MoniteService::isMoniteKey(forget)) {
        // Only an item doctor calls left over: never a client secret or token of a profile of this inventory.
        cli.withService([&cli, forget] {
            moniteService(cli).checkConsistency([&cli, forget](Result<MoniteConsistency> checked) {
                if (!checked.ok())
                    return cli.fail(checked.error());
                if (checked->keychain)
                    return cli.fail(*checked->keychain);
                if (!checked->orphanSecrets.contains(forget)) {
                    cli.err() << Cli::tr("monime-portal-cli: error: %1")
                                     .arg(tr("%1 is not a left-over keychain item: it belongs to a Monite profile of "
                                             "this inventory, or does not exist. Nothing was deleted. To end a "
                                             "profile, run monime-portal-cli monite remove NAME.")
                                              .arg(forget))
                              << Qt::endl;
                    return cli.finish(Cli::BadInput);
                }
                cli.secrets().remove(forget, [&cli, forget](Result<void> removed) {
                    if (!removed.ok())
                        return cli.fail(removed.error());
                    cli.out()
                        << tr("Deleted the keychain item %1; no Monite profile of this inventory used it.").arg(forget)
                        << "\n";
                    cli.finish(Cli::Success);
                });
            });
        });
        return;
    }
    if (parser.isSet(QStringLiteral("forget-secret"))) {
        if (!forget.startsWith(QLatin1String("tok-"))) {
            cli.usageError(tr("--forget-secret takes a token id (tok-…) or a monite:… key, as doctor names it."),
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
        auto profiles = MoniteRepository(cli.database()).list();
        if (tokens.ok() && spaces.ok() && profiles.ok())
            report(Mark::Ok, tr("database"),
                   tr("%1 (schema %2): %3 tokens, %4 Spaces, %5 Monite profiles")
                       .arg(path)
                       .arg(cli.database().schemaVersion())
                       .arg(tokens->size())
                       .arg(spaces->size())
                       .arg(profiles->size()));
        else
            report(Mark::Fail, tr("database"),
                   (!tokens.ok()       ? tokens.error()
                        : !spaces.ok() ? spaces.error()
                                       : profiles.error())
                       .message);

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
            // The Monite profiles against their "monite:" items first: the keychain's item count is split by owner.
            moniteService(cli).checkConsistency([&cli, report, verdict, c](Result<MoniteConsistency> monite) {
                const int moniteItems = monite.ok() && !monite->keychain ? monite->secrets : 0;
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
                    report(
                        Mark::Ok, tr("secrets"),
                        tr("every token has its secret in the keychain (%1 rows; the keychain holds %2 items of this "
                           "app for tokens, %3 for Monite clients)")
                            .arg(c.rows)
                            .arg(c.secrets - moniteItems)
                            .arg(moniteItems));
                // A warning, not a failure: another inventory file of the same user keeps its secrets here too.
                for (const QString& id : c.orphanSecrets)
                    report(Mark::Warn, tr("secrets"),
                           tr("The keychain holds a secret for %1, which has no token in this inventory (a create that "
                              "never finished, or a token of another inventory file). If no other inventory of yours "
                              "has it: monime-portal-cli doctor --forget-secret %1")
                               .arg(id));
                reportMonite(cli, report, monite);
                verdict();
            });
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
