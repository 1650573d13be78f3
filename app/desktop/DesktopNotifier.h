// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>

namespace monime {

/// Desktop notifications through the freedesktop.org service (`org.freedesktop.Notifications` on the session
/// bus, Qt D-Bus): what GNOME, KDE, XFCE and every notification daemon implement. Reports the actions people
/// click and the notifications they close.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    struct Notification
    {
        QString summary;
        QString body;
        int urgency = 1; ///< 0 low, 1 normal, 2 critical
        /// Pairs of action key and label ("open:tok-…", "Open"); empty: no buttons (nobody would listen).
        QStringList actions;
    };

    explicit DesktopNotifier(QObject* parent = nullptr);

    /// Sends it; `done` gets the id the daemon gave it, or why it could not be shown (no daemon on the bus).
    void notify(const Notification& notification, std::function<void(Result<uint>)> done);
    /// Whether this platform has the service at all (false off Linux/BSD).
    static bool supported();

Q_SIGNALS:
    void actionInvoked(uint id, const QString& actionKey);
    /// reason: 1 expired, 2 dismissed by the user, 3 closed by a call, 4 other.
    void closed(uint id, uint reason);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& actionKey);
    void onClosed(uint id, uint reason);
};

} // namespace monime
