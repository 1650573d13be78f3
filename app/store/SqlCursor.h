// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QVariantList>

#include <memory>

namespace monime {

class Database;

/// A forward-only cursor over one SELECT, for the large reads (the token list). On SQLite it steps the
/// statement through SQLite's C API on the connection Qt opened — several times faster than QSqlQuery, which
/// turns every cell into a cached QVariant; on any other driver it wraps a QSqlQuery (on PostgreSQL not
/// forward-only: QPSQL would lose the rest of its rows to the next query on the connection).
class SqlCursor
{
public:
    /// Prepares and runs `sql` with positional `binds` (int64 or text).
    static Result<std::unique_ptr<SqlCursor>> open(Database& database, const QString& sql, const QVariantList& binds);
    /// Forces the portable QSqlQuery path, so tests can compare both.
    static void setNativeSqliteEnabled(bool enabled);

    virtual ~SqlCursor() = default;
    virtual bool next() = 0;
    virtual bool isNull(int column) = 0;
    virtual QString text(int column) = 0;
    /// For columns with few distinct values (an environment, a release, a permission): equal values come
    /// back as one shared QString, so 300,000 rows do not mean 300,000 allocations.
    virtual QString interned(int column) { return text(column); }
    /// The column's UTF-8 bytes, valid until the next call on this cursor.
    virtual QByteArrayView bytes(int column) = 0;
    virtual qint64 int64(int column) = 0;
};

} // namespace monime
