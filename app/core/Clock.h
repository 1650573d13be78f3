// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace monime {

/// The source of "now" for every time-dependent rule (status, expiry), so tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Current instant in UTC.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace monime
