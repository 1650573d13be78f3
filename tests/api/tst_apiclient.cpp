// SPDX-License-Identifier: GPL-3.0-or-later
// The root-endpoint client against real sockets on loopback: the sandbox, and servers that fail in each way
// the Test button must tell apart.
#include "api/ApiClient.h"
#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "fakes/FakeClock.h"
#include "portal/TokenTester.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"
#include "store/SpaceRepository.h"
#include "store/TokenRepository.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

class TestApiClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock { QDateTime::currentDateTimeUtc() };
    QNetworkAccessManager m_network;

    ProbeResult probe(const QUrl& url, const QByteArray& token = {}, int timeoutMs = 5000)
    {
        ApiClient client(m_network);
        ProbeResult out;
        bool done = false;
        client.probe(
            url, token, {},
            [&](const ProbeResult& r) {
                out = r;
                done = true;
            },
            timeoutMs);
        if (!QTest::qWaitFor([&done] { return done; }, timeoutMs + 10000))
            qWarning("probe never finished");
        return out;
    }

    /// A server that answers every request with `answer` (or never, when empty).
    std::unique_ptr<QTcpServer> fixedServer(const QByteArray& answer)
    {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost))
            return nullptr;
        QTcpServer* raw = server.get();
        connect(raw, &QTcpServer::newConnection, raw, [raw, answer] {
            QTcpSocket* s = raw->nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s, answer] {
                s->readAll();
                if (!answer.isEmpty()) {
                    s->write(answer);
                    s->disconnectFromHost();
                }
            });
        });
        return server;
    }

