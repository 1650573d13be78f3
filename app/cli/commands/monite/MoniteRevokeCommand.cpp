// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "cli/commands/monite/MoniteText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace monime::cli {

QString MoniteRevokeCommand::name() const
{
    return QStringLiteral("revoke");
}

QString MoniteRevokeCommand::synopsis() const
{
    return QStringLiteral("revoke NAME [--entity-user ID]");
}

void MoniteRevokeCommand::run(std::shared_ptr<MoniteContext> c)
{
    c->service->revokeToken(
        c->args.value(0), c->parser.value(QStringLiteral("entity-user")), [c](Result<MoniteRevokeResult> r) {
            Cli& cli = c->cli;
            if (!r.ok())
                return cli.fail(r.error());
            if (cli.json()) {
                cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("profile"), r->profile.name },
                                                         { QStringLiteral("grant"), r->grant.grantTypeName() },
                                                         { QStringLiteral("entityUserId"),
                                                           r->grant.isPartner() ? QJsonValue()
                                                                                : QJsonValue(r->grant.entityUserId) },
                                                         { QStringLiteral("revoked"), true },
                                                         { QStringLiteral("alreadyInvalid"), r->alreadyInvalid },
                                                         { QStringLiteral("message"), r->message } })
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
            } else if (r->alreadyInvalid) {
                cli.out() << tr("The %1 token of \"%2\" was already revoked or expired at Monite; it is forgotten here "
                                "too.")
                                 .arg(MoniteText::grantName(r->profile, r->grant), r->profile.name)
                          << Qt::endl;
            } else {
                cli.out() << tr("Revoked the %1 token of \"%2\" (Monite: %3).")
                                 .arg(MoniteText::grantName(r->profile, r->grant), r->profile.name, r->message)
                          << Qt::endl;
            }
            cli.finish(Cli::Success);
        });
}

} // namespace monime::cli
