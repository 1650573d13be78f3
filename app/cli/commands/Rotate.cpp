// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "portal/TokenService.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace monime::cli {

QString RotateCommand::name() const
{
    return QStringLiteral("rotate");
}

QString RotateCommand::synopsis() const
{
    return QStringLiteral("rotate ID [--grace HOURS]");
}

QString RotateCommand::summary() const
{
    return tr("Replace a token with a new one with the same settings; the new secret is printed once.");
}

QList<QCommandLineOption> RotateCommand::options() const
{
    return { { { QStringLiteral("grace") },
               tr("Hours the old token stays valid (default 0: revoked at once)."),
               QStringLiteral("HOURS") } };
}

void RotateCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (parser.positionalArguments().size() != 1) {
        cli.usageError(tr("rotate takes one token id."), QStringLiteral("rotate"));
        return;
    }
    int grace = 0;
    if (parser.isSet(QStringLiteral("grace"))) {
        bool ok = false;
        grace = parser.value(QStringLiteral("grace")).toInt(&ok);
        if (!ok) {
            cli.usageError(tr("--grace must be a whole number of hours, e.g. --grace 24."), QStringLiteral("rotate"));
            return;
        }
    }
    const QString id = parser.positionalArguments().constFirst();
    cli.withService([&cli, &parser, id, grace] {
        cli.service().rotate(id, grace, [&cli, &parser, id, grace](Result<CreatedToken> created) {
            if (!created.ok())
                return cli.fail(created.error());
            if (!cli.json())
                cli.err() << (grace > 0 ? tr("%1 stays valid for %n more hour(s).", nullptr, grace).arg(id)
                                        : tr("%1 is revoked.").arg(id))
                          << Qt::endl;
            cli.printCreated(created.value(), Cli::Made::Rotated);
            cli.finish(Cli::Success);
        });
    });
}

} // namespace monime::cli
