// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace monime {

/// What Monite put in an error answer, in every shape the notes list: `{"error":{"message"}}`,
/// `{"error":{"type":"missing_api_version",…}}` and 422 `{"detail":[{"loc","msg","type"}]}`.
struct MoniteErrorBody
{
    QString message; ///< error.message, or the 422 details joined
    QString type; ///< error.type ("missing_api_version"), or the first detail's type
    QStringList locations; ///< 422: each detail's `loc` joined by '.', "body." dropped ("client_id")
    QStringList details; ///< 422: "loc: msg" each
    bool json = false; ///< the body was a JSON object

    static MoniteErrorBody parse(const QByteArray& body);
};

/// Turns a Monite error answer into an Error with its own plain, translated message that says what to do; the
/// `x-request-id` is kept in it for support. Codes: monite_missing_api_version, monite_token_invalid,
/// monite_bad_request, monite_unauthorized, monite_forbidden, monite_not_found, monite_method_not_allowed,
/// monite_validation, monite_rate_limited, monite_server_error, monite_http_error.
class MoniteApiError
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteApiError)

public:
    /// `action` is what was being done, in words ("get a token", "revoke the token", "read /entity_users/me").
    /// `retryAfter` is the Retry-After header, if any.
    static Error fromHttp(int status, const QByteArray& body, const QString& requestId, const QString& action,
                          const QString& retryAfter = {});
    /// The form field a 422 location points at (clientId, clientSecret, entityUser, grantType), or "server".
    static QString fieldOf(const QStringList& locations);
    /// " (x-request-id …: quote it to Monite support)" or empty.
    static QString requestIdNote(const QString& requestId);
};

} // namespace monime
