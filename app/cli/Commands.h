// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace monime::cli {

// One class a command, each in its own file of cli/commands/.

class SpaceCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class TeamCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class MoniteCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class CreateCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class ListCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class ShowCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class RevokeCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class RotateCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class ImportCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class TestCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class DoctorCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class ExportCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class HealthCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class RemindCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class CatalogCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class ScanCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

class MigrateCommand final : public Command
{
    Q_OBJECT

public:
    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(Cli& cli, const QCommandLineParser& parser) override;
};

/// Every command, in the order the overview lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace monime::cli
