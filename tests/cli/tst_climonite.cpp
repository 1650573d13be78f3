// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: `monime-portal-cli monite …` as a user runs it, with the real Secret Service (tests/with-keyring.sh),
// a real SQLite file, and the sandbox's Monite emulation in this process on 127.0.0.1. Ends with a scan of
// everything the app wrote or printed for the client secret and every access token.
#undef QT_NO_CAST_FROM_ASCII // test data are plain literals in this file

#include "core/Clock.h"
#include "sandbox/monite/MoniteSandbox.h"
#include "support/CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;
using Run = monime::testing::ProcessRun;

namespace {
const QString kClientId = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const QString kEntity = "11111111-1111-4111-8111-111111111111";
const QString kRole = "aaaaaaaa-0000-4000-8000-000000000001";
const QString kAlice = "bbbbbbbb-0000-4000-8000-000000000001";
const QByteArray kSecret = "cli-client-secret-7Hq2Wz";
} // namespace

class TestCliMonite : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
    SystemClock m_clock;
    std::unique_ptr<MoniteSandbox> m_sandbox;
    QList<QByteArray> m_printed; ///< everything printed, but the one-time token displays
    QList<QByteArray> m_tokens; ///< every access token seen

    Run run(const QStringList& args, const QByteArray& input = {}, bool oneTimeDisplay = false)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert("MONIME_PORTAL_DATABASE", m_db);
        e.insert("LANG", "C.UTF-8");
        const Run r = monime::testing::runProcess(m_cli, args, e, input, 30000);
        if (!oneTimeDisplay)
            m_printed << r.out;
        m_printed << r.err;
        return r;
    }
    QJsonObject profileJson()
    {
        const Run r = run({ "monite", "list", "--json" });
        return QJsonDocument::fromJson(r.out).array().first().toObject();
    }
    static QByteArray keychain(const QString& key) { return monime::testing::secretToolLookup(key); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh.");
        m_db = m_dir.filePath("inventory.sqlite");
        MoniteSandboxConfig config;
        config.addClient("ci", kClientId, kSecret);
        config.addEntity(kEntity, "Acme");
        config.addRole(kRole, kEntity, "Clerk",
                       { { "payable", "read", MonitePermission::AllowedForOwn },
                         { "payable", "pay", MonitePermission::NotAllowed } });
        config.addEntityUser(kAlice, kEntity, kRole, "alice", "Alice");
        MoniteApiOptions options;
        options.tokenLifetimeSecs = 3600;
        m_sandbox = std::make_unique<MoniteSandbox>(config, m_clock, options);
        auto port = m_sandbox->listen();
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
    }

    void addRefusesBadInput()
    {
        Run r = run({ "monite", "add", "bad", "--client-id", "nope", "--environment", "sandbox" }, kSecret);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--client-id"), r.err.constData());
        r = run({ "monite", "add", "bad", "--client-id", kClientId, "--environment", "http://example.org/v1" },
                kSecret);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--environment"));
        QVERIFY(r.err.contains("https"));
        r = run({ "monite", "add", "bad", "--client-id", kClientId }, QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("standard input"));
        // The secret is never an argument.
        r = run({ "monite", "add", "bad", QString::fromLatin1(kSecret), "--client-id", kClientId }, kSecret);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(run({ "monite", "list", "--json" }).out.trimmed() == "[]");
    }

    void wholeFlow()
    {
        const QString base = m_sandbox->baseUrl().toString();
        Run r = run({ "monite", "add", "acme", "--client-id", kClientId, "--environment", base, "--entity-user",
                      kAlice + "=alice" },
                    kSecret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject p = profileJson();
        const QString id = p.value("id").toString();
        QVERIFY(id.startsWith("mnp-"));
        QCOMPARE(p.value("baseUrl").toString(), base);
        QCOMPARE(p.value("apiVersion").toString(), QStringLiteral("2024-05-25"));
        // The real keychain holds the secret, read from outside the app.
        QCOMPARE(keychain("monite:" + id + ":client-secret"), kSecret);

        // Partner token: printed once on stdout, expiry on stderr, kept in the keychain.
        r = run({ "monite", "token", "acme" }, {}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray partner = r.out.trimmed();
        QVERIFY(!partner.isEmpty());
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.err.contains("expires"));
        QVERIFY(r.err.contains("shown only this once"));
        QCOMPARE(keychain("monite:" + id + ":token:partner"), partner);
        m_tokens << partner;

        r = run({ "monite", "token", "acme", "--entity-user", "alice", "--json" }, {}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject minted = QJsonDocument::fromJson(r.out).object();
        const QByteArray alice = minted.value("accessToken").toString().toUtf8();
        QCOMPARE(minted.value("entityUserId").toString(), kAlice);
        QVERIFY(minted.value("secondsLeft").toInt() > 3590);
        QCOMPARE(keychain("monite:" + id + ":token:eu-" + kAlice), alice);
        m_tokens << alice;

        // Tests: partner lists entities; the entity user is Alice with role Clerk.
        r = run({ "monite", "test", "acme" });
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY(r.out.startsWith("PASSED"));
        r = run({ "monite", "test", "acme", "--entity-user", "alice", "--json" });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject tested = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(tested.value("ok").toBool(), true);
        QCOMPARE(tested.value("reminted").toBool(), false);
        QCOMPARE(tested.value("user").toObject().value("login").toString(), QStringLiteral("alice"));
        const QJsonObject role = tested.value("role").toObject();
        QCOMPARE(role.value("name").toString(), QStringLiteral("Clerk"));
        QCOMPARE(role.value("permissions").toObject().value("payable").toObject().value("read").toString(),
                 QStringLiteral("allowed_for_own"));
        QCOMPARE(role.value("permissions").toObject().value("payable").toObject().value("pay").toString(),
                 QStringLiteral("not_allowed"));

        // Revoke Alice's token: gone from the keychain, refused by the sandbox; the next test gets a fresh one.
        r = run({ "monite", "revoke", "acme", "--entity-user", "alice" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(keychain("monite:" + id + ":token:eu-" + kAlice).isEmpty());
        r = run({ "monite", "test", "acme", "--entity-user", kAlice, "--json" });
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("reminted").toBool(), true);
        m_tokens << keychain("monite:" + id + ":token:eu-" + kAlice);
        QCOMPARE(run({ "monite", "revoke", "acme", "--entity-user", "nobody" }).exitCode, 2);

        // list/show: status and countdown, history; never a secret.
        r = run({ "monite", "show", "acme", "--json" });
        const QJsonObject shown = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(shown.value("tokens").toArray().size(), 2);
        QVERIFY(shown.value("history").toArray().size() >= 5);
        QVERIFY(run({ "monite", "show", "acme" }).out.contains("live, expires in"));
        QVERIFY(run({ "monite", "list" }).out.contains("acme"));

        // doctor does not mistake the Monite items for lost token secrets.
        r = run({ "doctor" });
        QVERIFY2(!r.out.contains("monite:"), r.out.constData());

        // Replace the secret: a wrong one makes the next token fail with the fix in the message.
        r = run({ "monite", "secret", "acme" }, "wrong-secret");
        QCOMPARE(r.exitCode, 0);
        r = run({ "monite", "token", "acme" }, {}, true);
        QCOMPARE(r.exitCode, 2); // the fix is the user's input: the secret
        QVERIFY(r.err.contains("monite secret"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(run({ "monite", "secret", "acme" }, kSecret).exitCode, 0);

        // The reports are written before the profile goes, so the scan covers them.
        for (const char* format : { "json", "csv", "html" }) {
            const QString out = m_dir.filePath(QStringLiteral("report.%1").arg(QLatin1String(format)));
            QCOMPARE(run({ "export", "--output", out, "--format", QLatin1String(format) }).exitCode, 0);
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            m_printed << f.readAll();
        }
        m_tokens << keychain("monite:" + id + ":token:partner");

        // Remove: the profile and its keychain items are gone.
        r = run({ "monite", "remove", "acme" });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("stay valid"));
        QVERIFY(keychain("monite:" + id + ":client-secret").isEmpty());
        QVERIFY(keychain("monite:" + id + ":token:partner").isEmpty());
        QCOMPARE(run({ "monite", "show", "acme" }).exitCode, 2);
    }

    // Issue 14 part 5: export, health and doctor with a profile; everything they print goes to the secrets scan.
    void reportsHealthAndDoctor()
    {
        const QString base = m_sandbox->baseUrl().toString();
        Run r = run({ "monite", "add", "ops", "--client-id", kClientId, "--environment", base, "--entity-user",
                      kAlice + "=alice" },
                    kSecret + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = profileJson().value("id").toString();
        r = run({ "monite", "token", "ops" }, {}, true);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        m_tokens << r.out.trimmed();

        auto exported = [this](const QStringList& args, const QString& name) {
            const QString out = m_dir.filePath(name);
            const Run e = run(QStringList { "export", "--output", out } + args);
            QFile f(out);
            const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            m_printed << bytes;
            return std::make_pair(e, bytes);
        };
        auto [json, jsonBytes] = exported({}, "ops.json");
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QVERIFY(json.out.contains("1 Monite client"));
        const QJsonObject client
            = QJsonDocument::fromJson(jsonBytes).object().value("monite_clients").toArray().first().toObject();
        QCOMPARE(client.value("name").toString(), QStringLiteral("ops"));
        QCOMPARE(client.value("clientId").toString(), kClientId);
        QCOMPARE(client.value("entityUserCount").toInt(), 1);
        const QJsonArray grants = client.value("grants").toArray();
        QCOMPARE(grants.size(), 2);
        QCOMPARE(grants.at(0).toObject().value("liveToken").toBool(), true);
        QCOMPARE(grants.at(1).toObject().value("status").toString(), QStringLiteral("none"));
        auto [csv, csvBytes] = exported({ "--table", "monite" }, "ops.csv");
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QVERIFY(csvBytes.startsWith("profile,environment,base_url,"));
        QVERIFY(csvBytes.contains("ops,custom,") && csvBytes.contains(",client_credentials,,partner,live,true,"));
        auto [tokensCsv, tokensBytes] = exported({}, "tokens.csv");
        QVERIFY(tokensBytes.startsWith("name,id,type,") && !tokensBytes.contains("ops"));
        QCOMPARE(exported({ "--table", "monite" }, "nope.json").first.exitCode, 2); // CSV only
        auto [html, htmlBytes] = exported({}, "ops.html");
        QVERIFY(htmlBytes.contains("Monite clients (1)"));

        // A fresh profile: no finding.
        r = run({ "health", "--json" });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("moniteClients").toInt(), 1);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value("findings").toArray().isEmpty());

        // Its secret stored 200 days ago and its last use 40 days ago (the store's times, moved back).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "age");
            db.setDatabaseName(m_db);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QVERIFY(q.exec(QStringLiteral("UPDATE monite_profiles SET secret_set_at = %1, last_used_at = %2")
                               .arg(now - 200LL * 86400000)
                               .arg(now - 40LL * 86400000)));
            db.close();
        }
        QSqlDatabase::removeDatabase("age");
        r = run({ "health" });
        QCOMPARE(r.exitCode, 3); // high: the secret is older than twice the rotation period
        QVERIFY2(r.out.contains("Monite client ops") && r.out.contains("monite_secret_rotation_due")
                     && r.out.contains("monite_unused") && r.out.contains("monime-portal-cli monite secret ops"),
                 r.out.constData());
        r = run({ "health", "--json", "--rotation-days", "365" });
        QCOMPARE(r.exitCode, 0); // 200 days is within a 365-day period: only "unused" is left
        const QJsonArray findings = QJsonDocument::fromJson(r.out).object().value("findings").toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value("subject").toString(), QStringLiteral("monite_client"));
        QCOMPARE(findings.at(0).toObject().value("moniteClient").toString(), QStringLiteral("ops"));
        QVERIFY(findings.at(0).toObject().value("tokenId").isNull());
        QCOMPARE(findings.at(0).toObject().value("code").toString(), QStringLiteral("monite_unused"));

        // doctor: the profile's client secret is there ...
        r = run({ "doctor" });
        QVERIFY2(r.exitCode == 0 && r.out.contains("[ ok ] monite") && r.out.contains("1 Monite profiles"),
                 r.out.constData());
        // ... an orphan "monite:" item is a warning with the command that deletes it ...
        const QString orphan = "monite:mnp-ghost:client-secret";
        QProcess store;
        store.start("secret-tool", { "store", "--label", "orphan", "server", "io.monime.portal", "user", orphan });
        store.write("ghost-secret-not-a-real-one");
        store.closeWriteChannel();
        QVERIFY(store.waitForFinished(10000) && store.exitCode() == 0);
        r = run({ "doctor" });
        QVERIFY2(r.exitCode == 0 && r.out.contains("[warn] monite")
                     && r.out.contains(("doctor --forget-secret " + orphan).toUtf8()),
                 r.out.constData());
        QCOMPARE(run({ "doctor", "--forget-secret", "monite:" + id + ":token:partner" }).exitCode, 2); // a profile's
        QVERIFY(!keychain("monite:" + id + ":token:partner").isEmpty());
        QCOMPARE(run({ "doctor", "--forget-secret", orphan }).exitCode, 0);
        QVERIFY(keychain(orphan).isEmpty());
        // ... and a client secret gone from the keychain fails, with the fix.
        QCOMPARE(
            QProcess::execute("secret-tool",
                              { "clear", "server", "io.monime.portal", "user", "monite:" + id + ":client-secret" }),
            0);
        r = run({ "doctor" });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("[FAIL] monite") && r.out.contains("monime-portal-cli monite secret ops"),
                 r.out.constData());
        QCOMPARE(run({ "monite", "secret", "ops" }, kSecret).exitCode, 0);
        r = run({ "doctor" });
        QVERIFY2(r.exitCode == 0 && !r.out.contains("[FAIL]"), r.out.constData());
        m_tokens << keychain("monite:" + id + ":token:partner");
        QCOMPARE(run({ "monite", "remove", "ops" }).exitCode, 0);
    }

    // No client secret or access token anywhere but the keychain and the one-time display.
    void secretsScan()
    {
        QVERIFY(m_tokens.size() >= 4);
        QList<QByteArray> secrets { kSecret };
        for (const QByteArray& t : std::as_const(m_tokens))
            if (!t.isEmpty())
                secrets << t;
        QList<QByteArray> places = m_printed;
        for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(m_db + suffix);
            if (f.open(QIODevice::ReadOnly))
                places << f.readAll();
        }
        QVERIFY(places.size() > 20);
        for (const QByteArray& secret : std::as_const(secrets))
            for (const QByteArray& place : std::as_const(places))
                QVERIFY2(!place.contains(secret) && !place.contains(secret.right(16)),
                         qPrintable("a secret was found in: " + QString::fromUtf8(place.left(200))));
    }
};

QTEST_GUILESS_MAIN(TestCliMonite)
#include "tst_climonite.moc"
