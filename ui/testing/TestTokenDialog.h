// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClient.h"
#include "domain/Token.h"
#include "store/SpaceRepository.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace monime {

class TokenTester;

/// The Test button: sends `GET /` with the token to the built-in sandbox (default), the real Monime API or
/// any URL, and shows what came back and what it means. Asks before a live token leaves this machine.
class TestTokenDialog : public QDialog
{
    Q_OBJECT

public:
    TestTokenDialog(const TokenInfo& token, const QList<SpaceInfo>& spaces, const QUrl& sandboxUrl, TokenTester& tester,
                    QWidget* parent = nullptr);

    /// Runs the test (what the Test button does).
    void runTest();
    QString resultText() const;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    QUrl targetUrl() const;
    void showResult(const ProbeResult& result);

    TokenInfo m_token;
    QUrl m_sandboxUrl;
    TokenTester& m_tester;
    QComboBox* m_target = nullptr;
    QLineEdit* m_customUrl = nullptr;
    QComboBox* m_space = nullptr;
    QPushButton* m_run = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_verdict = nullptr;
    QTextBrowser* m_details = nullptr;
    bool m_running = false;
};

} // namespace monime
