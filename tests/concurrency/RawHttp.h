// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cstring>

namespace monime::testing {

/// A blocking HTTP/1.1 keep-alive client on a plain socket, for threads that hammer or probe a sandbox
/// without an event loop. One request at a time; answers with Content-Length only (all the sandbox sends).
class RawHttp
{
public:
    explicit RawHttp(quint16 port)
        : m_port(port)
    { }
    ~RawHttp() { disconnect(); }
    RawHttp(const RawHttp&) = delete;
    RawHttp& operator=(const RawHttp&) = delete;

    /// Sends one request; returns the status (0 when the connection failed) and fills `body`.
    int get(const QByteArray& path, const QByteArray& token, const QByteArray& spaceId, QByteArray* body = nullptr)
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_fd < 0 && !connectNow())
                return 0;
            QByteArray request = QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
            if (!token.isEmpty())
                request += QByteArray("Authorization: Bearer ") + token + "\r\n";
            if (!spaceId.isEmpty())
                request += QByteArray("Monime-Space-Id: ") + spaceId + "\r\n";
            request += "\r\n";
            if (!sendAll(request)) {
                disconnect(); // the server closed an idle keep-alive connection: once more on a new one
                continue;
            }
            const int status = readResponse(body);
            if (status > 0)
                return status;
            disconnect();
            if (status < 0)
                return 0; // the server answered nothing at all: do not resend (it may have counted it)
        }
        return 0;
    }

    void disconnect()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_buffer.clear();
    }

private:
    bool connectNow()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return false;
        timeval tv { 10, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(m_port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            disconnect();
            return false;
        }
        return true;
    }

    bool sendAll(const QByteArray& data)
    {
        qsizetype sent = 0;
        while (sent < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        return true;
    }

    /// >0: the status; 0: the connection was closed before any byte (retry is safe); <0: broken mid-answer.
    int readResponse(QByteArray* body)
    {
        qsizetype headerEnd = -1;
        while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill())
                return m_buffer.isEmpty() ? 0 : -1;
        }
        const QByteArray head = m_buffer.left(headerEnd);
        const int status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        const qsizetype total = headerEnd + 4 + length;
        while (m_buffer.size() < total) {
            if (!fill())
                return -1;
        }
        if (body)
            *body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, total);
        if (head.toLower().contains("connection: close"))
            disconnect();
        return status > 0 ? status : -1;
    }

    bool fill()
    {
        char chunk[16384];
        const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
        if (n <= 0)
            return false;
        m_buffer.append(chunk, qsizetype(n));
        return true;
    }

    quint16 m_port;
    int m_fd = -1;
    QByteArray m_buffer;
};

} // namespace monime::testing
