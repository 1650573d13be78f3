// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace monime {

class ClipboardGuard;
struct TokenInfo;

/// What a one-time dialog says around the secret it shows.
struct OneTimeSecretText
{
    QString windowTitle;
    QString heading; ///< rich text
    QString warning; ///< rich text
    QString details; ///< plain text under the field
    QString fieldName; ///< the field's accessible name
    QString closeQuestion; ///< asked when it closes before Copy
};

/// Shows a new token's secret once, with Copy. Closing before copying asks first. When it closes, the
/// secret is wiped from the dialog; nothing in the app can show it again. Monime tokens and Monite access tokens
/// both come through here.
class OneTimeTokenDialog : public QDialog
{
    Q_OBJECT

public:
    OneTimeTokenDialog(const TokenInfo& token, const QString& secret, ClipboardGuard& clipboard, int clipboardSecs,
                       QWidget* parent = nullptr);
    OneTimeTokenDialog(const OneTimeSecretText& text, const QString& secret, ClipboardGuard& clipboard,
                       int clipboardSecs, QWidget* parent = nullptr);
    /// The words for a new Monime token.
    static OneTimeSecretText textFor(const TokenInfo& token);
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
    QString m_closeQuestion;
    bool m_copied = false;
    QLineEdit* m_secretEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QLabel* m_countdown = nullptr;
};

} // namespace monime
