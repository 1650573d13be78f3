// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace monime {

/// Bounds on what one request may weigh; anything larger is refused before it is buffered whole.
struct HttpLimits
{
    int maxRequestLine = 8 * 1024; ///< method + target + version; beyond: 414
    int maxHeaderBytes = 16 * 1024; ///< request line and all headers; beyond: 431
    int maxHeaders = 64; ///< beyond: 431
    qint64 maxBodyBytes = 1024 * 1024; ///< Content-Length above this: 413
};

/// One parsed HTTP/1.x request. Header names are lowercased; values have surrounding whitespace removed.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< in origin form, e.g. "/v1/payments?limit=5" (an absolute-form target is reduced to it)
    QByteArray path; ///< the target up to '?'
    QByteArray query; ///< after '?', may be empty
    int minorVersion = 1; ///< HTTP/1.0 or HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray host; ///< the authority of an absolute-form target, else the Host header (may be empty for HTTP/1.0)
    QByteArray body;
    bool keepAlive = true; ///< HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"

    /// The first header with this lowercase name, or a null QByteArray.
    QByteArray header(QByteArrayView lowercaseName) const;
    bool hasHeader(QByteArrayView lowercaseName) const;
};

/// What went wrong with a request that cannot be answered normally; the connection is closed after it.
struct HttpParseError
{
    int status = 400; ///< 400, 413, 414, 417, 431, 501 or 505
    QByteArray reason; ///< machine code for the error envelope, e.g. "malformed_request"
    QByteArray message; ///< English detail for the error envelope
};

/// A strict, incremental HTTP/1.1 request parser (RFC 9112 subset: origin-form and absolute-form `http://`
/// targets, Content-Length bodies, no chunked uploads, no obsolete line folding; `Host` required in HTTP/1.1 and
/// never twice; `Expect` only `100-continue`). Pure: bytes in, a request or an error out, so it can be fuzzed.
/// Accepts CRLF line ends, and bare LF as RFC 9112 §2.2 allows.
class HttpRequestParser
{
public:
    /// ExpectContinue: the head is complete and valid, the body has not all arrived, and the client waits for
    /// `100 Continue` before sending it (RFC 9110 §10.1.1). Otherwise the same as NeedMore.
    enum class Status { NeedMore, ExpectContinue, Complete, Failed };

    explicit HttpRequestParser(HttpLimits limits = {})
        : m_limits(limits)
    { }

    /// Looks for one whole request at the start of `buffer`. On Complete, `request` is filled and
    /// `consumed` says how many bytes it took (the caller removes them; pipelined requests may follow).
    /// On Failed, `error` says which status to answer with.
    Status parse(QByteArrayView buffer, HttpRequest& request, qsizetype& consumed, HttpParseError& error) const;

    const HttpLimits& limits() const { return m_limits; }

    static bool isTokenChar(char c);
    /// RFC 9110 §7.2: uri-host [ ":" port ], where uri-host is an IP-literal in brackets or a reg-name.
    static bool isValidHost(QByteArrayView host);

private:
    HttpLimits m_limits;
};

} // namespace monime
