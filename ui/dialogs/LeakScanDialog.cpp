// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/LeakScanDialog.h"

#include "MessageBox.h"
#include "portal/TokenService.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace monime {

namespace {
constexpr int kTokenRole = Qt::UserRole + 1;
constexpr int kOccurrenceRole = Qt::UserRole + 2;
} // namespace

LeakScanDialog::LeakScanDialog(TokenService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setWindowTitle(tr("Scan for leaks"));
    setObjectName(QStringLiteral("leakScanDialog"));
    resize(760, 480);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_folder->setAccessibleName(tr("Folder to scan"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder to scan"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    m_git = new QCheckBox(tr("Also every commit of its &git history (all branches)"), this);
    m_git->setObjectName(QStringLiteral("gitHistoryCheckBox"));
    auto* folderRow = new QHBoxLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_status = new QLabel(tr("The secret is never shown: each token by its hint, matched to your inventory by its "
                             "digest."),
                          this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("resultsTreeWidget"));
    m_results->setAccessibleName(tr("Tokens found"));
    m_results->setHeaderLabels({ tr("Token or place"), tr("What it is") });
    m_results->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_results, &QTreeWidget::itemSelectionChanged, this, &LeakScanDialog::syncButtons);

    m_scanButton = new QPushButton(tr("&Scan"), this);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setDefault(true);
    connect(m_scanButton, &QPushButton::clicked, this, &LeakScanDialog::startScan);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    m_revokeButton = new QPushButton(tr("&Revoke…"), this);
    m_revokeButton->setObjectName(QStringLiteral("revokeButton"));
    connect(m_revokeButton, &QPushButton::clicked, this, &LeakScanDialog::revokeSelected);
    m_openButton = new QPushButton(tr("&Open file"), this);
    m_openButton->setObjectName(QStringLiteral("openFileButton"));
    connect(m_openButton, &QPushButton::clicked, this, &LeakScanDialog::openSelectedFile);
    m_copyButton = new QPushButton(tr("&Copy location"), this);
    m_copyButton->setObjectName(QStringLiteral("copyLocationButton"));
    connect(m_copyButton, &QPushButton::clicked, this, &LeakScanDialog::copySelectedLocation);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &LeakScanDialog::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_scanButton);
    actions->addWidget(m_cancelButton);
    actions->addStretch();
    actions->addWidget(m_revokeButton);
    actions->addWidget(m_openButton);
    actions->addWidget(m_copyButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(m_git);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(close);
    syncButtons();
}

LeakScanDialog::~LeakScanDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

void LeakScanDialog::setFolder(const QString& folder)
{
    m_folder->setText(folder);
}

void LeakScanDialog::setGitHistory(bool on)
{
    m_git->setChecked(on);
}

void LeakScanDialog::reject()
{
    if (m_worker) {
        m_cancel->store(true);
        return; // closes when the worker has stopped
    }
    QDialog::reject();
}

void LeakScanDialog::startScan()
{
    if (m_worker)
        return;
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir(folder).exists()) {
        m_status->setText(tr("Choose a folder that exists, then scan."));
        return;
    }
    auto digests = m_service.knownDigests();
    auto known = std::make_shared<QSet<QString>>(digests.ok() ? digests.value() : QSet<QString>());
    ScanOptions options;
    const bool git = m_git->isChecked();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_tokens.clear();
    m_results->clear();
    m_progress->setVisible(true);
    m_status->setText(tr("Scanning %1…").arg(QDir::toNativeSeparators(folder)));
    QPointer<LeakScanDialog> self(this);
    auto cancel = m_cancel;
    m_worker = QThread::create([self, folder, git, known, cancel, options] {
        LeakScanner files(options, known.get());
        auto progress = [self](const ScanResult& r) {
            QMetaObject::invokeMethod(
                self,
                [self, n = r.files, c = r.commits] {
                    if (self)
                        self->m_status->setText(c > 0 ? tr("%n commit(s) scanned…", nullptr, c)
                                                      : tr("%n file(s) scanned…", nullptr, n));
                },
                Qt::QueuedConnection);
        };
        Result<ScanResult> result = files.scan({ folder }, cancel.get(), progress);
        if (git && result.ok() && !cancel->load()) {
            ScanOptions history = options;
            history.mode = ScanOptions::Mode::GitHistory;
            LeakScanner commits(history, known.get());
            auto more = commits.scan({ folder }, cancel.get(), progress);
            if (!more.ok()) {
                result = more.error();
            } else {
                result.value().findings += more->findings;
                result.value().commits = more->commits;
                result.value().allowed += more->allowed;
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, result] {
                if (self)
                    self->finish(result);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
    syncButtons();
}

void LeakScanDialog::finish(Result<ScanResult> result)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_progress->setVisible(false);
    const bool cancelled = m_cancel && m_cancel->load();
    if (!result.ok()) {
        m_status->setText(result.error().message);
    } else {
        m_tokens = LeakReport::group(result->findings, [this](const QString& digest) {
            auto found = m_service.findByDigest(digest);
            return found.ok() ? found.value() : std::optional<TokenInfo>();
        });
        for (const LeakedToken& t : std::as_const(m_tokens)) {
            if (!t.known)
                continue;
            QStringList places;
            for (const LeakFinding& f : t.occurrences)
                places << QDir(f.location.root).absoluteFilePath(f.location.relativePath) + QLatin1Char(':')
                        + QString::number(f.location.line);
            (void)m_service.recordLeaks(t.known->id, places);
        }
        showTokens();
        QString text = m_tokens.isEmpty() ? tr("No Monime tokens found in %n file(s).", nullptr, result->files)
                                          : tr("Found %n token(s)", nullptr, int(m_tokens.size())) + QLatin1Char(' ')
                + tr("in %n place(s).", nullptr, int(result->findings.size()));
        text += QLatin1Char(' ')
            + tr("Skipped %1 binary and %2 large files.").arg(result->skippedBinary).arg(result->skippedLarge);
        if (cancelled)
            text = tr("Cancelled.") + QLatin1Char(' ') + text;
        m_status->setText(text);
        Q_EMIT scanFinished(int(m_tokens.size()));
    }
    syncButtons();
}

void LeakScanDialog::showTokens()
{
    m_results->clear();
    const QDateTime now = m_service.clock().now();
    for (int i = 0; i < m_tokens.size(); ++i) {
        const LeakedToken& t = m_tokens.at(i);
        auto* top = new QTreeWidgetItem(m_results, { t.hint, LeakReport::describe(t, now) });
        top->setData(0, kTokenRole, i);
        for (int j = 0; j < t.occurrences.size(); ++j) {
            const LeakLocation& l = t.occurrences.at(j).location;
            QString where = l.text() + QLatin1Char(':') + QString::number(l.column);
            auto* child = new QTreeWidgetItem(
                top,
                { where, l.authorDate.isValid() ? QLocale().toString(l.authorDate, QLocale::ShortFormat) : QString() });
            child->setData(0, kTokenRole, i);
            child->setData(0, kOccurrenceRole, j);
        }
        top->setExpanded(true);
    }
}

const LeakedToken* LeakScanDialog::selectedToken() const
{
    const QTreeWidgetItem* item = m_results->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const int i = item->data(0, kTokenRole).toInt();
    return i >= 0 && i < m_tokens.size() ? &m_tokens.at(i) : nullptr;
}

const LeakFinding* LeakScanDialog::selectedFinding() const
{
    const LeakedToken* t = selectedToken();
    if (!t)
        return nullptr;
    const QVariant j = m_results->currentItem()->data(0, kOccurrenceRole);
    const int index = j.isValid() ? j.toInt() : 0; // a token's own row: its first place
    return index < t->occurrences.size() ? &t->occurrences.at(index) : nullptr;
}

void LeakScanDialog::syncButtons()
{
    const bool running = m_worker != nullptr;
    m_scanButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    const LeakedToken* t = running ? nullptr : selectedToken();
    m_revokeButton->setEnabled(t && t->revocable(m_service.clock().now()));
    const LeakFinding* f = running ? nullptr : selectedFinding();
    m_openButton->setEnabled(f && f->location.commit.isEmpty());
    m_copyButton->setEnabled(f != nullptr);
}

void LeakScanDialog::revokeSelected()
{
    const LeakedToken* t = selectedToken();
    if (!t || !t->revocable(m_service.clock().now()))
        return;
    const QString id = t->known->id;
    const QString where = t->occurrences.first().location.text();
    if (MessageBox::question(this, tr("Revoke leaked token"),
                             tr("Revoke \"%1\" (%2)? It was found at %3. It stops working at once; this cannot be "
                                "undone.")
                                 .arg(t->known->name, id, where),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    auto revoked = m_service.revoke(id, tr("leaked: found at %1").arg(where));
    if (!revoked.ok()) {
        m_status->setText(revoked.error().message);
        return;
    }
    for (LeakedToken& token : m_tokens)
        if (token.known && token.known->id == id)
            token.known = revoked.value();
    showTokens();
    m_status->setText(tr("Revoked \"%1\" (%2): it stops working at once.").arg(revoked->name, id));
    Q_EMIT tokenRevoked(id);
    syncButtons();
}

void LeakScanDialog::copySelectedLocation()
{
    if (const LeakFinding* f = selectedFinding())
        QGuiApplication::clipboard()->setText(f->location.text() + QLatin1Char(':')
                                              + QString::number(f->location.column));
}

void LeakScanDialog::openSelectedFile()
{
    const LeakFinding* f = selectedFinding();
    if (!f || !f->location.commit.isEmpty())
        return;
    // Desktop URL handlers take no line number: the line is in the list and in "Copy location".
    QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(f->location.root).absoluteFilePath(f->location.relativePath)));
}

} // namespace monime
