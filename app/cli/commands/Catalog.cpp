// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Catalog.h"
#include "cli/Cli.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace monime::cli {

QString CatalogCommand::name() const
{
    return QStringLiteral("catalog");
}

QString CatalogCommand::synopsis() const
{
    return QStringLiteral("catalog");
}

QString CatalogCommand::summary() const
{
    return tr("List services, permissions, Space roles and API releases.");
}

QList<QCommandLineOption> CatalogCommand::options() const
{
    return {};
}

void CatalogCommand::run(Cli& cli, const QCommandLineParser& /*parser: no options of its own*/)
{
    const Catalog& catalog = Catalog::builtIn();
    if (cli.json()) {
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
        cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("services"), services },
                                                 { QStringLiteral("roles"), roles },
                                                 { QStringLiteral("releases"), releases } })
                         .toJson();
        cli.finish(Cli::Success);
        return;
    }
    cli.out() << tr("Services and permissions:") << "\n";
    for (const Service& s : catalog.services())
        cli.out() << "  " << Cli::padded(s.name, 24) << s.permissions.join(QLatin1String("  ")) << "\n";
    cli.out() << "\n" << tr("Space roles:") << "\n";
    for (const SpaceRole& r : catalog.roles())
        cli.out() << "  " << Cli::padded(r.id, 10) << r.description << "\n";
    cli.out() << "\n" << tr("API releases:") << "\n";
    for (const ApiRelease& r : catalog.releases())
        cli.out() << "  " << (r.id == catalog.defaultReleaseId() ? tr("%1 (default)").arg(r.id) : r.id) << "\n";
    cli.finish(Cli::Success);
}

} // namespace monime::cli
