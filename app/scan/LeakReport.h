// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"
#include "scan/LeakScanner.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace monime {

/// One leaked token and every place it was found; `known` when this inventory holds it (matched by digest).
struct LeakedToken
{
    QString digest;
    QString hint;
    Environment environment = Environment::Test;
    ChecksumState checksum = ChecksumState::NotApplicable;
    std::optional<TokenInfo> known;
    QList<LeakFinding> occurrences;

    /// Known and still working now: what `--revoke` revokes.
    bool revocable(const QDateTime& now) const { return known && known->status(now) == TokenStatus::Active; }
};

/// What a scan's findings become for people and tools: grouped by token, JSON (`monime-portal/scan` v1),
/// SARIF 2.1.0, and the gitleaks rule. Never a secret: hints, digests' first 16 hex digits, locations.
class LeakReport
{
    Q_DECLARE_TR_FUNCTIONS(monime::LeakReport)

public:
    static constexpr const char* kRuleId = "monime-access-token";

    using Lookup = std::function<std::optional<TokenInfo>(const QString& digest)>;
    /// Findings grouped by token, in the order each was first found.
    static QList<LeakedToken> group(const QList<LeakFinding>& findings, const Lookup& lookup);

    /// The hint to print; `redact` keeps only the prefix (`mon_test_…`).
    static QString hint(const QString& hint, bool redact);
    /// "known: "Name" (tok-…, test, ACTIVE, Space spc-…)" or "unknown: …".
    static QString describe(const LeakedToken& token, const QDateTime& now);

    static QJsonObject json(const ScanResult& result, const QList<LeakedToken>& tokens, const QDateTime& now,
                            bool redact);
    static QJsonObject sarif(const QList<LeakedToken>& tokens, const QDateTime& now, bool redact);
    /// A gitleaks rule file (TOML) for `[extend]`: id, description, regex, keywords, entropy, allowlist.
    static QByteArray gitleaksRule();
};

} // namespace monime
