// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TokenTableModel.h"

#include "domain/TokenSearch.h"

#include <QColor>
#include <QHash>
#include <QLocale>

namespace monime {

TokenTableModel::TokenTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TokenTableModel::setTokens(QList<TokenInfo> tokens, const QDateTime& now)
{
    beginResetModel();
    m_tokens = std::move(tokens);
    m_now = now;
    m_index.build(m_tokens);
    m_hits = m_index.find(m_search);
    m_hitsComplete = true;
    m_order.resize(m_tokens.size());
    for (int i = 0; i < m_tokens.size(); ++i)
        m_order[i] = i;
    m_visible.clear();
    for (int i : std::as_const(m_order))
        if (accepts(i))
            m_visible.append(i);
    endResetModel();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

bool TokenTableModel::accepts(int index) const
{
    const TokenInfo& t = m_tokens.at(index);
    if (m_environment && t.environment != *m_environment)
        return false;
    if (m_status && t.status(m_now) != *m_status)
        return false;
    return m_hits[size_t(index)];
}

void TokenTableModel::refilter(bool narrowing, bool searchChanged)
{
    const QList<int>& from = narrowing ? m_visible : m_order;
    // A narrowing search only looks at the rows shown; the hits of the others are then unknown, and found again
    // when a filter widens.
    if (searchChanged || (!narrowing && !m_hitsComplete)) {
        m_hits = m_index.find(m_search, narrowing ? &from : nullptr);
        m_hitsComplete = !narrowing;
    }
    QList<int> next;
    next.reserve(from.size());
    for (int i : from)
        if (accepts(i))
            next.append(i);
    if (next == m_visible)
        return;
    beginResetModel();
    m_visible = std::move(next);
    endResetModel();
}

void TokenTableModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (m_status)
        refilter(false);
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, int(Column::Count) - 1));
}

void TokenTableModel::updateLastUsed(const QHash<QString, QDateTime>& used)
{
    bool changed = false;
    for (TokenInfo& t : m_tokens) {
        const auto it = used.constFind(t.id);
        if (it != used.constEnd() && *it != t.lastUsedAt) {
            t.lastUsedAt = *it;
            changed = true;
        }
    }
    if (changed && !m_visible.isEmpty()) {
        const int column = int(Column::LastUsed);
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }
}

void TokenTableModel::setSearchText(const QString& text)
{
    const QString search = TokenSearch::needle(text);
    if (search == m_search)
        return;
    const bool narrowing = search.contains(m_search);
    m_search = search;
    refilter(narrowing, true);
}

void TokenTableModel::setStatusFilter(std::optional<TokenStatus> status)
{
    const bool narrowing = !m_status && status;
    m_status = status;
    refilter(narrowing);
}

void TokenTableModel::setEnvironmentFilter(std::optional<Environment> environment)
{
    const bool narrowing = !m_environment && environment;
    m_environment = environment;
    refilter(narrowing);
}

void TokenTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    const QDateTime now = m_now;
    auto key = [column, now](const TokenInfo& t) -> qint64 {
        switch (Column(column)) {
        case Column::Type:
            return int(t.environment);
        case Column::Status:
            return int(t.status(now));
        case Column::Created:
            return t.createdAt.toMSecsSinceEpoch();
        case Column::Expires:
            return t.expiresAt.isValid() ? t.expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case Column::LastUsed:
            return t.lastUsedAt.isValid() ? t.lastUsedAt.toMSecsSinceEpoch() : 0;
        case Column::LastTest:
            return t.lastTestedAt.isValid() ? t.lastTestedAt.toMSecsSinceEpoch() : 0;
        case Column::Permissions:
            return t.permissions.size();
        case Column::Whitelists:
            return t.ipWhitelist.size() + (t.spaceWhitelist.isEmpty() ? 0 : 1000);
        default:
            return 0;
        }
    };
    const bool byName = Column(column) == Column::Name;
    const bool owner = Column(column) == Column::Owner;
    const bool ascending = order == Qt::AscendingOrder;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> tokenOfBefore;
    for (const QModelIndex& i : before)
        tokenOfBefore << m_visible.value(i.row(), -1);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const TokenInfo& x = m_tokens.at(ascending ? a : b);
        const TokenInfo& y = m_tokens.at(ascending ? b : a);
        if (owner)
            return QString::localeAwareCompare(x.ownerLabel, y.ownerLabel) < 0;
        return byName ? QString::localeAwareCompare(x.name, y.name) < 0 : key(x) < key(y);
    });
    m_visible.clear();
    for (int i : std::as_const(m_order))
        if (accepts(i))
            m_visible.append(i);
    QHash<int, int> rowOfToken;
    for (int r = 0; r < m_visible.size(); ++r)
        rowOfToken.insert(m_visible.at(r), r);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k)
        after << index(rowOfToken.value(tokenOfBefore.at(k), -1), before.at(k).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const TokenInfo* TokenTableModel::tokenAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? &m_tokens.at(m_visible.at(row)) : nullptr;
}

