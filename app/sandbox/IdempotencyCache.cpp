// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/IdempotencyCache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace monime {

namespace {
constexpr qsizetype kMaxEntries = 10000;
}

QByteArray IdempotencyCache::checksum(QByteArrayView method, QByteArrayView path, const QJsonObject& body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(path);
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QJsonDocument(body).toJson(QJsonDocument::Compact)); // QJsonObject keeps its keys sorted
    return hash.result().toHex();
}

IdempotencyCache::Outcome IdempotencyCache::find(const QString& key, const QByteArray& checksum,
                                                 HttpResponse& replay) const
{
    auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return Outcome::Miss;
    if (it->checksum != checksum)
        return Outcome::Conflict;
    replay = it->response;
    return Outcome::Replay;
}

void IdempotencyCache::store(const QString& key, const QByteArray& checksum, const HttpResponse& response)
{
    if (response.status < 200 || response.status >= 300)
        return;
    if (m_entries.size() >= kMaxEntries) {
        for (qsizetype i = 0; i < kMaxEntries / 10 && !m_order.isEmpty(); ++i)
            m_entries.remove(m_order.takeFirst());
    }
    HttpResponse kept = response;
    kept.headers.clear(); // per-answer headers (checksum, timestamp, duration) are added again on replay
    if (!m_entries.contains(key))
        m_order.append(key);
    m_entries.insert(key, Entry { checksum, kept });
}

QJsonObject IdempotencyCache::toJson() const
{
    QJsonArray entries;
    for (const QString& key : m_order) {
        const Entry& e = m_entries[key];
        entries.append(QJsonObject { { QStringLiteral("key"), key },
                                     { QStringLiteral("checksum"), QString::fromLatin1(e.checksum) },
                                     { QStringLiteral("status"), e.response.status },
                                     { QStringLiteral("body"), QString::fromUtf8(e.response.body) } });
    }
    return QJsonObject { { QStringLiteral("entries"), entries } };
}

void IdempotencyCache::fromJson(const QJsonObject& saved)
{
    m_entries.clear();
    m_order.clear();
    for (const QJsonValue& v : saved.value(QLatin1String("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        HttpResponse r { o.value(QLatin1String("status")).toInt(),
                         o.value(QLatin1String("body")).toString().toUtf8(),
                         {} };
        store(o.value(QLatin1String("key")).toString(), o.value(QLatin1String("checksum")).toString().toLatin1(), r);
    }
}

} // namespace monime
