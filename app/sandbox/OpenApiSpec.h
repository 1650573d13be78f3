// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace monime {

/// One parameter of an operation, as the OpenAPI document declares it.
struct ApiParameter
{
    enum class In { Path, Query, Header };
    QString name; ///< as documented, e.g. "Monime-Space-Id", "limit"
    QByteArray lowerName; ///< header names are matched case-insensitively
    In in = In::Query;
    bool required = false;
    QJsonObject schema; ///< draft-7 JSON Schema
};

/// One operation of Monime's OpenAPI document (46 in caph.2025-08-23).
struct ApiOperation
{
    QString id; ///< operationId, e.g. "CreateInternalTransfer"
    QByteArray method; ///< "GET", "POST", "PATCH", "DELETE"
    QString path; ///< template, e.g. "/v1/internal-transfers/{id}"
    QStringList segments; ///< the path's segments after the leading '/'
    QList<QByteArray> literals; ///< per segment: its bytes, or empty for a {parameter}
    QString resource; ///< the first segment after /v1/, e.g. "internal-transfers": the catalog's service
    QList<ApiParameter> parameters;
    QJsonObject requestBody; ///< empty when the operation takes no body
    QJsonObject response; ///< the 200 envelope's schema, with the definitions it uses
    bool needsSpace = false; ///< declares Monime-Space-Id
    bool needsIdempotencyKey = false; ///< declares Idempotency-Key
    bool isList = false; ///< answers a page: result is an array plus pagination
    int index = 0; ///< position in the document

    bool takesBody() const { return !requestBody.isEmpty(); }
    /// The catalog permission the operation needs: "<resource>:read" for GET, else "<resource>:write".
    QString permission() const;
    /// The value of the path parameter `name` in `values` (as returned by OpenApiSpec::match).
    QString pathValue(const QStringList& values, QStringView name) const;
};

/// Monime's OpenAPI document, converted at build time (resources/openapi/openapi_to_sandbox.py) and compiled
/// into the program: the sandbox's routes, parameters and schemas come from here, never retyped.
class OpenApiSpec
{
    Q_DECLARE_TR_FUNCTIONS(monime::OpenApiSpec)

public:
    /// What a request's method and path lead to.
    struct Match
    {
        const ApiOperation* operation = nullptr; ///< nullptr: no operation (see pathKnown)
        QStringList pathValues; ///< the values of the path's {parameters}, percent-decoded, in order
        bool pathKnown = false; ///< the path exists with other methods: answer 405 with `allow`
        QByteArray allow; ///< e.g. "GET, HEAD, POST"
    };

    /// Reads the converted document (by default the one compiled in).
    static Result<OpenApiSpec> load(const QString& path = QStringLiteral(":/monime/openapi/sandbox-spec.json"));
    /// The compiled-in document, loaded once; the program stops if it is unreadable (a build error).
    static const OpenApiSpec& builtIn();

    Match match(QByteArrayView method, QByteArrayView path) const;
    const QList<ApiOperation>& operations() const { return m_operations; }
    const ApiOperation* operation(const QString& id) const;
    QString source() const { return m_source; }

private:
    QList<ApiOperation> m_operations;
    QHash<QString, int> m_byId;
    QString m_source;
};

} // namespace monime
