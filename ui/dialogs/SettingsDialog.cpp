// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/SettingsDialog.h"

#include "MessageBox.h"
#include "Settings.h"
#include "desktop/Autostart.h"
#include "domain/Catalog.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace monime {

SettingsDialog::SettingsDialog(const Catalog& catalog, const QString& currentDatabase, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout(this);

    auto* dbRow = new QHBoxLayout;
    m_database = new QLineEdit(Settings::databasePath().isEmpty() ? currentDatabase : Settings::databasePath(), this);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_database->setAccessibleName(tr("Database location"));
    // Wide enough to read a usual path whole (a longer one scrolls), never the 125 px of a bare line edit.
    m_database->setMinimumWidth(
        qBound(320, int(m_database->fontMetrics().horizontalAdvance(m_database->text())) + 24, 560));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose database file"));
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(browse);
    auto* dbLabel = new QLabel(tr("&Database (takes effect at next start):"), this);
    dbLabel->setBuddy(m_database);
    form->addRow(dbLabel, dbRow);
    m_databaseError = new QLabel(this);
    m_databaseError->setObjectName(QStringLiteral("databaseErrorLabel"));
    m_databaseError->setWordWrap(true);
    m_databaseError->setStyleSheet(QStringLiteral("color: #cf222e"));
    m_databaseError->hide();
    form->addRow(QString(), m_databaseError);
    connect(m_database, &QLineEdit::textEdited, m_databaseError, &QWidget::hide);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database location"), m_database->text(),
                                                          tr("SQLite databases (*.sqlite *.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setText(path);
    });

    m_clipboard = new QSpinBox(this);
    m_clipboard->setObjectName(QStringLiteral("clipboardSpinBox"));
    m_clipboard->setAccessibleName(tr("Clipboard timeout in seconds"));
    m_clipboard->setRange(5, 600);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setValue(Settings::clipboardTimeoutSecs());
    auto* clipLabel = new QLabel(tr("Clear the &clipboard after:"), this);
    clipLabel->setBuddy(m_clipboard);
    form->addRow(clipLabel, m_clipboard);

    m_rotation = new QSpinBox(this);
    m_rotation->setObjectName(QStringLiteral("rotationSpinBox"));
    m_rotation->setAccessibleName(tr("Rotation period in days"));
    m_rotation->setRange(1, 3650);
    m_rotation->setSuffix(tr(" days"));
    m_rotation->setValue(Settings::rotationDays());
    auto* rotLabel = new QLabel(tr("&Rotate tokens every:"), this);
    rotLabel->setBuddy(m_rotation);
    form->addRow(rotLabel, m_rotation);

    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("defaultReleaseComboBox"));
    m_release->setAccessibleName(tr("Default API release"));
    for (const ApiRelease& r : catalog.releases())
        m_release->addItem(r.id, r.id);
    const QString release
        = Settings::defaultRelease().isEmpty() ? catalog.defaultReleaseId() : Settings::defaultRelease();
    m_release->setCurrentIndex(qMax(0, m_release->findData(release)));
    auto* relLabel = new QLabel(tr("Default API &release:"), this);
    relLabel->setBuddy(m_release);
    form->addRow(relLabel, m_release);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Settings::language())));
    auto* langLabel = new QLabel(tr("&Language (takes effect at next start):"), this);
    langLabel->setBuddy(m_language);
    form->addRow(langLabel, m_language);

    m_remindAtLogin = new QCheckBox(tr("&Warn me at login about tokens near expiry"), this);
    m_remindAtLogin->setObjectName(QStringLiteral("remindAtLoginCheckBox"));
    m_remindAtLogin->setAccessibleName(tr("Warn me at login about tokens near expiry"));
    m_remindAtLogin->setToolTip(tr("Adds %1, which runs monime-portal-cli remind when you log in: a desktop "
                                   "notification 30, 7 and 1 day before a token expires, even when this app is "
                                   "closed.")
                                    .arg(QDir::toNativeSeparators(Autostart::entryPath())));
    m_remindAtLogin->setChecked(Autostart::isEnabled());
    form->addRow(QString(), m_remindAtLogin);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettingsButton"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept()
{
    // The same rule as at start (Database::checkLocation): a folder, a URL that is not PostgreSQL's, a password
    // in a PostgreSQL URL is said here, not at the next start.
    if (const QString location = m_database->text().trimmed(); !location.isEmpty()) {
        if (const Result<void> checked = Database::checkLocation(location); !checked.ok()) {
            m_databaseError->setText(checked.error().message);
            m_databaseError->show();
            m_database->setFocus();
            return;
        }
    }
    Settings::setDatabasePath(m_database->text().trimmed());
    Settings::setClipboardTimeoutSecs(m_clipboard->value());
    Settings::setRotationDays(m_rotation->value());
    Settings::setDefaultRelease(m_release->currentData().toString());
    Settings::setLanguage(m_language->currentData().toString());
    if (m_remindAtLogin->isChecked() != Autostart::isEnabled()) {
        const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("monime-portal-cli"));
        const QString database = m_database->text().trimmed();
        const Result<void> changed
            = m_remindAtLogin->isChecked() ? Autostart::enable(cli, database) : Autostart::disable();
        if (!changed.ok()) {
            MessageBox::critical(this, tr("Login reminder not changed"), changed.error().message);
            return;
        }
    }
    QDialog::accept();
}

} // namespace monime
