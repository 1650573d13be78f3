// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ExportDialog.h"

#include "portal/TokenService.h"
#include "reports/Report.h"
#include "reports/ReportExporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace monime {

ExportDialog::ExportDialog(TokenService& service, const ReportFilter& listFilter, int rotationDays, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_listFilter(listFilter)
    , m_rotationDays(rotationDays)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export token report"));
    auto* form = new QFormLayout(this);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setAccessibleName(tr("Report format"));
    m_format->addItem(tr("PDF — a printable report with charts"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML — one self-contained page"), int(ReportFormat::Html));
    m_format->addItem(tr("CSV — for spreadsheets"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON — for scripts (versioned schema)"), int(ReportFormat::Json));
    for (int i = m_format->count() - 1; i >= 0; --i) {
        if (ReportExporter::isAvailable(ReportFormat(m_format->itemData(i).toInt())))
            m_format->setCurrentIndex(i); // ends on the first available format
        else
            m_format->setItemData(i, false, Qt::UserRole - 1); // disabled
    }
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);

    m_scopeShown = new QRadioButton(tr("What the list shows (filters: %1)").arg(listFilter.describe()), this);
    m_scopeShown->setObjectName(QStringLiteral("scopeShownRadioButton"));
    m_scopeAll = new QRadioButton(tr("The whole inventory"), this);
    m_scopeAll->setObjectName(QStringLiteral("scopeAllRadioButton"));
    (listFilter.isEmpty() ? m_scopeAll : m_scopeShown)->setChecked(true);
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_scopeShown);
    scope->addWidget(m_scopeAll);
    form->addRow(tr("Scope:"), scope);

    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("columnsListWidget"));
    m_columns->setAccessibleName(tr("Columns"));
    for (ReportColumn c : Report::allColumns()) {
        auto* item = new QListWidgetItem(Report::columnTitle(c), m_columns);
        item->setData(Qt::UserRole, int(c));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_columns->setMaximumHeight(150);
    auto* columnsLabel = new QLabel(tr("&Columns:"), this);
    columnsLabel->setBuddy(m_columns);
    form->addRow(columnsLabel, m_columns);

    auto* destRow = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destinationLineEdit"));
    m_destination->setAccessibleName(tr("Destination file"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_destination->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs)
                               .filePath(QStringLiteral("monime-tokens-%1.pdf")
                                             .arg(service.clock().now().toString(QStringLiteral("yyyy-MM-dd")))));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose destination file"));
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(browse);
    auto* destLabel = new QLabel(tr("&Save to:"), this);
    destLabel->setBuddy(m_destination);
    form->addRow(destLabel, destRow);
    m_open = new QCheckBox(tr("&Open the report when it is done"), this);
    m_open->setObjectName(QStringLiteral("openCheckBox"));
    form->addRow(QString(), m_open);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->hide();
    form->addRow(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    form->addRow(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    form->addRow(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::syncSuffix);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the report as"), m_destination->text());
        if (!path.isEmpty())
            m_destination->setText(path);
    });
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    resize(620, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancelFlag->store(true);
        m_worker->wait();
    }
}

void ExportDialog::setDestination(const QString& path)
{
    m_destination->setText(path);
}

void ExportDialog::syncSuffix()
{
    const auto format = ReportFormat(m_format->currentData().toInt());
    QFileInfo info(m_destination->text());
    m_destination->setText(
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ReportExporter::formatName(format)));
}

void ExportDialog::startExport()
{
    if (m_worker)
        return;
    const QString path = m_destination->text().trimmed();
    if (path.isEmpty()) {
        finish(false, tr("Choose where to save the report."), path);
        return;
    }
    QList<ReportColumn> columns;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            columns << ReportColumn(m_columns->item(i)->data(Qt::UserRole).toInt());
    if (columns.isEmpty()) {
        finish(false, tr("Choose at least one column."), path);
        return;
    }
    const ReportFilter filter = m_scopeShown->isChecked() ? m_listFilter : ReportFilter {};
    HealthSettings settings;
    settings.rotationDays = m_rotationDays;
    const ReportFormat format = ReportFormat(m_format->currentData().toInt());
    const QString databasePath = m_service.databasePath();
    const QDateTime now = m_service.clock().now();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Exporting…"));
    m_status->setStyleSheet(QString());
    m_status->show();
    m_export->setEnabled(false);

    QPointer<ExportDialog> self(this);
    auto cancel = m_cancelFlag;
    // The worker reads the tokens, builds the report and writes it: the GUI thread only shows progress.
    m_worker = QThread::create([self, databasePath, filter, now, columns, settings, format, path, cancel] {
        auto finished = [self, path](bool ok, const QString& message) {
            QThread* worker = QThread::currentThread();
            QMetaObject::invokeMethod(
                self,
                [self, ok, message, path, worker] {
                    if (!self)
                        return;
                    self->m_lastWorker = worker;
                    self->finish(ok, message, path);
                },
                Qt::QueuedConnection);
        };
        const Result<Report> report = Report::load(databasePath, filter, now, columns, settings);
        if (!report.ok())
            return finished(false, report.error().message);
        auto progress = [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self,
                [self, done, total] {
                    if (self)
                        self->m_progress->setValue(int(done * 1000 / qMax<qint64>(total, 1)));
                },
                Qt::QueuedConnection);
        };
        const Result<void> result = ReportExporter::exportTo(format, report.value(), path, progress, cancel.get());
        finished(result.ok(), result.ok() ? QString() : result.error().message);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void ExportDialog::finish(bool ok, const QString& message, const QString& path)
{
    if (m_worker) {
        m_worker->wait();
        m_worker = nullptr;
    }
    m_export->setEnabled(true);
    m_progress->setVisible(ok);
    const QString text = ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : message;
    m_status->setText(text);
    m_status->setStyleSheet(ok ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #cf222e;"));
    m_status->show();
    if (ok && m_open->isChecked())
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    Q_EMIT exportFinished(ok, text);
}

void ExportDialog::reject()
{
    if (m_worker) {
        m_cancelFlag->store(true); // the writer stops at its next row; finish() reports "cancelled"
        return;
    }
    QDialog::reject();
}

} // namespace monime
