// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace monime {

/// A failure a person can act on: a stable machine code, the field or part at fault, and a
/// translated message that says what happened and what to do next.
struct Error
{
    QString code; ///< stable, e.g. "invalid_name", "keychain_locked"
    QString field; ///< the form field or part at fault ("name", "expiry", "keychain", "database"); may be empty
    QString message; ///< translated, complete sentence(s)

    QString describe() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
};

/// Value-or-error result for core operations. No exceptions cross Qt code.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(QString code, QString field, QString message)
{
    return Error { std::move(code), std::move(field), std::move(message) };
}

} // namespace monime