private Q_SLOTS:
    // One rule, asked by the GUI's Test dialog and `monime-portal-cli test`: a live token leaving the process.
    void liveTokensAskBeforeLeaving_data()
    {
        QTest::addColumn<bool>("live");
        QTest::addColumn<bool>("builtInSandbox");
        QTest::addColumn<bool>("ask");
        QTest::newRow("live, built-in sandbox") << true << true << false;
        QTest::newRow("live, anywhere else (even a loopback tunnel)") << true << false << true;
        QTest::newRow("test, anywhere") << false << false << false;
        QTest::newRow("test, built-in sandbox") << false << true << false;
    }

    void liveTokensAskBeforeLeaving()
    {
        QFETCH(bool, live);
        QFETCH(bool, builtInSandbox);
        QFETCH(bool, ask);
        TokenInfo t;
        t.id = QStringLiteral("tok-x");
        t.name = QStringLiteral("Main Website");
        t.environment = live ? Environment::Live : Environment::Test;
        QCOMPARE(TokenTester::mustConfirm(t, builtInSandbox), ask);
        const QUrl target(QStringLiteral("https://api.monime.io"));
        const QString question = TokenTester::confirmQuestion(t, target);
        QVERIFY(question.contains(QLatin1String("LIVE")) && question.contains(target.host())
                && question.contains(t.id));
    }

    void sandboxVerdicts()
    {
        const QString path = m_dir.filePath(QStringLiteral("inv.sqlite"));
        QByteArray testSecret, liveSecret;
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            auto me = SpaceRepository(*db.value()).localMonimeer(QStringLiteral("Ada"), m_clock.now());
            QVERIFY(me.ok());
            TokenRepository repo(*db.value());
            int n = 0;
            for (Environment env : { Environment::Test, Environment::Live }) {
                TokenInfo t;
                t.id = QStringLiteral("tok-api%1").arg(++n);
                t.ownerId = me->id;
                t.name = t.id;
                t.environment = env;
                t.apiRelease = QStringLiteral("caph.2025-06-20");
                t.createdAt = m_clock.now();
                t.permissions = { QStringLiteral("payments:read") };
                const QByteArray secret = TokenSecret::generate(env);
                t.hint = TokenSecret::hint(secret);
                QVERIFY(repo.insertPending(t, TokenSecret::digest(secret)).ok());
                QVERIFY(repo.markReady(t.id).ok());
                (env == Environment::Test ? testSecret : liveSecret) = secret;
            }
        }
        SandboxServer server(path, Catalog::builtIn(), m_clock);
        QVERIFY(server.start().ok());

        ProbeResult r = probe(server.baseUrl(), testSecret);
        QCOMPARE(r.outcome, ProbeOutcome::Authenticated);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.verdict, QStringLiteral("Valid test token — safe, no real money moves"));
        QCOMPARE(r.environment, QStringLiteral("test"));
        QCOMPARE(r.apiVersionId, QStringLiteral("caph.2025-06-20"));
        QCOMPARE(r.releaseName, QStringLiteral("caph"));
        QCOMPARE(r.releaseDate, QStringLiteral("2025-06-20"));
        QCOMPARE(r.country, QStringLiteral("SL"));
        QCOMPARE(r.ipAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(r.requestId.startsWith(QLatin1String("req-")));
        QVERIFY(r.elapsedMs >= 0);
        QVERIFY(!r.summary().contains(QString::fromLatin1(testSecret)));

        r = probe(server.baseUrl(), liveSecret);
        QCOMPARE(r.outcome, ProbeOutcome::Authenticated);
        QCOMPARE(r.verdict, QStringLiteral("Live token — real money"));

        r = probe(server.baseUrl(), "mon_test_notInTheInventory0123456789");
        QCOMPARE(r.outcome, ProbeOutcome::NotAuthenticated);
        QCOMPARE(r.verdict, QStringLiteral("Unknown token")); // the sandbox says why; the headline names it
        QVERIFY(!r.authenticated);
        QVERIFY(r.apiVersionId.isEmpty());

        r = probe(server.baseUrl());
        QCOMPARE(r.outcome, ProbeOutcome::NotAuthenticated);
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("html") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n"
                                            "<html></html>")
                              << int(ProbeOutcome::NotJson) << "The server answered, but not with JSON";
        QTest::newRow("html 502") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 3\r\n\r\nbad")
                                  << int(ProbeOutcome::NotJson) << "The server answered, but not with JSON";
        QTest::newRow("other JSON") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\":1}")
                                    << int(ProbeOutcome::UnexpectedAnswer)
                                    << "The server answered JSON, but not Monime's root endpoint";
        const QByteArray envelope
            = R"({"success":false,"messages":[],"error":{"code":401,"reason":"x","message":"m","details":[]}})";
        QTest::newRow("error envelope") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: "
                                                      + QByteArray::number(envelope.size()) + "\r\n\r\n" + envelope)
                                        << int(ProbeOutcome::HttpError) << "The server refused the request (HTTP 401)";
        QTest::newRow("never answers") << QByteArray() << int(ProbeOutcome::Timeout) << "No answer (timed out)";
    }

    void failures()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, outcome);
        QFETCH(QString, verdict);
        auto server = fixedServer(answer);
        QVERIFY(server);
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(server->serverPort());
        const ProbeResult r = probe(url, "mon_test_x", 500);
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.verdict, verdict);
        QVERIFY(!r.detail.isEmpty());
        QVERIFY(!r.ok());
    }

    void refused()
    {
        quint16 port = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            port = s.serverPort();
        }
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(port);
        const ProbeResult r = probe(url);
        QCOMPARE(r.outcome, ProbeOutcome::ConnectionRefused);
        QCOMPARE(r.verdict, QStringLiteral("Connection refused"));
    }

    void tlsFailure()
    {
        // Plain HTTP where TLS is expected: the handshake cannot succeed.
        auto server = fixedServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        QVERIFY(server);
        QUrl url(QStringLiteral("https://127.0.0.1"));
        url.setPort(server->serverPort());
        const ProbeResult r = probe(url, {}, 3000);
        QCOMPARE(r.outcome, ProbeOutcome::TlsError);
        QCOMPARE(r.verdict, QStringLiteral("Secure connection failed (TLS)"));
    }

    void dnsFailure()
    {
        // ".invalid" never resolves (RFC 6761); without any network the resolver fails at once too.
        const ProbeResult r = probe(QUrl(QStringLiteral("https://api.monime.invalid")), {}, 8000);
        if (r.outcome == ProbeOutcome::Timeout)
            QSKIP("this machine's resolver does not answer at all");
        QCOMPARE(r.outcome, ProbeOutcome::DnsFailure);
        QCOMPARE(r.verdict, QStringLiteral("Host not found (DNS)"));
        QVERIFY(r.detail.contains(QLatin1String("api.monime.invalid")));
    }

    void invalidUrl()
    {
        const ProbeResult r = probe(QUrl(QStringLiteral("ftp://example.com")));
        QCOMPARE(r.outcome, ProbeOutcome::NetworkError);
        QCOMPARE(r.verdict, QStringLiteral("Not a usable URL"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
