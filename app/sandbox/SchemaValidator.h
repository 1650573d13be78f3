// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace valijson {
class Schema;
class Validator;
} // namespace valijson

namespace monime {

/// One way a value breaks its schema: where (a JSON pointer) and what was expected there.
struct ValidationDetail
{
    QString pointer; ///< e.g. "/body/amount/value", "/query/limit", "/header/Monime-Space-Id"
    QString expected; ///< e.g. "Value type not permitted by 'type' constraint."
};

/// A draft-7 JSON Schema compiled once by valijson (a maintained validator, not a hand-written one), then used to
/// check any number of values. Not copyable; cheap to keep per operation.
class SchemaValidator
{
public:
    /// Compiles `schema`; `isValid()` tells whether valijson accepted it.
    explicit SchemaValidator(const QJsonObject& schema);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    bool isValid() const { return m_schema != nullptr; }
    QString compileError() const { return m_compileError; }

    /// The ways `value` breaks the schema, leaf errors first, each pointer prefixed by `prefix`; empty when valid.
    QList<ValidationDetail> validate(const QJsonValue& value, const QString& prefix = {}) const;

private:
    std::unique_ptr<valijson::Schema> m_schema;
    /// Kept: it caches the compiled regular expressions of `pattern` constraints (one std::regex each).
    std::unique_ptr<valijson::Validator> m_validator;
    QString m_compileError;
};

} // namespace monime
