// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: `monime-portal-cli export` and `health`, run as a user runs them, over tokens of every kind made
// through the CLI with the real Secret Service keyring (run under tests/with-keyring.sh). No output may hold a
// secret; the CSV and JSON must match the store; the PDF must read back with pdftotext.
#include "reports/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include "support/CliProcess.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
    QString m_bigDb; ///< a copy of m_db with kBigInventory tokens, for the full-disk tests
    static constexpr int kBigInventory = 7 * 16;
    QList<QByteArray> m_secrets;
    QHash<QString, QString> m_idByName;
    QList<Run> m_runs; // every run's output is searched for secrets at the end

    Run run(const QStringList& args, const QByteArray& input = {}, const QByteArray& fault = {})
    {
        return runOn(m_db, args, input, fault);
    }

    Run runOn(const QString& database, const QStringList& args, const QByteArray& input = {},
              const QByteArray& fault = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), database);
        if (!fault.isEmpty())
            e.insert(QStringLiteral("MONIME_PORTAL_FAULT"), QString::fromLatin1(fault));
        const monime::testing::ProcessRun p = monime::testing::runProcess(m_cli, args, e, input);
        const Run r { p.exitCode, p.out, p.err };
        // create, import and rotate print a secret by design; everything else must never.
        if (!QStringList({ QStringLiteral("create"), QStringLiteral("import"), QStringLiteral("rotate") })
                 .contains(args.value(0)))
            m_runs << r;
        return r;
    }

    static QByteArray secretTool(const QString& id) { return monime::testing::secretToolLookup(id); }

    bool sql(const QString& statement, const QVariantList& values)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(statement);
                for (const QVariant& v : values)
                    q.addBindValue(v);
                ok = q.exec() && q.numRowsAffected() == 1;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("poke"));
        return ok;
    }

    /// A copy of the inventory with every token copied until there are kBigInventory (no secrets needed:
    /// an export reads none).
    bool makeBigInventory()
    {
        m_bigDb = m_dir.filePath(QStringLiteral("big.sqlite"));
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("big"));
            db.setDatabaseName(m_db);
            ok = db.open() && QSqlQuery(db).exec(QStringLiteral("VACUUM INTO '%1'").arg(m_bigDb));
            db.close();
            db.setDatabaseName(m_bigDb);
            ok = ok && db.open();
            QSqlQuery q(db);
            for (int copy = 1; ok && copy <= 4; ++copy) { // 7 tokens, doubled four times
                const QString suffix = QStringLiteral("c%1").arg(copy);
                for (const QString& statement :
                     { QStringLiteral("INSERT INTO token_permissions SELECT token_id || '%1', permission "
                                      "FROM token_permissions"),
                       QStringLiteral("INSERT INTO token_ip_rules SELECT token_id || '%1', rule FROM token_ip_rules"),
                       QStringLiteral("CREATE TEMP TABLE t AS SELECT * FROM tokens"),
                       QStringLiteral("UPDATE t SET id = id || '%1', secret_digest = secret_digest || '%1', "
                                      "name = name || ' %1'"),
                       QStringLiteral("INSERT INTO tokens SELECT * FROM t"), QStringLiteral("DROP TABLE t") })
                    ok = ok && q.exec(QString(statement).replace(QStringLiteral("%1"), suffix));
                if (!ok)
                    qWarning() << q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("big"));
        return ok;
    }

    QJsonArray listJson()
    {
        return QJsonDocument::fromJson(run({ QStringLiteral("list"), QStringLiteral("--json") }).out).array();
    }

    /// Fails the test if `bytes` holds any secret, whole or a long piece of its random body.
    void assertNoSecret(const QByteArray& bytes, const QString& where)
    {
        for (const QByteArray& secret : m_secrets) {
            const QByteArray body = secret.mid(secret.startsWith("mon_test_") ? 9 : 4);
            const bool found
                = bytes.contains(secret) || bytes.contains(body.left(16)) || bytes.contains(body.right(16));
            if (found)
                QTest::qFail(qPrintable(QStringLiteral("a secret is in ") + where), __FILE__, __LINE__);
        }
    }

    /// The PDF's text: as laid out on the page, or (`raw`) in drawing order, where a cell's wrapped lines follow
    /// each other.
    QString pdfText(const QString& path, bool raw = false)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                { raw ? QStringLiteral("-raw") : QStringLiteral("-layout"), path, QStringLiteral("-") });
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    QString create(const QStringList& args)
    {
        const Run r = run(QStringList { QStringLiteral("create") } << args << QStringLiteral("--json"));
        if (r.exitCode != 0)
            return {};
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        m_idByName.insert(o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("id")).toString());
        return o.value(QStringLiteral("id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
        m_db = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        QCOMPARE(
            run({ QStringLiteral("space"), QStringLiteral("add"), QStringLiteral("spc-acme01"),
                  QStringLiteral("--name"), QStringLiteral("Acme"), QStringLiteral("--role"), QStringLiteral("owner") })
                .exitCode,
            0);
        const QString release = QStringLiteral("caph.2025-08-23");
        const QString perm = QStringLiteral("--permission");
        // Tokens of every kind.
        const QString test = create({ QStringLiteral("--name"), QStringLiteral("CI pipeline"), QStringLiteral("--test"),
                                      QStringLiteral("--release"), release, perm, QStringLiteral("payments:read") });
        const QString guarded
            = create({ QStringLiteral("--name"), QStringLiteral("Payouts, \"EU\""), QStringLiteral("--live"),
                       QStringLiteral("--release"), release, perm, QStringLiteral("payouts:write"), perm,
                       QStringLiteral("payments:read"), QStringLiteral("--ip"), QStringLiteral("203.0.113.0/24"),
                       QStringLiteral("--ip"), QStringLiteral("2001:db8::/32"), QStringLiteral("--space"),
                       QStringLiteral("spc-acme01"), QStringLiteral("--expiry"), QStringLiteral("1y") });
        const QString naked
            = create({ QStringLiteral("--name"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("--live"),
                       QStringLiteral("--release"), release, perm, QStringLiteral("payments:read"),
                       QStringLiteral("--expiry"), QStringLiteral("never") });
        const QString revoked = create({ QStringLiteral("--name"), QStringLiteral("Old <script>alert(1)</script>"),
                                         QStringLiteral("--test"), QStringLiteral("--release"), release, perm,
                                         QStringLiteral("customers:read") });
        const QString expired = create(
            { QStringLiteral("--name"), QStringLiteral("Expired Ünïcødé Ελλάδα"), QStringLiteral("--live"),
              QStringLiteral("--release"), release, perm, QStringLiteral("payments:read"), QStringLiteral("--space"),
              QStringLiteral("spc-acme01"), QStringLiteral("--ip"), QStringLiteral("198.51.100.7") });
        for (const QString& id : { test, guarded, naked, revoked, expired })
            QVERIFY(!id.isEmpty());
        QCOMPARE(
            run({ QStringLiteral("revoke"), revoked, QStringLiteral("--reason"), QStringLiteral("leaked") }).exitCode,
            0);
        // Expired: no CLI path makes a past expiry, so move it in the store.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(sql(QStringLiteral("UPDATE tokens SET expires_at = ?, created_at = ? WHERE id = ?"),
                    { now - 86400000LL, now - 200 * 86400000LL, expired }));
        QVERIFY(sql(QStringLiteral("UPDATE tokens SET last_tested_at = ?, last_test_result = ?, last_test_passed = 0 "
                                   "WHERE id = ?"),
                    { now - 3600000LL, QStringLiteral("failed: 403 ip_not_allowed"), guarded }));
        QVERIFY(sql(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"), { now - 7200000LL, guarded }));

        // Imported from the real portal (no checksum), read from standard input.
        QByteArray imported = "mon_";
        const QByteArray base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 48; ++i)
            imported.append(base62.at(QRandomGenerator::global()->bounded(62)));
        const Run importRun = run({ QStringLiteral("import"), QStringLiteral("--name"),
                                    QStringLiteral("Imported from the web"), QStringLiteral("--release"), release, perm,
                                    QStringLiteral("payments:read"), QStringLiteral("--expiry"), QStringLiteral("1y") },
                                  imported + "\n");
        QVERIFY2(importRun.exitCode == 0, importRun.err.constData());

        // Rotated, with a grace period: the new token and the old one, on its way out.
        const Run rotated = run({ QStringLiteral("rotate"), test, QStringLiteral("--grace"), QStringLiteral("24") });
        QVERIFY2(rotated.exitCode == 0, rotated.err.constData());

        // Every secret, read back from the keyring from outside.
        const QJsonArray tokens = listJson();
        QCOMPARE(tokens.size(), 7);
        for (const QJsonValue& v : tokens) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            const QByteArray secret = secretTool(id);
            QVERIFY2(secret.startsWith("mon_"), qPrintable(id));
            m_secrets << secret;
        }
        QVERIFY(m_secrets.contains(imported));
        QVERIFY(makeBigInventory());
        QCOMPARE(QJsonDocument::fromJson(runOn(m_bigDb, { QStringLiteral("list"), QStringLiteral("--json") }).out)
                     .array()
                     .size(),
                 kBigInventory);
    }

    void everyFormatWithoutASecret_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* f : { "csv", "json", "html", "pdf" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void everyFormatWithoutASecret()
    {
        QFETCH(QString, format);
        const QString path = m_dir.filePath(QStringLiteral("all.") + format);
        const Run r
            = run({ QStringLiteral("export"), QStringLiteral("--format"), format, QStringLiteral("--output"), path });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Exported 7 token"), r.out.constData());
        QVERIFY(r.out.contains(path.toUtf8()));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 500);
        assertNoSecret(bytes, path);
        assertNoSecret(r.out + r.err, QStringLiteral("the export's output"));
        if (format == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            assertNoSecret(pdfText(path).toUtf8(), QStringLiteral("the PDF's text"));
        }
    }

    void csvMatchesTheStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(run({ QStringLiteral("export"), QStringLiteral("--output"), path }).exitCode == 0);
        bool bareLf = false;
        const QList<QStringList> rows = CsvReader::parse(readAll(path), &bareLf);
        QVERIFY(!bareLf);
        const QStringList header = rows.value(0);
        QCOMPARE(header.value(0), QStringLiteral("name"));
        QHash<QString, QStringList> byId;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), header.size());
            byId.insert(rows.at(i).at(header.indexOf(QStringLiteral("id"))), rows.at(i));
        }
        const QJsonArray tokens = listJson();
        QCOMPARE(byId.size(), tokens.size());
        auto col
            = [&header](const QStringList& row, const char* key) { return row.at(header.indexOf(QLatin1String(key))); };
        for (const QJsonValue& v : tokens) {
            const QJsonObject t = v.toObject();
            const QStringList row = byId.value(t.value(QStringLiteral("id")).toString());
            QVERIFY(!row.isEmpty());
            QString name = t.value(QStringLiteral("name")).toString();
            if (name.startsWith(QLatin1Char('=')))
                name.prepend(QLatin1Char('\'')); // neutralised for spreadsheets
            QCOMPARE(col(row, "name"), name);
            QCOMPARE(col(row, "type"), t.value(QStringLiteral("environment")).toString());
            // A rotation's grace period reads "ACTIVE until …, replaced by …"; the status code comes first.
            QVERIFY2(col(row, "status").startsWith(t.value(QStringLiteral("status")).toString()),
                     qPrintable(col(row, "status")));
            QCOMPARE(col(row, "created"), t.value(QStringLiteral("createdAt")).toString());
            QCOMPARE(col(row, "expires"), t.value(QStringLiteral("expiresAt")).toString()); // "" and null alike
            QCOMPARE(col(row, "api_release"), t.value(QStringLiteral("apiRelease")).toString());
            QStringList perms;
            for (const QJsonValue& p : t.value(QStringLiteral("permissions")).toArray())
                perms << p.toString();
            QCOMPARE(col(row, "permissions"), perms.join(QLatin1String("; ")));
            QStringList ips;
            for (const QJsonValue& p : t.value(QStringLiteral("ipWhitelist")).toArray())
                ips << p.toString();
            QCOMPARE(col(row, "ip_whitelist"), ips.join(QLatin1String("; ")));
            QCOMPARE(col(row, "space_whitelist"), t.value(QStringLiteral("spaceWhitelist")).toString());
            QCOMPARE(col(row, "owner"), t.value(QStringLiteral("owner")).toString());
            QCOMPARE(col(row, "last_test_result"), t.value(QStringLiteral("lastTestResult")).toString());
        }
    }

    void jsonMatchesTheStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(run({ QStringLiteral("export"), QStringLiteral("--output"), path }).exitCode == 0);
        const QJsonObject o = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("monime-portal/token-report"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray store = listJson();
        const QJsonArray tokens = o.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), store.size());
        QHash<QString, int> byStatus;
        QHash<QString, QJsonObject> exported;
        for (const QJsonValue& v : tokens)
            exported.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        for (const QJsonValue& v : store) {
            const QJsonObject s = v.toObject();
            const QJsonObject e = exported.value(s.value(QStringLiteral("id")).toString());
            ++byStatus[s.value(QStringLiteral("status")).toString()];
            QCOMPARE(e.value(QStringLiteral("name")), s.value(QStringLiteral("name")));
            QCOMPARE(e.value(QStringLiteral("type")), s.value(QStringLiteral("environment")));
            QCOMPARE(e.value(QStringLiteral("status")), s.value(QStringLiteral("status")));
            QCOMPARE(e.value(QStringLiteral("expiresSoon")), s.value(QStringLiteral("expiresSoon")));
            QCOMPARE(e.value(QStringLiteral("createdAt")), s.value(QStringLiteral("createdAt")));
            QCOMPARE(e.value(QStringLiteral("expiresAt")), s.value(QStringLiteral("expiresAt")));
            QCOMPARE(e.value(QStringLiteral("permissions")), s.value(QStringLiteral("permissions")));
            QCOMPARE(e.value(QStringLiteral("ipWhitelist")), s.value(QStringLiteral("ipWhitelist")));
            QCOMPARE(e.value(QStringLiteral("spaceWhitelist")), s.value(QStringLiteral("spaceWhitelist")));
            QCOMPARE(e.value(QStringLiteral("lastUsedAt")), s.value(QStringLiteral("lastUsedAt")));
            QCOMPARE(e.value(QStringLiteral("lastTestResult")), s.value(QStringLiteral("lastTestResult")));
        }
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 7);
        const QJsonObject statusCounts = counts.value(QStringLiteral("byStatus")).toObject();
        for (const char* s : { "ACTIVE", "EXPIRED", "REVOKED" })
            QCOMPARE(statusCounts.value(QLatin1String(s)).toInt(), byStatus.value(QLatin1String(s)));
        QCOMPARE(byStatus.value(QStringLiteral("EXPIRED")), 1);
        QCOMPARE(byStatus.value(QStringLiteral("REVOKED")), 1);
        QCOMPARE(counts.value(QStringLiteral("byType")).toObject().value(QStringLiteral("live")).toInt(), 4);
        QVERIFY(!o.value(QStringLiteral("health")).toArray().isEmpty());
    }

    void pdfReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.pdf"));
        QVERIFY(run({ QStringLiteral("export"), QStringLiteral("--output"), path }).exitCode == 0);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(path);
        QVERIFY(text.contains(QLatin1String("Monime token report")));
        QVERIFY(text.contains(QLatin1String("Page 1 of 3")));
        QVERIFY(text.contains(QLatin1String("Tokens (7)")));
        // A long name wraps inside its cell: compare without white space, in drawing order.
        const QString raw = pdfText(path, true).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& name : m_idByName.keys())
            QVERIFY2(raw.contains(QString(name).remove(QRegularExpression(QStringLiteral("\\s")))), qPrintable(name));
        QVERIFY(text.contains(QLatin1String("Imported from the web")));
        QVERIFY(text.contains(QLatin1String("Live token without an IP whitelist")));
    }

    void filtersAreAppliedAndRecorded()
    {
        const QString path = m_dir.filePath(QStringLiteral("filtered.json"));
        Run r = run({ QStringLiteral("export"), QStringLiteral("--output"), path, QStringLiteral("--environment"),
                      QStringLiteral("live"), QStringLiteral("--status"), QStringLiteral("active"),
                      QStringLiteral("--search"), QStringLiteral("PAYOUTS") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject o = QJsonDocument::fromJson(readAll(path)).object();
        const QJsonObject filters = o.value(QStringLiteral("filters")).toObject();
        QCOMPARE(filters.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(filters.value(QStringLiteral("environment")).toString(), QStringLiteral("live"));
        QCOMPARE(filters.value(QStringLiteral("search")).toString(), QStringLiteral("PAYOUTS"));
        QJsonArray tokens = o.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Payouts, \"EU\""));

        r = run({ QStringLiteral("export"), QStringLiteral("--output"), path, QStringLiteral("--status"),
                  QStringLiteral("revoked") });
        o = QJsonDocument::fromJson(readAll(path)).object();
        tokens = o.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), 1); // the rotated token stays ACTIVE through its 24-hour grace period
        for (const QJsonValue& v : tokens)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));

        const QString csv = m_dir.filePath(QStringLiteral("two-columns.csv"));
        QVERIFY(run({ QStringLiteral("export"), QStringLiteral("--output"), csv, QStringLiteral("--columns"),
                      QStringLiteral("name,status") })
                    .exitCode
                == 0);
        QVERIFY(readAll(csv).startsWith("name,status\r\n"));
    }

    void health()
    {
        Run r = run({ QStringLiteral("health"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 3); // a high-severity finding: the live token without an IP whitelist
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("monime-portal/health"));
        QMultiHash<QString, QString> codes;
        for (const QJsonValue& v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            codes.insert(f.value(QStringLiteral("tokenId")).toString(), f.value(QStringLiteral("code")).toString());
            QVERIFY(!f.value(QStringLiteral("fix")).toString().isEmpty());
        }
        const QString naked = m_idByName.value(QStringLiteral("=cmd|' /C calc'!A0"));
        const QString guarded = m_idByName.value(QStringLiteral("Payouts, \"EU\""));
        QVERIFY(codes.values(naked).contains(QStringLiteral("live_no_ip_whitelist")));
        QVERIFY(codes.values(naked).contains(QStringLiteral("live_no_space_whitelist")));
        QVERIFY(codes.values(naked).contains(QStringLiteral("no_expiry")));
        QVERIFY(codes.values(guarded).contains(QStringLiteral("payouts_write")));
        QVERIFY(codes.values(guarded).contains(QStringLiteral("last_test_failed")));
        QVERIFY(!codes.values(guarded).contains(QStringLiteral("live_no_ip_whitelist")));
        QVERIFY(codes.values(m_idByName.value(QStringLiteral("Old <script>alert(1)</script>"))).isEmpty());
        QVERIFY(codes.values(m_idByName.value(QStringLiteral("Expired Ünïcødé Ελλάδα"))).isEmpty());

        r = run({ QStringLiteral("health") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.contains("Fix: "));
        QVERIFY(r.out.contains("live_no_ip_whitelist"));

        r = run({ QStringLiteral("health"), QStringLiteral("--environment"), QStringLiteral("test") });
        QCOMPARE(r.exitCode, 0); // test tokens here have nothing high
        assertNoSecret(r.out, QStringLiteral("health"));
    }

    void wideIpWhitelistIsRefused_data()
    {
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("family");
        QTest::newRow("0.0.0.0/0") << QStringLiteral("0.0.0.0/0") << QStringLiteral("IPv4");
        QTest::newRow("::/0") << QStringLiteral("::/0") << QStringLiteral("IPv6");
        QTest::newRow("::ffff:0:0/96") << QStringLiteral("::ffff:0:0/96") << QStringLiteral("IPv4");
    }

    void wideIpWhitelistIsRefused()
    {
        QFETCH(QString, ip);
        QFETCH(QString, family);
        const int before = int(listJson().size());
        const Run r = run({ QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Wide open"),
                            QStringLiteral("--live"), QStringLiteral("--release"), QStringLiteral("caph.2025-08-23"),
                            QStringLiteral("--permission"), QStringLiteral("payments:read"), QStringLiteral("--ip"),
                            QStringLiteral("198.51.100.7"), QStringLiteral("--ip"), ip });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty()); // no secret printed: nothing was created
        QVERIFY2(r.err.contains("--ip: ") && r.err.contains(QByteArray("admits every " + family.toUtf8() + " address"))
                     && r.err.contains("a range that admits every address is no whitelist: list the addresses your "
                                       "servers call from, or leave the IP whitelist empty"),
                 r.err.constData());
        QCOMPARE(int(listJson().size()), before);
    }

    /// A live token stored with a whitelist that admits everything (before the rule existed) is reported.
    void healthReportsAStoredWideWhitelist()
    {
        const QString guarded = m_idByName.value(QStringLiteral("Payouts, \"EU\""));
        QVERIFY(sql(QStringLiteral("INSERT INTO token_ip_rules (token_id, rule) VALUES (?, ?)"),
                    { guarded, QStringLiteral("0.0.0.0/0") }));
        const Run json = run({ QStringLiteral("health"), QStringLiteral("--json") });
        const Run text = run({ QStringLiteral("health") });
        const QString html = m_dir.filePath(QStringLiteral("wide.html"));
        const Run exported = run({ QStringLiteral("export"), QStringLiteral("--output"), html });
        QVERIFY(sql(QStringLiteral("DELETE FROM token_ip_rules WHERE token_id = ? AND rule = ?"),
                    { guarded, QStringLiteral("0.0.0.0/0") }));

        QCOMPARE(json.exitCode, 3);
        bool found = false;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("code")).toString() != QLatin1String("live_ip_whitelist_admits_all"))
                continue;
            QCOMPARE(f.value(QStringLiteral("tokenId")).toString(), guarded);
            QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
            QVERIFY(f.value(QStringLiteral("message")).toString().contains(QLatin1String("0.0.0.0/0")));
            QVERIFY(f.value(QStringLiteral("fix")).toString().contains(QLatin1String("addresses your servers")));
            found = true;
        }
        QVERIFY2(found, json.out.constData());
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.out.contains("live_ip_whitelist_admits_all") && text.out.contains("0.0.0.0/0"),
                 text.out.constData());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(readAll(html).contains("IP whitelist admits every address"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString file = QStringLiteral("@DIR@/a-file");
        QTest::newRow("no --output") << QStringList { QStringLiteral("--format"), QStringLiteral("csv") }
                                     << QStringLiteral("--output is required");
        QTest::newRow("unknown format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml"),
                                                         QStringLiteral("--output"), QStringLiteral("@DIR@/x.xml") }
                                        << QStringLiteral("--format must be");
        QTest::newRow("no format, odd suffix")
            << QStringList { QStringLiteral("--output"), QStringLiteral("@DIR@/x.txt") } << QStringLiteral("--format");
        QTest::newRow("unknown column") << QStringList { QStringLiteral("--output"), QStringLiteral("@DIR@/x.csv"),
                                                         QStringLiteral("--columns"), QStringLiteral("name,secret") }
                                        << QStringLiteral("Unknown column \"secret\"");
        QTest::newRow("missing folder") << QStringList { QStringLiteral("--output"),
                                                         QStringLiteral("@DIR@/nope/x.csv") }
                                        << QStringLiteral("@DIR@/nope does not exist");
        QTest::newRow("parent is a file")
            << QStringList { QStringLiteral("--output"), QStringLiteral("@DIR@/a-file/x.pdf") }
            << QStringLiteral("@DIR@/a-file is a file, not a folder");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        args.replaceInStrings(QStringLiteral("@DIR@"), dir.path());
        mentions.replace(QStringLiteral("@DIR@"), dir.path());
        const Run r = run(QStringList { QStringLiteral("export") } << args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList { QStringLiteral("a-file") });
    }

    void fullDisk_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("freeKib");
        for (const char* format : { "csv", "json", "html", "pdf" })
            for (int kib : { 0, 4, 8, 16, 32 })
                QTest::addRow("%s, %d kB free", format, kib) << QString::fromLatin1(format) << kib;
    }

    /// An export to a nearly full disk fails cleanly, naming the path and the full disk, and leaves the earlier
    /// report as it was; or it succeeds with a whole file. Never a truncated file and "Exported".
    void fullDisk()
    {
#ifdef Q_OS_LINUX
        QFETCH(QString, format);
        QFETCH(int, freeKib);
        if (::geteuid() != 0)
            QSKIP("mounting a tiny tmpfs needs root");
        QVERIFY(!m_bigDb.isEmpty());
        QTemporaryDir dir;
        const QString mnt = dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mnt));
        constexpr int kDiskKib = 64;
        if (QProcess::execute(QStringLiteral("mount"),
                              { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                QStringLiteral("size=%1k").arg(kDiskKib), QStringLiteral("tmpfs"), mnt })
            != 0)
            QSKIP("mount -t tmpfs is not permitted here");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), { path }); }
        } unmount { mnt };

        // Yesterday's report (one 4 kB page of tmpfs), then a filler that leaves exactly `freeKib` free.
        const QString path = mnt + QStringLiteral("/report.") + format;
        const QByteArray yesterday = "yesterday's report";
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            QCOMPARE(old.write(yesterday), yesterday.size());
            QFile filler(mnt + QStringLiteral("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray bytes((kDiskKib - 4 - freeKib) * 1024, 'x');
            QCOMPARE(filler.write(bytes), bytes.size());
        }
        QCOMPARE(QStorageInfo(mnt).bytesAvailable(), qint64(freeKib) * 1024);

        const Run r = runOn(m_bigDb, { QStringLiteral("export"), QStringLiteral("--output"), path });
        const QStringList left = QDir(mnt).entryList(QDir::Files | QDir::Hidden);
        const QByteArray written = readAll(path);
        if (r.exitCode != 0) {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.out.isEmpty(), r.out.constData());
            QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("the disk is full")
                         && r.err.contains("Free some disk space"),
                     r.err.constData());
            QCOMPARE(written, yesterday); // the earlier report, untouched
            QCOMPARE(left, (QStringList { QStringLiteral("filler"), QStringLiteral("report.") + format }));
            return;
        }
        // It fitted: then the file must be whole.
        QVERIFY2(r.out.contains(QByteArray("Exported " + QByteArray::number(kBigInventory) + " token")),
                 r.out.constData());
        QCOMPARE(left, (QStringList { QStringLiteral("filler"), QStringLiteral("report.") + format }));
        if (format == QLatin1String("csv")) {
            bool bareLf = false;
            const QList<QStringList> rows = CsvReader::parse(written, &bareLf);
            QVERIFY(!bareLf && written.endsWith("\r\n"));
            QCOMPARE(rows.size(), kBigInventory + 1);
            for (const QStringList& row : rows)
                QCOMPARE(row.size(), rows.first().size());
        } else if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(written, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(doc.object().value(QStringLiteral("tokens")).toArray().size(), kBigInventory);
        } else if (format == QLatin1String("html")) {
            QVERIFY(written.endsWith("</html>\n"));
        } else {
            QProcess info;
            info.start(QStringLiteral("pdfinfo"), { path });
            QVERIFY(info.waitForFinished(60000));
            QVERIFY2(info.exitCode() == 0, info.readAllStandardError().constData());
            const QString text = pdfText(path);
            QVERIFY(text.contains(QStringLiteral("Tokens (%1)").arg(kBigInventory)));
        }
