// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace monime {

/// Puts a secret on the clipboard marked as one (`x-kde-passwordManagerHint: secret`, so clipboard
/// managers skip it) and clears it after a timeout, and on quit — but only if the clipboard still holds
/// that copy (KeePassXC's rule: never wipe what the user copied since). Keeps a digest, not the secret.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    void copySecret(const QString& secret, int timeoutSecs);
    /// Clears the clipboard now if it still holds our copy.
    void clearIfOurs();
    int secondsLeft() const { return m_secondsLeft; }
    bool active() const { return m_secondsLeft > 0; }

Q_SIGNALS:
    void countdownChanged(int secondsLeft);
    void cleared(bool wipedOurCopy);

private:
    void tick();

    QTimer m_timer;
    QByteArray m_digest;
    int m_secondsLeft = 0;
};

} // namespace monime
