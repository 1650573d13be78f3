// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace monime {

namespace {
QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

ClipboardGuard::ClipboardGuard(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::tick);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfOurs);
}

ClipboardGuard::~ClipboardGuard()
{
    clearIfOurs();
}

void ClipboardGuard::copySecret(const QString& secret, int timeoutSecs)
{
    auto* mime = new QMimeData;
    mime->setText(secret);
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digestOf(secret);
    m_secondsLeft = qMax(1, timeoutSecs);
    m_timer.start();
    Q_EMIT countdownChanged(m_secondsLeft);
}

void ClipboardGuard::tick()
{
    if (--m_secondsLeft > 0) {
        Q_EMIT countdownChanged(m_secondsLeft);
        return;
    }
    clearIfOurs();
}

void ClipboardGuard::clearIfOurs()
{
    if (m_digest.isEmpty())
        return;
    m_timer.stop();
    m_secondsLeft = 0;
    QClipboard* clipboard = QGuiApplication::clipboard();
    const bool ours = digestOf(clipboard->text(QClipboard::Clipboard)) == m_digest;
    if (ours)
        clipboard->clear(QClipboard::Clipboard);
    m_digest.clear();
    Q_EMIT countdownChanged(0);
    Q_EMIT cleared(ours);
}

} // namespace monime
