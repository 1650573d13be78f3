// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A raw HTTP/1.1 client over QTcpSocket for the sandbox tests: exact bytes out, every header and the key
// order of the body back. Waits by spinning the event loop (the server runs on the same thread).

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTcpSocket>
#include <QtTest>

struct HttpAnswer
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers; ///< lowercase names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString reason() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("reason")).toString();
    }
};

class HttpTestClient
{
public:
    HttpTestClient(const QHostAddress& host, quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_in += m_socket.readAll(); });
        m_socket.connectToHost(host, port);
        m_connected = QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    bool connected() const { return m_connected; }
    QTcpSocket& socket() { return m_socket; }

    void send(const QByteArray& raw) { m_socket.write(raw); }

    /// The next whole answer, or status 0 when none came within `timeoutMs`. An answer to HEAD (`head`) has
    /// no body, whatever its Content-Length says.
    HttpAnswer next(int timeoutMs = 5000, bool head = false)
    {
        HttpAnswer a;
        (void)QTest::qWaitFor([&] { return take(a, head); }, timeoutMs);
        return a;
    }

    /// Bytes received and not yet taken as an answer.
    QByteArray unread() const { return m_in; }

    bool closedByPeer(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    static QByteArray request(const QByteArray& method, const QByteArray& target,
                              const QList<QPair<QByteArray, QByteArray>>& headers = {}, const QByteArray& body = {})
    {
        QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto& h : headers)
            r += h.first + ": " + h.second + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PATCH")
            r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return r + "\r\n" + body;
    }

private:
    bool take(HttpAnswer& a, bool head)
    {
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        HttpAnswer out;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        out.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            out.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = head ? 0 : out.headers.value("content-length").toLongLong();
        if (m_in.size() < headEnd + 4 + length)
            return false;
        out.body = m_in.mid(headEnd + 4, length);
        m_in.remove(0, headEnd + 4 + length);
        a = out;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_in;
    bool m_connected = false;
};
