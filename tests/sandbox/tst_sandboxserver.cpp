// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the sandbox server over real HTTP on loopback, with a real SQLite inventory.
#include "HttpTestClient.h"
#include "RootSeeds.h"
#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "fakes/FakeClock.h"
#include "sandbox/SandboxServer.h"
#include "store/Database.h"
#include "store/SpaceRepository.h"
#include "store/TokenRepository.h"
#include "store/UsageRepository.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace monime;

namespace {

// Not a raw string: moc reads "//" inside one as a comment.
const QByteArray kWebhookBody = "{\"name\":\"h\",\"url\":\"https:\u002F\u002Fexample.com/"
                                "h\",\"apiRelease\":\"caph\",\"events\":[\"payment.completed\"]}";

struct Fixture
{
    QString monimeer;
    QHash<QString, QByteArray> secrets; ///< name -> secret
    QHash<QString, QString> ids; ///< name -> token id
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock;
    std::unique_ptr<Database> m_db;
    Fixture m_f;
    std::vector<std::unique_ptr<SandboxServer>> m_servers;

    void addToken(const QString& name, Environment env, const QStringList& permissions, const QStringList& ips = {},
                  const QString& space = {}, const QDateTime& expires = {}, bool revoked = false)
    {
        TokenRepository repo(*m_db);
        TokenInfo t;
        static int n = 0;
        t.id = QStringLiteral("tok-test%1").arg(++n);
        t.ownerId = m_f.monimeer;
        t.name = name;
        t.environment = env;
        t.apiRelease = QStringLiteral("caph.2025-08-23");
        t.createdAt = m_clock.now().addDays(-1);
        t.expiresAt = expires.isValid() ? expires : m_clock.now().addDays(30);
        t.permissions = permissions;
        t.ipWhitelist = ips;
        t.spaceWhitelist = space;
        const QByteArray secret = TokenSecret::generate(env);
        t.hint = TokenSecret::hint(secret);
        QVERIFY(repo.insertPending(t, TokenSecret::digest(secret)).ok());
        QVERIFY(repo.markReady(t.id).ok());
        if (revoked)
            QVERIFY(repo.setRevoked(t.id, m_clock.now().addSecs(-60), QStringLiteral("test")).ok());
        m_f.secrets.insert(name, secret);
        m_f.ids.insert(name, t.id);
    }

    SandboxServer& server(SandboxOptions options = {})
    {
        m_servers.push_back(std::make_unique<SandboxServer>(m_path, Catalog::builtIn(), m_clock, options));
        auto started = m_servers.back()->start();
        if (!started.ok()) {
            // Straight to stderr first: QtTest's log is buffered and lost when qFatal ends the process.
            std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(started.error().message));
            std::fflush(stderr);
            qFatal("sandbox did not start: %s", qPrintable(started.error().message));
        }
        return *m_servers.back();
    }

    SandboxServer& serverFor(const QString& environment)
    {
        SandboxOptions o;
        o.environment = environmentFromName(environment);
        return server(o);
    }

    HttpAnswer call(SandboxServer& s, const QByteArray& method, const QByteArray& path, const QString& token,
                    const QString& space = {}, const QByteArray& body = {},
                    QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        if (!token.isEmpty()) {
            const QByteArray secret = m_f.secrets.value(token, token.toUtf8());
            headers.append({ "Authorization", "Bearer " + secret });
        }
        if (!space.isEmpty())
            headers.append({ "Monime-Space-Id", space.toUtf8() });
        HttpTestClient c(QHostAddress(s.options().address), s.port());
        if (!c.connected())
            return {};
        c.send(HttpTestClient::request(method, path, headers, body));
        HttpAnswer a = c.next();
        // Every answer, success or failure, names itself.
        if (!a.headers.value("monime-request-id").startsWith("req-"))
            qWarning("answer without Monime-Request-Id");
        return a;
    }

    /// Every answer carries a Date (RFC 9110 §6.6.1) in IMF-fixdate, close to now.
    static void checkDate(const HttpAnswer& a)
    {
        const QByteArray date = a.headers.value("date");
        QVERIFY2(date.endsWith(" GMT") && date.size() == 29, date.constData());
        QDateTime at
            = QLocale::c().toDateTime(QString::fromLatin1(date), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        at.setTimeSpec(Qt::UTC);
        QVERIFY2(at.isValid(), date.constData());
        QVERIFY2(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) <= 5, date.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        auto db = Database::openSqlite(m_path);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        SpaceRepository spaces(*m_db);
        auto me = spaces.localMonimeer(QStringLiteral("Ada"), m_clock.now());
        QVERIFY(me.ok());
        m_f.monimeer = me->id;
        const QDateTime at = m_clock.now();
        for (const auto& [id, role] : { std::pair { "spc-acme", "developer" }, std::pair { "spc-fin", "finance" },
                                        std::pair { "spc-view", "viewer" }, std::pair { "spc-own", "owner" },
                                        std::pair { "spc-other", "" }, std::pair { "spc-rl", "owner" } })
            QVERIFY(spaces.upsert(me->id, SpaceInfo { QLatin1String(id), QLatin1String(id), QLatin1String(role), at })
                        .ok());

        const QStringList rw = { QStringLiteral("payments:read"), QStringLiteral("payments:write") };
        addToken(QStringLiteral("test"), Environment::Test, rw);
        addToken(QStringLiteral("live"), Environment::Live, rw);
        addToken(QStringLiteral("revoked"), Environment::Test, rw, {}, {}, {}, true);
        addToken(QStringLiteral("expired"), Environment::Live, rw, {}, {}, m_clock.now().addSecs(-1));
        addToken(QStringLiteral("ipElsewhere"), Environment::Live, rw, { QStringLiteral("203.0.113.0/24") });
        addToken(QStringLiteral("ipV4Loopback"), Environment::Live, rw, { QStringLiteral("127.0.0.0/8") });
        addToken(QStringLiteral("ipV6Loopback"), Environment::Live, rw, { QStringLiteral("::1") });
        addToken(QStringLiteral("ipV6Elsewhere"), Environment::Live, rw, { QStringLiteral("2001:db8::/32") });
        addToken(QStringLiteral("ipV4Single"), Environment::Live, rw, { QStringLiteral("127.0.0.1") });
        addToken(QStringLiteral("ipPrivate"), Environment::Live, rw, { QStringLiteral("10.0.0.0/8") });
        addToken(QStringLiteral("spaceAcme"), Environment::Live, rw, {}, QStringLiteral("spc-acme"));
        addToken(QStringLiteral("readOnly"), Environment::Test, { QStringLiteral("payments:read") });
        addToken(QStringLiteral("payoutsWrite"), Environment::Test,
                 { QStringLiteral("payouts:read"), QStringLiteral("payouts:write") });
        for (int i = 0; i < 6; ++i)
            addToken(QStringLiteral("rl%1").arg(i), Environment::Test, Catalog::builtIn().permissions());
        addToken(QStringLiteral("full"), Environment::Test, Catalog::builtIn().permissions());
    }

    void cleanupTestCase()
    {
        m_servers.clear();
        m_db.reset();
    }

    void rootMatchesTheSeeds_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("environment");
        QTest::newRow("not authenticated") << QString() << QString();
        QTest::newRow("bad token") << QStringLiteral("mon_test_notARealTokenAtAll1234") << QString();
        QTest::newRow("test token") << QStringLiteral("test") << QStringLiteral("test");
        QTest::newRow("live token") << QStringLiteral("live") << QStringLiteral("live");
    }

