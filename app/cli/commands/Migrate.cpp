// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "store/Database.h"
#include "store/InventoryCopy.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace monime::cli {

namespace {

constexpr qint64 kProgressEveryMs = 2000;

} // namespace

QString MigrateCommand::name() const
{
    return QStringLiteral("migrate");
}

QString MigrateCommand::synopsis() const
{
    return QStringLiteral("migrate --to postgresql://USER@HOST:PORT/DB [--dry-run]");
}

QString MigrateCommand::summary() const
{
    return tr("Copy this inventory (tokens, history, usage) into a team database; secrets stay in the keychain.");
}

QList<QCommandLineOption> MigrateCommand::options() const
{
    return { { { QStringLiteral("to") },
               tr("The team database to copy into: postgresql://USER@HOST:PORT/DB (the password from ~/.pgpass)."),
               QStringLiteral("URL") },
             { { QStringLiteral("dry-run") }, tr("Count what would be copied; write nothing.") } };
}

void MigrateCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(tr("migrate takes no arguments, only --to URL."), name());
    const QString to = parser.value(QStringLiteral("to"));
    const QString from = cli.databasePath();
    if (to.isEmpty())
        return cli.fail(makeError(QStringLiteral("migrate_no_destination"), QStringLiteral("to"),
                                  tr("no team database given. Give the postgresql:// URL of the team database, e.g. "
                                     "--to postgresql://me@db.example.com:5432/monime.")));
    if (!Database::isPostgresUrl(to))
        return cli.fail(makeError(QStringLiteral("migrate_not_postgres"), QStringLiteral("to"),
                                  tr("\"%1\" is not a PostgreSQL URL. Give the postgresql:// URL of the team "
                                     "database, e.g. --to postgresql://me@db.example.com:5432/monime; the inventory "
                                     "copied is the one --database names.")
                                      .arg(to)));
    if (auto checked = Database::checkLocation(to); !checked.ok())
        return cli.fail(makeError(checked.error().code, QStringLiteral("to"), checked.error().message));
    if (from == to)
        return cli.fail(makeError(QStringLiteral("migrate_same_database"), QStringLiteral("to"),
                                  tr("%1 is the inventory being copied. Give the URL of another database, the team's, "
                                     "and the personal file with --database.")
                                      .arg(to)));
    if (Database::isPostgresUrl(from))
        return cli.fail(makeError(QStringLiteral("migrate_source_postgres"), QStringLiteral("--database"),
                                  tr("%1 is a team database on PostgreSQL already; migrate copies a personal "
                                     "inventory file. Give its path with --database PATH.")
                                      .arg(from)));
    auto file = Database::filePath(from);
    if (!file.ok())
        return cli.fail(file.error());
    if (!QFileInfo::exists(file.value()))
        return cli.fail(makeError(QStringLiteral("migrate_no_source"), QStringLiteral("--database"),
                                  tr("there is no inventory at %1: nothing to copy. Give the path of your "
                                     "inventory file with --database PATH.")
                                      .arg(file.value())));

    auto source = Database::openSqlite(file.value());
    if (!source.ok())
        return cli.fail(source.error());
    auto destination = Database::open(to);
    if (!destination.ok())
        return cli.fail(destination.error());

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    InventoryCopy copy(*source.value(), *destination.value());
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    copy.setProgress([&cli, &sinceProgress](const QString& table, qint64 done, qint64 total) {
        if (sinceProgress.elapsed() < kProgressEveryMs)
            return;
        sinceProgress.restart();
        cli.err() << tr("%1: %2 of %3 rows…").arg(table).arg(done).arg(total) << Qt::endl;
    });
    auto copied = copy.run(cli.clock().now(), dryRun);
    if (!copied.ok())
        return cli.fail(copied.error());
    const InventoryCopyReport& report = copied.value();
    const QString shownTo = destination.value()->path();

    if (cli.json()) {
        QJsonArray tables;
        for (const TableCopyCount& t : report.tables)
            tables.append(QJsonObject { { QStringLiteral("table"), t.table },
                                        { QStringLiteral("source"), t.source },
                                        { QStringLiteral("copied"), t.copied },
                                        { QStringLiteral("alreadyThere"), t.alreadyThere } });
        const QJsonObject o {
            { QStringLiteral("source"), file.value() },
            { QStringLiteral("destination"), shownTo },
            { QStringLiteral("dryRun"), report.dryRun },
            { QStringLiteral("owner"),
              QJsonObject { { QStringLiteral("id"), report.owner.id },
                            { QStringLiteral("name"), report.owner.name } } },
            { QStringLiteral("pendingSkipped"), report.pendingSkipped },
            { QStringLiteral("revokedOnlyInSource"), QJsonArray::fromStringList(report.revokedOnlyInSource) },
            { QStringLiteral("tables"), tables },
            { QStringLiteral("elapsedMs"), report.elapsedMs },
        };
        cli.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        qint64 copiedRows = 0;
        for (const TableCopyCount& t : report.tables)
            copiedRows += t.copied;
        cli.out() << (report.dryRun
                          ? tr("Dry run: nothing was written. %1 → %2 would add %n row(s).", nullptr,
                               int(std::min<qint64>(copiedRows, INT_MAX)))
                          : tr("Copied %1 → %2: %n row(s) added.", nullptr, int(std::min<qint64>(copiedRows, INT_MAX))))
                         .arg(file.value(), shownTo)
                  << "\n"
                  << tr("Owner in the team database: %1 (%2).").arg(report.owner.name, report.owner.id) << "\n\n"
                  << Cli::padded(tr("TABLE"), 22) << Cli::padded(tr("SOURCE"), 10)
                  << Cli::padded(report.dryRun ? tr("TO COPY") : tr("COPIED"), 10) << tr("ALREADY THERE") << "\n";
        for (const TableCopyCount& t : report.tables)
            cli.out() << Cli::padded(t.table, 22) << Cli::padded(QString::number(t.source), 10)
                      << Cli::padded(QString::number(t.copied), 10) << t.alreadyThere << "\n";
        cli.out() << tr("(%1 s)").arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1) << "\n";
    }
    if (report.pendingSkipped > 0)
        cli.err() << tr("note: %n unfinished token(s) (pending: a create that never completed) were not copied.",
                        nullptr, int(report.pendingSkipped))
                  << Qt::endl;
    if (!report.revokedOnlyInSource.isEmpty())
        cli.err() << tr("warning: %n token(s) revoked here are still active in the team database (copied before "
                        "they were revoked): %1. Revoke them there: monime-portal-cli --database URL revoke ID.",
                        nullptr, int(report.revokedOnlyInSource.size()))
                         .arg(report.revokedOnlyInSource.join(QLatin1String(", ")))
                  << Qt::endl;
    cli.finish(Cli::Success);
}

} // namespace monime::cli
