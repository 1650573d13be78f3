// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace monime {

enum class ExpiryPreset { TwoMonths, OneYear, Custom, Never };

/// The create form's Expiry Date field: a preset, or a custom instant.
struct ExpiryChoice
{
    ExpiryPreset preset = ExpiryPreset::TwoMonths;
    QDateTime custom; ///< UTC; only for Custom

    static ExpiryChoice twoMonths() { return { ExpiryPreset::TwoMonths, {} }; }
    static ExpiryChoice oneYear() { return { ExpiryPreset::OneYear, {} }; }
    static ExpiryChoice never() { return { ExpiryPreset::Never, {} }; }
    static ExpiryChoice at(const QDateTime& when) { return { ExpiryPreset::Custom, when.toUTC() }; }
};

class Expiry
{
    Q_DECLARE_TR_FUNCTIONS(monime::Expiry)

public:
    static constexpr qint64 kMinimumCustomSecs = 3600;

    /// Parses the CLI's spelling: `2m`, `1y`, `never`, `YYYY-MM-DD` (00:00 UTC that day) or an ISO-8601
    /// date-time (UTC unless it carries an offset). Says nothing yet about past or future.
    static Result<ExpiryChoice> parse(const QString& text);

    /// The instant a choice means, from `now` (UTC) with calendar arithmetic; invalid for Never.
    /// A custom instant in the past or under an hour away is an error.
    static Result<QDateTime> resolve(const ExpiryChoice& choice, const QDateTime& now);
};

} // namespace monime
