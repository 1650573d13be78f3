// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FaultInjectionConfig.h" // MONIME_FAULT_INJECTION, from the CMake option of that name

#include <QByteArray>

#include <csignal>

namespace monime {

/// Whether MONIME_PORTAL_FAULT names `point`. Test builds only (CMake option MONIME_FAULT_INJECTION): in a
/// release build this is false and no environment variable can make a program kill itself.
inline bool faultActive(const char* point)
{
#ifdef MONIME_FAULT_INJECTION
    static const QByteArray fault = qgetenv("MONIME_PORTAL_FAULT");
    return !fault.isEmpty() && fault == point;
#else
    Q_UNUSED(point);
    return false;
#endif
}

/// Test-only crash point: when MONIME_PORTAL_FAULT names `point`, the process kills itself with SIGKILL
/// there, so the crash-safety tests can stop `create` half-way exactly as a power cut would.
inline void faultPoint(const char* point)
{
    if (faultActive(point))
        std::raise(SIGKILL);
}

} // namespace monime
