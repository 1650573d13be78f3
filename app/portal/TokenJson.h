// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"
#include "store/AuditLog.h"
#include "store/SpaceRepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace monime {

/// The JSON shapes of the CLI's `--json` output (documented in docs/cli.md). Never a secret.
class TokenJson
{
public:
    /// Appends one token as a JSON object; the single source of the token shape.
    static void appendToken(QByteArray& out, const TokenInfo& token, const QDateTime& now);
    static QJsonObject token(const TokenInfo& token, const QDateTime& now);
    /// A JSON array of tokens, written straight to bytes: `list --json` over 100,000 tokens stays fast.
    static QByteArray tokenArray(const QList<TokenInfo>& tokens, const QDateTime& now);
    /// A history line; `actorLabel`: how others see its actor (null when empty).
    static QJsonObject audit(const AuditEntry& entry, const QString& actorLabel = {});
    static QJsonObject space(const SpaceInfo& space);
    /// A person of the team (`team list --json`).
    static QJsonObject person(const Monimeer& person);
    static QString timestamp(const QDateTime& t); ///< ISO 8601 UTC with milliseconds dropped, e.g. 2026-11-23T18:33:00Z
};

} // namespace monime
