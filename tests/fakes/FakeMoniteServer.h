// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A FAKE Monite API for unit tests: a tiny HTTP/1.1 server on 127.0.0.1 that records each request and answers
// what the test's handler says. It knows nothing of Monite's rules; the real emulation is the sandbox's.

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace monime::testing {

class FakeMoniteServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray path; ///< with the query
        QHash<QByteArray, QByteArray> headers; ///< names in lower case
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false; ///< never answer (a timeout)
    };
    using Handler = std::function<Response(const Request&)>;

    explicit FakeMoniteServer(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onRead(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(port()); }
    void setHandler(Handler h) { m_handler = std::move(h); }
    const QList<Request>& requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

    static Response json(int status, const QByteArray& body, const QByteArray& requestId = "req-fake-1")
    {
        Response r;
        r.status = status;
        r.body = body;
        r.headers.append({ "x-request-id", requestId });
        return r;
    }

private:
    void onRead(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request req;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const int length = req.headers.value("content-length", "0").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        req.body = buffer.mid(end + 4, length);
        m_buffers.remove(s);
        m_requests.append(req);
        const Response r = m_handler ? m_handler(req) : json(404, R"({"error":{"message":"no handler"}})");
        if (r.hang)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nContent-Type: application/json\r\n";
        for (const auto& h : r.headers)
            out += h.first + ": " + h.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body;
        s->write(out);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace monime::testing
