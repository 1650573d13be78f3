// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ResourceStore.h"

#include "domain/TokenSecret.h"

#include <QJsonArray>

namespace monime {

namespace {

QString encodeCursor(qint64 sequence)
{
    return QString::fromLatin1(QByteArray("seq:" + QByteArray::number(sequence))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString& cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("seq:"))
        return std::nullopt;
    bool ok = false;
    const qint64 n = raw.mid(4).toLongLong(&ok);
    return ok && n > 0 ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace

QString ResourceStore::newId(const QString& resource)
{
    // Prefixes as in Monime's API reference where it shows one.
    static const QHash<QString, QString> prefixes {
        { QStringLiteral("payments"), QStringLiteral("pay") },
        { QStringLiteral("payouts"), QStringLiteral("pyt") },
        { QStringLiteral("checkout-sessions"), QStringLiteral("cos") },
        { QStringLiteral("financial-accounts"), QStringLiteral("fac") },
        { QStringLiteral("financial-transactions"), QStringLiteral("txn") },
        { QStringLiteral("internal-transfers"), QStringLiteral("trn") },
        { QStringLiteral("payment-codes"), QStringLiteral("pmc") },
        { QStringLiteral("ussd-otps"), QStringLiteral("uop") },
        { QStringLiteral("webhooks"), QStringLiteral("whk") },
    };
    return prefixes.value(resource, resource.left(3)) + QLatin1Char('-')
        + QString::fromLatin1(TokenSecret::randomBase62(24));
}

QJsonObject* ResourceStore::find(const QString& scope, const QString& resource, const QString& id)
{
    auto c = m_collections.find(key(scope, resource));
    if (c == m_collections.end())
        return nullptr;
    auto seq = c->sequenceById.constFind(id);
    if (seq == c->sequenceById.constEnd())
        return nullptr;
    return &c->bySequence[*seq];
}

QJsonObject* ResourceStore::findIf(const QString& scope, const QString& resource, const Filter& match)
{
    auto c = m_collections.find(key(scope, resource));
    if (c == m_collections.end())
        return nullptr;
    for (auto it = c->bySequence.begin(); it != c->bySequence.end(); ++it) {
        if (match(*it))
            return &*it;
    }
    return nullptr;
}

QJsonObject& ResourceStore::insert(const QString& scope, const QString& resource, const QJsonObject& object)
{
    Collection& c = m_collections[key(scope, resource)];
    const qint64 sequence = m_nextSequence++;
    c.sequenceById.insert(object.value(QLatin1String("id")).toString(), sequence);
    return *c.bySequence.insert(sequence, object);
}

bool ResourceStore::remove(const QString& scope, const QString& resource, const QString& id)
{
    auto c = m_collections.find(key(scope, resource));
    if (c == m_collections.end())
        return false;
    const auto sequence = c->sequenceById.take(id);
    return sequence > 0 && c->bySequence.remove(sequence) > 0;
}

std::optional<ResourceStore::Page> ResourceStore::list(const QString& scope, const QString& resource,
                                                       const Filter& filter, int limit, const QString& after) const
{
    qint64 from = 0;
    if (!after.isEmpty()) {
        const auto decoded = decodeCursor(after);
        if (!decoded || *decoded >= m_nextSequence)
            return std::nullopt;
        from = *decoded;
    }
    Page page;
    auto c = m_collections.constFind(key(scope, resource));
    if (c == m_collections.constEnd())
        return page;
    qint64 last = 0;
    for (auto it = c->bySequence.upperBound(from); it != c->bySequence.constEnd(); ++it) {
        if (filter && !filter(*it))
            continue;
        if (page.items.size() == limit) {
            page.next = encodeCursor(last);
            break;
        }
        page.items.append(*it);
        last = it.key();
    }
    return page;
}

QJsonObject ResourceStore::toJson() const
{
    QJsonObject collections;
    for (auto c = m_collections.constBegin(); c != m_collections.constEnd(); ++c) {
        QJsonArray items;
        for (auto it = c->bySequence.constBegin(); it != c->bySequence.constEnd(); ++it)
            items.append(QJsonObject { { QStringLiteral("seq"), it.key() }, { QStringLiteral("object"), *it } });
        collections.insert(c.key(), items);
    }
    return QJsonObject { { QStringLiteral("nextSequence"), m_nextSequence },
                         { QStringLiteral("collections"), collections } };
}

void ResourceStore::fromJson(const QJsonObject& saved)
{
    m_collections.clear();
    m_nextSequence = qMax<qint64>(1, saved.value(QLatin1String("nextSequence")).toInteger());
    const QJsonObject collections = saved.value(QLatin1String("collections")).toObject();
    for (auto c = collections.constBegin(); c != collections.constEnd(); ++c) {
        Collection& collection = m_collections[c.key()];
        for (const QJsonValue& v : c.value().toArray()) {
            const QJsonObject o = v.toObject();
            const qint64 sequence = o.value(QLatin1String("seq")).toInteger();
            const QJsonObject object = o.value(QLatin1String("object")).toObject();
            collection.bySequence.insert(sequence, object);
            collection.sequenceById.insert(object.value(QLatin1String("id")).toString(), sequence);
            m_nextSequence = qMax(m_nextSequence, sequence + 1);
        }
    }
}

} // namespace monime
