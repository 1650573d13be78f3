// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/OpenApiSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace monime {

QString ApiOperation::permission() const
{
    return resource + (method == "GET" ? QLatin1String(":read") : QLatin1String(":write"));
}

QString ApiOperation::pathValue(const QStringList& values, QStringView name) const
{
    int n = 0;
    for (const QString& segment : segments) {
        if (!segment.startsWith(QLatin1Char('{')))
            continue;
        if (QStringView(segment).sliced(1, segment.size() - 2) == name)
            return values.value(n);
        ++n;
    }
    return {};
}

Result<OpenApiSpec> OpenApiSpec::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("spec_unreadable"), QStringLiteral("openapi"),
                       tr("Cannot read the OpenAPI document %1: %2").arg(path, file.errorString()) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error { QStringLiteral("spec_invalid"), QStringLiteral("openapi"),
                       tr("The OpenAPI document %1 is not valid JSON: %2").arg(path, parseError.errorString()) };
    OpenApiSpec spec;
    spec.m_source = doc.object().value(QLatin1String("source")).toString();
    const QJsonArray operations = doc.object().value(QLatin1String("operations")).toArray();
    for (const QJsonValue& value : operations) {
        const QJsonObject o = value.toObject();
        ApiOperation op;
        op.id = o.value(QLatin1String("operationId")).toString();
        op.method = o.value(QLatin1String("method")).toString().toLatin1();
        op.path = o.value(QLatin1String("path")).toString();
        op.segments = op.path.mid(1).split(QLatin1Char('/'));
        op.resource = op.segments.value(1);
        for (const QString& segment : std::as_const(op.segments))
            op.literals.append(segment.startsWith(QLatin1Char('{')) ? QByteArray() : segment.toUtf8());
        op.requestBody = o.value(QLatin1String("requestBody")).toObject();
        op.response = o.value(QLatin1String("response")).toObject();
        op.isList = op.response.value(QLatin1String("properties")).toObject().contains(QLatin1String("pagination"));
        op.index = int(spec.m_operations.size());
        for (const QJsonValue& p : o.value(QLatin1String("parameters")).toArray()) {
            const QJsonObject po = p.toObject();
            ApiParameter parameter;
            parameter.name = po.value(QLatin1String("name")).toString();
            parameter.lowerName = parameter.name.toLower().toLatin1();
            const QString in = po.value(QLatin1String("in")).toString();
            parameter.in = in == QLatin1String("path") ? ApiParameter::In::Path
                : in == QLatin1String("header")        ? ApiParameter::In::Header
                                                       : ApiParameter::In::Query;
            parameter.required = po.value(QLatin1String("required")).toBool();
            parameter.schema = po.value(QLatin1String("schema")).toObject();
            if (parameter.lowerName == "monime-space-id")
                op.needsSpace = true;
            if (parameter.lowerName == "idempotency-key")
                op.needsIdempotencyKey = true;
            op.parameters.append(parameter);
        }
        spec.m_byId.insert(op.id, op.index);
        spec.m_operations.append(op);
    }
    if (spec.m_operations.isEmpty())
        return Error { QStringLiteral("spec_invalid"), QStringLiteral("openapi"),
                       tr("The OpenAPI document %1 has no operations.").arg(path) };
    return spec;
}

const OpenApiSpec& OpenApiSpec::builtIn()
{
    static const OpenApiSpec spec = [] {
        auto loaded = load();
        if (!loaded.ok())
            qFatal("%s", qPrintable(loaded.error().message));
        return std::move(loaded).value();
    }();
    return spec;
}

const ApiOperation* OpenApiSpec::operation(const QString& id) const
{
    auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_operations.at(*it);
}

OpenApiSpec::Match OpenApiSpec::match(QByteArrayView method, QByteArrayView path) const
{
    Match result;
    QByteArrayView trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith('/'))
        trimmed.chop(1);
    if (!trimmed.startsWith('/'))
        return result;
    // Split without allocating: the paths have at most four segments.
    constexpr int kMaxSegments = 8;
    QByteArrayView parts[kMaxSegments];
    int count = 0;
    QByteArrayView rest = trimmed.sliced(1);
    for (;;) {
        if (count == kMaxSegments)
            return result;
        const qsizetype slash = rest.indexOf('/');
        parts[count++] = slash < 0 ? rest : rest.first(slash);
        if (slash < 0)
            break;
        rest = rest.sliced(slash + 1);
    }
    QList<QByteArray> allowed;
    const bool head = method == "HEAD";
    int bestLiterals = -1;
    for (const ApiOperation& op : m_operations) {
        if (op.literals.size() != count)
            continue;
        int literals = 0;
        bool fits = true;
        for (int i = 0; i < count && fits; ++i) {
            const QByteArray& literal = op.literals.at(i);
            if (literal.isEmpty())
                fits = !parts[i].isEmpty();
            else if (parts[i] == literal)
                ++literals;
            else
                fits = false;
        }
        if (!fits)
            continue;
        // A literal segment beats a template one; the methods of the best-matching path are the ones allowed.
        if (literals > bestLiterals) {
            bestLiterals = literals;
            allowed.clear();
            result = Match {};
        } else if (literals < bestLiterals) {
            continue;
        }
        result.pathKnown = true;
        allowed.append(op.method);
        if (op.method == method || (head && op.method == "GET")) {
            result.operation = &op;
            result.pathValues.clear();
            for (int i = 0; i < count; ++i) {
                if (op.literals.at(i).isEmpty())
                    result.pathValues.append(QUrl::fromPercentEncoding(parts[i].toByteArray()));
            }
        }
    }
    if (result.pathKnown && !result.operation) { // Allow is only needed for a 405
        if (allowed.contains("GET"))
            allowed.append("HEAD");
        std::sort(allowed.begin(), allowed.end());
        result.allow = allowed.join(", ");
    }
    return result;
}

} // namespace monime
