// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace monime {

/// One open inventory database: SQLite (a file, WAL, foreign keys on) for now; the SQL stays portable so
/// PostgreSQL can come through QPSQL later. Owns its Qt SQL connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(monime::Database)

public:
    static constexpr int kSchemaVersion = 3;

    /// Opens (creating if needed) the SQLite file at `path` and migrates it. A directory, a file that is not
    /// a database, or one written by a newer version is refused with a clear message and left untouched.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path);
    /// The per-user file in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion() const;

    /// Runs `work` in a transaction: committed when it returns ok, rolled back otherwise.
    Result<void> transaction(const std::function<Result<void>()>& work);

    /// Maps a failed query onto an Error naming the database and the fix.
    static Error queryError(const QSqlQuery& query, const QString& what);
    /// Executes a prepared query; an Error when it fails.
    static Result<void> exec(QSqlQuery& query, const QString& what);

private:
    Database(QSqlDatabase db, QString path);
    Result<void> migrate(int from);

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace monime
