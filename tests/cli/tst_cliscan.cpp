// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: `monime-portal-cli scan` on folders and git repositories with planted tokens, against a real
// SQLite inventory and the real keyring (run under tests/with-keyring.sh). No secret is printed: each run's
// output is searched for every planted secret.
#include "domain/TokenSecret.h"
#include "support/CliProcess.h"
#include "support/SandboxProcess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using Run = monime::testing::ProcessRun;
using monime::Environment;
using monime::TokenSecret;

class TestCliScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_db;
    QList<QByteArray> m_secrets; ///< every secret planted: none may appear in any output

    Run run(const QStringList& args, const QByteArray& input = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        Run r = monime::testing::runProcess(m_cli, args, e, input, 120000);
        for (const QByteArray& s : std::as_const(m_secrets)) {
            if (r.out.contains(s.right(20)) || r.err.contains(s.right(20)))
                QTest::qFail("a secret was printed", __FILE__, __LINE__);
        }
        return r;
    }

    /// A token created in the inventory; returns id and secret.
    QPair<QString, QByteArray> create(const QString& name)
    {
        const Run r
            = run({ QStringLiteral("create"), QStringLiteral("--name"), name, QStringLiteral("--test"),
                    QStringLiteral("--release"), QStringLiteral("caph.2025-08-23"), QStringLiteral("--permission"),
                    QStringLiteral("payments:read"), QStringLiteral("--json") });
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QByteArray secret = o.value(QStringLiteral("token")).toString().toLatin1();
        m_secrets << secret;
        return { o.value(QStringLiteral("id")).toString(), secret };
    }

    QByteArray unknown(Environment e = Environment::Live)
    {
        const QByteArray s = TokenSecret::generate(e);
        m_secrets << s;
        return s;
    }

    static void write(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QByteArray git(const QString& repo, const QStringList& args)
    {
        QProcess p;
        p.setWorkingDirectory(repo);
        p.start(QStringLiteral("git"),
                QStringList { QStringLiteral("-c"), QStringLiteral("user.name=Test"), QStringLiteral("-c"),
                              QStringLiteral("user.email=test@example.org"), QStringLiteral("-c"),
                              QStringLiteral("init.defaultBranch=main"), QStringLiteral("-c"),
                              QStringLiteral("commit.gpgsign=false") }
                    + args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qWarning("git %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return p.readAllStandardOutput().trimmed();
    }

    static QJsonObject tokenByHint(const QJsonObject& scan, const QByteArray& secret)
    {
        const QString hint = TokenSecret::hint(secret);
        for (const QJsonValue& v : scan.value(QStringLiteral("tokens")).toArray())
            if (v.toObject().value(QStringLiteral("hint")).toString() == hint)
                return v.toObject();
        return {};
    }

    QJsonArray listJson()
    {
        return QJsonDocument::fromJson(run({ QStringLiteral("list"), QStringLiteral("--json") }).out).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
    }

    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("inventory-%1.sqlite").arg(++n));
    }

    void findsPlantedTokensInAFolder()
    {
        const auto active = create(QStringLiteral("Inventory Sync Script"));
        const auto revoked = create(QStringLiteral("Old CI"));
        QCOMPARE(run({ QStringLiteral("revoke"), revoked.first }).exitCode, 0);
        const QByteArray stranger = unknown();
        const QByteArray wrapped = unknown(Environment::Test);
        const QByteArray ignoredOne = unknown();
        const QByteArray binaryOne = unknown();
        QByteArray typo = unknown();
        typo[10] = typo[10] == 'Q' ? 'R' : 'Q';

        const QString dir = m_dir.filePath(QStringLiteral("folder"));
        write(dir + QStringLiteral("/.env"), "MONIME_TOKEN=" + active.second + "\n");
        write(dir + QStringLiteral("/deploy/config.yml"), "ci:\n  token: " + revoked.second + "\n");
        write(dir + QStringLiteral("/notes.md"),
              "teammate's: " + stranger + "\nplaceholder: mon_test_" + QByteArray(46, 'X') + "\ntypo: " + typo + "\n");
        write(dir + QStringLiteral("/build.log"), "token=" + wrapped.left(30) + "\n" + wrapped.mid(30) + "\n");
        write(dir + QStringLiteral("/app.min.js"),
              "!function(){var a=\"" + QByteArray(100000, 'q') + "\",k=\"" + active.second + "\"}();");
        write(dir + QStringLiteral("/ignored/secret.txt"), ignoredOne + "\n");
        write(dir + QStringLiteral("/.gitignore"), "ignored/\n");
        write(dir + QStringLiteral("/blob.bin"), QByteArray("\0\1\2", 3) + binaryOne);
        write(dir + QStringLiteral("/huge.txt"), QByteArray(2 * 1024 * 1024, 'a') + "\n" + stranger + "\n");
        git(dir, { QStringLiteral("init"), QStringLiteral("-q") });

        const Run r = run({ QStringLiteral("scan"), dir, QStringLiteral("--max-size"), QStringLiteral("1"),
                            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("monime-portal/scan"));
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("skippedBinary")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("skippedLarge")).toInt(), 1);

        const QJsonObject a = tokenByHint(o, active.second);
        QCOMPARE(a.value(QStringLiteral("known")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("id")).toString(), active.first);
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Inventory Sync Script"));
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        const QJsonArray aPlaces = a.value(QStringLiteral("locations")).toArray();
        QCOMPARE(aPlaces.size(), 2);
        QSet<QString> paths;
        for (const QJsonValue& v : aPlaces)
            paths << QFileInfo(v.toObject().value(QStringLiteral("path")).toString()).fileName();
        QCOMPARE(paths, (QSet<QString> { QStringLiteral(".env"), QStringLiteral("app.min.js") }));
        for (const QJsonValue& v : aPlaces) {
            const QJsonObject l = v.toObject();
            if (l.value(QStringLiteral("path")).toString().endsWith(QLatin1String(".env"))) {
                QCOMPARE(l.value(QStringLiteral("line")).toInt(), 1);
                QCOMPARE(l.value(QStringLiteral("column")).toInt(), 14);
            } else {
                QCOMPARE(l.value(QStringLiteral("column")).toInt(), 100000 + 25);
            }
        }
        const QJsonObject b = tokenByHint(o, revoked.second);
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
        QCOMPARE(
            b.value(QStringLiteral("locations")).toArray().first().toObject().value(QStringLiteral("line")).toInt(), 2);
        const QJsonObject s = tokenByHint(o, stranger);
        QCOMPARE(s.value(QStringLiteral("known")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("checksum")).toString(), QStringLiteral("valid"));
        const QJsonObject w = tokenByHint(o, wrapped);
        QCOMPARE(w.value(QStringLiteral("locations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("splitAcrossLines"))
                     .toBool(),
                 true);
        QVERIFY(tokenByHint(o, typo).isEmpty());
        QVERIFY(tokenByHint(o, ignoredOne).isEmpty());
        QVERIFY(tokenByHint(o, binaryOne).isEmpty());

        // --no-ignore reads what .gitignore hides; the text output says known and unknown in words.
        const Run all = run({ QStringLiteral("scan"), dir, QStringLiteral("--no-ignore"), QStringLiteral("--max-size"),
                              QStringLiteral("1") });
        QCOMPARE(all.exitCode, 1);
        QVERIFY2(all.out.contains(TokenSecret::hint(ignoredOne).toUtf8()), all.out.constData());
        QVERIFY(all.out.contains("known: \"Inventory Sync Script\""));
        QVERIFY(all.out.contains("already revoked"));
        QVERIFY(all.out.contains("unknown:"));
        QVERIFY2(all.err.contains("Found 5 token"), all.err.constData());
    }

    void findsTokensInEveryCommitOfEveryBranch()
    {
        const QByteArray deleted = unknown();
        const QByteArray onBranch = unknown(Environment::Test);
        const QString repo = m_dir.filePath(QStringLiteral("repo"));
        QDir().mkpath(repo);
        git(repo, { QStringLiteral("init"), QStringLiteral("-q") });
        write(repo + QStringLiteral("/README"), "hello\n");
        write(repo + QStringLiteral("/old.env"), "A=1\nTOKEN=" + deleted + "\n");
        git(repo, { QStringLiteral("add"), QStringLiteral(".") });
        git(repo, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("one") });
        const QString first = QString::fromLatin1(git(repo, { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }));
        git(repo, { QStringLiteral("rm"), QStringLiteral("-q"), QStringLiteral("old.env") });
        git(repo, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("two") });
        git(repo,
            { QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("feature") });
        write(repo + QStringLiteral("/src/client.py"), "x = 1\ny = 2\nkey = '" + onBranch + "'\n");
        git(repo, { QStringLiteral("add"), QStringLiteral(".") });
        git(repo, { QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("three") });
        const QString third = QString::fromLatin1(git(repo, { QStringLiteral("rev-parse"), QStringLiteral("HEAD") }));
        git(repo, { QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main") });

        // The working tree of main holds neither.
        QCOMPARE(run({ QStringLiteral("scan"), repo }).exitCode, 0);

        const Run r = run({ QStringLiteral("scan"), repo, QStringLiteral("--git"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("commits")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray().size(), 2);
        const QJsonObject d = tokenByHint(o, deleted).value(QStringLiteral("locations")).toArray().first().toObject();
        QCOMPARE(d.value(QStringLiteral("commit")).toString(), first);
        QCOMPARE(QFileInfo(d.value(QStringLiteral("path")).toString()).fileName(), QStringLiteral("old.env"));
        QCOMPARE(d.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(QDateTime::fromString(d.value(QStringLiteral("authorDate")).toString(), Qt::ISODate).isValid());
        const QJsonObject b = tokenByHint(o, onBranch).value(QStringLiteral("locations")).toArray().first().toObject();
        QCOMPARE(b.value(QStringLiteral("commit")).toString(), third);
        QCOMPARE(b.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(b.value(QStringLiteral("column")).toInt(), 8);

        // --staged: what the pre-commit hook runs.
        const QByteArray staged = unknown();
        write(repo + QStringLiteral("/new.txt"), "t: " + staged + "\n");
        QCOMPARE(run({ QStringLiteral("scan"), repo, QStringLiteral("--staged") }).exitCode, 0);
        git(repo, { QStringLiteral("add"), QStringLiteral("new.txt") });
        const Run s = run({ QStringLiteral("scan"), repo, QStringLiteral("--staged"), QStringLiteral("--json") });
        QCOMPARE(s.exitCode, 1);
        QVERIFY(!tokenByHint(QJsonDocument::fromJson(s.out).object(), staged).isEmpty());
    }

    void revokesKnownActiveTokens()
    {
        const auto leaked = create(QStringLiteral("Leaked"));
        const auto kept = create(QStringLiteral("Not leaked"));
        const QString dir = m_dir.filePath(QStringLiteral("revoke"));
        write(dir + QStringLiteral("/.env"), "T=" + leaked.second + "\n");
        write(dir + QStringLiteral("/other.txt"), "U=" + unknown() + "\n");

        // Not a terminal and no --yes: asks nobody, revokes nothing, says so.
        const Run refused = run({ QStringLiteral("scan"), dir, QStringLiteral("--revoke") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("--yes"));
        QCOMPARE(listJson().size(), 2);
        for (const QJsonValue& v : listJson())
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));

        // The scan remembered where it was found: Health flags the token (high) until it is revoked.
        auto leakedFindings = [this](const QString& id) {
            int n = 0;
            const QJsonObject h
                = QJsonDocument::fromJson(run({ QStringLiteral("health"), QStringLiteral("--json") }).out).object();
            for (const QJsonValue& v : h.value(QStringLiteral("findings")).toArray())
                if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("leaked")
                    && v.toObject().value(QStringLiteral("tokenId")).toString() == id)
                    ++n;
            return n;
        };
        QCOMPARE(leakedFindings(leaked.first), 1);
        QCOMPARE(leakedFindings(kept.first), 0);
        QCOMPARE(run({ QStringLiteral("health") }).exitCode, 3);

        const Run r = run({ QStringLiteral("scan"), dir, QStringLiteral("--revoke"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Revoked 1 token"), r.err.constData());
        QVERIFY(r.err.contains("rotate it where it was made"));
        for (const QJsonValue& v : listJson()) {
            const QJsonObject t = v.toObject();
            const bool isLeaked = t.value(QStringLiteral("id")).toString() == leaked.first;
            QCOMPARE(t.value(QStringLiteral("status")).toString(),
                     isLeaked ? QStringLiteral("REVOKED") : QStringLiteral("ACTIVE"));
            if (isLeaked)
                QVERIFY(t.value(QStringLiteral("revokeReason")).toString().contains(QLatin1String(".env:1")));
        }
        QCOMPARE(leakedFindings(leaked.first), 0);
        const Run again = run({ QStringLiteral("scan"), dir, QStringLiteral("--revoke"), QStringLiteral("--yes") });
        QVERIFY(again.err.contains("Revoked 0 token"));
        QVERIFY(again.out.contains("already revoked"));
    }

    // On a terminal (a pseudo-terminal from util-linux's `script`) --revoke asks for each token: "n" keeps the
    // first, "y" revokes the second.
    void revokeAsksOnATerminal()
    {
        const auto first = create(QStringLiteral("Asked and kept"));
        const auto second = create(QStringLiteral("Asked and revoked"));
        const QString dir = m_dir.filePath(QStringLiteral("terminal"));
        write(dir + QStringLiteral("/a.env"), "A=" + first.second + "\n");
        write(dir + QStringLiteral("/b.env"), "B=" + second.second + "\n");
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        const QString command = QStringLiteral("'%1' scan '%2' --revoke").arg(m_cli, dir);
        const Run r = monime::testing::runProcess(QStringLiteral("script"),
                                                  { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") }, e,
                                                  "n\ny\n", 60000);
        QCOMPARE(r.exitCode, 1);
        for (const QByteArray& s : std::as_const(m_secrets))
            QVERIFY(!r.out.contains(s.right(20)));
        QCOMPARE(r.out.count("[y/N]"), 2);
        QVERIFY2(r.out.contains("kept, as you answered"), r.out.constData());
        for (const QJsonValue& v : listJson()) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.value(QStringLiteral("status")).toString(),
                     t.value(QStringLiteral("id")).toString() == second.first ? QStringLiteral("REVOKED")
                                                                              : QStringLiteral("ACTIVE"));
        }
    }

    // A running monime-sandbox on the same inventory accepts the token, then refuses it once scan --revoke has
    // revoked it: the revocation goes through the use case and reaches a server already running.
    void runningSandboxRefusesARevokedLeak()
    {
        const QString sandbox = qEnvironmentVariable("MONIME_SANDBOX");
        QVERIFY2(QFile::exists(sandbox), "MONIME_SANDBOX must name the built monime-sandbox");
        const auto leaked = create(QStringLiteral("Leaked to the sandbox"));
        const QString dir = m_dir.filePath(QStringLiteral("sandbox"));
        write(dir + QStringLiteral("/ci.log"), "export MONIME_TOKEN=" + leaked.second + "\n");

        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MONIME_PORTAL_DATABASE"), m_db);
        server.setProcessEnvironment(env);
        server.start(sandbox, { QStringLiteral("--port"), QStringLiteral("0") });
        const quint16 port = monime::testing::waitForSandboxPort(server);
        QVERIFY(port != 0);
        auto ask = [&]() -> QByteArray {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
            if (!socket.waitForConnected(5000))
                return {};
            socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
                         + leaked.second + "\r\n\r\n");
            QByteArray answer;
            (void)QTest::qWaitFor(
                [&] {
                    answer += socket.readAll();
                    return socket.state() == QAbstractSocket::UnconnectedState || answer.contains("\r\n\r\n{");
                },
                5000);
            socket.waitForReadyRead(500);
            answer += socket.readAll();
            return answer;
        };
        const QByteArray before = ask();
        QVERIFY2(before.contains("\"isAuthenticated\":true"), before.constData());

        const Run r = run({ QStringLiteral("scan"), dir, QStringLiteral("--revoke"), QStringLiteral("--yes") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(leaked.first.toUtf8()));
        QByteArray after;
        QTRY_VERIFY2_WITH_TIMEOUT((after = ask()).contains("token_revoked"), after.constData(), 5000);
        QVERIFY(after.contains("\"isAuthenticated\":false"));
        server.terminate();
        QVERIFY(QTest::qWaitFor([&server] { return server.state() == QProcess::NotRunning; }, 10000));
    }

    void exitStatusAndBadInput()
    {
        const QString clean = m_dir.filePath(QStringLiteral("clean"));
        write(clean + QStringLiteral("/a.txt"), "nothing here but mon_test_XXXXXXXX and common_words\n");
        const Run ok = run({ QStringLiteral("scan"), clean });
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("No Monime tokens found."));
        QCOMPARE(run({ QStringLiteral("scan"), m_dir.filePath(QStringLiteral("missing")) }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("scan"), clean, QStringLiteral("--git") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("scan") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("scan"), clean, QStringLiteral("--max-size"), QStringLiteral("0") }).exitCode, 2);
    }

    void allowlistAndInlineMarker()
    {
        const QByteArray a = unknown();
        const QByteArray b = unknown();
        const QByteArray c = unknown();
        const QString dir = m_dir.filePath(QStringLiteral("allow"));
        write(dir + QStringLiteral("/docs/example.md"), a + "\n");
        write(dir + QStringLiteral("/src/x.cpp"), "auto t = \"" + b + "\"; // monime-scan:allow\n");
        write(dir + QStringLiteral("/src/y.cpp"), "auto t = \"" + c + "\";\n");
        const Run before = run({ QStringLiteral("scan"), dir, QStringLiteral("--json") });
        const QJsonObject o = QJsonDocument::fromJson(before.out).object();
        QCOMPARE(o.value(QStringLiteral("tokens")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("allowed")).toInt(), 1);
        const QString fp = tokenByHint(o, c)
                               .value(QStringLiteral("locations"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("fingerprint"))
                               .toString();
        QCOMPARE(fp, QStringLiteral("src/y.cpp:1:") + TokenSecret::digest(c).left(16));
        write(dir + QStringLiteral("/.monime-scan-ignore"), "# handled\ndocs/*.md\n" + fp.toUtf8() + "\n");
        const Run after = run({ QStringLiteral("scan"), dir });
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.contains("2 allowed"));
    }

    void writesSarifAndGitleaksRule()
    {
        const auto known = create(QStringLiteral("Known"));
        const QString dir = m_dir.filePath(QStringLiteral("sarif"));
        write(dir + QStringLiteral("/a b/.env"), "T=" + known.second + "\nU=" + unknown() + "\n");
        const QString sarifPath = m_dir.filePath(QStringLiteral("out.sarif"));
        const Run r = run({ QStringLiteral("scan"), dir, QStringLiteral("--sarif"), sarifPath });
        QCOMPARE(r.exitCode, 1);
        QFile f(sarifPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const QByteArray& s : std::as_const(m_secrets))
            QVERIFY(!bytes.contains(s.right(20)));
        const QJsonObject o = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run0 = o.value(QStringLiteral("runs")).toArray().first().toObject();
        const QJsonArray results = run0.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject loc = results.first()
                                    .toObject()
                                    .value(QStringLiteral("locations"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("physicalLocation"))
                                    .toObject();
        QCOMPARE(loc.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("a%20b/.env"));
        QCOMPARE(loc.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt(), 1);
        QCOMPARE(results.first().toObject().value(QStringLiteral("ruleId")).toString(),
                 QStringLiteral("monime-access-token"));

        const QString rulePath = m_dir.filePath(QStringLiteral("monime-gitleaks.toml"));
        QCOMPARE(run({ QStringLiteral("scan"), QStringLiteral("--export-gitleaks"), rulePath }).exitCode, 0);
        QFile rule(rulePath);
        QVERIFY(rule.open(QIODevice::ReadOnly));
        const QByteArray toml = rule.readAll();
        for (const char* key : { "[[rules]]", "id = \"monime-access-token\"", "description = ", "regex = '''",
                                 "keywords = [\"mon_\"]", "entropy = ", "[rules.allowlist]" })
            QVERIFY2(toml.contains(key), key);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cliscan.moc"
