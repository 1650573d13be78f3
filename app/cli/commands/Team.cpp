// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "portal/TeamService.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString TeamCommand::name() const
{
    return QStringLiteral("team");
}

QString TeamCommand::synopsis() const
{
    return QStringLiteral("team list | team me [--email EMAIL] [--name NAME] | team add EMAIL --db-user LOGIN --role "
                          "ROLE [--name NAME] | team role PERSON ROLE | team remove PERSON");
}

QString TeamCommand::summary() const
{
    return tr("Who shares a team inventory, and with which role (owner, admin, member, viewer).");
}

QList<QCommandLineOption> TeamCommand::options() const
{
    return { { { QStringLiteral("email") }, tr("Your Monime account's email (team me)."), QStringLiteral("EMAIL") },
             { { QStringLiteral("name") }, tr("A display name."), QStringLiteral("NAME") },
             { { QStringLiteral("db-user") },
               tr("The person's PostgreSQL login: the user name in their postgresql:// URL (team add)."),
               QStringLiteral("LOGIN") },
             { { QStringLiteral("role") },
               tr("Their team role: owner, admin, member or viewer (team add)."),
               QStringLiteral("ROLE") } };
}

namespace {

void printPerson(Cli& cli, const Monimeer& p, const QString& verb)
{
    if (cli.json()) {
        cli.out() << QJsonDocument(TokenJson::person(p)).toJson(QJsonDocument::Compact) << "\n";
        return;
    }
    cli.out() << QCoreApplication::translate("monime::cli::TeamCommand", "%1 %2 (%3): %4.")
                     .arg(verb, p.label(), p.dbUser.isEmpty() ? p.name : p.dbUser, teamRoleName(p.role))
              << "\n";
}

} // namespace

void TeamCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    auto needs = [&](int count, const QString& usage) {
        if (args.size() == count)
            return true;
        cli.usageError(tr("team %1 takes: %2.").arg(sub, usage), QStringLiteral("team"));
        return false;
    };
    if (sub == QLatin1String("list")) {
        if (!needs(1, QStringLiteral("team list")))
            return;
        cli.withService([&cli] {
            TeamService team(cli.database(), cli.service());
            auto me = team.me();
            if (!me.ok())
                return cli.fail(me.error());
            auto people = team.people();
            if (!people.ok())
                return cli.fail(people.error());
            if (cli.json()) {
                QJsonArray array;
                for (const Monimeer& p : people.value())
                    array.append(TokenJson::person(p));
                cli.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
            } else {
                cli.out() << Cli::padded(tr("EMAIL / NAME"), 34) << Cli::padded(tr("LOGIN"), 18) << tr("ROLE") << "\n";
                for (const Monimeer& p : people.value())
                    cli.out() << Cli::padded(p.label(), 34)
                              << Cli::padded(p.dbUser.isEmpty() ? tr("(local)") : p.dbUser, 18) << teamRoleName(p.role)
                              << (p.id == me->id ? tr("  (you)") : QString()) << "\n";
            }
            cli.finish(Cli::Success);
        });
        return;
    }
    if (sub == QLatin1String("me")) {
        if (!needs(1, QStringLiteral("team me [--email EMAIL] [--name NAME]")))
            return;
        cli.withService([&cli, &parser] {
            TeamService team(cli.database(), cli.service());
            const QString email = parser.value(QStringLiteral("email"));
            const QString name = parser.value(QStringLiteral("name"));
            auto me = email.isEmpty() && name.isEmpty() ? team.me() : team.setMe(email, name);
            if (!me.ok())
                return cli.fail(me.error());
            printPerson(cli, me.value(), tr("You are"));
            cli.finish(Cli::Success);
        });
        return;
    }
    if (sub == QLatin1String("add")) {
        if (!needs(2, QStringLiteral("team add EMAIL --db-user LOGIN --role ROLE")))
            return;
        for (const char* option : { "db-user", "role" })
            if (!parser.isSet(QLatin1String(option))) {
                cli.usageError(tr("--%1 is required: team add EMAIL --db-user LOGIN --role owner|admin|member|viewer.")
                                   .arg(QLatin1String(option)),
                               QStringLiteral("team"));
                return;
            }
        cli.withService([&cli, &parser, args] {
            TeamService team(cli.database(), cli.service());
            auto added = team.add(args.at(1), parser.value(QStringLiteral("db-user")),
                                  parser.value(QStringLiteral("role")), parser.value(QStringLiteral("name")));
            if (!added.ok())
                return cli.fail(added.error());
            printPerson(cli, added.value(), tr("Added"));
            if (!cli.json())
                cli.out()
                    << tr("They open the team inventory as postgresql://%1@…/%2; their secrets stay in their own "
                          "keychain.")
                           .arg(added->dbUser,
                                cli.database().path().section(QLatin1Char('/'), -1).section(QLatin1Char('?'), 0, 0))
                    << "\n";
            cli.finish(Cli::Success);
        });
        return;
    }
    if (sub == QLatin1String("role") || sub == QLatin1String("remove")) {
        const bool remove = sub == QLatin1String("remove");
        if (!needs(remove ? 2 : 3,
                   remove ? QStringLiteral("team remove PERSON") : QStringLiteral("team role PERSON ROLE")))
            return;
        cli.withService([&cli, args, remove] {
            TeamService team(cli.database(), cli.service());
            auto changed = team.setRole(args.at(1), remove ? QStringLiteral("former") : args.at(2));
            if (!changed.ok())
                return cli.fail(changed.error());
            printPerson(cli, changed.value(), remove ? tr("Removed") : tr("Changed"));
            cli.finish(Cli::Success);
        });
        return;
    }
    cli.usageError(sub.isEmpty() ? tr("team needs a subcommand: list, me, add, role or remove.")
                                 : tr("Unknown team subcommand \"%1\"; use list, me, add, role or remove.").arg(sub),
                   QStringLiteral("team"));
}

} // namespace monime::cli
