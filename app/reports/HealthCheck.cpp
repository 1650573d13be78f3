// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/HealthCheck.h"

#include "domain/IpRule.h"
#include "domain/TokenRules.h"

#include <algorithm>

namespace monime {

namespace {

constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;

QString day(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

/// Whole days from `from` to `to`, rounded down.
qint64 daysBetween(const QDateTime& from, const QDateTime& to)
{
    return from.msecsTo(to) / kDayMs;
}

} // namespace

QString HealthCheck::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return {};
}

QString HealthCheck::severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    }
    return {};
}

QStringList HealthCheck::codes()
{
    return { QStringLiteral("no_expiry"),
             QStringLiteral("expiring_soon"),
             QStringLiteral("rotation_due"),
             QStringLiteral("live_no_ip_whitelist"),
             QStringLiteral("live_ip_whitelist_admits_all"),
             QStringLiteral("live_no_space_whitelist"),
             QStringLiteral("unused"),
             QStringLiteral("payouts_write"),
             QStringLiteral("last_test_failed"),
             QStringLiteral("leaked"),
             QStringLiteral("monite_unused"),
             QStringLiteral("monite_secret_rotation_due") };
}

QList<HealthFinding> HealthCheck::check(const TokenInfo& t, const QDateTime& now, const HealthSettings& settings)
{
    QList<HealthFinding> found;
    if (t.status(now) != TokenStatus::Active || t.revokedAt.isValid())
        return found;
    const bool live = t.environment == Environment::Live;
    auto add = [&](const char* code, Severity severity, const QString& title, const QString& message,
                   const QString& fix) {
        found.append({ t.id, t.name, t.environment, QLatin1String(code), severity, title, message, fix, QString() });
    };

    if (!t.leakedAt.isEmpty()) {
        add("leaked", Severity::High, tr("Found in a leak scan"),
            tr("The secret was found in %n place(s), e.g. %1: anyone who can read it can use the token.", nullptr,
               int(t.leakedAt.size()))
                .arg(t.leakedAt.constFirst()),
            tr("Revoke it now (or rotate it), then remove it from the file and its history."));
    }
    if (!t.expiresAt.isValid()) {
        add("no_expiry", Severity::Medium, tr("No expiry"),
            tr("This token never expires: if it leaks, it works until someone notices and revokes it."),
            tr("Create a replacement that expires (1 year or less), move your integration to it, then revoke "
               "this one."));
    } else if (now.msecsTo(t.expiresAt) <= qint64(settings.expiringDays) * kDayMs) {
        const qint64 left = daysBetween(now, t.expiresAt);
        add("expiring_soon", left < kUrgentDays ? Severity::High : Severity::Medium, tr("Expires soon"),
            left < 1 ? tr("Expires in less than a day, on %1.").arg(day(t.expiresAt))
                     : tr("Expires in %n day(s), on %1.", nullptr, int(left)).arg(day(t.expiresAt)),
            tr("Rotate it before then and deploy the new secret, or your integration stops working."));
    }

    if (t.createdAt.isValid() && daysBetween(t.createdAt, now) > settings.rotationDays) {
        add("rotation_due", Severity::Medium, tr("Rotation due"),
            tr("Created %n day(s) ago; the rotation period is %1 days.", nullptr, int(daysBetween(t.createdAt, now)))
                .arg(settings.rotationDays),
            tr("Rotate it (with a grace period if your integration needs time) and deploy the new secret."));
    }

    if (live && t.ipWhitelist.isEmpty()) {
        add("live_no_ip_whitelist", Severity::High, tr("Live token without an IP whitelist"),
            tr("Anyone who gets this live token can move real money with it from any IP address."),
            tr("Create a replacement whitelisted to your servers' addresses or ranges, move your integration to it, "
               "then revoke this one."));
    }
    if (live && !t.ipWhitelist.isEmpty()) {
        QList<IpRule> rules;
        for (const QString& text : t.ipWhitelist)
            if (auto rule = IpRule::parse(text); rule.ok())
                rules.append(rule.value());
        if (TokenRules::checkIpWhitelistRange(rules).has_value()) {
            add("live_ip_whitelist_admits_all", Severity::High, tr("IP whitelist admits every address"),
                tr("This live token's IP whitelist (%1) admits every IPv4 or every IPv6 address, so it restricts "
                   "nothing: anyone who gets the token can move real money with it from anywhere.")
                    .arg(t.ipWhitelist.join(QLatin1String(", "))),
                tr("Create a replacement whitelisted to the addresses your servers call from, move your integration "
                   "to it, then revoke this one."));
        }
    }
    if (live && t.spaceWhitelist.isEmpty()) {
        add("live_no_space_whitelist", Severity::Medium, tr("Live token without a Space whitelist"),
            tr("This live token works in every Space you belong to."),
            tr("Create a replacement whitelisted to the one Space it serves, move your integration to it, then "
               "revoke this one."));
    }

    const QDateTime lastSeen = t.lastUsedAt.isValid() ? t.lastUsedAt : t.createdAt;
    if (lastSeen.isValid() && daysBetween(lastSeen, now) >= settings.unusedDays) {
        const int days = int(daysBetween(lastSeen, now));
        add("unused", Severity::Low, tr("Unused"),
            t.lastUsedAt.isValid() ? tr("Not used for %n day(s).", nullptr, days)
                                   : tr("Never used since it was created %n day(s) ago.", nullptr, days),
            tr("If nothing needs it any more, revoke it: an unused token is a risk with no benefit."));
    }

    if (t.permissions.contains(QLatin1String("payouts:write"))) {
        add("payouts_write", live ? Severity::High : Severity::Medium, tr("Can send payouts"),
            live ? tr("This live token has payouts:write: it can send real money out of your accounts.")
                 : tr("This test token has payouts:write; a live token made the same way could send real money."),
            tr("Keep payouts:write only on the token that sends payouts, with an IP whitelist; replace this one "
               "with a token without it otherwise."));
    }

    if (t.lastTestPassed == false) { // the outcome as data, never guessed from the text
        add("last_test_failed", Severity::Medium, tr("Last test failed"),
            t.lastTestedAt.isValid() ? tr("The last test, on %1, failed: %2").arg(day(t.lastTestedAt), t.lastTestResult)
                                     : tr("The last test failed: %1").arg(t.lastTestResult),
            tr("Test it again; if it still fails, check its environment, whitelists and permissions, or rotate it."));
    }

    sortWorstFirst(found);
    return found;
}

