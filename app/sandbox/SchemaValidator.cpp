// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/SchemaValidator.h"

// GCC 12 at -O1 with ASan reports -Wmaybe-uninitialized inside libstdc++'s std::regex, which valijson uses for
// `pattern`: a known false positive in the standard library, silenced for these headers only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include <exception>

namespace monime {

namespace {

/// valijson's context ("<root>", "[amount]", "[0]") as a JSON pointer (RFC 6901).
QString pointerOf(const std::vector<std::string>& context)
{
    QString pointer;
    for (const std::string& part : context) {
        if (part == "<root>")
            continue;
        QString key = QString::fromStdString(part);
        if (key.startsWith(QLatin1Char('[')) && key.endsWith(QLatin1Char(']')))
            key = key.mid(1, key.size() - 2);
        if (key.startsWith(QLatin1Char('"')) && key.endsWith(QLatin1Char('"')) && key.size() >= 2)
            key = key.mid(1, key.size() - 2);
        key.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
        pointer += QLatin1Char('/') + key;
    }
    return pointer;
}

} // namespace

SchemaValidator::SchemaValidator(const QJsonObject& schema)
{
    try {
        auto compiled = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::QtJsonAdapter adapter { QJsonValue(schema) };
        parser.populateSchema(adapter, *compiled);
        m_schema = std::move(compiled);
        m_validator = std::make_unique<valijson::Validator>(valijson::Validator::kStrongTypes);
    } catch (const std::exception& e) {
        m_compileError = QString::fromUtf8(e.what());
    }
}

SchemaValidator::~SchemaValidator() = default;

QList<ValidationDetail> SchemaValidator::validate(const QJsonValue& value, const QString& prefix) const
{
    QList<ValidationDetail> details;
    if (!m_schema) {
        details.append({ prefix, QStringLiteral("a schema that compiles: ") + m_compileError });
        return details;
    }
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(value);
    if (m_validator->validate(*m_schema, target, &results))
        return details;
    // valijson reports a failing leaf and then every parent that failed because of it; keep the leaves, unless a
    // node's only error is its own (then it is the leaf).
    QList<ValidationDetail> all;
    for (const valijson::ValidationResults::Error& e : results)
        all.append({ prefix + pointerOf(e.context), QString::fromStdString(e.description) });
    for (const ValidationDetail& d : all) {
        const bool parentSummary = d.expected.startsWith(QLatin1String("Failed to validate"));
        bool hasDeeper = false;
        for (const ValidationDetail& other : all) {
            if (other.pointer.size() > d.pointer.size() && other.pointer.startsWith(d.pointer + QLatin1Char('/'))) {
                hasDeeper = true;
                break;
            }
        }
        if (parentSummary && hasDeeper)
            continue;
        bool duplicate = false;
        for (const ValidationDetail& kept : details)
            duplicate = duplicate || (kept.pointer == d.pointer && kept.expected == d.expected);
        if (!duplicate)
            details.append(d);
    }
    return details;
}

} // namespace monime
