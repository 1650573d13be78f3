// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "portal/MoniteJson.h"

#include <QJsonDocument>
#include <QTextStream>

namespace monime::cli {

QString MoniteAddCommand::name() const
{
    return QStringLiteral("add");
}

QString MoniteAddCommand::synopsis() const
{
    return QStringLiteral("add NAME --client-id UUID [--environment sandbox|eu|na|URL] [--api-version V] "
                          "[--entity-user ID[=LABEL]]... < secret");
}

void MoniteAddCommand::run(std::shared_ptr<MoniteContext> c)
{
    const QCommandLineParser& p = c->parser;
    const MoniteProfileDraft draft { c->args.value(0), p.value(QStringLiteral("environment")),
                                     p.value(QStringLiteral("api-version")), p.value(QStringLiteral("client-id")),
                                     p.values(QStringLiteral("entity-user")) };
    const QByteArray secret = c->secret;
    c->secret.clear();
    c->service->addProfile(draft, secret, [c](Result<MoniteProfile> added) {
        Cli& cli = c->cli;
        if (!added.ok())
            return cli.fail(added.error());
        if (cli.json()) {
            cli.out() << QJsonDocument(MoniteJson::profile({ added.value(), {} })).toJson(QJsonDocument::Compact)
                      << Qt::endl;
        } else {
            cli.out() << tr("Monite profile \"%1\" added: %2, client id %3, API version %4; the client secret is in "
                            "the keychain.")
                             .arg(added->name, added->baseUrl.toString(), added->clientId, added->apiVersion)
                      << "\n"
                      << tr("Get a token with: monime-portal-cli monite token %1").arg(added->name) << Qt::endl;
        }
        cli.finish(Cli::Success);
    });
}

} // namespace monime::cli
