// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SchemaValidator.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QPair>

namespace monime {

using HttpHeader = QPair<QByteArray, QByteArray>;

/// An answer before it is put on the wire. `Monime-Request-Id`, `Content-Length` and `Connection` are added
/// by the server.
struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QList<HttpHeader> headers;
};

/// Monime's envelopes, written with the one JSON escaper (core/JsonText).
namespace envelope {

/// {success:false, messages:[], error:{code, reason, message, details}}; `details` names each field at fault by
/// JSON pointer and says what was expected there.
HttpResponse error(int status, QLatin1String reason, const QString& message,
                   const QList<ValidationDetail>& details = {});
/// {success:true, messages:[], result:…[, pagination:…]}.
QByteArray success(const QByteArray& resultJson, const QByteArray& pagination = {});
HttpResponse ok(const QJsonValue& result);
/// A page: result is the array, pagination {count, next}.
HttpResponse page(const QList<QJsonObject>& items, const QString& next);
QByteArray compact(const QJsonValue& value);
/// ISO 8601 UTC with milliseconds ("2026-12-07T04:50:00.123Z"); the last one is kept (a request needs it twice).
QString isoTime(const QDateTime& time);

} // namespace envelope

} // namespace monime
