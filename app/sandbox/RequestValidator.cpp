// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RequestValidator.h"

#include "sandbox/HttpRequestParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace monime {

namespace {

QString schemaType(const QJsonObject& schema)
{
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isArray())
        return type.toArray().first().toString();
    return type.toString();
}

/// A query or path text as the type its schema declares; nullopt when it is not one (`abc` for an integer).
std::optional<QJsonValue> typed(const QString& raw, const QString& type)
{
    if (type == QLatin1String("integer")) {
        static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,15}$"));
        if (!integer.match(raw).hasMatch())
            return std::nullopt;
        return QJsonValue(raw.toLongLong());
    }
    if (type == QLatin1String("number")) {
        bool ok = false;
        const double d = raw.toDouble(&ok);
        return ok ? std::optional<QJsonValue>(QJsonValue(d)) : std::nullopt;
    }
    if (type == QLatin1String("boolean")) {
        if (raw == QLatin1String("true"))
            return QJsonValue(true);
        if (raw == QLatin1String("false"))
            return QJsonValue(false);
        return std::nullopt;
    }
    return QJsonValue(raw);
}

QString where(ApiParameter::In in)
{
    switch (in) {
    case ApiParameter::In::Path:
        return QStringLiteral("/path/");
    case ApiParameter::In::Header:
        return QStringLiteral("/header/");
    case ApiParameter::In::Query:
        break;
    }
    return QStringLiteral("/query/");
}

} // namespace

RequestValidator::RequestValidator(const OpenApiSpec& spec)
    : m_spec(spec)
{ }

RequestValidator::~RequestValidator() = default;

const SchemaValidator& RequestValidator::compiled(const QString& key, const QJsonObject& schema) const
{
    auto it = m_schemas.constFind(key);
    if (it == m_schemas.constEnd())
        it = m_schemas.insert(key, std::make_shared<SchemaValidator>(schema));
    return **it;
}

const SchemaValidator& RequestValidator::response(const ApiOperation& operation) const
{
    return compiled(operation.id + QLatin1String("|response"), operation.response);
}

void RequestValidator::checkParameter(const ApiOperation& operation, const ApiParameter& parameter, const QString& raw,
                                      bool present, QJsonObject* typedOut, QList<ValidationDetail>& details) const
{
    Q_UNUSED(operation);
    if (!present) {
        if (parameter.required)
            details.append(
                { where(parameter.in) + parameter.name,
                  tr("required: this %1 parameter must be sent").arg(where(parameter.in).mid(1).chopped(1)) });
        return;
    }
    const QString type = schemaType(parameter.schema);
    const auto value = typed(raw, type);
    if (!value) {
        details.append(
            { where(parameter.in) + parameter.name, tr("a value of type %1, not \"%2\"").arg(type, raw.left(64)) });
        return;
    }
    ParameterCheck& check = m_parameters[&parameter];
    if (!check.accepted.contains(raw)) {
        if (!check.validator)
            check.validator = std::make_shared<SchemaValidator>(parameter.schema);
        const QList<ValidationDetail> found = check.validator->validate(*value, where(parameter.in) + parameter.name);
        if (!found.isEmpty()) {
            details.append(found);
            return;
        }
        if (check.accepted.size() >= 64)
            check.accepted.clear();
        check.accepted.insert(raw);
    }
    if (typedOut)
        typedOut->insert(parameter.name, *value);
}

QList<ValidationDetail> RequestValidator::validate(const ApiOperation& operation, const HttpRequest& request,
                                                   const QStringList& pathValues, ValidRequest& out) const
{
    QList<ValidationDetail> details;
    out.pathValues = pathValues;
    const QUrlQuery query = request.query.isEmpty() ? QUrlQuery() : QUrlQuery(QString::fromUtf8(request.query));
    int pathIndex = 0;
    for (const ApiParameter& parameter : operation.parameters) {
        switch (parameter.in) {
        case ApiParameter::In::Path:
            checkParameter(operation, parameter, pathValues.value(pathIndex), pathIndex < pathValues.size(), nullptr,
                           details);
            ++pathIndex;
            break;
        case ApiParameter::In::Query: {
            const bool present = !request.query.isEmpty() && query.hasQueryItem(parameter.name);
            checkParameter(operation, parameter, query.queryItemValue(parameter.name, QUrl::FullyDecoded), present,
                           &out.query, details);
            break;
        }
        case ApiParameter::In::Header: {
            const QByteArray value = request.header(parameter.lowerName);
            checkParameter(operation, parameter, QString::fromUtf8(value), !value.isNull(), nullptr, details);
            break;
        }
        }
    }
    if (!operation.takesBody())
        return details;

    const QByteArray contentType = request.header("content-type").trimmed().toLower();
    const bool json = contentType == "application/json" || contentType.startsWith("application/json;");
    if (!json) {
        details.append({ QStringLiteral("/header/Content-Type"),
                         tr("application/json (the body is a JSON object), not \"%1\"")
                             .arg(QString::fromUtf8(contentType.left(64))) });
        return details;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (request.body.trimmed().isEmpty()) {
        details.append({ QStringLiteral("/body"), tr("a JSON object; the body is empty") });
        return details;
    }
    if (parseError.error != QJsonParseError::NoError) {
        details.append({ QStringLiteral("/body"),
                         tr("valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset) });
        return details;
    }
    if (!doc.isObject()) {
        details.append({ QStringLiteral("/body"), tr("a JSON object") });
        return details;
    }
    out.body = doc.object();
    details.append(compiled(operation.id + QLatin1String("|body"), operation.requestBody)
                       .validate(out.body, QStringLiteral("/body")));
    return details;
}

} // namespace monime
