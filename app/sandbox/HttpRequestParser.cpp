// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/HttpRequestParser.h"

#include <cstring>

namespace monime {

namespace {

HttpRequestParser::Status fail(HttpParseError& error, int status, const char* reason, const char* message)
{
    error = HttpParseError { status, QByteArray(reason), QByteArray(message) };
    return HttpRequestParser::Status::Failed;
}

bool isFieldValueChar(unsigned char c)
{
    return c == '\t' || (c >= 0x20 && c != 0x7f);
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

bool containsToken(QByteArrayView list, QByteArrayView token)
{
    // A comma-separated header such as "Connection: keep-alive, Upgrade", compared case-insensitively.
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        if (trimmed(list.sliced(start, end - start)).compare(token, Qt::CaseInsensitive) == 0)
            return true;
        start = end + 1;
    }
    return false;
}

qsizetype findLf(QByteArrayView buffer, qsizetype from)
{
    if (from >= buffer.size())
        return -1;
    const void* at = std::memchr(buffer.data() + from, '\n', size_t(buffer.size() - from));
    return at ? static_cast<const char*>(at) - buffer.data() : -1;
}

bool isUnreservedOrSubDelim(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case '%': // pct-encoded; the two hex digits are checked by the caller's character rules only
        return true;
    default:
        return false;
    }
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

bool HttpRequestParser::isValidHost(QByteArrayView host)
{
    if (host.isEmpty())
        return true; // RFC 9112 §3.2: an empty Host when the target URI has no authority
    QByteArrayView name = host;
    QByteArrayView port;
    if (host.front() == '[') {
        const qsizetype close = host.indexOf(']');
        if (close < 2)
            return false;
        for (char c : host.sliced(1, close - 1))
            if (!isHexDigit(c) && c != ':' && c != '.')
                return false;
        const QByteArrayView rest = host.sliced(close + 1);
        if (!rest.isEmpty() && rest.front() != ':')
            return false;
        port = rest.isEmpty() ? QByteArrayView() : rest.sliced(1);
        name = {};
    } else {
        const qsizetype colon = host.indexOf(':');
        if (colon >= 0) {
            name = host.first(colon);
            port = host.sliced(colon + 1);
        }
        if (name.isEmpty())
            return false;
        for (qsizetype i = 0; i < name.size(); ++i) {
            const char c = name.at(i);
            if (!isUnreservedOrSubDelim(c))
                return false;
            if (c == '%' && (i + 2 >= name.size() || !isHexDigit(name.at(i + 1)) || !isHexDigit(name.at(i + 2))))
                return false;
        }
    }
    if (port.size() > 5)
        return false;
    for (char c : port)
        if (c < '0' || c > '9')
            return false;
    return true;
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto& h : headers)
        if (h.first == name)
            return h.second;
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& h : headers)
        if (h.first == name)
            return true;
    return false;
}

