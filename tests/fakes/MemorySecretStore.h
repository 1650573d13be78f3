// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QObject>

namespace monime {

/// SecretStore in memory, for unit tests. Answers on the next event-loop turn, like a real keychain, and
/// can be told to fail the next calls with a given error code.
class MemorySecretStore final : public QObject, public SecretStore
{
    Q_OBJECT

public:
    using QObject::QObject;

    void write(const QString& key, const QByteArray& secret, Done done) override;
    void read(const QString& key, ReadDone done) override;
    void remove(const QString& key, Done done) override;
    void keys(KeysDone done) override;
    QString backendName() const override { return QStringLiteral("memory"); }

    /// Every call fails with this error code until cleared with an empty string.
    void setFailure(const QString& code) { m_failure = code; }
    const QHash<QString, QByteArray>& items() const { return m_items; }
    int calls() const { return m_calls; }

private:
    QHash<QString, QByteArray> m_items;
    QString m_failure;
    int m_calls = 0;
};

} // namespace monime
