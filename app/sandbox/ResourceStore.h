// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace monime {

/// The sandbox's objects, per scope (environment and Space) and resource, in creation order. A list cursor is
/// the position after an item, not the item: it stays valid when that item is deleted.
class ResourceStore
{
public:
    struct Page
    {
        QList<QJsonObject> items;
        QString next; ///< empty on the last page
    };
    using Filter = std::function<bool(const QJsonObject&)>;

    /// A new id such as "fac-…", from Monime's prefixes.
    static QString newId(const QString& resource);

    QJsonObject* find(const QString& scope, const QString& resource, const QString& id);
    /// The first object of the resource for which `match` holds; nullptr when none.
    QJsonObject* findIf(const QString& scope, const QString& resource, const Filter& match);
    /// Keeps `object` (which has an "id") as the newest of its resource.
    QJsonObject& insert(const QString& scope, const QString& resource, const QJsonObject& object);
    bool remove(const QString& scope, const QString& resource, const QString& id);
    /// Up to `limit` objects after the cursor `after` (empty: from the start) that pass `filter`; nullopt when
    /// the cursor is not one this store gave.
    std::optional<Page> list(const QString& scope, const QString& resource, const Filter& filter, int limit,
                             const QString& after) const;

    QJsonObject toJson() const;
    void fromJson(const QJsonObject& saved);

private:
    struct Collection
    {
        QMap<qint64, QJsonObject> bySequence;
        QHash<QString, qint64> sequenceById;
    };
    static QString key(const QString& scope, const QString& resource) { return scope + QLatin1Char('|') + resource; }

    QHash<QString, Collection> m_collections;
    qint64 m_nextSequence = 1;
};

} // namespace monime