int TokenTableModel::rowOf(const QString& id) const
{
    for (int r = 0; r < m_visible.size(); ++r)
        if (m_tokens.at(m_visible.at(r)).id == id)
            return r;
    return -1;
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString TokenTableModel::relativeExpiry(const TokenInfo& t, const QDateTime& now)
{
    if (!t.expiresAt.isValid())
        return tr("never");
    const qint64 secs = now.secsTo(t.expiresAt);
    const int days = int(qAbs(secs) / 86400);
    if (secs > 0)
        return days == 0 ? tr("today") : tr("in %n day(s)", nullptr, days);
    return days == 0 ? tr("expired today") : tr("expired %n day(s) ago", nullptr, days);
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    const TokenInfo* t = tokenAt(index.row());
    if (!t || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    const TokenStatus status = t->status(m_now);
    const QLocale locale;
    switch (role) {
    case TokenIdRole:
        return t->id;
    case StatusRole:
        return int(status);
    case EnvironmentRole:
        return int(t->environment);
    case SortRole:
        switch (column) {
        case Column::Created:
            return t->createdAt.toMSecsSinceEpoch();
        case Column::Expires:
            return t->expiresAt.isValid() ? t->expiresAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case Column::LastUsed:
            return t->lastUsedAt.isValid() ? t->lastUsedAt.toMSecsSinceEpoch() : qint64(0);
        case Column::Status:
            return int(status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return t->name;
        case Column::Type:
            return t->environment == Environment::Test ? tr("TEST") : tr("LIVE");
        case Column::Status:
            // In a rotation's grace period, short enough for the column: "ACTIVE until 12/8/26 3:02 AM"; the
            // whole statusText (with what replaced it) is the tooltip and the details panel's.
            if (t->revocationScheduled(m_now))
                return tr("ACTIVE until %1").arg(locale.toString(t->revokedAt.toLocalTime(), QLocale::ShortFormat));
            return statusName(status);
        case Column::Created:
            return locale.toString(t->createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case Column::Expires: {
            const QString rel = relativeExpiry(*t, m_now);
            const QString mark = t->expiresSoon(m_now) ? tr(" \u26a0 soon") : QString();
            if (!t->expiresAt.isValid())
                return rel;
            return QString(locale.toString(t->expiresAt.toLocalTime().date(), QLocale::ShortFormat)
                           + QStringLiteral(" (") + rel + QLatin1Char(')') + mark);
        }
        case Column::LastUsed:
            return t->lastUsedAt.isValid() ? locale.toString(t->lastUsedAt.toLocalTime(), QLocale::ShortFormat)
                                           : tr("never");
        case Column::LastTest:
            if (!t->lastTestedAt.isValid())
                return tr("never");
            return t->lastTestResult.startsWith(QLatin1String("passed")) ? tr("\u2714 passed") : tr("\u2716 failed");
        case Column::Permissions:
            return t->permissions.size() <= 2 ? t->permissions.join(QLatin1String(", "))
                                              : tr("%1, %2 and %n more", nullptr, int(t->permissions.size() - 2))
                                                    .arg(t->permissions.at(0), t->permissions.at(1));
        case Column::Whitelists: {
            QStringList parts;
            if (!t->spaceWhitelist.isEmpty())
                parts << tr("Space %1").arg(t->spaceWhitelist);
            if (!t->ipWhitelist.isEmpty())
                parts << tr("%n IP rule(s)", nullptr, int(t->ipWhitelist.size()));
            return parts.isEmpty() ? tr("none") : parts.join(QLatin1String(", "));
        }
        case Column::Owner:
            return t->ownerLabel;
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Column::Permissions)
            return t->permissions.join(QLatin1Char('\n'));
        if (column == Column::Whitelists)
            return QString((t->spaceWhitelist.isEmpty() ? tr("Any Space") : tr("Space: %1").arg(t->spaceWhitelist))
                           + QLatin1Char('\n')
                           + (t->ipWhitelist.isEmpty() ? tr("Any IP address")
                                                       : tr("IP: %1").arg(t->ipWhitelist.join(QLatin1String(", ")))));
        if (column == Column::Status && status == TokenStatus::Revoked)
            return tr("Revoked %1: %2").arg(QLocale().toString(t->revokedAt.toLocalTime()), t->revokeReason);
        if (column == Column::Name)
            return tr("%1\nID: %2\nHint: %3").arg(t->name, t->id, t->hint);
        if (column == Column::Status)
            return statusText(*t, m_now);
        if (column == Column::LastTest && t->lastTestedAt.isValid())
            return QString(QLocale().toString(t->lastTestedAt.toLocalTime(), QLocale::ShortFormat) + QLatin1Char('\n')
                           + t->lastTestResult);
        break;
    case Qt::ForegroundRole:
        if (column == Column::Status)
            return status == TokenStatus::Active ? QColor(0x1a, 0x7f, 0x37)
                : status == TokenStatus::Expired ? QColor(0x9a, 0x67, 0x00)
                                                 : QColor(0xcf, 0x22, 0x2e);
        if (column == Column::Type)
            return t->environment == Environment::Test ? QColor(0x82, 0x50, 0xdf) : QColor(0x09, 0x69, 0xda);
        if (column == Column::Expires && t->expiresSoon(m_now))
            return QColor(0x9a, 0x67, 0x00);
        break;
    case Qt::AccessibleTextRole:
        if (column == Column::Status)
            return tr("Status %1").arg(statusText(*t, m_now));
        break;
    default:
        break;
    }
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Type:
        return tr("Type");
    case Column::Status:
        return tr("Status");
    case Column::Created:
        return tr("Created");
    case Column::Expires:
        return tr("Expires");
    case Column::LastUsed:
        return tr("Last used");
    case Column::LastTest:
        return tr("Last test");
    case Column::Permissions:
        return tr("Permissions");
    case Column::Whitelists:
        return tr("Whitelists");
    case Column::Owner:
        return tr("Owner");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace monime
