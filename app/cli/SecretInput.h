// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QTextStream;

namespace monime::cli {

/// Reads a secret from standard input, never from an argument (arguments end up in shell history and `ps`). On a
/// terminal it shows `prompt` on `err` and reads one line without echo; otherwise it reads what is piped in (up to
/// 64 KiB). Surrounding whitespace is dropped.
QByteArray readSecretFromStdin(QTextStream& err, const QString& prompt);

} // namespace monime::cli
