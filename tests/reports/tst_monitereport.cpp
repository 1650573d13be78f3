// SPDX-License-Identifier: GPL-3.0-or-later
// The Monite section of the reports (issue 14, part 5): profiles added through MoniteService (client secret in the
// memory keychain), a token's times in the store and its value in the keychain, read back by Report::load over its
// own connection; every format (CSV both tables, JSON, HTML, PDF) has the section with the right cells and never a
// client secret or an access token, byte for byte.
#include "api/MoniteApiClient.h"
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "portal/MoniteService.h"
#include "reports/CsvReader.h"
#include "reports/ReportExporter.h"
#include "reports/pdf/PdfReportWriter.h"
#include "store/Database.h"
#include "store/MoniteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

namespace {
const QString kClientId = QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6");
const QString kAda = QStringLiteral("0b7a6c1e-2f4d-4a5b-8c9d-0e1f2a3b4c5d");
const QString kBob = QStringLiteral("9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
const QByteArray kSecret = "client-secret-Zx81Qv-never-in-a-report";
const QByteArray kStaleSecret = "stale-secret-Pq27Lm-never-in-a-report";
const QByteArray kAccessToken = "eyJhbGciOiJSUzI1NiJ9.access-token-Kd93Tn";
} // namespace

class TestMoniteReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbPath;
    FakeClock m_clock;
    MemorySecretStore m_secrets;
    std::unique_ptr<Database> m_db;
    QNetworkAccessManager m_network;
    std::unique_ptr<MoniteApiClient> m_client;
    std::unique_ptr<MoniteService> m_service;
    QString m_acmeId;

