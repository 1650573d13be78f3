// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakes/MemorySecretStore.h"

#include <QTimer>

namespace monime {

namespace {
Error failure(const QString& code)
{
    return makeError(code, QStringLiteral("keychain"), QStringLiteral("simulated keychain failure: ") + code);
}
} // namespace

void MemorySecretStore::write(const QString& key, const QByteArray& secret, Done done)
{
    ++m_calls;
    QTimer::singleShot(0, this, [this, key, secret, done] {
        if (!m_failure.isEmpty())
            return done(failure(m_failure));
        m_items.insert(key, secret);
        done({});
    });
}

void MemorySecretStore::read(const QString& key, ReadDone done)
{
    ++m_calls;
    QTimer::singleShot(0, this, [this, key, done] {
        if (!m_failure.isEmpty())
            return done(failure(m_failure));
        if (!m_items.contains(key))
            return done(failure(QStringLiteral("secret_not_found")));
        done(m_items.value(key));
    });
}

void MemorySecretStore::remove(const QString& key, Done done)
{
    ++m_calls;
    QTimer::singleShot(0, this, [this, key, done] {
        if (!m_failure.isEmpty())
            return done(failure(m_failure));
        if (!m_items.remove(key))
            return done(failure(QStringLiteral("secret_not_found")));
        done({});
    });
}

void MemorySecretStore::keys(KeysDone done)
{
    ++m_calls;
    QTimer::singleShot(0, this, [this, done] {
        if (!m_failure.isEmpty())
            return done(failure(m_failure));
        QStringList all = m_items.keys();
        all.sort();
        done(all);
    });
}

} // namespace monime
