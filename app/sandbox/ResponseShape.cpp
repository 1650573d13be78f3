// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ResponseShape.h"

#include "sandbox/OpenApiSpec.h"

#include <QJsonArray>

namespace monime {

namespace {

struct Shaper
{
    const QJsonObject& definitions;
    const QString& now;
    QStringList refs; ///< the $refs being expanded: a schema that contains itself stops at its second level

    static bool allows(const QJsonObject& schema, QLatin1String type)
    {
        const QJsonValue t = schema.value(QLatin1String("type"));
        return t.isArray() ? t.toArray().contains(QJsonValue(QString(type))) : t.toString() == type;
    }
    static QString mainType(const QJsonObject& schema)
    {
        const QJsonValue t = schema.value(QLatin1String("type"));
        return t.isArray() ? t.toArray().first().toString() : t.toString();
    }

    QJsonValue shape(const QJsonValue& value, const QJsonObject& schema)
    {
        if (schema.contains(QLatin1String("$ref"))) {
            const QString name = schema.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1);
            if (refs.contains(name))
                return value.isObject() ? value : QJsonObject();
            refs.append(name);
            const QJsonValue shaped = shape(value, definitions.value(name).toObject());
            refs.removeLast();
            return shaped;
        }
        if (schema.contains(QLatin1String("anyOf"))) { // OpenAPI's nullable $ref
            if (value.isNull() || value.isUndefined())
                return QJsonValue::Null;
            return shape(value, schema.value(QLatin1String("anyOf")).toArray().first().toObject());
        }
        const bool nullable = allows(schema, QLatin1String("null"));
        if (value.isNull() && nullable)
            return QJsonValue::Null;
        if (schema.contains(QLatin1String("oneOf")))
            return value.isObject() ? value : QJsonValue(QJsonObject());
        const QString type = mainType(schema);
        if (type == QLatin1String("object") || schema.contains(QLatin1String("properties"))) {
            if (value.isUndefined() && nullable)
                return QJsonValue::Null;
            const QJsonObject in = value.toObject();
            if (!schema.contains(QLatin1String("properties")))
                return in; // free-form (metadata, headers)
            QJsonObject out;
            const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
            for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
                out.insert(it.key(), shape(in.value(it.key()), it.value().toObject()));
            return out;
        }
        if (type == QLatin1String("array")) {
            if (!value.isArray())
                return nullable && value.isUndefined() ? QJsonValue::Null : QJsonValue(QJsonArray());
            QJsonArray out;
            const QJsonObject items = schema.value(QLatin1String("items")).toObject();
            for (const QJsonValue& item : value.toArray())
                out.append(shape(item, items));
            return out;
        }
        const bool fits = (type == QLatin1String("string") && value.isString())
            || ((type == QLatin1String("integer") || type == QLatin1String("number")) && value.isDouble())
            || (type == QLatin1String("boolean") && value.isBool()) || type.isEmpty();
        if (fits && !value.isUndefined())
            return value;
        if (nullable)
            return QJsonValue::Null;
        const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
        if (!enumValues.isEmpty())
            return enumValues.first();
        if (schema.contains(QLatin1String("default")))
            return schema.value(QLatin1String("default"));
        if (type == QLatin1String("string"))
            return schema.value(QLatin1String("format")).toString() == QLatin1String("date-time")
                ? QJsonValue(now)
                : QJsonValue(QString());
        if (type == QLatin1String("integer") || type == QLatin1String("number"))
            return 0;
        if (type == QLatin1String("boolean"))
            return false;
        return QJsonValue::Null;
    }
};

} // namespace

QJsonValue ResponseShape::shape(const QJsonValue& value, const QJsonObject& schema, const QJsonObject& definitions,
                                const QString& now)
{
    Shaper shaper { definitions, now, {} };
    return shaper.shape(value, schema);
}

QJsonValue ResponseShape::result(const ApiOperation& operation, const QJsonValue& result, const QString& now)
{
    const QJsonObject schema
        = operation.response.value(QLatin1String("properties")).toObject().value(QLatin1String("result")).toObject();
    return shape(result, schema, operation.response.value(QLatin1String("definitions")).toObject(), now);
}

} // namespace monime