#else
        QSKIP("tmpfs is Linux-only");
#endif
    }

    void readOnlyDisk_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* format : { "csv", "json", "html", "pdf" })
            QTest::newRow(format) << QString::fromLatin1(format);
    }

    void readOnlyDisk()
    {
#ifdef Q_OS_LINUX
        QFETCH(QString, format);
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        QTemporaryDir dir;
        const QString mnt = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(mnt));
        if (QProcess::execute(QStringLiteral("mount"),
                              { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                QStringLiteral("size=64k,ro"), QStringLiteral("tmpfs"), mnt })
            != 0)
            QSKIP("mount -t tmpfs is not permitted here");
        const QString path = mnt + QStringLiteral("/report.") + format;
        const Run r = run({ QStringLiteral("export"), QStringLiteral("--output"), path });
        const QStringList left = QDir(mnt).entryList(QDir::Files | QDir::Hidden);
        QProcess::execute(QStringLiteral("umount"), { mnt });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path.toUtf8()) && r.err.contains("read-only disk") && !r.err.contains("disk space"),
                 r.err.constData());
        QVERIFY(left.isEmpty());
#else
        QSKIP("tmpfs is Linux-only");
#endif
    }

#ifdef MONIME_FAULT_INJECTION // crash points exist in test builds only
    void interruptedHalfWay_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void interruptedHalfWay()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.") + format);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday's report");
        }
        const Run r
            = run({ QStringLiteral("export"), QStringLiteral("--output"), path }, {}, "export-interrupt-half-way");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cancelled") && r.err.contains(path.toUtf8()), r.err.constData());
        QCOMPARE(readAll(path), QByteArray("yesterday's report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList { QStringLiteral("report.") + format });
    }

#endif

    void cleanupTestCase()
    {
        for (const Run& r : std::as_const(m_runs))
            assertNoSecret(r.out + r.err, QStringLiteral("a command's output"));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
