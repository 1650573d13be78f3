// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportFilter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace monime {

class TokenService;

/// Export dialog: format, scope (everything, or what the list shows), columns and destination. The export
/// runs on a worker thread with a progress bar and Cancel; nothing lands under the file name unless it is
/// complete. Never a secret: reports are built from token metadata only.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(TokenService& service, const ReportFilter& listFilter, int rotationDays, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setDestination(const QString& path);
    /// Starts the export (what the Export button does).
    void startExport();
    bool isRunning() const { return m_worker != nullptr; }
    /// The thread that read, built and wrote the last export (for tests: never the GUI thread).
    QThread* lastWorker() const { return m_lastWorker; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);

public Q_SLOTS:
    void reject() override;

private:
    void finish(bool ok, const QString& message, const QString& path);
    void syncSuffix();

    TokenService& m_service;
    ReportFilter m_listFilter;
    int m_rotationDays;
    QComboBox* m_format = nullptr;
    QRadioButton* m_scopeAll = nullptr;
    QRadioButton* m_scopeShown = nullptr;
    QListWidget* m_columns = nullptr;
    QLineEdit* m_destination = nullptr;
    QCheckBox* m_open = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QThread* m_worker = nullptr;
    QThread* m_lastWorker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace monime