bool HttpRequestParser::isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArrayView buffer, HttpRequest& request, qsizetype& consumed,
                                                   HttpParseError& error) const
{
    // Tolerate empty lines before the request line (RFC 9112 §2.2).
    qsizetype pos = 0;
    while (pos < buffer.size() && (buffer.at(pos) == '\r' || buffer.at(pos) == '\n'))
        ++pos;
    if (pos > 64) // a few are tolerated; an endless stream of them must not grow the buffer
        return fail(error, 400, "malformed_request",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                      "Too many empty lines before the request line. Send the request line first."));
    if (pos >= buffer.size())
        return Status::NeedMore;

    const qsizetype lineEnd = findLf(buffer, pos);
    if (lineEnd < 0) {
        if (buffer.size() - pos > m_limits.maxRequestLine)
            return fail(error, 414, "uri_too_long",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                          "The request line is too long. Shorten the path and query."));
        return Status::NeedMore;
    }
    if (lineEnd - pos > m_limits.maxRequestLine)
        return fail(error, 414, "uri_too_long",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                      "The request line is too long. Shorten the path and query."));
    QByteArrayView line(buffer.constData() + pos, lineEnd - pos);
    if (line.endsWith('\r'))
        line.chop(1);

    // method SP request-target SP HTTP-version, exactly one space each.
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || sp2 == sp1 + 1 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(
            error, 400, "malformed_request",
            QT_TRANSLATE_NOOP("monime::HttpRequestParser", "The request line is not \"METHOD /path HTTP/1.1\"."));
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    for (char c : method)
        if (!isTokenChar(c))
            return fail(error, 400, "malformed_request",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser", "The request method is not a valid token."));
    for (char c : target)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f || c == '#')
            return fail(
                error, 400, "malformed_request",
                QT_TRANSLATE_NOOP("monime::HttpRequestParser", "The request target contains characters not allowed."));
    if (version.size() != 8 || !version.startsWith("HTTP/") || version.at(6) != '.' || version.at(5) < '0'
        || version.at(5) > '9' || version.at(7) < '0' || version.at(7) > '9')
        return fail(error, 400, "malformed_request",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser", "The HTTP version is malformed."));
    if (version.at(5) != '1')
        return fail(error, 505, "http_version_not_supported",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser", "Only HTTP/1.0 and HTTP/1.1 are supported."));

    HttpRequest r;
    QByteArrayView originForm = target;
    QByteArrayView authority;
    bool absoluteForm = false;
    if (target.front() != '/') {
        // absolute-form (RFC 9112 §3.2.2): http://authority[/path][?query]; the authority replaces Host.
        constexpr QByteArrayView scheme("http://");
        if (target.size() <= scheme.size() || target.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
            return fail(error, 400, "malformed_request",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                          "The request target must be a path starting with '/' or an http:// URL."));
        const QByteArrayView rest = target.sliced(scheme.size());
        qsizetype end = 0;
        while (end < rest.size() && rest.at(end) != '/' && rest.at(end) != '?')
            ++end;
        authority = rest.first(end);
        if (authority.isEmpty() || authority.contains('@') || !isValidHost(authority))
            return fail(error, 400, "malformed_request",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                          "The URL in the request line has no valid host (user names are not "
                                          "accepted)."));
        originForm = rest.sliced(end);
        absoluteForm = true;
    }
    r.method = method.toByteArray();
    if (originForm.isEmpty() || originForm.front() == '?')
        r.target = '/' + originForm.toByteArray();
    else
        r.target = originForm.toByteArray();
    const qsizetype q = r.target.indexOf('?');
    r.path = q < 0 ? r.target : r.target.left(q);
    r.query = q < 0 ? QByteArray() : r.target.mid(q + 1);
    r.minorVersion = version.at(7) - '0';

    r.headers.reserve(8);
    // Header fields, up to the empty line.
    qsizetype cursor = lineEnd + 1;
    qint64 contentLength = -1;
    bool sawTransferEncoding = false;
    int hostCount = 0;
    QByteArrayView hostValue;
    QByteArrayView expect;
    bool sawExpect = false;
    for (;;) {
        const qsizetype end = findLf(buffer, cursor);
        if (end < 0) {
            if (buffer.size() - pos > m_limits.maxHeaderBytes)
                return fail(error, 431, "headers_too_large",
                            QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                              "The request headers are too large. Send fewer or shorter headers."));
            return Status::NeedMore;
        }
        if (end + 1 - pos > m_limits.maxHeaderBytes)
            return fail(error, 431, "headers_too_large",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                          "The request headers are too large. Send fewer or shorter headers."));
        QByteArrayView field(buffer.constData() + cursor, end - cursor);
        cursor = end + 1;
        if (field.endsWith('\r'))
            field.chop(1);
        if (field.isEmpty())
            break;
        if (field.front() == ' ' || field.front() == '\t')
            return fail(
                error, 400, "malformed_request",
                QT_TRANSLATE_NOOP("monime::HttpRequestParser", "Obsolete header line folding is not accepted."));
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0)
            return fail(error, 400, "malformed_request",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser", "A header line has no name or no ':'."));
        QByteArray name = field.first(colon).toByteArray();
        for (char c : name)
            if (!isTokenChar(c))
                return fail(
                    error, 400, "malformed_request",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser", "A header name contains characters not allowed."));
        const QByteArrayView value = trimmed(field.sliced(colon + 1));
        for (char c : value)
            if (!isFieldValueChar(static_cast<unsigned char>(c)))
                return fail(
                    error, 400, "malformed_request",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser", "A header value contains control characters."));
        if (r.headers.size() >= m_limits.maxHeaders)
            return fail(error, 431, "headers_too_large",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                          "The request has too many headers. Send fewer headers."));
        name = std::move(name).toLower(); // in place
        if (name == "content-length") {
            if (value.isEmpty() || value.size() > 18)
                return fail(error, 400, "malformed_request",
                            QT_TRANSLATE_NOOP("monime::HttpRequestParser", "Content-Length is not a valid number."));
            qint64 n = 0;
            for (char c : value) {
                if (c < '0' || c > '9')
                    return fail(
                        error, 400, "malformed_request",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser", "Content-Length is not a valid number."));
                n = n * 10 + (c - '0');
            }
            if (contentLength >= 0 && contentLength != n)
                return fail(error, 400, "malformed_request",
                            QT_TRANSLATE_NOOP("monime::HttpRequestParser", "Conflicting Content-Length headers."));
            contentLength = n;
        } else if (name == "transfer-encoding") {
            sawTransferEncoding = true;
        } else if (name == "host") {
            ++hostCount;
            hostValue = value;
        } else if (name == "expect") {
            if (sawExpect)
                expect = "-"; // two Expect lines: not one we can meet
            else
                expect = value;
            sawExpect = true;
        }
        r.headers.append({ std::move(name), value.toByteArray() });
    }
    if (sawTransferEncoding)
        return fail(
            error, 501, "transfer_encoding_not_supported",
            QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                              "Transfer-Encoding is not supported by the sandbox; send a Content-Length body."));
    if (contentLength > m_limits.maxBodyBytes)
        return fail(error, 413, "payload_too_large",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                      "The request body is larger than the sandbox accepts. Send a smaller body."));
    // RFC 9112 §3.2: exactly one Host in HTTP/1.1, at most one in HTTP/1.0, and a valid one.
    if (hostCount > 1)
        return fail(error, 400, "invalid_host",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                      "The request has more than one Host header. Send exactly one."));
    if (hostCount == 0 && r.minorVersion >= 1)
        return fail(error, 400, "host_required",
                    QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                      "HTTP/1.1 requests need a Host header, e.g. \"Host: 127.0.0.1:8420\"."));
    if (hostCount == 1 && !isValidHost(hostValue))
        return fail(
            error, 400, "invalid_host",
            QT_TRANSLATE_NOOP("monime::HttpRequestParser", "The Host header is not a valid host name or address."));
    r.host = absoluteForm ? authority.toByteArray() : hostValue.toByteArray();
    // RFC 9110 §10.1.1: 100-continue is the only expectation; HTTP/1.0 clients' expectations are ignored.
    bool expectContinue = false;
    if (sawExpect && r.minorVersion >= 1) {
        if (expect.compare(QByteArrayView("100-continue"), Qt::CaseInsensitive) != 0)
            return fail(error, 417, "expectation_failed",
                        QT_TRANSLATE_NOOP("monime::HttpRequestParser",
                                          "The sandbox can meet no expectation but \"Expect: 100-continue\"."));
        expectContinue = true;
    }
    if (contentLength > 0) {
        if (buffer.size() - cursor < contentLength)
            return expectContinue ? Status::ExpectContinue : Status::NeedMore;
        r.body = buffer.sliced(cursor, contentLength).toByteArray();
        cursor += contentLength;
    }

    const QByteArray connection = r.header("connection");
    if (r.minorVersion == 0)
        r.keepAlive = containsToken(connection, "keep-alive");
    else
        r.keepAlive = !containsToken(connection, "close");
    consumed = cursor;
    request = std::move(r);
    return Status::Complete;
}

} // namespace monime
