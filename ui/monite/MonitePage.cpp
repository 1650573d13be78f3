// SPDX-License-Identifier: GPL-3.0-or-later
#include "monite/MonitePage.h"

#include "MessageBox.h"
#include "Settings.h"
#include "dialogs/OneTimeTokenDialog.h"
#include "monite/AddMoniteClientDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace monime {

namespace {

enum TokenColumn { ForColumn, StatusColumn, LeftColumn, ExpiresColumn, ColumnCount };

QString statusWords(MoniteTokenStatus status)
{
    switch (status) {
    case MoniteTokenStatus::None:
        return MonitePage::tr("none yet");
    case MoniteTokenStatus::Live:
        return MonitePage::tr("live");
    case MoniteTokenStatus::RemintDue:
        return MonitePage::tr("live, renewed at the next test");
    case MoniteTokenStatus::Expired:
        return MonitePage::tr("expired");
    case MoniteTokenStatus::Revoked:
        return MonitePage::tr("revoked");
    }
    return {};
}

QPushButton* button(const QString& text, const char* name, const QString& accessible, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

MonitePage::MonitePage(MoniteService& service, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_clipboard(clipboard)
{
    setObjectName(QStringLiteral("monitePage"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<h2>Monite clients</h2>"), this);
    header->addWidget(title, 1);
    auto* add = button(tr("&Add client…"), "addMoniteClientButton", tr("Add a Monite client"), this);
    header->addWidget(add);
    layout->addLayout(header);
    auto* intro = new QLabel(tr("Monite's API takes short-lived access tokens, got with a client id and secret. "
                                "Secrets and tokens stay in your keychain; a token is shown once when you get it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("moniteMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_profiles = new QListWidget(split);
    m_profiles->setObjectName(QStringLiteral("moniteProfilesListWidget"));
    m_profiles->setAccessibleName(tr("Monite client profiles"));
    split->addWidget(m_profiles);

    auto* details = new QWidget(split);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(details);
    m_summary->setObjectName(QStringLiteral("moniteSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    detailsLayout->addWidget(m_summary);

    m_tokens = new QTableWidget(0, ColumnCount, details);
    m_tokens->setObjectName(QStringLiteral("moniteTokensTableWidget"));
    m_tokens->setAccessibleName(tr("Access tokens of this client"));
    m_tokens->setHorizontalHeaderLabels({ tr("Token for"), tr("Status"), tr("Time left"), tr("Expires") });
    m_tokens->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tokens->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tokens->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tokens->verticalHeader()->hide();
    m_tokens->setTabKeyNavigation(false); // Tab leaves the table for the buttons; arrows move between rows
    m_tokens->horizontalHeader()->setStretchLastSection(true);
    m_tokens->setColumnWidth(ForColumn, 220);
    m_tokens->setColumnWidth(StatusColumn, 200);
    m_tokens->setColumnWidth(LeftColumn, 130);
    detailsLayout->addWidget(m_tokens, 1);

    m_actions = new QWidget(details);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_get = button(tr("&Get token"), "getMoniteTokenButton", tr("Get an access token"), m_actions);
    m_test = button(tr("&Test"), "testMoniteTokenButton", tr("Test the access token"), m_actions);
    m_revoke = button(tr("&Revoke…"), "revokeMoniteTokenButton", tr("Revoke the access token"), m_actions);
    m_replace = button(tr("Replace &secret…"), "replaceMoniteSecretButton", tr("Replace the client secret"), m_actions);
    m_remove = button(tr("Re&move…"), "removeMoniteProfileButton", tr("Remove this client profile"), m_actions);
    for (QPushButton* b : { m_get, m_test, m_revoke })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_replace);
    actions->addWidget(m_remove);
    detailsLayout->addWidget(m_actions);

    m_result = new QLabel(details);
    m_result->setObjectName(QStringLiteral("moniteResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailsLayout->addWidget(m_result, 1);
    split->addWidget(details);
    split->setStretchFactor(1, 1);
    split->setSizes({ 240, 800 });
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &MonitePage::addClient);
    connect(m_get, &QPushButton::clicked, this, &MonitePage::getToken);
    connect(m_test, &QPushButton::clicked, this, &MonitePage::testToken);
    connect(m_revoke, &QPushButton::clicked, this, &MonitePage::revokeToken);
    connect(m_replace, &QPushButton::clicked, this, &MonitePage::replaceSecret);
    connect(m_remove, &QPushButton::clicked, this, &MonitePage::removeProfile);
    connect(m_profiles, &QListWidget::currentRowChanged, this, [this] {
        m_result->clear();
        showProfile();
    });
    connect(m_tokens, &QTableWidget::itemSelectionChanged, this, &MonitePage::updateButtons);
    connect(&m_service, &MoniteService::profilesChanged, this, &MonitePage::reload);

    // The countdown: one tick a second while a token is live, computed from its expiry (no reading, no network).
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &MonitePage::updateCountdowns);

    setTabOrder(add, m_profiles);
    setTabOrder(m_profiles, m_tokens);
    setTabOrder(m_tokens, m_get);
    setTabOrder(m_get, m_test);
    setTabOrder(m_test, m_revoke);
    setTabOrder(m_revoke, m_replace);
    setTabOrder(m_replace, m_remove);
    reload();
}

void MonitePage::reload()
{
    const QString current = currentProfile();
    auto views = m_service.profiles();
    if (!views.ok()) {
        showMessage(views.error().message, true);
        return;
    }
    m_views = std::move(views).value();
    const QSignalBlocker block(m_profiles);
    m_profiles->clear();
    int row = 0;
    for (int i = 0; i < m_views.size(); ++i) {
        const MoniteProfile& p = m_views.at(i).profile;
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(p.name, MoniteRules::environmentLabel(p.environment)), m_profiles);
        item->setData(Qt::UserRole, p.name);
        item->setToolTip(p.baseUrl.toString());
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(p.name, MoniteRules::environmentLabel(p.environment)));
        if (p.name == current)
            row = i;
    }
    m_profiles->setCurrentRow(m_views.isEmpty() ? -1 : row);
    showProfile();
}

bool MonitePage::selectProfile(const QString& name)
{
    for (int i = 0; i < m_profiles->count(); ++i) {
        if (m_profiles->item(i)->data(Qt::UserRole).toString() == name) {
            m_profiles->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MonitePage::currentProfile() const
{
    const QListWidgetItem* item = m_profiles->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MonitePage::showProfile()
{
    const int index = m_profiles->currentRow();
    const std::optional<QString> grant = selectedGrant();
    m_tokens->setRowCount(0);
    const bool shown = index >= 0 && index < m_views.size();
    m_profiles->setVisible(!m_views.isEmpty());
    m_tokens->setVisible(shown);
    m_actions->setVisible(shown);
    if (!shown) {
        m_summary->setText(m_views.isEmpty()
                               ? tr("<h3>No Monite clients yet</h3><p>Press <b>Add client…</b> with the client id and "
                                    "secret from Monite's partner portal, or from <code>monime-sandbox "
                                    "--add-monite-client</code> for the local sandbox.</p>")
                               : QString());
        updateButtons();
        return;
    }
    const MoniteProfile& p = m_views.at(index).profile;
    const QLocale locale;
    m_summary->setText(
        tr("<h3>%1</h3><p>%2 · <code>%3</code> · API version %4<br>Client ID <code>%5</code> · secret stored %6 (in "
           "your keychain)<br>Last test: %7</p>")
            .arg(p.name.toHtmlEscaped(), MoniteRules::environmentLabel(p.environment).toHtmlEscaped(),
                 p.baseUrl.toString().toHtmlEscaped(), p.apiVersion, p.clientId,
                 locale.toString(p.secretSetAt.toLocalTime(), QLocale::ShortFormat),
                 p.lastTestedAt.isValid() ? p.lastTestResult.toHtmlEscaped() : tr("never")));
    QList<QPair<QString, QString>> grants { { QString(), tr("Partner (client credentials)") } };
    for (const MoniteProfileUser& u : p.entityUsers)
        grants.append({ u.id, u.label.isEmpty() ? tr("Entity user %1").arg(u.id) : tr("Entity user %1").arg(u.label) });
    m_tokens->setRowCount(int(grants.size()));
    for (int r = 0; r < grants.size(); ++r) {
        auto* forItem = new QTableWidgetItem(grants.at(r).second);
        forItem->setData(Qt::UserRole, grants.at(r).first);
        forItem->setToolTip(grants.at(r).first.isEmpty() ? tr("grant_type client_credentials")
                                                         : tr("grant_type entity_user, id %1").arg(grants.at(r).first));
        m_tokens->setItem(r, ForColumn, forItem);
        for (int c = StatusColumn; c < ColumnCount; ++c)
            m_tokens->setItem(r, c, new QTableWidgetItem);
    }
    selectGrant(grant.value_or(QString()));
    updateCountdowns();
}

void MonitePage::updateCountdowns()
{
    const int index = m_profiles->currentRow();
    if (index < 0 || index >= m_views.size()) {
        m_tick->stop();
        return;
    }
    const QDateTime now = m_service.clock().now();
    const QLocale locale;
    bool live = false;
    for (int r = 0; r < m_tokens->rowCount(); ++r) {
        const QString userId = m_tokens->item(r, ForColumn)->data(Qt::UserRole).toString();
        const MoniteAuthGrant grant
            = userId.isEmpty() ? MoniteAuthGrant::partner() : MoniteAuthGrant::entityUser(userId);
        const auto& tokens = m_views.at(index).tokens;
        const auto it
            = std::find_if(tokens.cbegin(), tokens.cend(), [&](const MoniteTokenView& t) { return t.grant == grant; });
        const MoniteTokenStatus status
            = it == tokens.cend() ? MoniteTokenStatus::None : MoniteTokenText::statusOf(it->times, now);
        const bool counting = status == MoniteTokenStatus::Live || status == MoniteTokenStatus::RemintDue;
        live = live || counting;
        m_tokens->item(r, StatusColumn)->setText(statusWords(status));
        m_tokens->item(r, LeftColumn)
            ->setText(counting ? MoniteTokenText::duration(it->times.secondsLeft(now)) : QStringLiteral("—"));
        m_tokens->item(r, LeftColumn)
            ->setData(Qt::AccessibleTextRole,
                      counting ? tr("%1 left").arg(MoniteTokenText::duration(it->times.secondsLeft(now)))
                               : tr("no time left"));
        m_tokens->item(r, ExpiresColumn)
            ->setText(it == tokens.cend() ? QString()
                                          : locale.toString(it->times.expiresAt.toLocalTime(), QLocale::ShortFormat));
    }
    if (live && isVisible())
        m_tick->start();
    else
        m_tick->stop();
}

std::optional<QString> MonitePage::selectedGrant() const
{
    const QList<QTableWidgetItem*> selected = m_tokens->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    const QTableWidgetItem* forItem = m_tokens->item(selected.constFirst()->row(), ForColumn);
    return forItem ? std::optional<QString>(forItem->data(Qt::UserRole).toString()) : std::nullopt;
}

void MonitePage::selectGrant(const QString& entityUserId)
{
    for (int r = 0; r < m_tokens->rowCount(); ++r)
        if (m_tokens->item(r, ForColumn)->data(Qt::UserRole).toString() == entityUserId) {
            m_tokens->selectRow(r);
            break;
        }
    updateButtons();
}

void MonitePage::updateButtons()
{
    const bool profile = !currentProfile().isEmpty() && !m_busy;
    const std::optional<QString> selected = selectedGrant();
    const bool grant = profile && selected.has_value();
    // Revoke needs a token this app got and has not forgotten.
    bool token = false;
    if (grant && m_profiles->currentRow() >= 0 && m_profiles->currentRow() < m_views.size()) {
        const MoniteAuthGrant g
            = selected->isEmpty() ? MoniteAuthGrant::partner() : MoniteAuthGrant::entityUser(*selected);
        for (const MoniteTokenView& t : m_views.at(m_profiles->currentRow()).tokens)
            token = token || (t.grant == g && !t.times.revoked());
    }
    m_get->setEnabled(grant);
    m_test->setEnabled(grant);
    m_revoke->setEnabled(token);
    m_replace->setEnabled(profile);
    m_remove->setEnabled(profile);
}

void MonitePage::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void MonitePage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #cf222e") : QString());
    m_message->setVisible(!text.isEmpty());
}

void MonitePage::addClient()
{
    AddMoniteClientDialog dialog(m_service, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int i = 0; i < m_profiles->count(); ++i)
        if (m_profiles->item(i)->data(Qt::UserRole).toString() == dialog.addedName())
            m_profiles->setCurrentRow(i);
    showMessage(tr("Client “%1” added; its secret is in your keychain. Select a row and press Get token or Test.")
                    .arg(dialog.addedName()),
                false);
}

void MonitePage::getToken()
{
    const std::optional<QString> grant = selectedGrant();
    if (!grant)
        return;
    setBusy(true);
    showMessage(tr("Asking Monite for a token…"), false);
    QPointer<MonitePage> self(this);
    m_service.mintToken(currentProfile(), *grant, [self](Result<MoniteMintedToken> minted) {
        if (!self)
            return;
        self->setBusy(false);
        if (!minted.ok()) {
            self->showMessage(minted.error().message, true);
            return;
        }
        self->showMessage(QString(), false);
        MoniteMintedToken& got = minted.value();
        const QDateTime now = self->m_service.clock().now();
        OneTimeSecretText text;
        text.windowTitle = tr("Copy your Monite access token");
        text.heading = tr("<h3>Access token for “%1”</h3>").arg(got.profile.name.toHtmlEscaped());
        text.warning = tr("<b>This is the only time it is shown.</b> It stays in your keychain until it expires, for "
                          "this app's Test; copy it now if another tool needs it.");
        text.details = tr("%1 · expires in %2 (%3)")
                           .arg(got.grant.isPartner() ? tr("Partner token") : tr("Entity-user token"),
                                MoniteTokenText::duration(got.times.secondsLeft(now)),
                                QLocale().toString(got.times.expiresAt.toLocalTime(), QLocale::ShortFormat));
        text.fieldName = tr("Monite access token");
        text.closeQuestion = tr("You have not copied the access token. This window cannot show it again (Get token "
                                "gives a new one). Close anyway?");
        // Window-modal and on the heap: this runs in a callback, where a nested exec() could outlive the page.
        auto* dialog = new OneTimeTokenDialog(text, QString::fromUtf8(got.accessToken), self->m_clipboard,
                                              Settings::clipboardTimeoutSecs(), self);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, self, [self] {
            self->reload();
            Q_EMIT self->tokenShown();
        });
        dialog->open();
    });
}

void MonitePage::testToken()
{
    const std::optional<QString> grant = selectedGrant();
    if (!grant)
        return;
    setBusy(true);
    m_result->setText(tr("Testing…"));
    QPointer<MonitePage> self(this);
    const QString profile = currentProfile();
    m_service.test(profile, *grant, [self, profile](Result<MoniteTestResult> tested) {
        if (!self)
            return;
        self->setBusy(false);
        if (self->currentProfile() != profile) // another profile is shown now: this result is not about it
            return;
        if (!tested.ok()) {
            self->m_result->setText(QString());
            self->showMessage(tested.error().message, true);
            Q_EMIT self->testShown(false);
            return;
        }
        self->showMessage(QString(), false);
        const MoniteTestResult& r = tested.value();
        QString html = tr("<h3>%1 %2</h3><p>%3</p>")
                           .arg(r.ok ? QStringLiteral("\u2714") : QStringLiteral("\u2716"), r.verdict.toHtmlEscaped(),
                                r.detail.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        if (r.reminted)
            html += tr("<p>A fresh token was got first (none was usable, or its renewal was due).</p>");
        if (r.hasRole) {
            html += tr("<p><b>Role %1</b></p><table cellspacing=\"0\" cellpadding=\"2\">")
                        .arg(r.role.name.toHtmlEscaped());
            for (const MoniteObjectPermissions& o : r.role.objects) {
                QStringList actions;
                for (const MoniteActionPermission& a : o.actions)
                    actions << QStringLiteral("%1: %2").arg(a.action,
                                                            a.allowed()             ? tr("allowed")
                                                                : a.allowedForOwn() ? tr("own objects only")
                                                                                    : tr("not allowed"));
                html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>")
                            .arg(o.objectType.toHtmlEscaped(), actions.join(QLatin1String(", ")).toHtmlEscaped());
            }
            html += QStringLiteral("</table>");
        }
        if (!r.requestId.isEmpty())
            html += tr("<p><small>x-request-id %1 (for Monite's support)</small></p>").arg(r.requestId.toHtmlEscaped());
        self->m_result->setText(html);
        self->reload();
        Q_EMIT self->testShown(r.ok);
    });
}

void MonitePage::revokeToken()
{
    const std::optional<QString> grant = selectedGrant();
    if (!grant)
        return;
    const auto answer = MessageBox::question(
        this, tr("Revoke the access token?"),
        tr("Monite stops accepting this access token at once. Whoever uses it gets 401 until they get a new one. "
           "Revoke it?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true);
    QPointer<MonitePage> self(this);
    m_service.revokeToken(currentProfile(), *grant, [self](Result<MoniteRevokeResult> revoked) {
        if (!self)
            return;
        self->setBusy(false);
        if (!revoked.ok()) {
            self->showMessage(revoked.error().message, true);
            return;
        }
        self->showMessage(revoked->alreadyInvalid
                              ? tr("Monite no longer knew that token (revoked, expired or unknown); it is forgotten "
                                   "here too.")
                              : tr("Revoked: %1").arg(revoked->message),
                          false);
        self->reload();
    });
}

void MonitePage::replaceSecret()
{
    const QString name = currentProfile();
    if (name.isEmpty())
        return;
    bool ok = false;
    QString secret = QInputDialog::getText(
        this, tr("Replace the client secret"),
        tr("The new client secret of “%1”, from Monite's partner portal (it replaces the one in your keychain):")
            .arg(name),
        QLineEdit::Password, QString(), &ok);
    const QByteArray bytes = secret.toUtf8();
    std::fill(secret.begin(), secret.end(), QLatin1Char('*'));
    if (!ok)
        return;
    setBusy(true);
    QPointer<MonitePage> self(this);
    m_service.replaceSecret(name, bytes, [self](Result<MoniteProfile> replaced) {
        if (!self)
            return;
        self->setBusy(false);
        self->showMessage(replaced.ok() ? tr("The client secret of “%1” was replaced.").arg(replaced->name)
                                        : replaced.error().message,
                          !replaced.ok());
    });
}

void MonitePage::removeProfile()
{
    const QString name = currentProfile();
    if (name.isEmpty())
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove the client profile?"),
        tr("“%1”, its client secret and its access tokens are removed from this app and your keychain. Tokens "
           "already given out stay valid at Monite until they expire: revoke them first if that matters. Remove it?")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(true);
    QPointer<MonitePage> self(this);
    m_service.removeProfile(name, [self](Result<MoniteProfile> removed) {
        if (!self)
            return;
        self->setBusy(false);
        self->showMessage(removed.ok() ? tr("“%1” was removed.").arg(removed->name) : removed.error().message,
                          !removed.ok());
        self->reload();
    });
}

} // namespace monime
