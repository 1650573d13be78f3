// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QJsonObject>

namespace monime {

/// Idempotency as Monime documents it: a key names one logical request; the first completed success under it is
/// replayed (with `Monime-Cache: irc`) to a retry of the same request — same method, path and canonical body, the
/// `Monime-Request-Checksum` — and a different request under the key is a 409. A failure is not kept, so the
/// corrected retry goes through.
class IdempotencyCache
{
public:
    enum class Outcome { Miss, Replay, Conflict };

    /// SHA-256 (hex) of method, path and the body with sorted keys and no whitespace: key order and spacing do not
    /// change it.
    static QByteArray checksum(QByteArrayView method, QByteArrayView path, const QJsonObject& body);

    Outcome find(const QString& key, const QByteArray& checksum, HttpResponse& replay) const;
    /// Keeps `response` under `key` if it is a success; bounded (the oldest keys go first).
    void store(const QString& key, const QByteArray& checksum, const HttpResponse& response);

    QJsonObject toJson() const;
    void fromJson(const QJsonObject& saved);

private:
    struct Entry
    {
        QByteArray checksum;
        HttpResponse response;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace monime
