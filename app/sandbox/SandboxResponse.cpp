// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SandboxResponse.h"

#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace monime::envelope {

HttpResponse error(int status, QLatin1String reason, const QString& message, const QList<ValidationDetail>& details)
{
    HttpResponse r;
    r.status = status;
    QByteArray& b = r.body;
    b.reserve(160 + message.size() + 96 * details.size());
    b += R"({"success":false,"messages":[],"error":{"code":)";
    b += QByteArray::number(status);
    b += R"(,"reason":)";
    json::appendString(b, QString(reason));
    b += R"(,"message":)";
    json::appendString(b, message);
    b += R"(,"details":[)";
    for (qsizetype i = 0; i < details.size(); ++i) {
        if (i > 0)
            b += ',';
        b += R"({"pointer":)";
        json::appendString(b, details.at(i).pointer);
        b += R"(,"expected":)";
        json::appendString(b, details.at(i).expected);
        b += '}';
    }
    b += "]}}";
    return r;
}

QByteArray success(const QByteArray& resultJson, const QByteArray& pagination)
{
    QByteArray out;
    out.reserve(resultJson.size() + 64);
    out += R"({"success":true,"messages":[],"result":)";
    out += resultJson;
    if (!pagination.isEmpty()) {
        out += R"(,"pagination":)";
        out += pagination;
    }
    out += '}';
    return out;
}

QByteArray compact(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar: wrap it in an array and take the element's text.
    QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QString isoTime(const QDateTime& time)
{
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms != lastMs) {
        lastMs = ms;
        lastText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return lastText;
}

HttpResponse ok(const QJsonValue& result)
{
    return HttpResponse { 200, success(compact(result)), {} };
}

HttpResponse page(const QList<QJsonObject>& items, const QString& next)
{
    QByteArray array = "[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            array += ',';
        array += compact(items.at(i));
    }
    array += ']';
    QByteArray pagination = R"({"count":)" + QByteArray::number(items.size()) + R"(,"next":)";
    if (next.isEmpty())
        pagination += "null";
    else
        json::appendString(pagination, next);
    pagination += '}';
    return HttpResponse { 200, success(array, pagination), {} };
}

} // namespace monime::envelope
