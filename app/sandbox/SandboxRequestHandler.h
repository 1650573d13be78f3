// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/SandboxResponse.h"

#include <QByteArrayView>
#include <QLatin1String>
#include <QString>

namespace monime {

struct HttpRequest;
struct IpAddress;

/// Who asked, and what the sandbox learnt about the request: the usage row is made from it.
struct RequestFacts
{
    QString tokenId;
    QString spaceId;
    QString environment;
    QString reason; ///< error.reason of a failed request
};

/// The seam between SandboxServer's connection handling (sockets, limits, HttpRequestParser) and an API:
/// Monime's (SandboxApi) or Monite's emulation (MoniteApi). Called on the server's thread, one request at a time.
class SandboxRequestHandler
{
public:
    virtual ~SandboxRequestHandler() = default;

    /// The answer to one whole, well-formed request.
    virtual HttpResponse handle(const HttpRequest& request, const IpAddress& caller, RequestFacts& facts) = 0;
    /// An answer the server makes itself (malformed request, busy, timeout), in this API's error shape.
    virtual HttpResponse serverError(int status, QLatin1String reason, const QString& message) const = 0;
    /// The header that carries each answer's request id (`Monime-Request-Id`, `x-request-id`).
    virtual QByteArrayView requestIdHeader() const = 0;
};

} // namespace monime
