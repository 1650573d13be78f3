// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MoniteProfile.h"
#include "domain/Token.h"

#include <QCoreApplication>
#include <QList>

namespace monime {

/// How much a finding matters. Ordered: a higher value is worse.
enum class Severity { Low, Medium, High };

/// The thresholds of the health check (the rotation period comes from Settings in the GUI).
struct HealthSettings
{
    int rotationDays = 90; ///< older than this: rotate
    int expiringDays = TokenInfo::kExpiresSoonDays; ///< expiring within this many days
    int unusedDays = 30; ///< not used (or never used since creation) for this many days
};

/// One thing wrong with one token, or with one Monite client profile, and what to do about it. Never carries a
/// secret. A Monite finding has an empty `tokenId` and `tokenName` and names its profile in `moniteProfile`.
struct HealthFinding
{
    QString tokenId;
    QString tokenName;
    Environment environment = Environment::Test; ///< a token's; meaningless for a Monite finding
    QString code; ///< stable: one of HealthCheck::codes()
    Severity severity = Severity::Low;
    QString title; ///< translated, short: "No expiry"
    QString message; ///< translated: what is wrong with this token
    QString fix; ///< translated: what to do
    QString moniteProfile; ///< the Monite client profile's name; empty for a token's finding

    bool isMonite() const { return !moniteProfile.isEmpty(); }
    /// What the finding is about, for grouping: the token id, or "monite:" + the profile name.
    QString subjectKey() const { return isMonite() ? QStringLiteral("monite:") + moniteProfile : tokenId; }
};

/// The token health check, as KeePassXC's is for passwords: a pure function of a token, "now" and the settings.
///
/// Only ACTIVE tokens get findings: an expired or revoked token no longer works, so there is nothing left to
/// fix. A token already scheduled for revocation (the grace period of a rotation) gets none either: it is on
/// its way out. The codes and their severities:
/// | code | severity |
/// |---|---|
/// | `no_expiry` | medium |
/// | `expiring_soon` (within `expiringDays`) | high within 3 days, else medium |
/// | `rotation_due` (created more than `rotationDays` ago) | medium |
/// | `live_no_ip_whitelist` | high |
/// | `live_ip_whitelist_admits_all` (a whitelist that admits every IPv4 or every IPv6 address, as
///   TokenRules::checkIpWhitelistRange has it: stored before that rule, or carried over by a rotation) | high |
/// | `live_no_space_whitelist` | medium |
/// | `unused` (`lastUsedAt`, or `createdAt` when never used, older than `unusedDays`) | low |
/// | `payouts_write` | high for a live token, medium for a test token |
/// | `last_test_failed` | medium |
///
/// Convention for `TokenInfo::lastTestResult`: a failed test is a result that starts with "fail" or "error"
/// (any case), or whose first word is one of ApiClient's failure outcomes as `ProbeResult::summary()` writes
/// them (`not_authenticated`, `http_error`, `timeout`, `dns_failure`, `tls_error`, `connection_refused`,
/// `not_json`, `unexpected_answer`, `network_error`, `unknown`). Anything else ("authenticated …", empty) is not.
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(monime::HealthCheck)

public:
    static constexpr int kUrgentDays = 3; ///< expiring within this many days is high severity
    /// A Monite profile idle this many times `unusedDays` is medium, not low.
    static constexpr int kMoniteIdleFactor = 3;
    /// A Monite client secret this many times older than `rotationDays` is high, not medium.
    static constexpr int kMoniteSecretOverdueFactor = 2;

    /// The findings for one token, worst first.
    static QList<HealthFinding> check(const TokenInfo& token, const QDateTime& now,
                                      const HealthSettings& settings = {});
    /// The findings for many tokens: worst first, then in the tokens' order.
    static QList<HealthFinding> checkAll(const QList<TokenInfo>& tokens, const QDateTime& now,
                                         const HealthSettings& settings = {});
    /// The findings for one Monite client profile (never reads a secret), worst first:
    /// | code | severity |
    /// |---|---|
    /// | `monite_unused` (`lastUsedAt`, or `createdAt` when never used, at least `unusedDays` ago) | low; medium at
    ///   kMoniteIdleFactor × `unusedDays` |
    /// | `monite_secret_rotation_due` (`secretSetAt`, or `createdAt`, more than `rotationDays` ago) | medium; high
    ///   beyond kMoniteSecretOverdueFactor × `rotationDays` |
    static QList<HealthFinding> checkMonite(const MoniteProfile& profile, const QDateTime& now,
                                            const HealthSettings& settings = {});
    /// Sorts findings worst first, keeping the order within a severity.
    static void sortWorstFirst(QList<HealthFinding>& findings);
    /// "low", "medium", "high": stable, for JSON and the CLI.
    static QString severityName(Severity severity);
    /// Translated severity for people.
    static QString severityLabel(Severity severity);
    /// Every finding code, in a fixed order.
    static QStringList codes();
};

} // namespace monime