QList<HealthFinding> HealthCheck::checkAll(const QList<TokenInfo>& tokens, const QDateTime& now,
                                           const HealthSettings& settings)
{
    QList<HealthFinding> all;
    for (const TokenInfo& t : tokens)
        all.append(check(t, now, settings));
    sortWorstFirst(all);
    return all;
}

QList<HealthFinding> HealthCheck::checkMonite(const MoniteProfile& p, const QDateTime& now,
                                              const HealthSettings& settings)
{
    QList<HealthFinding> found;
    auto add
        = [&](const char* code, Severity severity, const QString& title, const QString& message, const QString& fix) {
              HealthFinding f;
              f.code = QLatin1String(code);
              f.severity = severity;
              f.title = title;
              f.message = message;
              f.fix = fix;
              f.moniteProfile = p.name;
              found.append(f);
          };

    const QDateTime secretSet = p.secretSetAt.isValid() ? p.secretSetAt : p.createdAt;
    if (secretSet.isValid() && daysBetween(secretSet, now) > settings.rotationDays) {
        const qint64 age = daysBetween(secretSet, now);
        add("monite_secret_rotation_due",
            age > qint64(settings.rotationDays) * kMoniteSecretOverdueFactor ? Severity::High : Severity::Medium,
            tr("Monite client secret due for rotation"),
            tr("The client secret of Monite profile \"%1\" was stored %n day(s) ago, on %2; the rotation period is "
               "%3 days.",
               nullptr, int(age))
                .arg(p.name, day(secretSet))
                .arg(settings.rotationDays),
            tr("Generate a new secret in Monite's partner portal, then run: monime-portal-cli monite secret %1")
                .arg(p.name));
    }

    const QDateTime lastSeen = p.lastUsedAt.isValid() ? p.lastUsedAt : p.createdAt;
    if (lastSeen.isValid() && daysBetween(lastSeen, now) >= settings.unusedDays) {
        const qint64 idle = daysBetween(lastSeen, now);
        add("monite_unused", idle >= qint64(settings.unusedDays) * kMoniteIdleFactor ? Severity::Medium : Severity::Low,
            tr("Monite client unused"),
            p.lastUsedAt.isValid()
                ? tr("Monite profile \"%1\" has not got, tested or revoked a token for %n day(s).", nullptr, int(idle))
                      .arg(p.name)
                : tr("Monite profile \"%1\" has not been used since it was added %n day(s) ago.", nullptr, int(idle))
                      .arg(p.name),
            tr("If nothing needs it any more, delete the client in Monite's partner portal, then run: "
               "monime-portal-cli monite remove %1")
                .arg(p.name));
    }
    sortWorstFirst(found);
    return found;
}

void HealthCheck::sortWorstFirst(QList<HealthFinding>& findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const HealthFinding& a, const HealthFinding& b) { return a.severity > b.severity; });
}

} // namespace monime
