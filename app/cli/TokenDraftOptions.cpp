// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TokenDraftOptions.h"

#include "domain/Expiry.h"

#include <QCommandLineParser>

namespace monime::cli {

TokenDraft draftFromOptions(const QCommandLineParser& parser, QString* problem)
{
    TokenDraft draft;
    draft.name = parser.value(QStringLiteral("name"));
    draft.apiRelease = parser.value(QStringLiteral("release"));
    draft.permissions = parser.values(QStringLiteral("permission"));
    draft.spaceWhitelist = parser.value(QStringLiteral("space"));
    draft.ipWhitelist = parser.values(QStringLiteral("ip"));
    if (parser.isSet(QStringLiteral("expiry"))) {
        auto expiry = Expiry::parse(parser.value(QStringLiteral("expiry")));
        if (!expiry.ok())
            *problem = QStringLiteral("--expiry: ") + expiry.error().message;
        else
            draft.expiry = expiry.value();
    }
    return draft;
}

} // namespace monime::cli
