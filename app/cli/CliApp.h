// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QTextStream;

namespace monime {

class Database;
class KeychainSecretStore;
class TokenService;
struct ReportFilter;
struct HealthSettings;
enum class ReportColumn;

/// `monime-portal-cli`: the portal's operations for people and scripts. Parses the arguments, runs one
/// command asynchronously (the keychain is asynchronous) and emits `finished` with the exit status:
/// 0 success, 1 a part failed (database, keychain), 2 bad input or usage.
class CliApp : public QObject
{
    Q_OBJECT

public:
    /// 3: `health` found at least one high-severity finding (a script can gate on it).
    enum ExitCode { Success = 0, Failure = 1, BadInput = 2, HighSeverityFindings = 3 };

    explicit CliApp(QObject* parent = nullptr);
    ~CliApp() override;

    /// `arguments` as QCoreApplication::arguments(), program name first.
    void run(const QStringList& arguments);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Command;

    void finish(int code);
    void fail(const Error& error);
    void usageError(const QString& message, const QString& command = {});
    /// Opens the database and the keychain, rolls back unfinished creates, then calls `next`.
    void withService(const QCommandLineParser& parser, std::function<void()> next);
    QString databasePath(const QCommandLineParser& parser) const;

    void cmdSpace(QCommandLineParser& parser);
    void cmdCreate(QCommandLineParser& parser);
    void cmdList(QCommandLineParser& parser);
    void cmdShow(QCommandLineParser& parser);
    void cmdRevoke(QCommandLineParser& parser);
    void cmdRotate(QCommandLineParser& parser);
    void cmdImport(QCommandLineParser& parser);
    void cmdDoctor(QCommandLineParser& parser); ///< in CliDoctorCommand.cpp
    void cmdCatalog(QCommandLineParser& parser);
    void cmdTest(QCommandLineParser& parser); ///< in CliTestCommand.cpp
    // export and health: CliReportCommands.cpp
    void cmdExport(QCommandLineParser& parser);
    void cmdHealth(QCommandLineParser& parser);
    bool reportOptions(const QCommandLineParser& parser, const QString& command, ReportFilter* filter,
                       QList<ReportColumn>* columns, HealthSettings* settings);

    void printCreated(const QCommandLineParser& parser, const struct CreatedToken& created, const QString& verb);

    QTextStream& out();
    QTextStream& err();

    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenService> m_service;
    bool m_finished = false;
    struct TestRun; ///< the `test` command's sandbox, network manager and client
    std::shared_ptr<TestRun> m_testRun;
};

} // namespace monime
