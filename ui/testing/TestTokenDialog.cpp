// SPDX-License-Identifier: GPL-3.0-or-later
#include "testing/TestTokenDialog.h"

#include "MessageBox.h"
#include "portal/TokenTester.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace monime {

namespace {
enum Target { Sandbox, Monime, Custom };
}

TestTokenDialog::TestTokenDialog(const TokenInfo& token, const QList<SpaceInfo>& spaces, const QUrl& sandboxUrl,
                                 TokenTester& tester, QWidget* parent)
    : QDialog(parent)
    , m_token(token)
    , m_sandboxUrl(sandboxUrl)
    , m_tester(tester)
{
    setObjectName(QStringLiteral("testTokenDialog"));
    setWindowTitle(tr("Test token"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>Test “%1”</h3><p>Sends <code>GET /</code> with the token, as Monime's "
                                    "documentation suggests, and shows what the API makes of it.</p>")
                                     .arg(token.name.toHtmlEscaped()),
                                 this));
    auto* form = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("targetComboBox"));
    m_target->setAccessibleName(tr("Test against"));
    m_target->addItem(sandboxUrl.isValid() ? tr("Built-in sandbox (offline, %1)").arg(sandboxUrl.toString())
                                           : tr("Built-in sandbox (not running)"),
                      Sandbox);
    m_target->addItem(tr("Monime API (%1)").arg(ApiClient::monimeUrl().toString()), Monime);
    m_target->addItem(tr("Custom URL"), Custom);
    auto* targetLabel = new QLabel(tr("&Against:"), this);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, m_target);
    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(QStringLiteral("customUrlLineEdit"));
    m_customUrl->setAccessibleName(tr("Custom base URL"));
    m_customUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_customUrl->setEnabled(false);
    auto* urlLabel = new QLabel(tr("&URL:"), this);
    urlLabel->setBuddy(m_customUrl);
    form->addRow(urlLabel, m_customUrl);
    m_space = new QComboBox(this);
    m_space->setObjectName(QStringLiteral("testSpaceComboBox"));
    m_space->setAccessibleName(tr("Monime-Space-Id to send"));
    m_space->addItem(tr("No Space (root endpoint needs none)"), QString());
    for (const SpaceInfo& s : spaces)
        m_space->addItem(QStringLiteral("%1 — %2").arg(s.name, s.id), s.id);
    auto* spaceLabel = new QLabel(tr("&Space:"), this);
    spaceLabel->setBuddy(m_space);
    form->addRow(spaceLabel, m_space);
    layout->addLayout(form);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Testing"));
    m_busy->hide();
    layout->addWidget(m_busy);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("testDetailsBrowser"));
    m_details->setAccessibleName(tr("Test result"));
    m_details->setMinimumHeight(200);
    layout->addWidget(m_details, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("runTestButton"));
    m_run->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_run, &QPushButton::clicked, this, &TestTokenDialog::runTest);
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this] { m_customUrl->setEnabled(m_target->currentData().toInt() == Custom); });
    resize(620, 520);
}

QUrl TestTokenDialog::targetUrl() const
{
    switch (m_target->currentData().toInt()) {
    case Sandbox:
        return m_sandboxUrl;
    case Monime:
        return ApiClient::monimeUrl();
    default:
        return QUrl::fromUserInput(m_customUrl->text().trimmed());
    }
}

void TestTokenDialog::runTest()
{
    if (m_running)
        return;
    const QUrl url = targetUrl();
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http"))) {
        m_verdict->setText(m_target->currentData().toInt() == Sandbox
                               ? tr("The built-in sandbox is not running (see the message at start). Choose another "
                                    "target.")
                               : tr("Enter a base URL such as https://api.example.com or http://127.0.0.1:8080."));
        return;
    }
    const bool local = m_target->currentData().toInt() == Sandbox;
    if (TokenTester::mustConfirm(m_token, local)) {
        const auto answer
            = MessageBox::question(this, tr("Send a live token?"), TokenTester::confirmQuestion(m_token, url),
                                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_running = true;
    m_run->setEnabled(false);
    m_busy->show();
    m_verdict->setText(tr("Testing against %1…").arg(url.toString()));
    QPointer<TestTokenDialog> self(this);
    const QString label = local ? QStringLiteral("sandbox") : url.host();
    m_tester.test(m_token.id, url, m_space->currentData().toString(), label, [self](Result<ProbeResult> result) {
        if (!self)
            return;
        self->m_running = false;
        self->m_run->setEnabled(true);
        self->m_busy->hide();
        if (!result.ok()) {
            self->m_verdict->setText(result.error().message);
            self->m_verdict->setStyleSheet(QStringLiteral("color: #cf222e;"));
            self->m_details->clear();
            Q_EMIT self->testFinished(false);
            return;
        }
        self->showResult(result.value());
        Q_EMIT self->testFinished(result->ok());
    });
}

void TestTokenDialog::showResult(const ProbeResult& r)
{
    m_verdict->setText(QStringLiteral("<b>%1</b>").arg(r.verdict.toHtmlEscaped()));
    m_verdict->setStyleSheet(r.ok() ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #cf222e;"));
    auto row = [](const QString& k, const QString& v) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p>%1</p><table>").arg(r.detail.toHtmlEscaped());
    html += row(tr("URL"), r.url.toString());
    html += row(tr("HTTP status"), r.httpStatus > 0 ? QString::number(r.httpStatus) : tr("no answer"));
    html += row(tr("Time taken"), tr("%1 ms").arg(r.elapsedMs));
    html += row(tr("Authenticated"), r.authenticated ? tr("yes") : tr("no"));
    html += row(tr("Environment"), r.environment.isEmpty() ? tr("none") : r.environment);
    html += row(tr("API version"),
                r.apiVersionId.isEmpty() ? tr("none")
                                         : tr("%1 (release %2, %3)%4")
                                               .arg(r.apiVersionId, r.releaseName, r.releaseDate,
                                                    r.deprecated ? tr(", deprecated") : QString()));
    html += row(tr("Request origin"),
                r.ipAddress.isEmpty() ? tr("unknown") : QStringLiteral("%1 (%2)").arg(r.ipAddress, r.country));
    if (!r.errorReason.isEmpty())
        html += row(tr("Error reason"), r.errorReason);
    if (!r.requestId.isEmpty())
        html += row(tr("Request id"), r.requestId);
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
}

QString TestTokenDialog::resultText() const
{
    return m_verdict->text() + QLatin1Char('\n') + m_details->toPlainText();
}

} // namespace monime
