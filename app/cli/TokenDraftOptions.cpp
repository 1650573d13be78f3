// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TokenDraftOptions.h"

#include "cli/Cli.h"
#include "domain/Expiry.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace monime::cli {

std::optional<TokenDraft> draftFromOptions(Cli& cli, const QCommandLineParser& parser)
{
    TokenDraft draft;
    draft.name = parser.value(QStringLiteral("name"));
    draft.apiRelease = parser.value(QStringLiteral("release"));
    draft.permissions = parser.values(QStringLiteral("permission"));
    draft.spaceWhitelist = parser.value(QStringLiteral("space"));
    draft.ipWhitelist = parser.values(QStringLiteral("ip"));
    if (parser.isSet(QStringLiteral("expiry"))) {
        auto expiry = Expiry::parse(parser.value(QStringLiteral("expiry")));
        if (!expiry.ok()) {
            cli.err()
                << Cli::tr("monime-portal-cli: error: %1").arg(QStringLiteral("--expiry: ") + expiry.error().message)
                << Qt::endl;
            cli.finish(Cli::BadInput);
            return std::nullopt;
        }
        draft.expiry = expiry.value();
    }
    return draft;
}

} // namespace monime::cli
