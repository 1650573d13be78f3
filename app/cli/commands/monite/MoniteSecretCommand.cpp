// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/commands/monite/MoniteSubcommand.h"
#include "portal/MoniteService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace monime::cli {

QString MoniteSecretCommand::name() const
{
    return QStringLiteral("secret");
}

QString MoniteSecretCommand::synopsis() const
{
    return QStringLiteral("secret NAME < secret");
}

void MoniteSecretCommand::run(std::shared_ptr<MoniteContext> c)
{
    const QByteArray secret = c->secret;
    c->secret.clear();
    c->service->replaceSecret(c->args.value(0), secret, [c](Result<MoniteProfile> p) {
        Cli& cli = c->cli;
        if (!p.ok())
            return cli.fail(p.error());
        if (cli.json())
            cli.out() << QJsonDocument(QJsonObject { { QStringLiteral("profile"), p->name },
                                                     { QStringLiteral("secretReplaced"), true } })
                             .toJson(QJsonDocument::Compact)
                      << Qt::endl;
        else
            cli.out() << tr("The client secret of \"%1\" was replaced in the keychain. Tokens got with the old secret "
                            "stay valid until they expire.")
                             .arg(p->name)
                      << Qt::endl;
        cli.finish(Cli::Success);
    });
}

} // namespace monime::cli
