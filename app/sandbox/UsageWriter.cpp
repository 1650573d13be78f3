// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/UsageWriter.h"

#include "store/Database.h"

namespace monime {

UsageWriter::UsageWriter(QString databasePath)
    : m_path(std::move(databasePath))
{ }

UsageWriter::~UsageWriter() = default;

void UsageWriter::write(const QList<UsageRecord>& batch)
{
    m_pending -= batch.size();
    if (!m_db) {
        auto db = Database::open(m_path);
        if (!db.ok()) {
            Q_EMIT failed(db.error().message);
            return;
        }
        m_db = std::move(db).value();
        m_repository = std::make_unique<UsageRepository>(*m_db);
    }
    auto done = m_repository->append(batch);
    if (!done.ok()) {
        Q_EMIT failed(done.error().message);
        return;
    }
    Q_EMIT written(int(batch.size()));
}

void UsageWriter::close()
{
    m_repository.reset();
    m_db.reset();
}

} // namespace monime
