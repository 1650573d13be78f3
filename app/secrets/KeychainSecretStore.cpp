// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/KeychainSecretStore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#ifdef MONIME_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

#include <memory>
#include <optional>

namespace monime {

namespace {

Error mapError(const QKeychain::Job& job)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(QStringLiteral("secret_not_found"), QStringLiteral("keychain"),
                         KeychainSecretStore::tr("The keychain has no secret for this token (it may have been "
                                                 "deleted outside the app). Revoke the token and create a new one."));
    case QKeychain::AccessDeniedByUser:
        return makeError(QStringLiteral("keychain_denied"), QStringLiteral("keychain"),
                         KeychainSecretStore::tr("Access to the keychain was cancelled. Nothing was changed; try "
                                                 "again and allow access when asked."));
    case QKeychain::AccessDenied:
        return makeError(QStringLiteral("keychain_locked"), QStringLiteral("keychain"),
                         KeychainSecretStore::tr("The keychain refused access (%1). It may be locked: unlock it "
                                                 "(for GNOME, log in to the desktop or run gnome-keyring-daemon "
                                                 "--unlock) and try again.")
                             .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(QStringLiteral("keychain_unavailable"), QStringLiteral("keychain"),
                         KeychainSecretStore::tr("No OS keychain is available (%1). Start a Secret Service "
                                                 "provider such as gnome-keyring or KWallet in your desktop session "
                                                 "(it needs a D-Bus session bus), then try again. Secrets are never "
                                                 "stored in plain text instead.")
                             .arg(detail));
    default:
        break;
    }
    // libsecret reports a locked collection or a missing bus as "other": tell them apart by text.
    if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return makeError(QStringLiteral("keychain_locked"), QStringLiteral("keychain"),
                         KeychainSecretStore::tr("The keychain is locked (%1). Unlock it and try again.").arg(detail));
    if (detail.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("bus"), Qt::CaseInsensitive))
        return makeError(QStringLiteral("keychain_unavailable"), QStringLiteral("keychain"),
                         KeychainSecretStore::tr("No OS keychain is reachable (%1). Start a Secret Service provider "
                                                 "such as gnome-keyring in a session with a D-Bus session bus, then "
                                                 "try again. Secrets are never stored in plain text instead.")
                             .arg(detail));
    return makeError(QStringLiteral("keychain_error"), QStringLiteral("keychain"),
                     KeychainSecretStore::tr("The keychain reported an error: %1. Check that your keychain is "
                                             "running and unlocked, then try again.")
                         .arg(detail));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("MONIME_PORTAL_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && fromEnv > 0)
        m_timeoutMs = fromEnv;
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#else
    return tr("the OS keychain (Secret Service or KWallet)");
#endif
}

void KeychainSecretStore::run(QKeychain::Job* job, std::function<void(QKeychain::Job*, const Error*)> finished)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    auto settled = std::make_shared<bool>(false);
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, settled, finished] {
        if (*settled)
            return;
        *settled = true;
        const Error timeout = makeError(
            QStringLiteral("keychain_timeout"), QStringLiteral("keychain"),
            tr("The keychain did not answer within %1 seconds. It may be waiting for an unlock prompt, or no "
               "keychain service is running: unlock or start it, then try again. Nothing was changed.")
                .arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        finished(job, &timeout);
        // The job may still finish later; it is deleted then, and its answer ignored.
    });
    connect(job, &QKeychain::Job::finished, this, [this, job, settled, finished](QKeychain::Job*) {
        job->deleteLater();
        if (*settled) {
            // Timed out, reported as not written, and then written after all (an unlock prompt answered
            // late): take it back, so no secret sits in the keychain without a token in the inventory.
            if (job->error() == QKeychain::NoError && qobject_cast<QKeychain::WritePasswordJob*>(job)) {
                auto* undo = new QKeychain::DeletePasswordJob(m_service, this);
                undo->setKey(job->key());
                undo->setInsecureFallback(false);
                undo->start();
            }
            return;
        }
        *settled = true;
        if (job->error() == QKeychain::NoError) {
            finished(job, nullptr);
        } else {
            const Error e = mapError(*job);
            finished(job, &e);
        }
    });
    timer->start(m_timeoutMs);
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    // Tokens are ASCII: stored as text so `secret-tool lookup` shows the token itself, not base64.
    job->setTextData(QString::fromLatin1(secret));
    run(job, [done](QKeychain::Job*, const Error* e) { e ? done(*e) : done({}); });
}

