// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DesktopNotifier.h"

#include <QCoreApplication>
#include <QVariantMap>

#ifdef MONIME_DESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace monime {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject* parent)
    : QObject(parent)
{
#ifdef MONIME_DESKTOP_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
#endif
}

bool DesktopNotifier::supported()
{
#ifdef MONIME_DESKTOP_NOTIFICATIONS
    return true;
#else
    return false;
#endif
}

void DesktopNotifier::onActionInvoked(uint id, const QString& actionKey)
{
    Q_EMIT actionInvoked(id, actionKey);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_EMIT closed(id, reason);
}

void DesktopNotifier::notify(const Notification& n, std::function<void(Result<uint>)> done)
{
#ifdef MONIME_DESKTOP_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(makeError(QStringLiteral("notifications_unavailable"), QStringLiteral("notifications"),
                       tr("There is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not "
                          "set), so no notification can be shown. Run this inside your "
                          "desktop session, or from its autostart.")));
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(n.urgency)));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.monime.Portal"));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-monime.token.expiry"));
    call << tr("Monime Developer Portal") << uint(0) << QStringLiteral("io.monime.Portal") << n.summary << n.body
         << n.actions << hints << int(n.urgency >= 2 ? 0 : -1); // critical ones stay until dismissed
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done = std::move(done)](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            done(makeError(QStringLiteral("notifications_unavailable"), QStringLiteral("notifications"),
                           tr("The desktop did not show the notification (%1: %2). Is a "
                              "notification service running in this session?")
                               .arg(reply.error().name(), reply.error().message())));
            return;
        }
        done(reply.value());
    });
#else
    Q_UNUSED(n)
    done(makeError(QStringLiteral("notifications_unavailable"), QStringLiteral("notifications"),
                   tr("Desktop notifications are not supported on this system.")));
#endif
}

} // namespace monime
