// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "desktop/DesktopNotifier.h"
#include "domain/ExpiryReminder.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace monime {

class TokenService;

/// Sends the expiry reminders that are due as desktop notifications — the CLI's `remind` and the window's
/// daily check both ask this one class. The first three tokens get a notification each (with "Rotate" and
/// "Open" when a program stays to act on them), the rest one summary. Each reminder is claimed in the
/// inventory before it is shown (so two programs never both show it) and released when the desktop could not
/// show it (so the next check tries again).
class ReminderSender : public QObject
{
    Q_OBJECT

public:
    static constexpr int kOneByOne = 3;

    struct Sent
    {
        QList<Reminder> reminders; ///< one, or the tokens of the summary
        uint notificationId = 0;
    };
    struct Outcome
    {
        QList<Sent> sent;
        int alreadySent = 0; ///< claimed by another program meanwhile: not shown again
        std::optional<Error> failure; ///< why some could not be shown (they stay due)
        QList<Reminder> undelivered; ///< what the desktop could not show (released: still due)
    };

    ReminderSender(TokenService& service, DesktopNotifier& notifier, QObject* parent = nullptr);

    /// `withActions`: offer "Rotate" and "Open" (only when the caller will be there to act on them).
    void sendDue(bool withActions, std::function<void(Result<Outcome>)> done);

    /// What an action of one of our notifications asks for: open or rotate `tokenId` (empty: the list).
    struct Action
    {
        enum Kind { Open, Rotate } kind = Open;
        QString tokenId;
    };
    /// nullopt when the notification is not one of ours.
    std::optional<Action> action(uint notificationId, const QString& actionKey) const;
    bool isOurs(uint notificationId) const { return m_tokenOf.contains(notificationId); }

private:
    struct Run;
    void next(std::shared_ptr<Run> run);
    /// Claims `reminder` for this run; false when it must not be shown (failed, or another program has it).
    bool claim(Run& run, const Reminder& reminder);
    void deliver(std::shared_ptr<Run> run, const QList<Reminder>& claimed, const DesktopNotifier::Notification& n,
                 bool summary);

    TokenService& m_service;
    DesktopNotifier& m_notifier;
    QHash<uint, QString> m_tokenOf; ///< notification id → token id ("" for a summary)
};

} // namespace monime
