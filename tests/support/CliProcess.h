// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

namespace monime::testing {

/// One run of a program, as a script sees it.
struct ProcessRun
{
    int exitCode = -1; ///< -1 when it crashed or never started
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

/// Runs `program` with `args` and environment `env`, writes `input` to its standard input and closes it.
/// The wait keeps this thread's event loop turning, so servers living in the test keep answering.
inline ProcessRun runProcess(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                             const QByteArray& input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    ProcessRun r;
    r.status = p.exitStatus();
    r.exitCode = r.status == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.ms = timer.elapsed();
    return r;
}

/// What the Secret Service holds for `key`, read from outside the app with `secret-tool` (empty: nothing).
inline QByteArray secretToolLookup(const QString& key, const QString& service = QStringLiteral("io.monime.portal"))
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key });
    p.waitForFinished(10000);
    return p.readAllStandardOutput().trimmed();
}

} // namespace monime::testing
