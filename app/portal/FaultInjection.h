// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <csignal>

namespace monime {

/// Test-only crash points: when MONIME_PORTAL_FAULT names `point`, the process kills itself with SIGKILL
/// there, so the crash-safety tests can stop `create` half-way exactly as a power cut would.
inline void faultPoint(const char* point)
{
    static const QByteArray fault = qgetenv("MONIME_PORTAL_FAULT");
    if (!fault.isEmpty() && fault == point)
        std::raise(SIGKILL);
}

} // namespace monime
