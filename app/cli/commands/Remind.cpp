// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Cli.h"
#include "cli/Commands.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/ReminderSender.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace monime::cli {

namespace {

/// What `remind` keeps alive while it waits for someone to act on its notifications.
struct Waiting
{
    std::unique_ptr<DesktopNotifier> notifier;
    std::unique_ptr<ReminderSender> sender;
    QSet<uint> open; ///< our notifications still on screen
    std::unique_ptr<QTimer> deadline;
};

/// The desktop app: $MONIME_PORTAL_GUI, else monime-portal beside this program, else on the PATH.
QString guiProgram()
{
    const QString fromEnv = qEnvironmentVariable("MONIME_PORTAL_GUI");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("monime-portal"));
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("monime-portal"));
}

QJsonObject reminderJson(const Reminder& r, const QDateTime& now)
{
    return QJsonObject { { QStringLiteral("tokenId"), r.token.id },
                         { QStringLiteral("name"), r.token.name },
                         { QStringLiteral("type"), environmentName(r.token.environment) },
                         { QStringLiteral("stage"), ExpiryReminder::stageName(r.stage) },
                         { QStringLiteral("expiresAt"), TokenJson::timestamp(r.token.expiresAt) },
                         { QStringLiteral("daysLeft"), ExpiryReminder::daysLeft(r.token, now) },
                         { QStringLiteral("urgency"), ExpiryReminder::urgency(r.stage) } };
}

} // namespace

QString RemindCommand::name() const
{
    return QStringLiteral("remind");
}

QString RemindCommand::synopsis() const
{
    return QStringLiteral("remind [--dry-run] [--wait SECONDS]");
}

QString RemindCommand::summary() const
{
    return tr("Send a desktop notification for each token 30, 7 or 1 day(s) from expiry, or expired since the last "
              "check; each only once.");
}

QList<QCommandLineOption> RemindCommand::options() const
{
    return { { { QStringLiteral("dry-run") }, tr("Only list the reminders that are due; send and record nothing.") },
             { { QStringLiteral("wait") },
               tr("Offer Rotate and Open on the notifications and stay up to SECONDS for them (the login "
                  "reminder uses 3600); 0, the default, sends them without buttons and exits."),
               QStringLiteral("SECONDS") } };
}

void RemindCommand::run(Cli& cli, const QCommandLineParser& parser)
{
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), name());
    int waitSeconds = 0;
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        waitSeconds = parser.value(QStringLiteral("wait")).toInt(&ok);
        if (!ok || waitSeconds < 0 || waitSeconds > 24 * 3600)
            return cli.usageError(tr("--wait must be a number of seconds from 0 to 86400, e.g. --wait 3600."), name());
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    cli.withService([&cli, dryRun, waitSeconds] {
        const QDateTime now = cli.clock().now();
        if (dryRun) {
            auto due = cli.service().dueReminders();
            if (!due.ok())
                return cli.fail(due.error());
            if (cli.json()) {
                QJsonArray array;
                for (const Reminder& r : due.value())
                    array.append(reminderJson(r, now));
                cli.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << "\n";
            } else if (due->isEmpty()) {
                cli.out() << tr("No reminder is due.") << "\n";
            } else {
                for (const Reminder& r : due.value())
                    cli.out() << tr("Due: %1 (%2)").arg(ExpiryReminder::title(r, now), r.token.id) << "\n";
            }
            return cli.finish(Cli::Success);
        }

        auto waiting = std::make_shared<Waiting>();
        cli.keepAlive(waiting);
        waiting->notifier = std::make_unique<DesktopNotifier>();
        waiting->sender = std::make_unique<ReminderSender>(cli.service(), *waiting->notifier);
        waiting->sender->sendDue(
            waitSeconds > 0, [&cli, waiting, waitSeconds, now](Result<ReminderSender::Outcome> sent) {
                auto undelivered = [&cli](const Error& e) {
                    cli.err() << tr("monime-portal-cli: error: %1").arg(e.message) << "\n"
                              << tr("Those reminders were not recorded as sent; the next `remind` tries them again.")
                              << Qt::endl;
                    cli.finish(Cli::Failure);
                };
                if (!sent.ok())
                    return cli.fail(sent.error());
                const ReminderSender::Outcome& o = sent.value();
                if (o.failure && o.sent.isEmpty() && o.alreadySent == 0) // the desktop showed none of them
                    return undelivered(*o.failure);
                int reminded = 0;
                for (const ReminderSender::Sent& s : o.sent)
                    reminded += int(s.reminders.size());
                if (cli.json()) {
                    QJsonArray array;
                    for (const ReminderSender::Sent& s : o.sent)
                        for (const Reminder& r : s.reminders) {
                            QJsonObject j = reminderJson(r, now);
                            j.insert(QStringLiteral("notificationId"), qint64(s.notificationId));
                            array.append(j);
                        }
                    cli.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
                } else if (reminded == 0 && !o.failure) {
                    cli.out() << tr("No reminder is due.") << Qt::endl;
                } else {
                    for (const ReminderSender::Sent& s : o.sent)
                        for (const Reminder& r : s.reminders)
                            cli.out() << tr("Reminded: %1 (%2)").arg(ExpiryReminder::title(r, now), r.token.id) << "\n";
                    cli.out().flush();
                }
                if (o.failure)
                    return undelivered(*o.failure);
                if (waitSeconds == 0 || o.sent.isEmpty())
                    return cli.finish(Cli::Success);

                // Stay for the buttons: until every notification is closed or acted on, or the time is up.
                for (const ReminderSender::Sent& s : o.sent)
                    waiting->open.insert(s.notificationId);
                auto* notifier = waiting->notifier.get();
                QObject::connect(notifier, &DesktopNotifier::closed, notifier, [&cli, waiting](uint id, uint) {
                    if (waiting->open.remove(id) && waiting->open.isEmpty())
                        cli.finish(Cli::Success);
                });
                QObject::connect(
                    notifier, &DesktopNotifier::actionInvoked, notifier, [&cli, waiting](uint id, const QString& key) {
                        const auto action = waiting->sender->action(id, key);
                        if (!action)
                            return;
                        QStringList args { QStringLiteral("--database"), cli.databasePath() };
                        if (!action->tokenId.isEmpty())
                            args << (action->kind == ReminderSender::Action::Rotate ? QStringLiteral("--rotate")
                                                                                    : QStringLiteral("--token"))
                                 << action->tokenId;
                        const QString program = guiProgram();
                        if (program.isEmpty() || !QProcess::startDetached(program, args))
                            cli.err() << tr("monime-portal-cli: error: could not start the desktop app "
                                            "(monime-portal); is it installed? Open it yourself: "
                                            "monime-portal %1")
                                             .arg(args.join(QLatin1Char(' ')))
                                      << Qt::endl;
                        else
                            cli.out() << tr("Opened the app: monime-portal %1").arg(args.join(QLatin1Char(' ')))
                                      << Qt::endl;
                        // Acted on: the daemon closes it (or leaves it, as some do); either way it is done.
                        if (waiting->open.remove(id) && waiting->open.isEmpty())
                            cli.finish(Cli::Success);
                    });
                waiting->deadline = std::make_unique<QTimer>();
                waiting->deadline->setSingleShot(true);
                QObject::connect(waiting->deadline.get(), &QTimer::timeout, waiting->deadline.get(),
                                 [&cli] { cli.finish(Cli::Success); });
                waiting->deadline->start(waitSeconds * 1000);
            });
    });
}

} // namespace monime::cli
