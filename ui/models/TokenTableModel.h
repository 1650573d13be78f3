// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"
#include "domain/TokenSearch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace monime {

/// The token list: one row per token, columns as on the portal's Access Tokens page. Holds plain
/// TokenInfo values from the core; never a secret.
///
/// Search and the quick filters live here rather than in a QSortFilterProxyModel: the tokens' search texts are
/// indexed once at load (TokenSearchIndex: one buffer, memmem), the rows shown are a list of indices in sort
/// order, and a keystroke that extends the search only re-checks the rows already shown. 100,000 tokens filter
/// within a frame.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// What matters first: at 1280×720 the columns up to Last test show beside the details panel.
    /// Owner: whose token (a team inventory shows it; a personal one hides the column, every token is yours).
    enum class Column {
        Name,
        Type,
        Status,
        Expires,
        LastUsed,
        LastTest,
        Permissions,
        Whitelists,
        Created,
        Owner,
        Count
    };
    enum Role { TokenIdRole = Qt::UserRole + 1, StatusRole, EnvironmentRole, SortRole };

    explicit TokenTableModel(QObject* parent = nullptr);

    void setTokens(QList<TokenInfo> tokens, const QDateTime& now);
    /// Every token loaded, shown or not.
    const QList<TokenInfo>& tokens() const { return m_tokens; }
    int totalCount() const { return int(m_tokens.size()); }
    /// The token on a shown row.
    const TokenInfo* tokenAt(int row) const;
    /// The shown row of a token, or -1.
    int rowOf(const QString& id) const;

    /// Moves the model's "now": statuses and "in N days" follow (a token can expire while the app is open).
    void setNow(const QDateTime& now);
    /// Moves "Last used" of the tokens named in `used` (id → time) without reloading anything.
    void updateLastUsed(const QHash<QString, QDateTime>& used);
    void setSearchText(const QString& text);
    void setStatusFilter(std::optional<TokenStatus> status);
    void setEnvironmentFilter(std::optional<Environment> environment);
    QString searchText() const { return m_search; }
    std::optional<TokenStatus> statusFilter() const { return m_status; }
    std::optional<Environment> environmentFilter() const { return m_environment; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts the rows themselves (stable), so the filter proxy never has to.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "in 12 days", "expired 3 days ago", "never".
    static QString relativeExpiry(const TokenInfo& token, const QDateTime& now);

private:
    bool accepts(int index) const;
    /// Recomputes the shown rows; `narrowing` when the new filter can only hide rows that are shown.
    void refilter(bool narrowing, bool searchChanged = false);

    QList<TokenInfo> m_tokens;
    TokenSearchIndex m_index; ///< per token: name, id and permissions, case-folded
    std::vector<char> m_hits; ///< per token: matches m_search
    bool m_hitsComplete = true; ///< false after a narrowing search: only the rows then shown were looked at
    QList<int> m_order; ///< every token index, in sort order
    QList<int> m_visible; ///< the shown token indices, in sort order
    QString m_search; ///< lowercase
    std::optional<TokenStatus> m_status;
    std::optional<Environment> m_environment;
    QDateTime m_now;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace monime
