// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SecretInput.h"

#include <QFile>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace monime::cli {

QByteArray readSecretFromStdin(QTextStream& err, const QString& prompt)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        err << prompt << Qt::flush;
        termios saved {};
        const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerm) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        const QByteArray line = in.readLine(4096);
        if (haveTerm)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << Qt::endl;
        return line.trimmed();
    }
#else
    Q_UNUSED(err)
    Q_UNUSED(prompt)
#endif
    return in.read(64 * 1024).trimmed();
}

} // namespace monime::cli
