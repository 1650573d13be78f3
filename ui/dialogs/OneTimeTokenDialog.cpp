// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/OneTimeTokenDialog.h"

#include "ClipboardGuard.h"
#include "MessageBox.h"
#include "domain/Token.h"

#include <QClipboard>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace monime {

OneTimeSecretText OneTimeTokenDialog::textFor(const TokenInfo& token)
{
    OneTimeSecretText text;
    text.windowTitle = tr("Copy your new token");
    text.heading
        = tr("<h3>%1 token “%2” created</h3>")
              .arg(token.environment == Environment::Test ? tr("Test") : tr("Live"), token.name.toHtmlEscaped());
    text.warning = tr("<b>This is the only time the token is shown.</b> Copy it now and store it in a secrets manager "
                      "or an environment variable. If you lose it, create a new token.");
    text.details
        = tr("Expires: %1 · Permissions: %2")
              .arg(token.expiresAt.isValid() ? QLocale().toString(token.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                             : tr("never"),
                   token.permissions.join(QLatin1String(", ")));
    text.fieldName = tr("New access token");
    text.closeQuestion = tr("You have not copied the token. Once this window closes it cannot be shown again, and you "
                            "would need to create a new token. Close anyway?");
    return text;
}

OneTimeTokenDialog::OneTimeTokenDialog(const TokenInfo& token, const QString& secret, ClipboardGuard& clipboard,
                                       int clipboardSecs, QWidget* parent)
    : OneTimeTokenDialog(textFor(token), secret, clipboard, clipboardSecs, parent)
{ }

OneTimeTokenDialog::OneTimeTokenDialog(const OneTimeSecretText& text, const QString& secret, ClipboardGuard& clipboard,
                                       int clipboardSecs, QWidget* parent)
    : QDialog(parent)
    , m_clipboard(clipboard)
    , m_clipboardSecs(clipboardSecs)
    , m_secret(secret)
    , m_closeQuestion(text.closeQuestion)
{
    setObjectName(QStringLiteral("oneTimeTokenDialog"));
    setWindowTitle(text.windowTitle);
    auto* layout = new QVBoxLayout(this);

    auto* title = new QLabel(text.heading, this);
    layout->addWidget(title);

    auto* warning = new QLabel(text.warning, this);
    warning->setObjectName(QStringLiteral("oneTimeWarningLabel"));
    warning->setWordWrap(true);
    layout->addWidget(warning);

    auto* row = new QHBoxLayout;
    // A deep copy for the field, so wiping either buffer later really overwrites the secret's bytes.
    m_secretEdit = new QLineEdit(QString(m_secret.constData(), m_secret.size()), this);
    m_secretEdit->setObjectName(QStringLiteral("secretLineEdit"));
    m_secretEdit->setReadOnly(true);
    // Every copy goes through the clipboard guard (marked secret, cleared in time): no context menu, and
    // Ctrl+C is handled below.
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_secretEdit->setDragEnabled(false);
    m_secretEdit->installEventFilter(this);
    m_secretEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretEdit->setAccessibleName(text.fieldName);
    m_secretEdit->setMinimumWidth(m_secretEdit->fontMetrics().horizontalAdvance(m_secret) + 24);
    m_secretEdit->selectAll();
    row->addWidget(m_secretEdit, 1);
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setAccessibleName(tr("Copy token"));
    m_copyButton->setDefault(true);
    row->addWidget(m_copyButton);
    layout->addLayout(row);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("clipboardCountdownLabel"));
    m_countdown->setWordWrap(true);
    layout->addWidget(m_countdown);

    auto* details = new QLabel(text.details, this);
    details->setObjectName(QStringLiteral("oneTimeDetailsLabel"));
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    layout->addWidget(details);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);

    connect(m_copyButton, &QPushButton::clicked, this, &OneTimeTokenDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_clipboard, &ClipboardGuard::countdownChanged, this, [this](int left) {
        m_countdown->setText(left > 0 ? tr("Copied. The clipboard is cleared in %n second(s).", nullptr, left)
                                      : tr("The clipboard was cleared."));
    });
}

OneTimeTokenDialog::~OneTimeTokenDialog()
{
    wipe();
}

bool OneTimeTokenDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_secretEdit && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            if (event->type() == QEvent::KeyPress)
                copy();
            event->accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OneTimeTokenDialog::copy()
{
    m_clipboard.copySecret(m_secret, m_clipboardSecs);
    m_copied = true;
    m_copyButton->setText(tr("&Copy again"));
}

void OneTimeTokenDialog::done(int result)
{
    if (!m_copied && !m_secret.isEmpty()) {
        const auto answer = MessageBox::question(this, tr("Close without copying?"), m_closeQuestion,
                                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    wipe();
    QDialog::done(result);
}

void OneTimeTokenDialog::wipe()
{
    if (m_secret.isEmpty())
        return;
    // A selection of the field may sit in X11's PRIMARY selection: take it back if it is still ours.
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (clipboard->supportsSelection() && clipboard->text(QClipboard::Selection) == m_secret)
        clipboard->clear(QClipboard::Selection);
    if (m_secretEdit) {
        QString shown = m_secretEdit->text();
        m_secretEdit->clear();
        std::fill(shown.begin(), shown.end(), QLatin1Char('*')); // shown shares the field's buffer: no detach
    }
    std::fill(m_secret.begin(), m_secret.end(), QLatin1Char('*'));
    m_secret.clear();
}

} // namespace monime
