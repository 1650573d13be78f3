// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TokenFilterProxyModel.h"

#include "models/TokenTableModel.h"

namespace monime {

TokenFilterProxyModel::TokenFilterProxyModel(TokenTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
    , m_now(QDateTime::currentDateTimeUtc())
{
    setSourceModel(source);
    setDynamicSortFilter(false);
}

void TokenFilterProxyModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void TokenFilterProxyModel::setStatusFilter(std::optional<TokenStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void TokenFilterProxyModel::setEnvironmentFilter(std::optional<Environment> environment)
{
    m_environment = environment;
    invalidateFilter();
}

void TokenFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_source->sort(column, order);
}

bool TokenFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const TokenInfo* t = m_source->tokenAt(sourceRow);
    if (!t)
        return false;
    if (m_environment && t->environment != *m_environment)
        return false;
    if (m_status && t->status(m_now) != *m_status)
        return false;
    if (m_search.isEmpty())
        return true;
    if (t->name.contains(m_search, Qt::CaseInsensitive) || t->id.contains(m_search, Qt::CaseInsensitive))
        return true;
    for (const QString& p : t->permissions)
        if (p.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace monime
