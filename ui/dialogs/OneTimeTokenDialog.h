// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace monime {

class ClipboardGuard;
struct TokenInfo;

/// Shows a new token's secret once, with Copy. Closing before copying asks first. When it closes, the
/// secret is wiped from the dialog; nothing in the app can show it again.
class OneTimeTokenDialog : public QDialog
{
    Q_OBJECT

public:
    OneTimeTokenDialog(const TokenInfo& token, const QString& secret, ClipboardGuard& clipboard, int clipboardSecs,
                       QWidget* parent = nullptr);
    ~OneTimeTokenDialog() override;

    bool copied() const { return m_copied; }

public Q_SLOTS:
    void done(int result) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void copy();
    void wipe();

    ClipboardGuard& m_clipboard;
    int m_clipboardSecs;
    QString m_secret;
    bool m_copied = false;
    QLineEdit* m_secretEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_countdown = nullptr;
};

} // namespace monime
