// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QtTest>

namespace monime::testing {

/// Waits for a started `monime-sandbox --port 0` to print `PORT=N` and returns N (0: it never did, or it ended
/// first). What it printed so far is appended to `banner` when given. The wait keeps the event loop turning.
inline quint16 waitForSandboxPort(QProcess& process, QByteArray* banner = nullptr, int timeoutMs = 10000)
{
    QByteArray out;
    quint16 port = 0;
    (void)QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            const qsizetype at = out.indexOf("PORT=");
            const qsizetype end = at < 0 ? -1 : out.indexOf('\n', at);
            if (end > 0)
                port = quint16(out.mid(at + 5, end - at - 5).trimmed().toUInt());
            return port != 0 || process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (banner)
        *banner += out;
    return port;
}

} // namespace monime::testing
