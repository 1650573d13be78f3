// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace monime {

class DetailsPanel;
class TokenService;
class TokenTableModel;

/// The Access Tokens page's widgets: title and Create token, search and filters, the message bar, the list (or
/// the empty state), the details panel and the count. It owns the model and keeps the filters applied to it;
/// what the user does with a token (the actions) stays in MainWindow.
class TokenListPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDetailsWidth = 340; ///< px: the details panel's starting width

    TokenListPage(TokenService& service, QWidget* parent = nullptr);

    TokenTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* search() const { return m_search; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* typeFilter() const { return m_typeFilter; }
    QPushButton* createButton() const { return m_create; }
    QLabel* messageBar() const { return m_message; }
    QLabel* emptyState() const { return m_emptyState; }
    QLabel* countLabel() const { return m_count; }
    QStackedWidget* stack() const { return m_stack; }
    DetailsPanel* details() const { return m_details; }

    /// Clears the search and both filters, so every token is listed.
    void showAll();

    /// The details panel beside the list. Below kDetailsBesideWidth it starts closed, so the list's columns fit;
    /// Details (or Enter on a token) opens it, and its splitter handle drags it open or shut.
    void setDetailsOpen(bool open);
    bool detailsOpen() const;
    static constexpr int kDetailsBesideWidth = 1500; ///< px: a window at least this wide starts with details open

protected:
    /// The first time it shows, the details panel opens or stays closed by the window's width.
    void showEvent(QShowEvent* event) override;

private:
    bool m_shown = false;
    TokenTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_typeFilter = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_emptyState = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    DetailsPanel* m_details = nullptr;
    QSplitter* m_split = nullptr;
};

} // namespace monime
