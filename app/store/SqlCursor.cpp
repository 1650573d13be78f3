// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SqlCursor.h"

#include "store/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <sqlite3.h>
#include <vector>

namespace monime {

namespace {

std::atomic_bool g_nativeSqlite { true };

class QtCursor final : public SqlCursor
{
public:
    explicit QtCursor(QSqlQuery query)
        : m_q(std::move(query))
    { }
    bool next() override { return m_q.next(); }
    bool isNull(int c) override { return m_q.isNull(c); }
    QString text(int c) override { return m_q.value(c).toString(); }
    QByteArrayView bytes(int c) override
    {
        m_scratch = m_q.value(c).toString().toUtf8();
        return m_scratch;
    }
    qint64 int64(int c) override { return m_q.value(c).toLongLong(); }

private:
    QSqlQuery m_q;
    QByteArray m_scratch;
};

class SqliteCursor final : public SqlCursor
{
public:
    explicit SqliteCursor(sqlite3_stmt* statement)
        : m_stmt(statement)
    { }
    ~SqliteCursor() override { sqlite3_finalize(m_stmt); }
    bool next() override { return sqlite3_step(m_stmt) == SQLITE_ROW; }
    bool isNull(int c) override { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    QString text(int c) override
    {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, c)) : QString();
    }
    QByteArrayView bytes(int c) override
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, c)) : QByteArrayView();
    }
    QString interned(int c) override
    {
        const QByteArrayView b = bytes(c);
        for (const auto& [key, value] : m_pool)
            if (key == b)
                return value;
        QString value = QString::fromUtf8(b);
        if (m_pool.size() < kPoolSize)
            m_pool.emplace_back(b.toByteArray(), value);
        return value;
    }
    qint64 int64(int c) override { return sqlite3_column_int64(m_stmt, c); }

private:
    static constexpr size_t kPoolSize = 256;
    sqlite3_stmt* m_stmt;
    std::vector<std::pair<QByteArray, QString>> m_pool;
};

sqlite3* nativeHandle(Database& database)
{
    QSqlDatabase& db = database.connection();
    if (!g_nativeSqlite || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

} // namespace

void SqlCursor::setNativeSqliteEnabled(bool enabled)
{
    g_nativeSqlite = enabled;
}

Result<std::unique_ptr<SqlCursor>> SqlCursor::open(Database& database, const QString& sql, const QVariantList& binds)
{
    if (sqlite3* handle = nativeHandle(database)) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
            return makeError(QStringLiteral("database_error"), QStringLiteral("database"),
                             Database::tr("Could not read the database: %1. Check that the file is not damaged "
                                          "(monime-portal-cli doctor).")
                                 .arg(QString::fromUtf8(sqlite3_errmsg(handle))));
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant& b = binds.at(i);
            if (b.typeId() == QMetaType::LongLong || b.typeId() == QMetaType::Int) {
                sqlite3_bind_int64(stmt, i + 1, b.toLongLong());
            } else {
                const QByteArray text = b.toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        return std::unique_ptr<SqlCursor>(new SqliteCursor(stmt));
    }
    QSqlQuery q(database.connection());
    // QPSQL reads a forward-only query row by row off the connection, and the next query on that connection
    // discards what is left ("Query results lost"): the list runs its queries interleaved, so there it takes
    // the whole result at once.
    q.setForwardOnly(!database.isPostgres());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Database::queryError(q, Database::tr("read the database"));
    return std::unique_ptr<SqlCursor>(new QtCursor(std::move(q)));
}

} // namespace monime