    void rootMatchesTheSeeds()
    {
        QFETCH(QString, token);
        QFETCH(QString, environment);
        SandboxServer& s = server();
        const HttpAnswer a = call(s, "GET", "/", token);
        QCOMPARE(a.status, 200);
        QByteArray seed = environment.isEmpty() ? QByteArray(kSeedNotAuthenticated) : QByteArray(kSeedAuthenticated);
        seed.replace("ENVIRONMENT", environment.toUtf8());
        // Same keys, same nesting, same order.
        QCOMPARE(keyPaths(a.body), keyPaths(seed));
        QCOMPARE(keyPaths(a.body).size(), environment.isEmpty() ? 9 : 16);
        // Same values, field by field, except the caller's address, which is ours.
        QJsonObject expected = QJsonDocument::fromJson(seed).object();
        QJsonObject got = a.json();
        QCOMPARE(got.value(QLatin1String("requestOrigin")).toObject().value(QLatin1String("ipAddress")).toString(),
                 QStringLiteral("127.0.0.1"));
        QJsonObject origin = expected.value(QLatin1String("requestOrigin")).toObject();
        origin.insert(QLatin1String("ipAddress"), QStringLiteral("127.0.0.1"));
        expected.insert(QLatin1String("requestOrigin"), origin);
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
            QCOMPARE(got.value(it.key()), it.value());
        QCOMPARE(got, expected);
        if (environment.isEmpty())
            QVERIFY(!a.headers.contains("monime-version"));
        else
            QCOMPARE(a.headers.value("monime-version"), QByteArray("caph.2025-08-23"));
    }

