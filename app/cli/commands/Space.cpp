// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "domain/Catalog.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString SpaceCommand::name() const
{
    return QStringLiteral("space");
}

QString SpaceCommand::synopsis() const
{
    return QStringLiteral("space add ID --name NAME --role ROLE | space list");
}

QString SpaceCommand::summary() const
{
    return tr("Add a Space (or change your role in it), or list your Spaces.");
}

QList<QCommandLineOption> SpaceCommand::options() const
{
    return { { { QStringLiteral("name") }, tr("The Space's name."), QStringLiteral("NAME") },
             { { QStringLiteral("role") },
               tr("Your role in the Space: owner, admin, developer, finance, viewer."),
               QStringLiteral("ROLE") } };
}

void SpaceCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    if (sub == QLatin1String("add")) {
        if (args.size() != 2) {
            cli.usageError(tr("space add takes one Space id, e.g. space add spc-k6PWMZvKxSJ1 --name \"Acme\" --role "
                              "developer."),
                           QStringLiteral("space"));
            return;
        }
        if (!parser.isSet(QStringLiteral("role"))) {
            cli.usageError(tr("--role is required: your role in the Space (%1).")
                               .arg(Catalog::builtIn().roleIds().join(QLatin1String(", "))),
                           QStringLiteral("space"));
            return;
        }
        cli.withService([&cli, &parser, args] {
            auto space = cli.service().addSpace(args.at(1), parser.value(QStringLiteral("name")),
                                                parser.value(QStringLiteral("role")));
            if (!space.ok())
                return cli.fail(space.error());
            if (cli.json())
                cli.out() << QJsonDocument(TokenJson::space(space.value())).toJson(QJsonDocument::Compact) << "\n";
            else
                cli.out() << tr("Space %1 (%2) saved; your role there: %3.").arg(space->id, space->name, space->role)
                          << "\n";
            cli.finish(Cli::Success);
        });
        return;
    }
    if (sub == QLatin1String("list")) {
        cli.withService([&cli, &parser] {
            auto spaces = cli.service().spaces();
            if (!spaces.ok())
                return cli.fail(spaces.error());
            if (cli.json()) {
                QJsonArray array;
                for (const SpaceInfo& s : spaces.value())
                    array.append(TokenJson::space(s));
                cli.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
            } else if (spaces->isEmpty()) {
                cli.out() << tr("No Spaces yet. Add one: monime-portal-cli space add spc-ID --name NAME --role ROLE")
                          << "\n";
            } else {
                cli.out() << Cli::padded(tr("ID"), 28) << Cli::padded(tr("NAME"), 30) << tr("ROLE") << "\n";
                for (const SpaceInfo& s : spaces.value())
                    cli.out() << Cli::padded(s.id, 28) << Cli::padded(s.name, 30)
                              << (s.role.isEmpty() ? tr("(none)") : s.role) << "\n";
            }
            cli.finish(Cli::Success);
        });
        return;
    }
    cli.usageError(sub.isEmpty() ? tr("space needs a subcommand: add or list.")
                                 : tr("Unknown space subcommand \"%1\"; use add or list.").arg(sub),
                   QStringLiteral("space"));
}

} // namespace monime::cli
