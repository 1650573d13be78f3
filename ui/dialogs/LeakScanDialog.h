// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/LeakReport.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace monime {

class TokenService;

/// "Scan for leaks…": a folder (and, optionally, its git history) scanned on a worker thread with progress and
/// Cancel; results grouped by token with every place; Revoke (known, active tokens), Open file and Copy
/// location. Known tokens' places are kept in the inventory, so the Health view flags them until revoked.
class LeakScanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LeakScanDialog(TokenService& service, QWidget* parent = nullptr);
    ~LeakScanDialog() override;

    void setFolder(const QString& folder);
    void setGitHistory(bool on);
    /// Starts the scan (what the Scan button does).
    void startScan();
    bool isRunning() const { return m_worker != nullptr; }
    const QList<LeakedToken>& tokens() const { return m_tokens; }
    QTreeWidget* results() const { return m_results; }

Q_SIGNALS:
    /// A scan ended (found: tokens found) or a token was revoked: the window reloads its list.
    void scanFinished(int tokens);
    void tokenRevoked(const QString& id);

public Q_SLOTS:
    void reject() override;
    void revokeSelected();
    void copySelectedLocation();
    void openSelectedFile();

private:
    void finish(Result<ScanResult> result);
    void showTokens();
    void syncButtons();
    const LeakedToken* selectedToken() const;
    const LeakFinding* selectedFinding() const;

    TokenService& m_service;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_git = nullptr;
    QPushButton* m_scanButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_results = nullptr;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<LeakedToken> m_tokens;
};

} // namespace monime
