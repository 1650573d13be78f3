// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ReminderSender.h"

#include "portal/TokenService.h"

namespace monime {

struct ReminderSender::Run
{
    bool withActions = false;
    QList<Reminder> due;
    int position = 0; ///< next of `due` to send one by one
    bool summaryDone = false;
    Outcome outcome;
    std::function<void(Result<Outcome>)> done;
};

ReminderSender::ReminderSender(TokenService& service, DesktopNotifier& notifier, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_notifier(notifier)
{ }

void ReminderSender::sendDue(bool withActions, std::function<void(Result<Outcome>)> done)
{
    auto due = m_service.dueReminders();
    if (!due.ok()) {
        done(due.error());
        return;
    }
    auto run = std::make_shared<Run>();
    run->withActions = withActions;
    run->due = std::move(due).value();
    run->done = std::move(done);
    next(run);
}

void ReminderSender::next(std::shared_ptr<Run> run)
{
    const QDateTime now = m_service.clock().now();
    // One by one, up to kOneByOne tokens.
    while (run->position < run->due.size() && run->position < kOneByOne) {
        const Reminder r = run->due.at(run->position++);
        if (!claim(*run, r))
            continue;
        DesktopNotifier::Notification n;
        n.summary = ExpiryReminder::title(r, now);
        n.body = ExpiryReminder::body(r);
        n.urgency = ExpiryReminder::urgency(r.stage);
        if (run->withActions)
            n.actions = { QStringLiteral("default"),
                          tr("Open"),
                          QStringLiteral("rotate:") + r.token.id,
                          tr("Rotate…"),
                          QStringLiteral("open:") + r.token.id,
                          tr("Open") };
        deliver(run, { r }, n, false);
        return;
    }
    // The rest in one summary.
    if (!run->summaryDone && run->position < run->due.size()) {
        run->summaryDone = true;
        QList<Reminder> claimedRest;
        int urgency = 0;
        for (qsizetype i = run->position; i < run->due.size(); ++i) {
            const Reminder& r = run->due.at(i);
            if (!claim(*run, r))
                continue;
            claimedRest << r;
            urgency = qMax(urgency, ExpiryReminder::urgency(r.stage));
        }
        if (!claimedRest.isEmpty()) {
            DesktopNotifier::Notification n;
            n.summary = ExpiryReminder::summaryTitle(int(claimedRest.size()));
            n.body = ExpiryReminder::summaryBody(claimedRest, now);
            n.urgency = urgency;
            if (run->withActions)
                n.actions = { QStringLiteral("default"), tr("Open"), QStringLiteral("open:"), tr("Open") };
            deliver(run, claimedRest, n, true);
            return;
        }
    }
    // Only a check whose every reminder was shown moves the "expired since" mark; otherwise the next check
    // must still see the tokens that expired meanwhile.
    if (!run->outcome.failure) {
        if (auto checked = m_service.finishReminderCheck(); !checked.ok())
            run->outcome.failure = checked.error();
    }
    // A store failure with nothing shown is an error; a desktop that showed nothing comes back in the outcome,
    // with what it did not show (the window puts that in the tray).
    if (run->outcome.failure && run->outcome.sent.isEmpty() && run->outcome.alreadySent == 0
        && run->outcome.undelivered.isEmpty())
        return run->done(*run->outcome.failure);
    run->done(run->outcome);
}

bool ReminderSender::claim(Run& run, const Reminder& reminder)
{
    auto claimed = m_service.claimReminder(reminder);
    if (!claimed.ok()) {
        run.outcome.failure = claimed.error();
        return false;
    }
    if (!claimed.value())
        ++run.outcome.alreadySent; // another program showed it meanwhile
    return claimed.value();
}

void ReminderSender::deliver(std::shared_ptr<Run> run, const QList<Reminder>& claimed,
                             const DesktopNotifier::Notification& n, bool summary)
{
    m_notifier.notify(n, [this, run, claimed, summary](Result<uint> shown) {
        if (!shown.ok()) {
            for (const Reminder& r : claimed)
                (void)m_service.releaseReminder(r);
            run->outcome.failure = shown.error();
            run->outcome.undelivered << claimed;
        } else {
            m_tokenOf.insert(shown.value(), summary ? QString() : claimed.constFirst().token.id);
            run->outcome.sent.append(Sent { claimed, shown.value() });
        }
        next(run);
    });
}

std::optional<ReminderSender::Action> ReminderSender::action(uint notificationId, const QString& key) const
{
    if (!m_tokenOf.contains(notificationId))
        return std::nullopt;
    if (key == QLatin1String("default"))
        return Action { Action::Open, m_tokenOf.value(notificationId) };
    if (key.startsWith(QLatin1String("open:")))
        return Action { Action::Open, key.mid(5) };
    if (key.startsWith(QLatin1String("rotate:")))
        return Action { Action::Rotate, key.mid(7) };
    return std::nullopt;
}

} // namespace monime
