// SPDX-License-Identifier: GPL-3.0-or-later
#include "monite/AddMoniteClientDialog.h"

#include "domain/MoniteProfile.h"
#include "portal/MoniteService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

#include <algorithm>

namespace monime {

AddMoniteClientDialog::AddMoniteClientDialog(MoniteService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("addMoniteClientDialog"));
    setWindowTitle(tr("Add a Monite client"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("The client id and secret come from Monite's partner portal (Settings → API "
                                "credentials). The secret goes to your keychain only; it is never shown again."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    auto addRow = [&](QWidget* field, const QString& label, const char* objectName, const QString& accessible) {
        field->setObjectName(QLatin1String(objectName));
        field->setAccessibleName(accessible);
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. acme-payables"));
    addRow(m_name, tr("&Name:"), "moniteNameLineEdit", tr("Profile name"));

    m_environment = new QComboBox(this);
    for (const auto environment :
         { MoniteEnvironment::Sandbox, MoniteEnvironment::ProductionEu, MoniteEnvironment::ProductionNa })
        m_environment->addItem(MoniteRules::environmentLabel(environment), MoniteRules::environmentName(environment));
    m_environment->addItem(tr("Custom base URL (e.g. the local sandbox)"), QString());
    addRow(m_environment, tr("&Environment:"), "moniteEnvironmentComboBox", tr("Environment"));
    m_customUrl = new QLineEdit(this);
    m_customUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8421/v1"));
    m_customUrl->setEnabled(false);
    addRow(m_customUrl, tr("Base &URL:"), "moniteUrlLineEdit", tr("Custom base URL"));
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { m_customUrl->setEnabled(m_environment->currentData().toString().isEmpty()); });

    m_version = new QComboBox(this);
    m_version->addItems(MoniteRules::apiVersions());
    m_version->setCurrentText(MoniteRules::defaultApiVersion());
    addRow(m_version, tr("API &version:"), "moniteVersionComboBox", tr("API version"));

    m_clientId = new QLineEdit(this);
    m_clientId->setPlaceholderText(QStringLiteral("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"));
    addRow(m_clientId, tr("Client &ID:"), "moniteClientIdLineEdit", tr("Client ID"));
    m_secret = new QLineEdit(this);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setContextMenuPolicy(Qt::NoContextMenu);
    addRow(m_secret, tr("Client &secret:"), "moniteSecretLineEdit", tr("Client secret"));

    m_users = new QPlainTextEdit(this);
    m_users->setTabChangesFocus(true);
    m_users->setPlaceholderText(tr("Optional: one entity user a line, as ID or ID=Label"));
    m_users->setMaximumHeight(m_users->fontMetrics().height() * 5);
    addRow(m_users, tr("Entity &users:"), "moniteUsersTextEdit", tr("Entity users, one a line"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moniteErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e"));
    m_error->hide();
    form->addRow(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveMoniteClientButton"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddMoniteClientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AddMoniteClientDialog::~AddMoniteClientDialog()
{
    wipeSecret();
}

MoniteProfileDraft AddMoniteClientDialog::draft() const
{
    MoniteProfileDraft d;
    d.name = m_name->text().trimmed();
    const QString environment = m_environment->currentData().toString();
    d.environment = environment.isEmpty() ? m_customUrl->text().trimmed() : environment;
    d.apiVersion = m_version->currentText();
    d.clientId = m_clientId->text().trimmed();
    for (const QString& line : m_users->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            d.entityUsers << line.trimmed();
    return d;
}

void AddMoniteClientDialog::showError(const QString& field, const QString& message)
{
    m_error->setText(message);
    m_error->show();
    QWidget* at = field == QLatin1String("name") ? static_cast<QWidget*>(m_name)
        : field == QLatin1String("environment")
        ? (m_customUrl->isEnabled() ? static_cast<QWidget*>(m_customUrl) : m_environment)
        : field == QLatin1String("apiVersion")      ? static_cast<QWidget*>(m_version)
        : field == QLatin1String("clientId")        ? static_cast<QWidget*>(m_clientId)
        : field == QLatin1String("clientSecret")    ? static_cast<QWidget*>(m_secret)
        : field.startsWith(QLatin1String("entity")) ? static_cast<QWidget*>(m_users)
                                                    : nullptr;
    if (at)
        at->setFocus();
}

void AddMoniteClientDialog::accept()
{
    if (m_busy)
        return;
    const MoniteProfileDraft d = draft();
    // Checked here first so a mistake is named before the keychain is asked for anything.
    if (const auto checked = MoniteRules::validate(d); !checked.ok()) {
        showError(checked.error().field, checked.error().message);
        return;
    }
    const QByteArray secret = m_secret->text().toUtf8();
    if (const auto checked = MoniteRules::checkSecret(secret); !checked.ok()) {
        showError(checked.error().field, checked.error().message);
        return;
    }
    m_busy = true;
    m_buttons->setEnabled(false);
    m_error->hide();
    QPointer<AddMoniteClientDialog> self(this);
    m_service.addProfile(d, secret, [self](Result<MoniteProfile> added) {
        if (!self)
            return;
        self->m_busy = false;
        self->m_buttons->setEnabled(true);
        if (!added.ok()) {
            self->showError(added.error().field, added.error().message);
            return;
        }
        self->m_added = added->name;
        self->wipeSecret();
        self->QDialog::accept();
    });
}

void AddMoniteClientDialog::wipeSecret()
{
    if (!m_secret)
        return;
    QString shown = m_secret->text();
    m_secret->clear();
    std::fill(shown.begin(), shown.end(), QLatin1Char('*'));
}

} // namespace monime
