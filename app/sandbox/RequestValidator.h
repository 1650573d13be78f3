// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/OpenApiSpec.h"
#include "sandbox/SchemaValidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <memory>

namespace monime {

struct HttpRequest;

/// A request checked against its operation: what the handlers may rely on.
struct ValidRequest
{
    QJsonObject query; ///< the declared query parameters present, typed as the spec says (limit is a number)
    QJsonObject body; ///< the JSON body; empty when the operation takes none
    QStringList pathValues;
};

/// Checks every part of a request — path, query, headers, body — against the operation's schemas with valijson.
/// Each failure becomes a detail naming the field by JSON pointer ("/query/limit", "/header/Idempotency-Key",
/// "/body/amount/value") and what was expected there.
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(monime::RequestValidator)

public:
    explicit RequestValidator(const OpenApiSpec& spec);
    ~RequestValidator();

    QList<ValidationDetail> validate(const ApiOperation& operation, const HttpRequest& request,
                                     const QStringList& pathValues, ValidRequest& out) const;
    /// The compiled schema of the operation's 200 answer (the tests check every answer against it).
    const SchemaValidator& response(const ApiOperation& operation) const;

private:
    const SchemaValidator& compiled(const QString& key, const QJsonObject& schema) const;
    void checkParameter(const ApiOperation& operation, const ApiParameter& parameter, const QString& raw, bool present,
                        QJsonObject* typed, QList<ValidationDetail>& details) const;

    /// A parameter's compiled schema and the values it accepted lately: checking is pure, and a client sends the
    /// same Space id and version again and again.
    struct ParameterCheck
    {
        std::shared_ptr<SchemaValidator> validator;
        QSet<QString> accepted;
    };

    const OpenApiSpec& m_spec;
    mutable QHash<QString, std::shared_ptr<SchemaValidator>> m_schemas;
    mutable QHash<const ApiParameter*, ParameterCheck> m_parameters;
};

} // namespace monime