void KeychainSecretStore::read(const QString& key, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, [done](QKeychain::Job* j, const Error* e) {
        if (e)
            done(*e);
        else
            done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData().toLatin1());
    });
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, [done](QKeychain::Job*, const Error* e) { e ? done(*e) : done({}); });
}

void KeychainSecretStore::keys(KeysDone done)
{
    auto later = [this, done](Result<QStringList> result) {
        QTimer::singleShot(0, this, [done, result = std::move(result)] { done(result); });
    };
#ifdef MONIME_SECRET_SERVICE
    auto unavailable = [this](const QString& detail) {
        return makeError(QStringLiteral("keychain_unavailable"), QStringLiteral("keychain"),
                         tr("The Secret Service could not list the keychain's items (%1). Start a Secret Service "
                            "provider such as gnome-keyring in a session with a D-Bus session bus, then try again.")
                             .arg(detail));
    };
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return later(unavailable(tr("no D-Bus session bus")));
    qDBusRegisterMetaType<QMap<QString, QString>>();
    const QString secrets = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage search = QDBusMessage::createMethodCall(secrets, QStringLiteral("/org/freedesktop/secrets"),
                                                         QStringLiteral("org.freedesktop.Secret.Service"),
                                                         QStringLiteral("SearchItems"));
    // QtKeychain's Secret Service schema: attribute "server" = service, "user" = key.
    search << QVariant::fromValue(QMap<QString, QString> { { QStringLiteral("server"), m_service } });
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(search, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, done, unavailable, bus, secrets](QDBusPendingCallWatcher* w) mutable {
                w->deleteLater();
                QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *w;
                if (reply.isError())
                    return done(unavailable(reply.error().message()));
                const QList<QDBusObjectPath> paths = reply.argumentAt<0>() + reply.argumentAt<1>();
                if (paths.isEmpty())
                    return done(QStringList {});
                struct Gather
                {
                    qsizetype remaining = 0;
                    QStringList keys;
                    std::optional<Error> error;
                };
                auto gather = std::make_shared<Gather>();
                gather->remaining = paths.size();
                for (const QDBusObjectPath& path : paths) {
                    QDBusMessage get = QDBusMessage::createMethodCall(
                        secrets, path.path(), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
                    get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Attributes");
                    auto* item = new QDBusPendingCallWatcher(bus.asyncCall(get, m_timeoutMs), this);
                    connect(item, &QDBusPendingCallWatcher::finished, this,
                            [done, gather, unavailable](QDBusPendingCallWatcher* iw) {
                                iw->deleteLater();
                                QDBusPendingReply<QDBusVariant> attributes = *iw;
                                if (attributes.isError()) {
                                    if (!gather->error)
                                        gather->error = unavailable(attributes.error().message());
                                } else {
                                    const auto map = qdbus_cast<QMap<QString, QString>>(
                                        attributes.value().variant().value<QDBusArgument>());
                                    const QString key = map.value(QStringLiteral("user"));
                                    if (!key.isEmpty())
                                        gather->keys.append(key);
                                }
                                if (--gather->remaining > 0)
                                    return;
                                if (gather->error)
                                    return done(*gather->error);
                                gather->keys.sort();
                                gather->keys.removeDuplicates();
                                done(gather->keys);
                            });
                }
            });
#else
    later(
        makeError(QStringLiteral("keychain_unsupported"), QStringLiteral("keychain"),
                  tr("%1 cannot list its items; each token's secret is checked when it is used.").arg(backendName())));
#endif
}

} // namespace monime
