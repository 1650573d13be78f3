// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace monime {

struct ApiOperation;

/// Gives an answer exactly the fields the spec documents: what the store holds is kept where the schema has a
/// field for it, every documented field missing gets a value of its type (null where nullable, the first value of
/// an enum, the current time for a date-time), and fields the schema does not document are dropped.
class ResponseShape
{
public:
    /// `result` shaped by the `result` schema of `operation`'s 200 answer; `now` in ISO 8601 with milliseconds.
    static QJsonValue result(const ApiOperation& operation, const QJsonValue& result, const QString& now);
    /// `value` shaped by `schema`, whose `$ref`s point into `definitions`.
    static QJsonValue shape(const QJsonValue& value, const QJsonObject& schema, const QJsonObject& definitions,
                            const QString& now);
};

} // namespace monime
