// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QCommandLineOption>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCommandLineParser;
class QTextStream;

namespace monime {

class Database;
class KeychainSecretStore;
class TokenService;
struct CreatedToken;

namespace cli {
class Command;
}

/// `monime-portal-cli`: finds the command (one small class each, in cli/commands/), parses its options and runs
/// it; holds what every command shares: the output streams, the inventory and keychain, the exit status.
/// Commands run asynchronously (the keychain is asynchronous) and end with `finish`, which emits `finished`:
/// 0 success, 1 a part failed (database, keychain), 2 bad input or usage, 3 `health` found a high finding.
class Cli : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, Failure = 1, BadInput = 2, HighSeverityFindings = 3 };

    explicit Cli(QObject* parent = nullptr);
    ~Cli() override;

    /// `arguments` as QCoreApplication::arguments(), program name first.
    void run(const QStringList& arguments);

    // For the commands.
    QTextStream& out();
    QTextStream& err();
    void finish(int code);
    /// Prints `error` naming the flag of its field, and finishes: 1 for a part that failed, else 2.
    void fail(const Error& error);
    void usageError(const QString& message, const QString& command = {});
    /// Opens the database and the keychain, rolls back unfinished creates, then calls `next`.
    void withService(std::function<void()> next);
    /// Opens the database and the keychain only (doctor reports a failure to open instead of failing).
    Result<void> openService();
    QString databasePath() const;
    bool json() const;
    TokenService& service() { return *m_service; }
    bool hasService() const { return m_service != nullptr; }
    Database& database() { return *m_database; }
    KeychainSecretStore& secrets();
    const Clock& clock() const { return m_clock; }
    /// What a command keeps alive until the program exits (the `test` command's sandbox and client).
    void keepAlive(std::shared_ptr<void> object) { m_keptAlive.push_back(std::move(object)); }

    enum class Made { Created, Rotated, Imported };
    /// Says what was made (on standard error) and prints the secret once on standard output, or JSON.
    void printCreated(const CreatedToken& created, Made made);
    /// The CLI flag a form field is set with, so an error names what the user typed.
    static QString flagFor(const QString& field);
    static QString padded(const QString& s, int width);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void overview();

    std::vector<std::unique_ptr<cli::Command>> m_commands;
    std::unique_ptr<QCommandLineParser> m_parser;
    QCommandLineOption m_databaseOption;
    QCommandLineOption m_jsonOption;
    QCommandLineOption m_langOption;
    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<TokenService> m_service;
    std::vector<std::shared_ptr<void>> m_keptAlive;
    bool m_finished = false;
};

} // namespace monime
