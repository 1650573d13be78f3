// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace monime {

/// The token list: one row per token, columns as on the portal's Access Tokens page. Holds plain
/// TokenInfo values from the core; never a secret.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Type, Status, Created, Expires, LastUsed, Permissions, Whitelists, Count };
    enum Role { TokenIdRole = Qt::UserRole + 1, StatusRole, EnvironmentRole, SortRole, SearchTextRole };

    explicit TokenTableModel(QObject* parent = nullptr);

    void setTokens(QList<TokenInfo> tokens, const QDateTime& now);
    const QList<TokenInfo>& tokens() const { return m_tokens; }
    const TokenInfo* tokenAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts the rows themselves (stable), so the filter proxy never has to.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "in 12 days", "expired 3 days ago", "never".
    static QString relativeExpiry(const TokenInfo& token, const QDateTime& now);

private:
    QList<TokenInfo> m_tokens;
    QDateTime m_now;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace monime
