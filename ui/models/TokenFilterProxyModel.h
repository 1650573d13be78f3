// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Token.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace monime {

class TokenTableModel;

/// Search over name, id and permissions, plus quick filters by status and type. Reads the tokens straight
/// from the source model (no QVariant per row), and leaves sorting to the source, so a keystroke over
/// 100,000 tokens costs one linear pass.
class TokenFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TokenFilterProxyModel(TokenTableModel* source, QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setStatusFilter(std::optional<TokenStatus> status);
    void setEnvironmentFilter(std::optional<Environment> environment);
    void setNow(const QDateTime& now) { m_now = now; }
    QString searchText() const { return m_search; }
    std::optional<TokenStatus> statusFilter() const { return m_status; }
    std::optional<Environment> environmentFilter() const { return m_environment; }

    /// Forwards to the source model, which sorts its rows itself.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    TokenTableModel* m_source;
    QString m_search;
    std::optional<TokenStatus> m_status;
    std::optional<Environment> m_environment;
    QDateTime m_now;
};

} // namespace monime
