// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QString>

class QCommandLineParser;

namespace monime {
class Cli;
}

namespace monime::cli {

/// One command of monime-portal-cli (the shape of KeePassXC's src/cli): its name, usage, options and what it
/// does. `run` is called with the parsed options and must end, now or later, with `cli.finish(code)` (or
/// `cli.fail`, `cli.usageError`). Each command is its own translation context.
class Command : public QObject
{
    Q_OBJECT

public:
    /// The word that selects it: `create`, `list`, …
    virtual QString name() const = 0;
    /// Its usage after the program name, e.g. "show ID".
    virtual QString synopsis() const = 0;
    /// One line for the overview and its --help.
    virtual QString summary() const = 0;
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// The parser lives until the program exits: a command may read it from a later callback.
    virtual void run(Cli& cli, const QCommandLineParser& parser) = 0;
};

} // namespace monime::cli
