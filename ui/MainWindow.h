// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace monime {

class TokenService;
class TokenTableModel;

/// The Access Tokens page: a sidebar of Spaces, the token list, and the actions on it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(TokenService& service, QWidget* parent = nullptr);

    /// Reloads Spaces and tokens from the store.
    void reload();

private:
    void showError(const QString& message);

    TokenService& m_service;
    TokenTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QListWidget* m_spaces = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_create = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace monime