    void rootNeverFailsAuthentication_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("check");
        QTest::newRow("revoked") << QStringLiteral("revoked") << QByteArray("token_revoked");
        QTest::newRow("expired") << QStringLiteral("expired") << QByteArray("token_expired");
        QTest::newRow("ip") << QStringLiteral("ipElsewhere") << QByteArray("ip_not_allowed");
        QTest::newRow("unknown") << QStringLiteral("mon_abcdefghijklmnopqrstuvwxyz") << QByteArray("unauthenticated");
    }

    void rootNeverFailsAuthentication()
    {
        QFETCH(QString, token);
        QFETCH(QByteArray, check);
        SandboxServer& s = server();
        const HttpAnswer a = call(s, "GET", "/", token);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1String("status")).toObject().value(QLatin1String("isAuthenticated")),
                 QJsonValue(false));
        QVERIFY(a.json().value(QLatin1String("apiVersion")).isNull());
        QCOMPARE(a.headers.value("monime-sandbox-check"), check);
        // Where /v1 fails the same token with 401/403.
        const HttpAnswer v1 = call(s, "GET", "/v1/payments", token, QStringLiteral("spc-acme"));
        QVERIFY2(v1.status == 401 || v1.status == 403, v1.body.constData());
        QCOMPARE(v1.reason().toUtf8(), check);
    }

    void enforcementTable_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("authorization"); ///< raw header when set, instead of the token
        QTest::addColumn<QString>("space");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QString acme = QStringLiteral("spc-acme");
        auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
        // 1
        row("1 no Authorization") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << QString()
                                  << QByteArray() << acme << 401 << "unauthenticated";
        row("1 not Bearer") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << QString()
                            << QByteArray("Basic dXNlcjpwYXNz") << acme << 401 << "unauthenticated";
        row("1 Bearer without token") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << QString()
                                      << QByteArray("Bearer ") << acme << 401 << "unauthenticated";
        row("1 malformed token") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << QString()
                                 << QByteArray("Bearer mon_test_sh0rt") << acme << 401 << "unauthenticated";
        row("1 unknown token") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << QString()
                               << QByteArray("Bearer mon_test_0123456789abcdefghijABCDEFGHIJ0123456789abcdef") << acme
                               << 401 << "unauthenticated";
        // 2, 3
        row("2 revoked") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "revoked" << QByteArray()
                         << acme << 401 << "token_revoked";
        row("3 expired") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "expired" << QByteArray()
                         << acme << 401 << "token_expired";
        // 4
        row("4 live token, test API") << "test" << QByteArray("GET") << QByteArray("/v1/payments") << "live"
                                      << QByteArray() << acme << 401 << "environment_mismatch";
        row("4 test token, live API") << "live" << QByteArray("GET") << QByteArray("/v1/payments") << "test"
                                      << QByteArray() << acme << 401 << "environment_mismatch";
        // 5
        row("5 IP not allowed") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "ipElsewhere"
                                << QByteArray() << acme << 403 << "ip_not_allowed";
        // 6
        row("6 no Space") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "test" << QByteArray()
                          << QString() << 400 << "space_required";
        row("6 unknown Space") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "test" << QByteArray()
                               << "spc-nowhere" << 403
                               << "no_space_access"; // seed 002: like a Space one does not belong to
        // 7
        row("7 whitelisted to another Space") << "auto" << QByteArray("GET") << QByteArray("/v1/payments")
                                              << "spaceAcme" << QByteArray() << "spc-fin" << 403 << "space_not_allowed";
        // 8
        row("8 not a member") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "test" << QByteArray()
                              << "spc-other" << 403 << "no_space_access";
        // 9
        row("9 token lacks permission") << "auto" << QByteArray("GET") << QByteArray("/v1/payouts") << "test"
                                        << QByteArray() << acme << 403 << "token_permission_denied";
        row("9 read-only token writes") << "auto" << QByteArray("PATCH") << QByteArray("/v1/payments/pay-x")
                                        << "readOnly" << QByteArray() << acme << 403 << "token_permission_denied";
        // 10
        row("10 role lacks permission") << "auto" << QByteArray("POST") << QByteArray("/v1/payouts") << "payoutsWrite"
                                        << QByteArray() << acme << 403 << "role_permission_denied";
        // granted
        row("granted, test") << "auto" << QByteArray("GET") << QByteArray("/v1/payments") << "test" << QByteArray()
                             << acme << 200 << QString();
        row("granted, whitelisted Space") << "live" << QByteArray("GET") << QByteArray("/v1/payments") << "spaceAcme"
                                          << QByteArray() << acme << 200 << QString();
        row("granted, whitelisted IP") << "live" << QByteArray("GET") << QByteArray("/v1/payments") << "ipV4Loopback"
                                       << QByteArray() << acme << 200 << QString();
        // A failed earlier check decides even when later ones would fail too.
        row("order: revoked beats no Space") << "auto" << QByteArray("GET") << QByteArray("/v1/payouts") << "revoked"
                                             << QByteArray() << QString() << 401 << "token_revoked";
        row("order: IP beats Space") << "auto" << QByteArray("GET") << QByteArray("/v1/payouts") << "ipElsewhere"
                                     << QByteArray() << "spc-nowhere" << 403 << "ip_not_allowed";
    }

    void enforcementTable()
    {
        QFETCH(QString, environment);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, token);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, space);
        QFETCH(int, status);
        QFETCH(QString, reason);
        SandboxServer& s = serverFor(environment);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({ "Authorization", authorization });
        if (method == "POST")
            headers.append({ "Idempotency-Key", "k-" + QByteArray::number(QRandomGenerator::global()->generate()) });
        const HttpAnswer a
            = call(s, method, path, token, space, method == "POST" ? QByteArray("{}") : QByteArray(), headers);
        QCOMPARE(a.status, status);
        QVERIFY(a.headers.value("monime-request-id").startsWith("req-"));
        const QJsonObject body = a.json();
        if (status >= 400) {
            QCOMPARE(keyPaths(a.body),
                     QStringList({ QStringLiteral("success"), QStringLiteral("messages"), QStringLiteral("error"),
                                   QStringLiteral("error.code"), QStringLiteral("error.reason"),
                                   QStringLiteral("error.message"), QStringLiteral("error.details") }));
            QCOMPARE(body.value(QLatin1String("success")), QJsonValue(false));
            QCOMPARE(body.value(QLatin1String("messages")), QJsonValue(QJsonArray()));
            const QJsonObject error = body.value(QLatin1String("error")).toObject();
            QCOMPARE(error.value(QLatin1String("code")).toInt(), status);
            QCOMPARE(error.value(QLatin1String("reason")).toString(), reason);
            QVERIFY(!error.value(QLatin1String("message")).toString().isEmpty());
            QCOMPARE(error.value(QLatin1String("details")), QJsonValue(QJsonArray()));
        } else {
            QCOMPARE(body.value(QLatin1String("success")), QJsonValue(true));
            QVERIFY(body.value(QLatin1String("result")).isArray());
            QVERIFY(body.value(QLatin1String("pagination")).isObject());
        }
    }

    void tokenTypesAgainstEnvironments_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("seen"); ///< environment reported at /, empty when not authenticated
        QTest::addColumn<int>("v1Status");
        QTest::newRow("test token, auto") << "auto"
                                          << "test"
                                          << "test" << 200;
        QTest::newRow("test token, test") << "test"
                                          << "test"
                                          << "test" << 200;
        QTest::newRow("test token, live") << "live"
                                          << "test" << QString() << 401;
        QTest::newRow("live token, auto") << "auto"
                                          << "live"
                                          << "live" << 200;
        QTest::newRow("live token, test") << "test"
                                          << "live" << QString() << 401;
        QTest::newRow("live token, live") << "live"
                                          << "live"
                                          << "live" << 200;
    }

    void tokenTypesAgainstEnvironments()
    {
        QFETCH(QString, environment);
        QFETCH(QString, token);
        QFETCH(QString, seen);
        QFETCH(int, v1Status);
        SandboxServer& s = serverFor(environment);
        const QJsonObject status = call(s, "GET", "/", token).json().value(QLatin1String("status")).toObject();
        QCOMPARE(status.value(QLatin1String("isAuthenticated")).toBool(), !seen.isEmpty());
        QCOMPARE(status.value(QLatin1String("environment")).toString(), seen);
        QCOMPARE(call(s, "GET", "/v1/payments", token, QStringLiteral("spc-acme")).status, v1Status);
    }

    void ipWhitelist_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("caller");
        QTest::newRow("IPv4 in range") << "127.0.0.1"
                                       << "ipV4Loopback" << 200 << "127.0.0.1";
        QTest::newRow("IPv4 single") << "127.0.0.1"
                                     << "ipV4Single" << 200 << "127.0.0.1";
        QTest::newRow("IPv4 elsewhere") << "127.0.0.1"
                                        << "ipElsewhere" << 403 << "127.0.0.1";
        QTest::newRow("IPv6 single") << "::1"
                                     << "ipV6Loopback" << 200 << "::1";
        QTest::newRow("IPv6 elsewhere") << "::1"
                                        << "ipV6Elsewhere" << 403 << "::1";
        QTest::newRow("IPv6 caller, IPv4 rule") << "::1"
                                                << "ipV4Loopback" << 403 << "::1";
        // A dual-stack listener sees an IPv4 caller as ::ffff:127.0.0.1; it must still match 127.0.0.1.
        QTest::newRow("IPv4-mapped single") << "any"
                                            << "ipV4Single" << 200 << "127.0.0.1";
        QTest::newRow("IPv4-mapped range") << "any"
                                           << "ipV4Loopback" << 200 << "127.0.0.1";
        QTest::newRow("IPv4-mapped elsewhere") << "any"
                                               << "ipPrivate" << 403 << "127.0.0.1";
        // `::` listens on both families (a dual-stack socket); IPv4 callers are seen as a.b.c.d.
        QTest::newRow(":: IPv4 caller") << "::"
                                        << "ipV4Single" << 200 << "127.0.0.1";
        QTest::newRow(":: IPv4 caller elsewhere") << "::"
                                                  << "ipPrivate" << 403 << "127.0.0.1";
        QTest::newRow(":: IPv6 caller") << "::"
                                        << "ipV6Loopback" << 200 << "::1";
        QTest::newRow(":: IPv6 caller, IPv4 rule") << "::"
                                                   << "ipV4Single" << 403 << "::1";
    }

    void ipWhitelist()
    {
        QFETCH(QString, listen);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, caller);
        SandboxOptions o;
        o.address = listen == QLatin1String("any") ? QHostAddress(QHostAddress::Any) : QHostAddress(listen);
        m_servers.push_back(std::make_unique<SandboxServer>(m_path, Catalog::builtIn(), m_clock, o));
        QVERIFY2(m_servers.back()->start().ok(), "this machine cannot listen there (no IPv6?)");
        SandboxServer& s = *m_servers.back();
        // Connect to the loopback address of the caller's family.
        HttpTestClient c(QHostAddress(caller), s.port());
        QVERIFY(c.connected());
        c.send(HttpTestClient::request(
            "GET", "/v1/payments",
            { { "Authorization", "Bearer " + m_f.secrets.value(token) }, { "Monime-Space-Id", "spc-acme" } }));
        const HttpAnswer a = c.next();
        QCOMPARE(a.status, status);
        if (status == 403)
            QCOMPARE(a.reason(), QStringLiteral("ip_not_allowed"));
        c.send(HttpTestClient::request("GET", "/"));
        const HttpAnswer root = c.next();
        QCOMPARE(root.json().value(QLatin1String("requestOrigin")).toObject().value(QLatin1String("ipAddress")),
                 QJsonValue(caller));
    }

    void roleIntersection_data()
    {
        QTest::addColumn<QString>("space");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        // Token: payments:read+write. Roles: developer (reads, no payments:write), finance (payments:write),
        // viewer (reads only), owner (everything).
        QTest::newRow("developer reads") << "spc-acme" << QByteArray("GET") << QByteArray("/v1/payments") << "test"
                                         << 200 << QString();
        // A write that passes every check reaches the resource: no such payment (404), or a body that does not
        // match the spec (400 validation_error).
        QTest::newRow("developer writes") << "spc-acme" << QByteArray("PATCH") << QByteArray("/v1/payments/pay-x")
                                          << "test" << 403 << "role_permission_denied";
        QTest::newRow("finance writes") << "spc-fin" << QByteArray("PATCH") << QByteArray("/v1/payments/pay-x")
                                        << "test" << 404 << "not_found";
        QTest::newRow("viewer writes") << "spc-view" << QByteArray("PATCH") << QByteArray("/v1/payments/pay-x")
                                       << "test" << 403 << "role_permission_denied";
        QTest::newRow("owner writes") << "spc-own" << QByteArray("PATCH") << QByteArray("/v1/payments/pay-x") << "test"
                                      << 404 << "not_found";
        QTest::newRow("owner, token lacks payouts") << "spc-own" << QByteArray("POST") << QByteArray("/v1/payouts")
                                                    << "test" << 403 << "token_permission_denied";
        QTest::newRow("finance, payouts token") << "spc-fin" << QByteArray("POST") << QByteArray("/v1/payouts")
                                                << "payoutsWrite" << 400 << "validation_error";
    }

    void roleIntersection()
    {
        QFETCH(QString, space);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, reason);
        SandboxServer& s = server();
        const HttpAnswer a = call(s, method, path, token, space, method == "GET" ? QByteArray() : QByteArray("{}"),
                                  { { "Idempotency-Key", QByteArray(QTest::currentDataTag()).toHex().left(60) },
                                    { "Content-Type", "application/json" } });
        QCOMPARE(a.status, status);
        QCOMPARE(a.reason(), reason);
    }

    void resourcesAndIdempotency()
    {
        SandboxServer& s = server();
        const QString own = QStringLiteral("spc-own");
        const QString full = QStringLiteral("full");
        auto post = [&](const QByteArray& path, const QByteArray& key, const QByteArray& body) {
            QList<QPair<QByteArray, QByteArray>> h { { "Content-Type", "application/json" } };
            if (!key.isEmpty())
                h.append({ "Idempotency-Key", key });
            return call(s, "POST", path, full, own, body, h);
        };
        const QByteArray accounts = "/v1/financial-accounts";
        const HttpAnswer missing = post(accounts, {}, R"({"name":"Main","currency":"SLE"})");
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.reason(), QStringLiteral("validation_error"));
        QVERIFY2(missing.body.contains(R"("pointer":"/header/Idempotency-Key")"), missing.body.constData());

        const HttpAnswer first = post(accounts, "key-1", R"({"name":"Main","currency":"SLE"})");
        QCOMPARE(first.status, 200);
        QCOMPARE(keyPaths(first.body).mid(0, 3),
                 QStringList({ QStringLiteral("success"), QStringLiteral("messages"), QStringLiteral("result") }));
        const QJsonObject created = first.json().value(QLatin1String("result")).toObject();
        const QString id = created.value(QLatin1String("id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("fac-")), qPrintable(id));
        QCOMPARE(created.value(QLatin1String("uvan")).toString().size(), 11);
        QCOMPARE(first.headers.value("monime-request-checksum").size(), 64);
        QVERIFY(first.headers.contains("monime-request-timestamp"));
        QVERIFY(first.headers.value("monime-request-duration").endsWith("ms"));
        QVERIFY(!first.headers.contains("monime-rate-limit")); // only on a 429

        // The same request with its keys in another order and other spacing is the same request: replayed.
        const HttpAnswer replay = post(accounts, "key-1", "{ \"currency\": \"SLE\",\n  \"name\": \"Main\" }");
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body, first.body);
        QCOMPARE(replay.headers.value("monime-cache"), QByteArray("irc"));
        QCOMPARE(replay.headers.value("monime-request-checksum"), first.headers.value("monime-request-checksum"));
        QVERIFY(replay.headers.value("monime-request-id") != first.headers.value("monime-request-id"));
        QVERIFY(!first.headers.contains("monime-cache"));

        const HttpAnswer conflict = post(accounts, "key-1", R"({"name":"Other","currency":"SLE"})");
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.reason(), QStringLiteral("idempotency_key_in_use"));

        // A failure is not kept: the corrected retry under the same key goes through.
        const HttpAnswer badJson = post(accounts, "key-2", "not json");
        QCOMPARE(badJson.status, 400);
        QCOMPARE(badJson.reason(), QStringLiteral("validation_error"));
        const HttpAnswer noCurrency = post(accounts, "key-2", R"({"name":"Savings"})");
        QCOMPARE(noCurrency.status, 400);
        QVERIFY2(noCurrency.body.contains("currency"), noCurrency.body.constData());
        const HttpAnswer corrected = post(accounts, "key-2", R"({"name":"Savings","currency":"SLE"})");
        QCOMPARE(corrected.status, 200);
        QVERIFY(!corrected.headers.contains("monime-cache"));

        // Two objects, listed with pagination; kept per Space and per environment.
        HttpAnswer list = call(s, "GET", accounts, full, own);
        QCOMPARE(list.json().value(QLatin1String("result")).toArray().size(), 2);
        QCOMPARE(list.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("count")).toInt(), 2);
        QCOMPARE(call(s, "GET", accounts, full, QStringLiteral("spc-rl"))
                     .json()
                     .value(QLatin1String("result"))
                     .toArray()
                     .size(),
                 0);

        const QByteArray item = accounts + '/' + id.toUtf8();
        QCOMPARE(call(s, "GET", item + "?withBalance=true", full, own).json().value(QLatin1String("result")).toObject(),
                 created);
        // Without withBalance the balance is left out (null), as Monime does.
        QVERIFY(call(s, "GET", item, full, own)
                    .json()
                    .value(QLatin1String("result"))
                    .toObject()
                    .value(QLatin1String("balance"))
                    .isNull());
        const HttpAnswer patched
            = call(s, "PATCH", item, full, own, R"({"name":"Renamed"})", { { "Content-Type", "application/json" } });
        QCOMPARE(patched.status, 200);
        const QJsonObject merged = patched.json().value(QLatin1String("result")).toObject();
        QCOMPARE(merged.value(QLatin1String("name")).toString(), QStringLiteral("Renamed"));
        QCOMPARE(merged.value(QLatin1String("id")).toString(), id);
        QCOMPARE(merged.value(QLatin1String("currency")), created.value(QLatin1String("currency")));
        // balance and currency are the server's: the spec closes the PATCH body.
        const HttpAnswer balance = call(s, "PATCH", item, full, own, R"({"balance":{"available":{"value":9}}})",
                                        { { "Content-Type", "application/json" } });
        QCOMPARE(balance.status, 400);
        QVERIFY2(balance.body.contains("/body"), balance.body.constData());
        const HttpAnswer deleteAccount = call(s, "DELETE", item, full, own);
        QCOMPARE(deleteAccount.status, 405);
        QCOMPARE(deleteAccount.headers.value("allow"), QByteArray("GET, HEAD, PATCH"));

        // Paging: 12 webhooks, pages of 5; a cursor stays valid when its item is deleted.
        const QByteArray hooks = "/v1/webhooks";
        for (int i = 0; i < 12; ++i) {
            const HttpAnswer a = post(hooks, "hook-" + QByteArray::number(i), kWebhookBody);
            QVERIFY2(a.status == 200, a.body.constData());
        }
        QStringList seen;
        QByteArray after;
        for (int page = 0; page < 4; ++page) {
            const HttpAnswer a
                = call(s, "GET", hooks + "?limit=5" + (after.isEmpty() ? QByteArray() : "&after=" + after), full, own);
            QCOMPARE(a.status, 200);
            const QJsonArray items = a.json().value(QLatin1String("result")).toArray();
            for (const auto& v : items)
                seen.append(v.toObject().value(QLatin1String("id")).toString());
            const QJsonValue next = a.json().value(QLatin1String("pagination")).toObject().value(QLatin1String("next"));
            if (next.isNull())
                break;
            after = next.toString().toUtf8();
            if (page == 0) // the last item of the page goes; its cursor still leads on
                QCOMPARE(call(s, "DELETE",
                              hooks + '/' + items.last().toObject().value(QLatin1String("id")).toString().toUtf8(),
                              full, own)
                             .status,
                         200);
        }
        QCOMPARE(seen.size(), 12);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 12);
        // limit and after are parsed strictly.
        for (const QByteArray& query : { QByteArray("?limit=abc"), QByteArray("?limit=0"), QByteArray("?limit=51"),
                                         QByteArray("?after=not-a-cursor") }) {
            const HttpAnswer a = call(s, "GET", hooks + query, full, own);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.reason(), QStringLiteral("validation_error"));
            QVERIFY2(a.body.contains(query.startsWith("?limit") ? "/query/limit" : "/query/after"), a.body.constData());
        }
    }

    void onlyTheSpecsOperationsAreServed()
    {
        SandboxServer& s = server();
        int lists = 0;
        for (const Service& service : Catalog::builtIn().services()) {
            const HttpAnswer a
                = call(s, "GET", "/v1/" + service.id.toUtf8(), QStringLiteral("test"), QStringLiteral("spc-own"));
            // The test token only holds payments:*, so any other list is a permission answer; the seeds' services
            // that Monime's API lacks (customers, analytics) and provider-kyc (no list) are 404.
            const bool inSpec = service.id != QLatin1String("customers") && service.id != QLatin1String("analytics")
                && service.id != QLatin1String("provider-kyc") && service.id != QLatin1String("receipts");
            const int expected = !inSpec ? 404 : service.id == QLatin1String("payments") ? 200 : 403;
            QVERIFY2(a.status == expected, qPrintable(service.id + QLatin1Char(' ') + QString::number(a.status)));
            lists += inSpec ? 1 : 0;
        }
        QCOMPARE(lists, 12);
        QCOMPARE(call(s, "GET", "/v1/no-such-thing", QStringLiteral("test"), QStringLiteral("spc-own")).status, 404);
        QCOMPARE(call(s, "GET", "/v2/payments", QStringLiteral("test"), QStringLiteral("spc-own")).status, 404);
        const HttpAnswer post
            = call(s, "POST", "/v1/payments", QStringLiteral("test"), QStringLiteral("spc-own"), "{}");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.headers.value("allow"), QByteArray("GET, HEAD"));
        QCOMPARE(post.reason(), QStringLiteral("method_not_allowed"));
        // The operations declared without Monime-Space-Id do not demand one.
        const HttpAnswer banks = call(s, "GET", "/v1/banks?country=SL", QStringLiteral("full"));
        QCOMPARE(banks.status, 200);
        QVERIFY(banks.body.contains("slb004"));
        QCOMPARE(call(s, "GET", "/v1/countries/SL", QStringLiteral("full")).status, 200);
    }

    void monimeVersion()
    {
        SandboxServer& s = server();
        const HttpAnswer older
            = call(s, "GET", "/", QStringLiteral("test"), {}, {}, { { "Monime-Version", "caph.2025-06-20" } });
        QCOMPARE(older.json().value(QLatin1String("apiVersion")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("caph.2025-06-20"));
        QCOMPARE(older.headers.value("monime-version"), QByteArray("caph.2025-06-20"));
        const HttpAnswer fallback = call(s, "GET", "/v1/payments", QStringLiteral("test"), QStringLiteral("spc-acme"));
        QCOMPARE(fallback.headers.value("monime-version"), QByteArray("caph.2025-08-23"));
        const HttpAnswer unknown = call(s, "GET", "/v1/payments", QStringLiteral("test"), QStringLiteral("spc-acme"),
                                        {}, { { "Monime-Version", "caph.1999-01-01" } });
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.reason(), QStringLiteral("unsupported_api_version"));
        QVERIFY(unknown.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("caph.2025-08-23")));
    }

    void rateLimits()
    {
        SandboxOptions o;
        o.rateLimits = true;
        SandboxServer& s = server(o);
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        auto request = [&](int token, const QByteArray& path) {
            return HttpTestClient::request(
                "GET", path,
                { { "Authorization", "Bearer " + m_f.secrets.value(QStringLiteral("rl%1").arg(token)) },
                  { "Monime-Space-Id", "spc-rl" } });
        };
        // Per token and endpoint, test: 5 per second; the clock stands still, so all fall in one window.
        for (int i = 0; i < 5; ++i) {
            c.send(request(0, "/v1/payments"));
            const HttpAnswer a = c.next();
            QCOMPARE(a.status, 200);
            QVERIFY(!a.headers.contains("monime-rate-limit")); // only on a 429
        }
        c.send(request(0, "/v1/payments"));
        HttpAnswer limited = c.next();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.reason(), QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("1"));
        QCOMPARE(limited.headers.value("monime-rate-limit"), QByteArray("endpoint-limit"));
        m_clock.advanceSecs(1);
        c.send(request(0, "/v1/payments"));
        QCOMPARE(c.next().status, 200);

        // Per token, test: 20 per second across endpoints (five endpoints, four calls each, then one more).
        m_clock.advanceSecs(1);
        const QList<QByteArray> endpoints { "/v1/payments",           "/v1/payouts",
                                            "/v1/webhooks",           "/v1/ussd-otps",
                                            "/v1/financial-accounts", "/v1/internal-transfers" };
        int ok = 0;
        for (int e = 0; e < 5; ++e) {
            for (int i = 0; i < 4; ++i) {
                c.send(request(0, endpoints.at(e)));
                ok += c.next().status == 200 ? 1 : 0;
            }
        }
        QCOMPARE(ok, 20);
        c.send(request(0, endpoints.at(5)));
        limited = c.next();
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.headers.value("monime-rate-limit"), QByteArray("token-limit"));

        // Per Space, test: 100 per second across tokens (five tokens at their own limit of 20).
        m_clock.advanceSecs(1);
        ok = 0;
        for (int t = 1; t <= 5; ++t) {
            for (int e = 0; e < 5; ++e) {
                for (int i = 0; i < 4; ++i) {
                    c.send(request(t, endpoints.at(e)));
                    ok += c.next().status == 200 ? 1 : 0;
                }
            }
        }
        QCOMPARE(ok, 100);
        c.send(request(0, "/v1/payments")); // rl0 has its whole allowance left, the Space has none
        const HttpAnswer spaceLimited = c.next();
        QCOMPARE(spaceLimited.status, 429);
        QCOMPARE(spaceLimited.headers.value("monime-rate-limit"), QByteArray("space-limit"));
        m_clock.advanceSecs(5);
    }

    void hardening_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("closes");
        QTest::newRow("malformed request line") << QByteArray("GARBAGE\r\n\r\n") << 400 << "malformed_request" << true;
        QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n\r\n") << 400 << "malformed_request" << true;
        QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe GET\r\n\r\n", 11) << 400 << "malformed_request" << true;
        QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nNo colon here\r\n\r\n") << 400
                                    << "malformed_request" << true;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400
                                       << "malformed_request" << true;
        QTest::newRow("bad content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << "malformed_request" << true;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505 << "http_version_not_supported"
                                  << true;
        QTest::newRow("chunked") << QByteArray(
            "POST /v1/payments HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                                 << 501 << "transfer_encoding_not_supported" << true;
        QTest::newRow("body too large") << QByteArray("POST /v1/payments HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n")
                                        << 413 << "payload_too_large" << true;
        QTest::newRow("headers too large")
            << (QByteArray("GET / HTTP/1.1\r\nX-Big: ") + QByteArray(20000, 'a') + "\r\n\r\n") << 431
            << "headers_too_large" << true;
        QTest::newRow("request line too long")
            << (QByteArray("GET /") + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n") << 414 << "uri_too_long" << true;
        QTest::newRow("wrong method on /")
            << QByteArray("DELETE / HTTP/1.1\r\nHost: x\r\n\r\n") << 405 << "method_not_allowed" << false;
        QTest::newRow("wrong method on a list")
            << QByteArray("PUT /v1/payments HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n") << 405
            << "method_not_allowed" << false;
        QTest::newRow("wrong method on an item") << QByteArray("POST /v1/payments/pay-1 HTTP/1.1\r\nHost: x\r\n\r\n")
                                                 << 405 << "method_not_allowed" << false;
        QTest::newRow("Connection: close")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n") << 200 << QString() << true;
        QTest::newRow("HTTP/1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 200 << QString() << true;
        QTest::newRow("endless empty lines") << QByteArray(200, '\n') << 400 << "malformed_request" << true;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << 200 << QString() << false;
        // RFC 9112 §3.2: Host is required in HTTP/1.1, never twice, and must be a host.
        QTest::newRow("no Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400 << "host_required" << true;
        QTest::newRow("two Hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400
                                   << "invalid_host" << true;
        QTest::newRow("two Hosts, HTTP/1.0")
            << QByteArray("GET / HTTP/1.0\r\nHost: a\r\nHost: a\r\n\r\n") << 400 << "invalid_host" << true;
        QTest::newRow("Host not a host") << QByteArray("GET / HTTP/1.1\r\nHost: a b\r\n\r\n") << 400 << "invalid_host"
                                         << true;
        QTest::newRow("Host with a bad port")
            << QByteArray("GET / HTTP/1.1\r\nHost: x:80a\r\n\r\n") << 400 << "invalid_host" << true;
        QTest::newRow("Host IPv6 literal")
            << QByteArray("GET / HTTP/1.1\r\nHost: [::1]:8420\r\n\r\n") << 200 << QString() << false;
        QTest::newRow("empty Host") << QByteArray("GET / HTTP/1.1\r\nHost:\r\n\r\n") << 200 << QString() << false;
        QTest::newRow("HTTP/1.0 without Host")
            << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << 200 << QString() << false;
        // absolute-form (RFC 9112 §3.2.2): accepted; Host is still required in HTTP/1.1.
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 200 << QString()
                                         << false;
        QTest::newRow("absolute target, port and query")
            << QByteArray("GET HTTP://127.0.0.1:8420?x=1 HTTP/1.1\r\nHost: y\r\n\r\n") << 200 << QString() << false;
        QTest::newRow("absolute target to /v1")
            << QByteArray("GET http://x/v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n") << 404 << "not_found" << false;
        QTest::newRow("absolute target without Host")
            << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400 << "host_required" << true;
        QTest::newRow("absolute target, https")
            << QByteArray("GET https://x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "malformed_request" << true;
        QTest::newRow("absolute target, user name")
            << QByteArray("GET http://u@x/ HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "malformed_request" << true;
        QTest::newRow("absolute target, no host")
            << QByteArray("GET http:///x HTTP/1.1\r\nHost: x\r\n\r\n") << 400 << "malformed_request" << true;
        QTest::newRow("asterisk target") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                         << "malformed_request" << true;
        // RFC 9110 §10.1.1: 100-continue is the only expectation met.
        QTest::newRow("unknown expectation")
            << QByteArray("POST /v1/payments HTTP/1.1\r\nHost: x\r\nExpect: magic\r\nContent-Length: 2\r\n\r\n{}")
            << 417 << "expectation_failed" << true;
        QTest::newRow("two expectations")
            << QByteArray("POST /v1/payments HTTP/1.1\r\nHost: x\r\nExpect: 100-continue, magic\r\n"
                          "Content-Length: 2\r\n\r\n{}")
            << 417 << "expectation_failed" << true;
        QTest::newRow("100-continue, body too large")
            << QByteArray("POST /v1/payments HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                          "Content-Length: 2000000\r\n\r\n")
            << 413 << "payload_too_large" << true;
    }

    void hardening()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(bool, closes);
        SandboxServer& s = server();
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        c.send(raw);
        const HttpAnswer a = c.next();
        QCOMPARE(a.status, status);
        QCOMPARE(a.reason(), reason);
        QVERIFY(a.headers.value("monime-request-id").startsWith("req-"));
        checkDate(a);
        if (status == 405)
            QVERIFY(!a.headers.value("allow").isEmpty());
        QCOMPARE(a.headers.value("connection"), closes ? QByteArray("close") : QByteArray("keep-alive"));
        if (closes) {
            QVERIFY(c.closedByPeer());
        } else {
            // Still serving on the same connection.
            c.send(HttpTestClient::request("GET", "/"));
            QCOMPARE(c.next().status, 200);
        }
        QVERIFY(s.isListening());
    }

    void keepAliveAndPipelining()
    {
        SandboxServer& s = server();
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        const QByteArray one = HttpTestClient::request("GET", "/");
        c.send(one + one + one);
        QSet<QByteArray> ids;
        for (int i = 0; i < 3; ++i) {
            const HttpAnswer a = c.next();
            QCOMPARE(a.status, 200);
            ids.insert(a.headers.value("monime-request-id"));
        }
        QCOMPARE(ids.size(), 3);
        QCOMPARE(s.connectionCount(), 1);
    }

    void headWhereverGetWorks_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("space");
        QTest::addColumn<int>("status");
        QTest::newRow("/ without a token") << QByteArray("/") << QString() << QString() << 200;
        QTest::newRow("/ with a token") << QByteArray("/") << QStringLiteral("test") << QString() << 200;
        QTest::newRow("a list") << QByteArray("/v1/payments?limit=2") << QStringLiteral("test")
                                << QStringLiteral("spc-acme") << 200;
        QTest::newRow("no permission") << QByteArray("/v1/payouts") << QStringLiteral("test")
                                       << QStringLiteral("spc-acme") << 403;
        QTest::newRow("no token") << QByteArray("/v1/payments") << QString() << QStringLiteral("spc-acme") << 401;
        QTest::newRow("an item not there")
            << QByteArray("/v1/payments/pay-none") << QStringLiteral("test") << QStringLiteral("spc-acme") << 404;
        QTest::newRow("no endpoint") << QByteArray("/v2/x") << QString() << QString() << 404;
    }

    void headWhereverGetWorks()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, token);
        QFETCH(QString, space);
        QFETCH(int, status);
        SandboxServer& s = server();
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!token.isEmpty())
            headers.append({ "Authorization", "Bearer " + m_f.secrets.value(token) });
        if (!space.isEmpty())
            headers.append({ "Monime-Space-Id", space.toUtf8() });
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        c.send(HttpTestClient::request("GET", path, headers));
        const HttpAnswer get = c.next();
        QCOMPARE(get.status, status);
        // HEAD, then GET again on the same connection: the HEAD answer must end at its headers.
        c.send(HttpTestClient::request("HEAD", path, headers) + HttpTestClient::request("GET", path, headers));
        const HttpAnswer head = c.next(5000, true);
        QCOMPARE(head.status, status);
        QVERIFY(!head.headers.value("content-length").isEmpty());
        QCOMPARE(head.headers.value("content-length").toLongLong(), get.body.size());
        for (const QByteArray& name :
             { QByteArray("content-type"), QByteArray("monime-version"), QByteArray("monime-sandbox-check"),
               QByteArray("allow"), QByteArray("www-authenticate"), QByteArray("connection") })
            QCOMPARE(head.headers.value(name), get.headers.value(name));
        checkDate(head);
        const HttpAnswer again = c.next();
        QCOMPARE(again.status, status);
        QCOMPARE(again.body, get.body);
        QVERIFY(c.unread().isEmpty());
    }

    void expectContinue_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("continues");
        QTest::newRow("HTTP/1.1: 100 Continue before the body") << QByteArray("HTTP/1.1") << true;
        QTest::newRow("HTTP/1.0: the expectation is ignored") << QByteArray("HTTP/1.0") << false;
    }

    void expectContinue()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, continues);
        SandboxServer& s = server();
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        const QByteArray body = R"({"name":"Continue","currency":"SLE"})";
        c.send("POST /v1/financial-accounts " + version + "\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
               + m_f.secrets.value(QStringLiteral("full"))
               + "\r\nMonime-Space-Id: spc-own\r\nContent-Type: application/json\r\nIdempotency-Key: " + "continue-"
               + version + "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\n\r\n");
        if (continues) {
            // The interim answer comes before any body byte is sent, and only it.
            const HttpAnswer interim = c.next(2000);
            QCOMPARE(interim.status, 100);
            QVERIFY(interim.headers.isEmpty());
        } else {
            QTest::qWait(200);
            QVERIFY2(c.unread().isEmpty(), c.unread().constData());
        }
        c.send(body);
        const HttpAnswer done = c.next();
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(QLatin1String("result")).toObject().value(QLatin1String("name")),
                 QJsonDocument::fromJson(body).object().value(QLatin1String("name")));
        QVERIFY(c.unread().isEmpty());
        if (continues) {
            // The next request on the connection gets its own 100 Continue.
            c.send("POST /v1/financial-accounts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                   + m_f.secrets.value(QStringLiteral("full"))
                   + "\r\nMonime-Space-Id: spc-own\r\nContent-Type: application/json\r\nIdempotency-Key: "
                     "continue-2\r\nExpect: 100-Continue\r\nContent-Length: 2\r\n\r\n");
            QCOMPARE(c.next(2000).status, 100);
            c.send("{}");
            QCOMPARE(c.next().status, 400); // the body is read, then refused: name and currency are required
        }
    }

    void startTakesTheWritersDescriptor()
    {
        // start() returns with the usage writer's thread running its event loop, whose dispatcher holds an eventfd:
        // were it made later, it could come when descriptors have run out (as below), and GLib aborts then.
        const auto eventFds = [] {
            int n = 0;
            for (const QFileInfo& fd :
                 QDir(QStringLiteral("/proc/self/fd")).entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot))
                n += fd.symLinkTarget().endsWith(QLatin1String("[eventfd]")) ? 1 : 0;
            return n;
        };
        const int before = eventFds();
        server();
        QCOMPARE(eventFds(), before + 1);
    }

    void acceptWhenOutOfDescriptors()
    {
        // The cap keeps the sandbox below its descriptor limit; when something else uses descriptors up anyway,
        // a failed accept must free a slot (the longest-idle connection) instead of spinning.
        SandboxServer& s = server();
        std::vector<std::unique_ptr<HttpTestClient>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<HttpTestClient>(QHostAddress(QHostAddress::LocalHost), s.port()));
            QVERIFY(idle.back()->connected());
        }
        QTRY_COMPARE(s.connectionCount(), 3);
        rlimit saved {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
        // The newcomer's socket exists before the limit tightens; then every descriptor below the limit is taken,
        // so the server's accept fails with EMFILE.
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        QVERIFY(client >= 0);
        int highestOpen = 0;
        for (const QString& name : QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System))
            highestOpen = std::max(highestOpen, name.toInt());
        std::vector<int> fillers;
        do {
            fillers.push_back(::dup(0));
            QVERIFY(fillers.back() >= 0);
        } while (fillers.back() <= highestOpen);
        rlimit tight = saved;
        tight.rlim_cur = rlim_t(fillers.back() + 1);
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &tight) == 0);
        rusage before {};
        ::getrusage(RUSAGE_SELF, &before);
        QElapsedTimer t;
        t.start();
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(s.port());
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        (void)::connect(client, reinterpret_cast<sockaddr*>(&addr), sizeof addr); // EINPROGRESS
        const bool connected = QTest::qWaitFor(
            [&] {
                pollfd p { client, POLLOUT, 0 };
                return ::poll(&p, 1, 0) == 1 && (p.revents & POLLOUT);
            },
            2000);
        const QByteArray request = HttpTestClient::request("GET", "/");
        const bool sent = connected
            && ::send(client, request.constData(), size_t(request.size()), MSG_NOSIGNAL) == ssize_t(request.size());
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                char buffer[4096];
                const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
                if (n > 0)
                    answer.append(buffer, qsizetype(n));
                return answer.contains("\r\n\r\n") || n == 0;
            },
            3000);
        const qint64 waited = t.elapsed();
        rusage after {};
        ::getrusage(RUSAGE_SELF, &after);
        QVERIFY(::setrlimit(RLIMIT_NOFILE, &saved) == 0);
        for (int fd : fillers)
            ::close(fd);
        ::close(client);
        QVERIFY(sent);
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
        QVERIFY2(waited < 1000, qPrintable(QString::number(waited)));
        const qint64 cpuUs = (after.ru_utime.tv_sec - before.ru_utime.tv_sec) * 1000000
            + (after.ru_utime.tv_usec - before.ru_utime.tv_usec)
            + (after.ru_stime.tv_sec - before.ru_stime.tv_sec) * 1000000
            + (after.ru_stime.tv_usec - before.ru_stime.tv_usec);
        QVERIFY2(cpuUs < 200000 + waited * 500, qPrintable(QString::number(cpuUs))); // no spinning: under half a core
        int closed = 0;
        for (auto& client : idle)
            closed += client->closedByPeer(200) ? 1 : 0;
        QCOMPARE(closed, 1); // the longest-idle one made room
    }

    void idleTimeout()
    {
        SandboxOptions o;
        o.idleTimeoutMs = 200;
        SandboxServer& s = server(o);
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        c.send(HttpTestClient::request("GET", "/"));
        QCOMPARE(c.next().status, 200);
        QElapsedTimer t;
        t.start();
        QVERIFY(c.closedByPeer(5000));
        QVERIFY2(t.elapsed() >= 100, qPrintable(QString::number(t.elapsed())));
        QTRY_COMPARE(s.connectionCount(), 0);
    }

    void slowRequestTimesOut()
    {
        SandboxOptions o;
        o.requestTimeoutMs = 200;
        SandboxServer& s = server(o);
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), s.port());
        QVERIFY(c.connected());
        c.send("GET / HTTP/1.1\r\nHost: x\r\n"); // and never the empty line
        const HttpAnswer a = c.next();
        QCOMPARE(a.status, 408);
        QVERIFY(c.closedByPeer());
    }

    void revocationIsNoticed_data()
    {
        QTest::addColumn<int>("changeCheckMs");
        QTest::newRow("checked on every request") << 0;
        QTest::newRow("default period") << SandboxOptions().changeCheckMs;
    }

    void revocationIsNoticed()
    {
        QFETCH(int, changeCheckMs);
        const QString name = QStringLiteral("toRevoke") + QString::number(changeCheckMs);
        addToken(name, Environment::Test, { QStringLiteral("payments:read") });
        SandboxOptions o;
        o.changeCheckMs = changeCheckMs;
        SandboxServer& s = server(o);
        QCOMPARE(call(s, "GET", "/v1/payments", name, QStringLiteral("spc-acme")).status, 200);
        {
            // Another connection, as the CLI or the GUI would revoke it.
            auto other = Database::openSqlite(m_path);
            QVERIFY(other.ok());
            QVERIFY(TokenRepository(*other.value())
                        .setRevoked(m_f.ids.value(name), m_clock.now().addSecs(-1), QStringLiteral("leaked"))
                        .ok());
        }
        QElapsedTimer t;
        t.start();
        if (changeCheckMs == 0) {
            QCOMPARE(call(s, "GET", "/v1/payments", name, QStringLiteral("spc-acme")).reason(),
                     QStringLiteral("token_revoked"));
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(call(s, "GET", "/v1/payments", name, QStringLiteral("spc-acme")).reason(),
                                      QStringLiteral("token_revoked"), 2000);
            QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        }
    }

    void usageIsRecorded()
    {
        addToken(QStringLiteral("usage"), Environment::Test, { QStringLiteral("payments:read") });
        SandboxOptions o;
        o.usageFlushMs = 50;
        SandboxServer& s = server(o);
        QSignalSpy flushed(&s, &SandboxServer::usageFlushed);
        QCOMPARE(call(s, "GET", "/v1/payments?limit=3", QStringLiteral("usage"), QStringLiteral("spc-acme")).status,
                 200);
        QCOMPARE(call(s, "GET", "/v1/payouts", QStringLiteral("usage"), QStringLiteral("spc-acme")).status, 403);
        QCOMPARE(call(s, "GET", "/", QStringLiteral("usage")).status, 200);
        QTRY_VERIFY(!flushed.isEmpty());
        const QString id = m_f.ids.value(QStringLiteral("usage"));
        QList<UsageRecord> rows;
        QTRY_COMPARE((rows = UsageRepository(*m_db).recent(id).value()).size(), 3);
        std::sort(rows.begin(), rows.end(), [](const UsageRecord& a, const UsageRecord& b) { return a.path < b.path; });
        QCOMPARE(rows.at(0).path, QStringLiteral("/"));
        QCOMPARE(rows.at(1).path, QStringLiteral("/v1/payments"));
        QCOMPARE(rows.at(1).method, QStringLiteral("GET"));
        QCOMPARE(rows.at(1).status, 200);
        QCOMPARE(rows.at(1).spaceId, QStringLiteral("spc-acme"));
        QCOMPARE(rows.at(1).callerIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(rows.at(1).environment, QStringLiteral("test"));
        QCOMPARE(rows.at(1).atMs, m_clock.now().toMSecsSinceEpoch());
        QVERIFY(rows.at(1).latencyUs >= 0);
        QCOMPARE(rows.at(2).status, 403);
        QCOMPARE(rows.at(2).reason, QStringLiteral("token_permission_denied"));
        auto token = TokenRepository(*m_db).find(id);
        QVERIFY(token.ok());
        QCOMPARE(token->lastUsedAt, m_clock.now());

        // Never a secret in the database.
        s.stop();
        for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(m_path + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray raw = f.readAll();
            for (const QByteArray& secret : std::as_const(m_f.secrets))
                QVERIFY(!raw.contains(secret.right(24)));
        }
    }

    void executable()
    {
        const QString binary = qEnvironmentVariable("MONIME_SANDBOX");
        QVERIFY2(QFile::exists(binary), "MONIME_SANDBOX must name the built monime-sandbox");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_path);
        p.setProcessEnvironment(env);
        p.start(
            binary,
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--environment"), QStringLiteral("test") });
        QByteArray out;
        const quint16 port = monime::testing::waitForSandboxPort(p, &out);
        QVERIFY(port != 0);
        QVERIFY(out.contains("listening on http://127.0.0.1:"));
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), port);
        QVERIFY(c.connected());
        c.send(HttpTestClient::request("GET", "/",
                                       { { "Authorization", "Bearer " + m_f.secrets.value(QStringLiteral("live")) } }));
        const HttpAnswer a = c.next();
        QCOMPARE(a.status, 200);
        // --environment test: a live token does not authenticate.
        QCOMPARE(a.headers.value("monime-sandbox-check"), QByteArray("environment_mismatch"));
        p.terminate(); // SIGTERM: a clean exit that writes the last usage batch
        QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QString id = m_f.ids.value(QStringLiteral("live"));
        bool found = false;
        // Read back through this process's connection; a read that meets the exiting process's last commit may
        // be told to retry (SQLITE_BUSY) once under load, so it gets a few tries, and says why if all fail.
        Result<QList<UsageRecord>> rows = UsageRepository(*m_db).recent(id);
        for (int attempt = 0; !rows.ok() && attempt < 20; ++attempt) {
            qWarning("usage read, attempt %d: %s", attempt + 1, qPrintable(rows.error().message));
            QTest::qWait(100);
            rows = UsageRepository(*m_db).recent(id);
        }
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        for (const UsageRecord& r : rows.value())
            found = found || r.reason == QLatin1String("environment_mismatch");
        QVERIFY(found);

        QProcess bad;
        bad.start(binary, { QStringLiteral("--environment"), QStringLiteral("staging") });
        QVERIFY(QTest::qWaitFor([&bad] { return bad.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--environment"));
    }

    void executableListensOnBothFamilies()
    {
        // As a user would: `--host ::` means every address, IPv4 included.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_path);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("MONIME_SANDBOX"),
                { QStringLiteral("--host"), QStringLiteral("::"), QStringLiteral("--port"), QStringLiteral("0") });
        QByteArray out;
        const quint16 port = monime::testing::waitForSandboxPort(p, &out);
        QVERIFY(port != 0);
        for (const QString& caller : { QStringLiteral("127.0.0.1"), QStringLiteral("::1") }) {
            HttpTestClient c { QHostAddress(caller), port };
            QVERIFY2(c.connected(), qPrintable(caller));
            c.send(HttpTestClient::request(
                "GET", "/v1/payments",
                { { "Authorization", "Bearer " + m_f.secrets.value(QStringLiteral("ipV4Single")) },
                  { "Monime-Space-Id", "spc-acme" } }));
            const HttpAnswer a = c.next();
            // The whitelist names 127.0.0.1: the IPv4 caller matches it, the IPv6 one does not.
            QCOMPARE(a.status, caller == QLatin1String("::1") ? 403 : 200);
            c.send(HttpTestClient::request("GET", "/"));
            QCOMPARE(c.next().json().value(QLatin1String("requestOrigin")).toObject().value(QLatin1String("ipAddress")),
                     QJsonValue(caller));
        }
        p.terminate();
        QVERIFY(QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 10000));
        QCOMPARE(p.exitCode(), 0);
    }

    void portZeroPicksAFreePort()
    {
        SandboxServer& a = server();
        SandboxServer& b = server();
        QVERIFY(a.port() > 0);
        QVERIFY(b.port() > 0);
        QVERIFY(a.port() != b.port());
        QCOMPARE(a.baseUrl().host(), QStringLiteral("127.0.0.1"));
        SandboxOptions taken;
        taken.port = a.port();
        SandboxServer clash(m_path, Catalog::builtIn(), m_clock, taken);
        auto started = clash.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, QStringLiteral("listen_failed"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
