// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ExpiryReminder.h"

namespace monime {

QString ExpiryReminder::stageName(ReminderStage stage)
{
    switch (stage) {
    case ReminderStage::Days30:
        return QStringLiteral("30d");
    case ReminderStage::Days7:
        return QStringLiteral("7d");
    case ReminderStage::Days1:
        return QStringLiteral("1d");
    case ReminderStage::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<ReminderStage> ExpiryReminder::stageFromName(const QString& name)
{
    for (ReminderStage s :
         { ReminderStage::Days30, ReminderStage::Days7, ReminderStage::Days1, ReminderStage::Expired })
        if (stageName(s) == name)
            return s;
    return std::nullopt;
}

int ExpiryReminder::daysLeft(const TokenInfo& token, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(token.expiresAt);
    if (seconds <= 0)
        return 0;
    return int((seconds + 86399) / 86400);
}

std::optional<ReminderStage> ExpiryReminder::stageOf(const TokenInfo& token, const QDateTime& now,
                                                     const QDateTime& lastCheck)
{
    if (!token.expiresAt.isValid() || token.revokedAt.isValid() || !token.replacedBy.isEmpty())
        return std::nullopt;
    if (token.expiresAt <= now) {
        const QDateTime since = lastCheck.isValid() ? lastCheck : now.addDays(-kFirstCheckLookbackDays);
        if (token.expiresAt > since)
            return ReminderStage::Expired;
        return std::nullopt;
    }
    const qint64 seconds = now.secsTo(token.expiresAt);
    if (seconds <= qint64(kStageDays[2]) * 86400)
        return ReminderStage::Days1;
    if (seconds <= qint64(kStageDays[1]) * 86400)
        return ReminderStage::Days7;
    if (seconds <= qint64(kStageDays[0]) * 86400)
        return ReminderStage::Days30;
    return std::nullopt;
}

int ExpiryReminder::urgency(ReminderStage stage)
{
    switch (stage) {
    case ReminderStage::Days30:
        return 0;
    case ReminderStage::Days7:
        return 1;
    case ReminderStage::Days1:
    case ReminderStage::Expired:
        return 2;
    }
    return 1;
}

QString ExpiryReminder::title(const Reminder& r, const QDateTime& now)
{
    if (r.stage == ReminderStage::Expired)
        return tr("Token \"%1\" has expired").arg(r.token.name);
    const int days = daysLeft(r.token, now);
    return tr("Token \"%1\" expires in %n day(s)", nullptr, days).arg(r.token.name);
}

QString ExpiryReminder::body(const Reminder& r)
{
    const TokenInfo& t = r.token;
    const QString when = t.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const bool live = t.environment == Environment::Live;
    if (r.stage == ReminderStage::Expired)
        return live ? tr("The live token %1 (%2) stopped working on %3 UTC. Integrations that use it now get 401. "
                         "Rotate it: a new token with the same settings.")
                          .arg(t.id, t.hint, when)
                    : tr("The test token %1 (%2) stopped working on %3 UTC. Rotate it: a new token with the same "
                         "settings.")
                          .arg(t.id, t.hint, when);
    return live ? tr("The live token %1 (%2) stops working on %3 UTC. Rotate it before then and deploy the new "
                     "token, or integrations that use it will fail.")
                      .arg(t.id, t.hint, when)
                : tr("The test token %1 (%2) stops working on %3 UTC. Rotate it before then.").arg(t.id, t.hint, when);
}

QString ExpiryReminder::summaryTitle(int count)
{
    return tr("%n more token(s) near expiry", nullptr, count);
}

QString ExpiryReminder::summaryBody(const QList<Reminder>& reminders, const QDateTime& now)
{
    QStringList lines;
    for (const Reminder& r : reminders)
        lines << (r.stage == ReminderStage::Expired
                      ? tr("%1: expired").arg(r.token.name)
                      : tr("%1: %n day(s) left", nullptr, daysLeft(r.token, now)).arg(r.token.name));
    return lines.join(QLatin1Char('\n'));
}

} // namespace monime
