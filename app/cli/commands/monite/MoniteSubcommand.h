// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace monime {
class Cli;
class MoniteService;
} // namespace monime

namespace monime::cli {

/// What a `monite` subcommand works with. Lives until the program exits (kept by the Cli).
struct MoniteContext
{
    Cli& cli;
    const QCommandLineParser& parser;
    QStringList args; ///< the positional arguments after the subcommand's name
    MoniteService* service = nullptr; ///< set once the inventory and keychain are open
    QByteArray secret; ///< the client secret read from stdin (add, secret); dropped after use
};

/// One `monite` subcommand: `add`, `list`, `show`, `remove`, `token`, `revoke`, `test`, `secret`.
class MoniteSubcommand : public QObject
{
    Q_OBJECT

public:
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;
    /// Positional arguments after the name: NAME for all but `list`.
    virtual int arguments() const { return 1; }
    /// Reads the client secret from standard input before opening anything.
    virtual bool readsSecret() const { return false; }
    /// Runs with the service open; ends with cli.finish/fail.
    virtual void run(std::shared_ptr<MoniteContext> context) = 0;
};

std::vector<std::unique_ptr<MoniteSubcommand>> moniteSubcommands();

// One class a subcommand, each in its own file.

class MoniteAddCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    bool readsSecret() const override { return true; }
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteListCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    int arguments() const override { return 0; }
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteShowCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteRemoveCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteTokenCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteRevokeCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteTestCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    void run(std::shared_ptr<MoniteContext> context) override;
};

class MoniteSecretCommand final : public MoniteSubcommand
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    bool readsSecret() const override { return true; }
    void run(std::shared_ptr<MoniteContext> context) override;
};

} // namespace monime::cli
