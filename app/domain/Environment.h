// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace monime {

/// Monime's two API environments. A live token never works in test, nor a test token in live.
enum class Environment { Test, Live };

inline QString environmentName(Environment e)
{
    return e == Environment::Test ? QStringLiteral("test") : QStringLiteral("live");
}

inline std::optional<Environment> environmentFromName(const QString& name)
{
    if (name.compare(QLatin1String("test"), Qt::CaseInsensitive) == 0)
        return Environment::Test;
    if (name.compare(QLatin1String("live"), Qt::CaseInsensitive) == 0)
        return Environment::Live;
    return std::nullopt;
}

} // namespace monime