    template<typename T, typename Call> Result<T> await(Call call)
    {
        std::optional<Result<T>> got;
        call([&got](Result<T> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
            return makeError(QStringLiteral("test_timeout"), QString(), QStringLiteral("no answer"));
        return std::move(*got);
    }

    Result<MoniteProfile> add(const QString& name, const QByteArray& secret, const QStringList& users)
    {
        MoniteProfileDraft d { name, QStringLiteral("http://127.0.0.1:9/v1"), QString(), kClientId, users };
        return await<MoniteProfile>([&](auto done) { m_service->addProfile(d, secret, done); });
    }

    Report load(const HealthSettings& settings = {})
    {
        auto report = Report::load(m_dbPath, ReportFilter(), m_clock.now(), Report::allColumns(), settings);
        if (!report.ok())
            qFatal("%s", qPrintable(report.error().message));
        return report.value();
    }

    QByteArray exportTo(ReportFormat format, const Report& report, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto done = ReportExporter::exportTo(format, report, path);
        if (!done.ok())
            qFatal("%s", qPrintable(done.error().message));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

    /// No secret of the keychain, whole or in a recognisable part, in `bytes`.
    void verifyNoSecret(const QByteArray& bytes, const char* what)
    {
        QVERIFY(!m_secrets.items().isEmpty());
        for (const QByteArray& secret : m_secrets.items()) {
            QVERIFY2(!bytes.contains(secret), what);
            QVERIFY2(!bytes.contains(secret.left(16)), what);
            QVERIFY2(!bytes.contains(secret.right(16)), what);
            QVERIFY2(!bytes.contains(secret.toBase64()), what);
            QVERIFY2(!bytes.contains(QString::fromLatin1(secret).toUtf8().toPercentEncoding()), what);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PdfReportWriter::registerWriter();
        m_dbPath = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        auto db = Database::openSqlite(m_dbPath);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db).value();
        m_client = std::make_unique<MoniteApiClient>(m_network);
        m_service = std::make_unique<MoniteService>(*m_db, m_secrets, m_clock, *m_client);

        // "stale": added 200 days ago and never used since.
        m_clock.set(QDateTime(QDate(2026, 5, 7), QTime(12, 0), Qt::UTC));
        QVERIFY(add(QStringLiteral("stale"), kStaleSecret, {}).ok());
        // "acme": added 10 days ago, an entity user with a label and one without; a partner token got an hour ago.
        m_clock.set(QDateTime(QDate(2026, 11, 13), QTime(12, 0), Qt::UTC));
        auto acme = add(QStringLiteral("acme"), kSecret, { kAda + QStringLiteral("=Ada"), kBob });
        QVERIFY(acme.ok());
        m_acmeId = acme->id;
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        MoniteRepository repo(*m_db);
        const MoniteTokenTimes partner = MoniteTokenTimes::fromResponse(m_clock.now().addSecs(-3600), 86400);
        QVERIFY(repo.putToken(m_acmeId, { MoniteAuthGrant::partner(), partner }).ok());
        QVERIFY(repo.setLastUsed(m_acmeId, m_clock.now().addSecs(-3600)).ok());
        const MoniteTokenTimes old = MoniteTokenTimes::fromResponse(m_clock.now().addDays(-2), 3600);
        QVERIFY(repo.putToken(m_acmeId, { MoniteAuthGrant::entityUser(kAda), old }).ok());
        // The token as the service keeps it: in the keychain only.
        QVERIFY(await<void>([&](auto done) {
                    m_secrets.write(MoniteService::accessTokenKey(m_acmeId, MoniteAuthGrant::partner()), kAccessToken,
                                    done);
                }).ok());
        QCOMPARE(m_secrets.items().size(), 3);
    }

    void reportHoldsTheProfilesAndTheirFindings()
    {
        const Report r = load();
        QCOMPARE(r.moniteClients.size(), 2);
        const ReportMoniteClient& acme = r.moniteClients.at(0);
        QCOMPARE(acme.profile.name, QStringLiteral("acme"));
        QCOMPARE(acme.grants.size(), 3); // partner, Ada, the unlabelled one
        QCOMPARE(acme.grants.at(0).label, QStringLiteral("partner"));
        QVERIFY(r.hasLiveToken(acme.grants.at(0)));
        QCOMPARE(acme.grants.at(1).label, QStringLiteral("Ada"));
        QCOMPARE(r.moniteTokenStatus(acme.grants.at(1)), MoniteTokenStatus::Expired);
        QCOMPARE(acme.grants.at(2).label, kBob);
        QCOMPARE(r.moniteTokenStatus(acme.grants.at(2)), MoniteTokenStatus::None);
        QCOMPARE(r.secretAgeDays(acme.profile), 10);
        QCOMPARE(r.secretAgeDays(r.moniteClients.at(1).profile), 200);

        // "stale": secret older than 2 × 90 days (high), unused 200 days (medium); nothing for "acme".
        QStringList codes;
        for (const HealthFinding& f : r.health) {
            QCOMPARE(f.moniteProfile, QStringLiteral("stale"));
            codes << f.code;
        }
        QCOMPARE(codes,
                 (QStringList { QStringLiteral("monite_secret_rotation_due"), QStringLiteral("monite_unused") }));
        QCOMPARE(r.health.first().severity, Severity::High);
    }

    void jsonHasTheMoniteSection()
    {
        const QByteArray bytes = exportTo(ReportFormat::Json, load(), QStringLiteral("r.json"));
        verifyNoSecret(bytes, "JSON");
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("monime-portal/token-report"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("tokens")).isArray()); // the existing keys are still there
        const QJsonArray clients = o.value(QStringLiteral("monite_clients")).toArray();
        QCOMPARE(clients.size(), 2);
        const QJsonObject acme = clients.at(0).toObject();
        QCOMPARE(acme.value(QStringLiteral("name")).toString(), QStringLiteral("acme"));
        QCOMPARE(acme.value(QStringLiteral("environment")).toString(), QStringLiteral("custom"));
        QCOMPARE(acme.value(QStringLiteral("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:9/v1"));
        QCOMPARE(acme.value(QStringLiteral("apiVersion")).toString(), MoniteRules::defaultApiVersion());
        QCOMPARE(acme.value(QStringLiteral("clientId")).toString(), kClientId);
        QCOMPARE(acme.value(QStringLiteral("entityUserCount")).toInt(), 2);
        QCOMPARE(acme.value(QStringLiteral("secretSetAt")).toString(), QStringLiteral("2026-11-13T12:00:00Z"));
        QCOMPARE(acme.value(QStringLiteral("secretAgeDays")).toInt(), 10);
        QCOMPARE(acme.value(QStringLiteral("lastUsedAt")).toString(), QStringLiteral("2026-11-23T11:00:00Z"));
        QVERIFY(acme.value(QStringLiteral("lastTestResult")).isNull());
        const QJsonArray grants = acme.value(QStringLiteral("grants")).toArray();
        QCOMPARE(grants.size(), 3);
        const QJsonObject partner = grants.at(0).toObject();
        QCOMPARE(partner.value(QStringLiteral("grant")).toString(), QStringLiteral("client_credentials"));
        QVERIFY(partner.value(QStringLiteral("entityUserId")).isNull());
        QCOMPARE(partner.value(QStringLiteral("status")).toString(), QStringLiteral("live"));
        QCOMPARE(partner.value(QStringLiteral("liveToken")).toBool(), true);
        QCOMPARE(partner.value(QStringLiteral("expiresAt")).toString(), QStringLiteral("2026-11-24T11:00:00Z"));
        QCOMPARE(partner.value(QStringLiteral("secondsLeft")).toInt(), 23 * 3600);
        const QJsonObject ada = grants.at(1).toObject();
        QCOMPARE(ada.value(QStringLiteral("grant")).toString(), QStringLiteral("entity_user"));
        QCOMPARE(ada.value(QStringLiteral("entityUserId")).toString(), kAda);
        QCOMPARE(ada.value(QStringLiteral("label")).toString(), QStringLiteral("Ada"));
        QCOMPARE(ada.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
        QCOMPARE(ada.value(QStringLiteral("liveToken")).toBool(), false);
        const QJsonObject bob = grants.at(2).toObject();
        QCOMPARE(bob.value(QStringLiteral("status")).toString(), QStringLiteral("none"));
        QVERIFY(bob.value(QStringLiteral("expiresAt")).isNull());
        QVERIFY(bob.value(QStringLiteral("secondsLeft")).isNull());

        const QJsonArray health = o.value(QStringLiteral("health")).toArray();
        QCOMPARE(health.size(), 2);
        const QJsonObject f = health.at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("subject")).toString(), QStringLiteral("monite_client"));
        QCOMPARE(f.value(QStringLiteral("moniteClient")).toString(), QStringLiteral("stale"));
        QVERIFY(f.value(QStringLiteral("tokenId")).isNull());
        QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("monite_secret_rotation_due"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        QVERIFY(f.value(QStringLiteral("fix")).toString().contains(QStringLiteral("monite secret stale")));
    }

    void csvTablesAreOneEach()
    {
        Report r = load();
        const QByteArray tokens = exportTo(ReportFormat::Csv, r, QStringLiteral("tokens.csv"));
        verifyNoSecret(tokens, "CSV tokens");
        QVERIFY(tokens.startsWith("name,id,type,"));
        QVERIFY(!tokens.contains("acme")); // the tokens table only

        r.csvTable = Report::CsvTable::MoniteClients;
        const QByteArray bytes = exportTo(ReportFormat::Csv, r, QStringLiteral("monite.csv"));
        verifyNoSecret(bytes, "CSV Monite");
        bool bareLf = false;
        const QList<QStringList> rows = CsvReader::parse(bytes, &bareLf);
        QVERIFY(!bareLf);
        QCOMPARE(rows.size(), 1 + 3 + 1); // header, acme's three grants, stale's partner grant
        const QStringList header = rows.at(0);
        QCOMPARE(header.join(QLatin1Char(',')),
                 QStringLiteral("profile,environment,base_url,api_version,client_id,entity_users,secret_stored,"
                                "secret_age_days,last_used,last_tested,last_test_result,grant,entity_user_id,"
                                "grant_label,token_status,live_token,token_expires"));
        auto cell = [&](int row, const char* key) { return rows.at(row).at(header.indexOf(QLatin1String(key))); };
        QCOMPARE(cell(1, "profile"), QStringLiteral("acme"));
        QCOMPARE(cell(1, "client_id"), kClientId);
        QCOMPARE(cell(1, "entity_users"), QStringLiteral("2"));
        QCOMPARE(cell(1, "secret_stored"), QStringLiteral("2026-11-13T12:00:00Z"));
        QCOMPARE(cell(1, "secret_age_days"), QStringLiteral("10"));
        QCOMPARE(cell(1, "grant"), QStringLiteral("client_credentials"));
        QCOMPARE(cell(1, "token_status"), QStringLiteral("live"));
        QCOMPARE(cell(1, "live_token"), QStringLiteral("true"));
        QCOMPARE(cell(1, "token_expires"), QStringLiteral("2026-11-24T11:00:00Z"));
        QCOMPARE(cell(2, "entity_user_id"), kAda);
        QCOMPARE(cell(2, "grant_label"), QStringLiteral("Ada"));
        QCOMPARE(cell(2, "token_status"), QStringLiteral("expired"));
        QCOMPARE(cell(2, "live_token"), QStringLiteral("false"));
        QCOMPARE(cell(3, "token_status"), QStringLiteral("none"));
        QCOMPARE(cell(3, "token_expires"), QString());
        QCOMPARE(cell(4, "profile"), QStringLiteral("stale"));
        QCOMPARE(cell(4, "secret_age_days"), QStringLiteral("200"));
    }

    void htmlHasASecondTable()
    {
        const QByteArray bytes = exportTo(ReportFormat::Html, load(), QStringLiteral("r.html"));
        verifyNoSecret(bytes, "HTML");
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(html.contains(QStringLiteral("Monite clients (2)")));
        QVERIFY(html.contains(QStringLiteral("<td>acme</td>")));
        QVERIFY(html.contains(QStringLiteral("<td>") + kClientId + QStringLiteral("</td>")));
        QVERIFY(html.contains(QStringLiteral("partner: live until 2026-11-24 11:00")));
        QVERIFY(html.contains(QStringLiteral("Ada: expired 2026-11-21 13:00")));
        QVERIFY(html.contains(kBob + QStringLiteral(": no token")));
        QVERIFY(html.contains(QStringLiteral("<td>2026-11-13 12:00</td><td>10</td>"))); // stored, age
        QVERIFY(html.contains(QStringLiteral("Monite client</small>"))); // a finding names its profile
        QVERIFY(html.indexOf(QStringLiteral("Monite clients (2)"))
                < html.indexOf(QStringLiteral("Health findings (2)")));
    }

    void pdfHasAMoniteTable()
    {
        const QByteArray bytes = exportTo(ReportFormat::Pdf, load(), QStringLiteral("r.pdf"));
        verifyNoSecret(bytes, "PDF");
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { m_dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("-") });
        QVERIFY(p.waitForFinished(30000));
        const QByteArray text = p.readAllStandardOutput();
        verifyNoSecret(text, "PDF text");
        QVERIFY2(text.contains("Monite clients (2)"), text.constData());
        QVERIFY(text.contains("acme"));
        QVERIFY(text.contains("partner: live until 2026-11-24 11:00"));
        QVERIFY(text.contains("Monite client secret due for rotation"));
    }

    void noProfilesNoSection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(Database::openSqlite(path).ok());
        auto r = Report::load(path, ReportFilter(), m_clock.now());
        QVERIFY(r.ok());
        QVERIFY(r->moniteClients.isEmpty());
        const QByteArray json = exportTo(ReportFormat::Json, r.value(), QStringLiteral("empty.json"));
        QVERIFY(json.contains("\"monite_clients\":[]"));
        const QByteArray html = exportTo(ReportFormat::Html, r.value(), QStringLiteral("empty.html"));
        QVERIFY(!html.contains("Monite clients ("));
    }
};

QTEST_MAIN(TestMoniteReport)
#include "tst_monitereport.moc"
