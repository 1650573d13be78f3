// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/MoniteService.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace monime {

class ClipboardGuard;

/// The "Monite clients" page beside Access Tokens: client profiles (secret in the keychain), and per profile one
/// row for the partner token and one per entity user, each with a live countdown. Get token shows the access
/// token once (the one-time dialog, guarded clipboard); Test gets a fresh token only when it needs one; Revoke asks
/// first. Looking never gets a token. Every call goes through MoniteService, the CLI's use cases.
class MonitePage : public QWidget
{
    Q_OBJECT

public:
    MonitePage(MoniteService& service, ClipboardGuard& clipboard, QWidget* parent = nullptr);

    /// Reads the profiles again (reading only: never gets or renews a token).
    void reload();
    /// The profile shown, or empty.
    QString currentProfile() const;
    /// Selects the grant row: empty for the partner token, else an entity user's id.
    void selectGrant(const QString& entityUserId);
    /// Shows the profile of this name; false when there is none.
    bool selectProfile(const QString& name);

public Q_SLOTS:
    void addClient();
    void getToken();
    void testToken();
    void revokeToken();
    void replaceSecret();
    void removeProfile();

Q_SIGNALS:
    /// A test finished: its verdict is on the page (tests wait for this).
    void testShown(bool ok);
    /// A token was minted and its one-time dialog closed.
    void tokenShown();

private:
    void showProfile();
    void updateCountdowns();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    /// The selected row's entity user id (empty: partner), or nullopt when no row is selected.
    std::optional<QString> selectedGrant() const;
    void setBusy(bool busy);

    MoniteService& m_service;
    ClipboardGuard& m_clipboard;
    QList<MoniteProfileView> m_views;
    QListWidget* m_profiles = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_tokens = nullptr;
    QWidget* m_actions = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_get = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_replace = nullptr;
    QPushButton* m_remove = nullptr;
    QTimer* m_tick = nullptr;
    bool m_busy = false;
};

} // namespace monime
