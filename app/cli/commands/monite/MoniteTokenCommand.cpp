// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "cli/commands/monite/MoniteText.h"
#include "portal/MoniteJson.h"
#include "portal/TokenJson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString MoniteTokenCommand::name() const
{
    return QStringLiteral("token");
}

QString MoniteTokenCommand::synopsis() const
{
    return QStringLiteral("token NAME [--entity-user ID] [--json]");
}

void MoniteTokenCommand::run(std::shared_ptr<MoniteContext> c)
{
    c->service->mintToken(
        c->args.value(0), c->parser.value(QStringLiteral("entity-user")), [c](Result<MoniteMintedToken> minted) {
            Cli& cli = c->cli;
            if (!minted.ok())
                return cli.fail(minted.error());
            const QDateTime now = cli.clock().now();
            // The one-time display: the token goes to standard output once, and nowhere else.
            if (cli.json()) {
                cli.out() << QJsonDocument(MoniteJson::minted(minted.value(), now)).toJson(QJsonDocument::Compact)
                          << Qt::endl;
                return cli.finish(Cli::Success);
            }
            cli.err() << tr("New %1 token for profile \"%2\"; it expires %3 (in %4).")
                             .arg(MoniteText::grantName(minted->profile, minted->grant), minted->profile.name,
                                  TokenJson::timestamp(minted->times.expiresAt),
                                  MoniteTokenText::duration(minted->times.secondsLeft(now)))
                      << "\n"
                      << tr("The token follows on standard output. Copy it now: it is shown only "
                            "this once (it is kept in the keychain for tests and revoke).")
                      << Qt::endl;
            cli.out() << QString::fromUtf8(minted->accessToken) << Qt::endl;
            cli.finish(Cli::Success);
        });
}

} // namespace monime::cli
