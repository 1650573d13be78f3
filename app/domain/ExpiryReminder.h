// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace monime {

/// How close to its expiry a token is, for reminders: 30, 7 and 1 day before, and once it has expired.
enum class ReminderStage { Days30, Days7, Days1, Expired };

/// A reminder to send: the token (metadata only, never a secret) and the stage it reached.
struct Reminder
{
    TokenInfo token;
    ReminderStage stage = ReminderStage::Days30;
};

/// The rules of expiry reminders, one home for the CLI's `remind` and the window's daily check.
class ExpiryReminder
{
    Q_DECLARE_TR_FUNCTIONS(monime::ExpiryReminder)

public:
    static constexpr int kStageDays[] = { 30, 7, 1 };
    /// On the very first check, tokens that expired this long ago or less are still reported as expired.
    static constexpr int kFirstCheckLookbackDays = 7;

    static QString stageName(ReminderStage stage); ///< "30d", "7d", "1d", "expired" (stored in the database)
    static std::optional<ReminderStage> stageFromName(const QString& name);

    /// The stage `token` is in at `now`, or nullopt when no reminder is due for it at any stage: it never
    /// expires, is revoked (or its revocation is already set by a rotation), was replaced by a rotation, or
    /// expires more than 30 days from now. An expired token is at `Expired` only when it expired after
    /// `lastCheck` (invalid: no check yet, then within the last 7 days): a token long gone is not news.
    static std::optional<ReminderStage> stageOf(const TokenInfo& token, const QDateTime& now,
                                                const QDateTime& lastCheck);

    /// The notification's summary: "Token "Checkout" expires in 7 days".
    static QString title(const Reminder& reminder, const QDateTime& now);
    /// The notification's body: what it is, when, what to do. Never a secret.
    static QString body(const Reminder& reminder);
    /// One notification for the tokens beyond the ones notified one by one.
    static QString summaryTitle(int count);
    static QString summaryBody(const QList<Reminder>& reminders, const QDateTime& now);
    /// org.freedesktop.Notifications urgency: 0 low (30 days), 1 normal (7 days), 2 critical (1 day, expired).
    static int urgency(ReminderStage stage);
    /// Whole days left, rounded up (23 hours left is "1 day"); 0 or less once expired.
    static int daysLeft(const TokenInfo& token, const QDateTime& now);
};

} // namespace monime
