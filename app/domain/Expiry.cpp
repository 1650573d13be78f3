// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Expiry.h"

#include <QRegularExpression>

namespace monime {

Result<ExpiryChoice> Expiry::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.compare(QLatin1String("2m"), Qt::CaseInsensitive) == 0)
        return ExpiryChoice::twoMonths();
    if (text.compare(QLatin1String("1y"), Qt::CaseInsensitive) == 0)
        return ExpiryChoice::oneYear();
    if (text.compare(QLatin1String("never"), Qt::CaseInsensitive) == 0)
        return ExpiryChoice::never();
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    QDateTime when;
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            when = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else if (text.size() >= 16 && text.at(10) == QLatin1Char('T')) {
        when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (when.isValid() && when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return makeError(QStringLiteral("invalid_expiry"), QStringLiteral("expiry"),
                         tr("\"%1\" is not an expiry. Use 2m (two months), 1y (one year), never, a date such as "
                            "2027-01-31, or a date and time such as 2027-01-31T18:00:00Z.")
                             .arg(text));
    return ExpiryChoice::at(when);
}

Result<QDateTime> Expiry::resolve(const ExpiryChoice& choice, const QDateTime& nowAnySpec)
{
    const QDateTime now = nowAnySpec.toUTC();
    switch (choice.preset) {
    case ExpiryPreset::TwoMonths:
        return now.addMonths(2);
    case ExpiryPreset::OneYear:
        return now.addYears(1);
    case ExpiryPreset::Never:
        return QDateTime();
    case ExpiryPreset::Custom:
        break;
    }
    if (!choice.custom.isValid())
        return makeError(QStringLiteral("invalid_expiry"), QStringLiteral("expiry"),
                         tr("Choose a custom expiry date and time."));
    const QDateTime when = choice.custom.toUTC();
    if (when <= now)
        return makeError(QStringLiteral("expiry_in_past"), QStringLiteral("expiry"),
                         tr("The expiry %1 is in the past. Choose a future date, or a preset such as 2 months.")
                             .arg(when.toString(Qt::ISODate)));
    if (now.secsTo(when) < kMinimumCustomSecs)
        return makeError(QStringLiteral("expiry_too_soon"), QStringLiteral("expiry"),
                         tr("The expiry %1 is less than an hour away. Choose an instant at least one hour from now.")
                             .arg(when.toString(Qt::ISODate)));
    return when;
}

} // namespace monime
