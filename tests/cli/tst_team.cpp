// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 point 7: a team of Monimeers on one team database on a real PostgreSQL server
// (tests/with-postgres.sh), two of them with keychains of their own (two private D-Bus sessions, each with an
// unlocked gnome-keyring). Through the real CLI and through a raw SQL client (psql as each person's login, SQL on
// stdin, passwords in a pgpass file of the test's own): create, see, test, rotate and revoke each other's tokens by
// role, a stale edit, a connection killed in the middle of a write (pg_terminate_backend), and the NOTIFY a
// teammate's change sends.
//
// The cases run in the order written and build on each other: one team, one database (initTestCase).
#include "support/CliProcess.h"
#include "support/TestBackend.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include <signal.h>

using namespace monime::testing;

namespace {

/// One Monimeer of the team: their login, the URL they open the inventory with, their processes' environment.
struct Person
{
    QString login;
    QString email;
    QString url;
    QProcessEnvironment env;
    QString id; ///< their Monimeer id, once in the team
};

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toHex());
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_database; ///< the team database's name
    QString m_socket; ///< the superuser's socket directory
    QString m_port;
    QString m_pgpass; ///< the test's own pgpass file: the team's logins and `monime`
    QByteArrayList m_passwords;
    Person m_alice, m_bob, m_carol, m_dave, m_erin;
    qint64 m_bobBusPid = 0; ///< bob's private dbus-daemon
    qint64 m_bobKeyringPid = 0; ///< bob's gnome-keyring-daemon
    QString m_aliceToken, m_bobToken;
    QByteArray m_aliceSecret, m_bobSecret;
    QList<QByteArray> m_outputs;

    ProcessRun cli(const Person& who, const QStringList& args)
    {
        ProcessRun r
            = runProcess(m_cli, QStringList { QStringLiteral("--database"), who.url } + args, who.env, {}, 30000);
        m_outputs << r.out << r.err;
        return r;
    }

    /// psql as `login` over TCP (password from the test's pgpass), `sql` on stdin, stopping at the first error.
    ProcessRun psql(const Person& who, const QString& sql)
    {
        ProcessRun r = runProcess(QStringLiteral("psql"),
                                  { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                                    QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                    QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_port,
                                    QStringLiteral("-U"), who.login, QStringLiteral("-d"), m_database },
                                  who.env, sql.toUtf8(), 30000);
        m_outputs << r.out << r.err;
        return r;
    }

    /// psql as the server's superuser on its private socket (trust), `sql` on stdin.
    ProcessRun superuser(const QString& sql, const QString& database = QStringLiteral("postgres"))
    {
        return runProcess(QStringLiteral("psql"),
                          { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_socket,
                            QStringLiteral("-p"), m_port, QStringLiteral("-U"), QStringLiteral("monime_admin"),
                            QStringLiteral("-d"), database },
                          QProcessEnvironment::systemEnvironment(), sql.toUtf8(), 30000);
    }

    /// One value read as alice, the tables' owner (row-level security does not narrow what she reads).
    QByteArray asAlice(const QString& sql)
    {
        const ProcessRun r = psql(m_alice, sql);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(sql), r.err.constData());
        return r.out.trimmed();
    }

    QByteArray tokenRow(const QString& id)
    {
        return asAlice(QStringLiteral("SELECT t::text FROM tokens t WHERE id = '%1'").arg(id));
    }

    static QStringList createArgs(const QString& name)
    {
        return { QStringLiteral("create"),       QStringLiteral("--name"),        name,
                 QStringLiteral("--test"),       QStringLiteral("--release"),     QStringLiteral("caph.2025-08-23"),
                 QStringLiteral("--permission"), QStringLiteral("payments:read"), QStringLiteral("--json") };
    }

    /// Creates a token as `who`; its id and secret.
    std::pair<QString, QByteArray> create(const Person& who, const QString& name)
    {
        const ProcessRun r = cli(who, createArgs(name));
        if (r.exitCode != 0)
            qWarning("create as %s: %s", qPrintable(who.login), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        return { o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("token")).toString().toUtf8() };
    }

    QJsonObject show(const Person& who, const QString& id)
    {
        const ProcessRun r = cli(who, { QStringLiteral("show"), id, QStringLiteral("--json") });
        if (r.exitCode != 0)
            qWarning("show as %s: %s", qPrintable(who.login), r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    /// What `secret-tool lookup` finds for `key` in the keychain of the session `env` names (empty: nothing).
    static QByteArray keychainLookup(const QProcessEnvironment& env, const QString& key)
    {
        return runProcess(QStringLiteral("secret-tool"),
                          { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("io.monime.portal"),
                            QStringLiteral("user"), key },
                          env, {}, 10000)
            .out.trimmed();
    }

    /// Every item `secret-tool search --all` lists for the app in that session: attributes and secrets.
    static QByteArray keychainItems(const QProcessEnvironment& env)
    {
        const ProcessRun r = runProcess(QStringLiteral("secret-tool"),
                                        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                          QStringLiteral("io.monime.portal") },
                                        env, {}, 10000);
        return r.out + r.err;
    }

    /// A second private D-Bus session with its own unlocked gnome-keyring, HOME and XDG dirs: bob's desktop.
    bool startBobsKeychain(QProcessEnvironment& env)
    {
        const QString root = m_dir.filePath(QStringLiteral("bob"));
        for (const char* sub : { "home", "config", "data", "cache", "runtime" })
            if (!QDir().mkpath(root + QLatin1Char('/') + QLatin1String(sub)))
                return false;
        QFile::setPermissions(root + QStringLiteral("/runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/runtime"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

        const ProcessRun bus = runProcess(QStringLiteral("dbus-daemon"),
                                          { QStringLiteral("--session"), QStringLiteral("--fork"),
                                            QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1") },
                                          env, {}, 10000);
        const QList<QByteArray> lines = bus.out.trimmed().split('\n');
        if (bus.exitCode != 0 || lines.size() != 2) {
            qWarning("dbus-daemon: %s %s", bus.out.constData(), bus.err.constData());
            return false;
        }
        const QString address = QString::fromUtf8(lines.at(0).trimmed());
        m_bobBusPid = lines.at(1).trimmed().toLongLong();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);

        // The password only unlocks this throwaway keyring; it goes on stdin.
        const ProcessRun keyring = runProcess(QStringLiteral("gnome-keyring-daemon"),
                                              { QStringLiteral("--unlock"), QStringLiteral("--components=secrets") },
                                              env, randomHex(12).toLatin1(), 10000);
        if (keyring.exitCode != 0) {
            qWarning("gnome-keyring-daemon: %s", keyring.err.constData());
            return false;
        }
        // Its process id, asked of bob's bus (the daemon forks): so that cleanup ends exactly it.
        QDBusConnection connection = QDBusConnection::connectToBus(address, QStringLiteral("bob-bus"));
        const bool ok = QTest::qWaitFor(
            [&] {
                const QDBusReply<uint> pid
                    = connection.interface()->servicePid(QStringLiteral("org.freedesktop.secrets"));
                m_bobKeyringPid = pid.isValid() ? pid.value() : 0;
                return m_bobKeyringPid > 0;
            },
            10000);
        QDBusConnection::disconnectFromBus(QStringLiteral("bob-bus"));
        return ok;
    }

    /// Waits until the superuser sees `condition` (an SQL boolean over pg_stat_activity or pg_locks) hold.
    bool waitFor(const QString& condition, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] { return superuser(QStringLiteral("SELECT %1").arg(condition), m_database).out.trimmed() == "t"; },
            timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("MONIME_PORTAL_CLI");
        QVERIFY2(QFile::exists(m_cli), "MONIME_PORTAL_CLI must name the built monime-portal-cli");
        // Without a server or a keyring this test fails, never skips.
        QVERIFY2(!qEnvironmentVariableIsEmpty("MONIME_TEST_POSTGRES"),
                 "MONIME_TEST_POSTGRES is not set: run this test through tests/with-postgres.sh (ctest does)");
        QVERIFY2(!qEnvironmentVariableIsEmpty("MONIME_TEST_POSTGRES_SOCKET"),
                 "MONIME_TEST_POSTGRES_SOCKET is not set: tests/with-postgres.sh gives the superuser's socket");
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
        QVERIFY(m_dir.isValid());
        m_socket = qEnvironmentVariable("MONIME_TEST_POSTGRES_SOCKET");
        m_port = qEnvironmentVariable("MONIME_TEST_POSTGRES_PORT");
        const QString suffix = randomHex(4);
        m_database = QStringLiteral("team_") + suffix;

        // The team's logins: roles are the cluster's, so their names are this run's own.
        QFile original(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY2(original.open(QIODevice::ReadOnly), "with-postgres.sh gives a PGPASSFILE");
        QByteArray pgpass = original.readAll();
        if (!pgpass.endsWith('\n'))
            pgpass += '\n';
        QString roles;
        Person* people[] = { &m_bob, &m_carol, &m_dave, &m_erin };
        const char* names[] = { "bob", "carol", "dave", "erin" };
        for (int i = 0; i < 4; ++i) {
            people[i]->login = QLatin1String(names[i]) + QLatin1Char('_') + suffix;
            people[i]->email = QLatin1String(names[i]) + QStringLiteral("@example.com");
            const QByteArray password = randomHex(16).toLatin1();
            m_passwords << password;
            pgpass += "127.0.0.1:" + m_port.toLatin1() + ":*:" + people[i]->login.toLatin1() + ':' + password + '\n';
            roles += QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2';\n")
                         .arg(people[i]->login, QString::fromLatin1(password));
        }
        m_pgpass = m_dir.filePath(QStringLiteral("pgpass"));
        QFile file(m_pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        file.write(pgpass);
        file.close();
        // Passwords through psql's stdin, never on a command line.
        ProcessRun r = superuser(roles + QStringLiteral("CREATE DATABASE %1 OWNER monime;\n").arg(m_database));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Bob, Carol and Dave get CONNECT from `team add` (the app grants it); Erin, no team member, only from a
        // careless administrator: she may connect, and must still see nothing (strangerSeesNothing).
        r = superuser(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2;").arg(m_database, m_erin.login));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
        base.remove(QStringLiteral("MONIME_PORTAL_DATABASE"));
        base.insert(QStringLiteral("PGPASSFILE"), m_pgpass);
        QUrl url(qEnvironmentVariable("MONIME_TEST_POSTGRES"));
        url.setPath(QLatin1Char('/') + m_database);
        m_alice.login = url.userName();
        m_alice.email = QStringLiteral("alice@example.com");
        m_alice.url = url.toString();
        m_alice.env = base;
        for (Person* p : people) {
            url.setUserName(p->login);
            p->url = url.toString();
            p->env = base;
        }
        QVERIFY2(startBobsKeychain(m_bob.env), "could not start bob's D-Bus session and keyring");
        QVERIFY(m_bob.env.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"))
                != qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"));

        // The first to open the database creates the inventory and becomes its owner.
        r = cli(m_alice,
                { QStringLiteral("team"), QStringLiteral("me"), QStringLiteral("--email"), m_alice.email,
                  QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject me = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("owner"));
        m_alice.id = me.value(QStringLiteral("id")).toString();
        QVERIFY(!m_alice.id.isEmpty());
    }

    // An owner adds a member, a viewer and an admin; each sees the whole team with its roles.
    void ownerAddsTheTeam()
    {
        const std::pair<Person*, const char*> added[]
            = { { &m_bob, "member" }, { &m_carol, "viewer" }, { &m_dave, "admin" } };
        for (const auto& [person, role] : added) {
            const ProcessRun r
                = cli(m_alice,
                      { QStringLiteral("team"), QStringLiteral("add"), person->email, QStringLiteral("--db-user"),
                        person->login, QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--json") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            person->id = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
            QVERIFY(!person->id.isEmpty());
        }
        // A member may not add anyone.
        ProcessRun r = cli(m_bob,
                           { QStringLiteral("team"), QStringLiteral("add"), m_erin.email, QStringLiteral("--db-user"),
                             m_erin.login, QStringLiteral("--role"), QStringLiteral("member") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("Only the team's owners and admins"), r.err.constData());

        r = cli(m_bob, { QStringLiteral("team"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QMap<QString, QString> roles;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
            roles.insert(v.toObject().value(QStringLiteral("email")).toString(),
                         v.toObject().value(QStringLiteral("role")).toString());
        const QMap<QString, QString> expected { { m_alice.email, QStringLiteral("owner") },
                                                { m_bob.email, QStringLiteral("member") },
                                                { m_carol.email, QStringLiteral("viewer") },
                                                { m_dave.email, QStringLiteral("admin") } };
        QCOMPARE(roles, expected);
    }

    // Bob's token's secret is in bob's keychain only, alice's in alice's; both see both tokens and their owners.
    void tokensInTwoKeychains()
    {
        std::tie(m_bobToken, m_bobSecret) = create(m_bob, QStringLiteral("Bob checkout"));
        std::tie(m_aliceToken, m_aliceSecret) = create(m_alice, QStringLiteral("Alice payouts"));
        QVERIFY(m_bobSecret.startsWith("mon_test_") && m_aliceSecret.startsWith("mon_test_"));

        const QProcessEnvironment aliceSession = QProcessEnvironment::systemEnvironment();
        QCOMPARE(keychainLookup(m_bob.env, m_bobToken), m_bobSecret);
        QCOMPARE(keychainLookup(aliceSession, m_aliceToken), m_aliceSecret);
        QCOMPARE(keychainLookup(aliceSession, m_bobToken), QByteArray());
        QCOMPARE(keychainLookup(m_bob.env, m_aliceToken), QByteArray());
        const QByteArray bobs = keychainItems(m_bob.env);
        const QByteArray alices = keychainItems(aliceSession);
        QVERIFY2(bobs.contains(m_bobToken.toUtf8()) && !bobs.contains(m_aliceToken.toUtf8())
                     && !bobs.contains(m_aliceSecret),
                 bobs.constData());
        QVERIFY2(alices.contains(m_aliceToken.toUtf8()) && !alices.contains(m_bobToken.toUtf8())
                     && !alices.contains(m_bobSecret),
                 alices.constData());

        for (const Person* who : { &m_alice, &m_bob, &m_carol }) {
            const ProcessRun r = cli(*who, { QStringLiteral("list"), QStringLiteral("--json") });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QMap<QString, QString> owners;
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
                owners.insert(v.toObject().value(QStringLiteral("id")).toString(),
                              v.toObject().value(QStringLiteral("ownerLabel")).toString());
            QCOMPARE(owners.value(m_bobToken), m_bob.email);
            QCOMPARE(owners.value(m_aliceToken), m_alice.email);
            QVERIFY2(!r.out.contains(m_bobSecret) && !r.out.contains(m_aliceSecret), r.out.constData());
        }
    }

    // Another's token: its secret is elsewhere, so test and rotate say so instead of failing at the keychain.
    void anothersSecretIsElsewhere()
    {
        ProcessRun r = cli(m_bob, { QStringLiteral("test"), m_aliceToken });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("belongs to alice@example.com") && r.err.contains("keychain only"), r.err.constData());
        QVERIFY2(!r.err.contains("not found in the keychain") && !r.err.contains("No such"), r.err.constData());
        r = cli(m_bob, { QStringLiteral("rotate"), m_aliceToken });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("only alice@example.com can rotate it"), r.err.constData());
        QVERIFY2(!show(m_alice, m_aliceToken).value(QStringLiteral("revokedAt")).isString(), "alice's token rotated");
    }

    // Roles from the CLI: a member revokes only their own, a viewer creates nothing, an admin revokes anyone's
    // with a reason, and the owner sees who did it.
    void rolesFromTheCli()
    {
        const QByteArray aliceBefore = tokenRow(m_aliceToken);
        ProcessRun r
            = cli(m_bob, { QStringLiteral("revoke"), m_aliceToken, QStringLiteral("--reason"), QStringLiteral("x") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("as a member you may revoke only your own tokens"), r.err.constData());
        QCOMPARE(tokenRow(m_aliceToken), aliceBefore);

        r = cli(m_carol, createArgs(QStringLiteral("Carol's")));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("viewer") && r.err.contains("team role"), r.err.constData());
        QCOMPARE(asAlice(QStringLiteral("SELECT count(*) FROM tokens WHERE owner_id = '%1'").arg(m_carol.id)), "0");

        r = cli(m_dave, { QStringLiteral("revoke"), m_bobToken });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("--reason") && r.err.contains("say why"), r.err.constData());
        r = cli(
            m_dave,
            { QStringLiteral("revoke"), m_bobToken, QStringLiteral("--reason"), QStringLiteral("leaked in a ticket") });
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QJsonObject shown = show(m_bob, m_bobToken);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
        QCOMPARE(shown.value(QStringLiteral("revokedByLabel")).toString(), m_dave.email);
        QCOMPARE(shown.value(QStringLiteral("revokedBy")).toString(), m_dave.id);
        const QJsonArray history = shown.value(QStringLiteral("history")).toArray();
        QJsonObject revoked;
        for (const QJsonValue& v : history)
            if (v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("revoked"))
                revoked = v.toObject();
        QVERIFY2(!revoked.isEmpty(), QJsonDocument(history).toJson().constData());
        QCOMPARE(revoked.value(QStringLiteral("actor")).toString(), m_dave.id);
        QCOMPARE(revoked.value(QStringLiteral("actorLabel")).toString(), m_dave.email);
        QCOMPARE(revoked.value(QStringLiteral("detail")).toString(), QStringLiteral("leaked in a ticket"));
        // The secret stays where it was: revoking another's token never touches a keychain.
        QCOMPARE(keychainLookup(m_bob.env, m_bobToken), m_bobSecret);
    }

    // Alice decides on what she read; dave revoked meanwhile: her revoke fails, says so, and his stands.
    void staleEditNeverWins()
    {
        const QString id = create(m_bob, QStringLiteral("Bob webhooks")).first;
        QVERIFY(!id.isEmpty());
        const int seen = show(m_alice, id).value(QStringLiteral("version")).toInt();
        QVERIFY(seen >= 1);
        ProcessRun r
            = cli(m_dave, { QStringLiteral("revoke"), id, QStringLiteral("--reason"), QStringLiteral("dave's call") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(show(m_alice, id).value(QStringLiteral("version")).toInt(), seen + 1);

        r = cli(m_alice,
                { QStringLiteral("revoke"), id, QStringLiteral("--if-version"), QString::number(seen),
                  QStringLiteral("--reason"), QStringLiteral("alice's call") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("changed by someone else") && r.err.contains("Nothing was changed"), r.err.constData());
        QVERIFY2(r.err.contains(QStringLiteral("version %1").arg(seen + 1).toUtf8()) && r.err.contains("dave's call")
                     && r.err.contains(m_dave.email.toUtf8()),
                 r.err.constData());
        const QJsonObject now = show(m_alice, id);
        QCOMPARE(now.value(QStringLiteral("revokedByLabel")).toString(), m_dave.email);
        QCOMPARE(now.value(QStringLiteral("revokeReason")).toString(), QStringLiteral("dave's call"));
        QCOMPARE(now.value(QStringLiteral("version")).toInt(), seen + 1);
    }

    // The same rules against a hand-written client: psql as each login. Every refusal leaves the rows as they were.
    void rawSqlClientGetsNoMore_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("viewer inserts a token")
            << "carol"
            << "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
               "checksum_state, origin, state) SELECT 'tok-carolraw', id, 'raw', 'test', 'caph.2025-08-23', 0, 'd', "
               "'h', 'valid', 'created', 'ready' FROM monimeers WHERE db_user = session_user"
            << QByteArray("row-level security");
        QTest::newRow("member revokes another's token")
            << "bob"
            << "UPDATE tokens SET revoked_at = 1, revoked_by = '@bob', revoke_reason = 'x' WHERE id = '@aliceToken'"
            << QByteArray("only owners and admins revoke");
        QTest::newRow("member renames another's token")
            << "bob"
            << "UPDATE tokens SET name = 'x' WHERE id = '@aliceToken'" << QByteArray("only its owner");
        QTest::newRow("member takes another's token")
            << "bob"
            << "UPDATE tokens SET owner_id = '@bob' WHERE id = '@aliceToken'" << QByteArray("never change");
        QTest::newRow("member gives away their own token")
            << "bob"
            << "UPDATE tokens SET owner_id = '@alice' WHERE id = '@bobToken'" << QByteArray("never change");
        QTest::newRow("member un-revokes a token an admin revoked")
            << "bob"
            << "UPDATE tokens SET revoked_at = NULL, revoke_reason = NULL, revoked_by = '@bob' WHERE id = '@bobToken'"
            << QByteArray("revocation");
        QTest::newRow("member rewrites who revoked their token")
            << "bob"
            << "UPDATE tokens SET revoke_reason = 'mine', revoked_by = '@bob' WHERE id = '@bobToken'"
            << QByteArray("revocation");
        QTest::newRow("member postpones a revocation")
            << "bob"
            << "UPDATE tokens SET revoked_at = revoked_at + 86400000, revoked_by = '@bob' WHERE id = '@bobToken'"
            << QByteArray("revocation");
        QTest::newRow("member re-signs a revocation by moving it sooner")
            << "bob"
            << "UPDATE tokens SET revoked_at = revoked_at - 1, revoke_reason = 'mine', revoked_by = '@bob' WHERE id = "
               "'@bobToken'"
            << QByteArray("revocation");
        QTest::newRow("member deletes history") << "bob"
                                                << "DELETE FROM audit_log" << QByteArray("permission denied");
        QTest::newRow("member forges a history line")
            << "bob"
            << "INSERT INTO audit_log (id, at, actor, action, token_id, detail) VALUES ('aud-forged', 1, '@alice', "
               "'revoked', "
               "'@aliceToken', 'forged')"
            << QByteArray("row-level security");
        QTest::newRow("member makes themself owner")
            << "bob"
            << "UPDATE monimeers SET team_role = 'owner' WHERE db_user = session_user"
            << QByteArray("only owners and admins change roles");
        QTest::newRow("admin makes themself owner")
            << "dave"
            << "UPDATE monimeers SET team_role = 'owner' WHERE db_user = session_user"
            << QByteArray("only an owner makes or unmakes an owner");
        QTest::newRow("admin demotes the owner") << "dave"
                                                 << "UPDATE monimeers SET team_role = 'member' WHERE id = '@alice'"
                                                 << QByteArray("only an owner makes or unmakes an owner");
        QTest::newRow("admin renames the owner")
            << "dave"
            << "UPDATE monimeers SET email = 'dave2@example.com', name = 'x' WHERE id = '@alice'"
            << QByteArray("their own name and email");
        // Found by the attack review of the team rules (issue 13).
        QTest::newRow("member rewinds another's token's version")
            << "bob"
            << "UPDATE tokens SET version = 0 WHERE id = '@aliceToken'" << QByteArray("version only goes up");
        QTest::newRow("member moves their own token's version ahead")
            << "bob"
            << "UPDATE tokens SET version = version + 5 WHERE id = '@bobToken'" << QByteArray("version only goes up");
        QTest::newRow("member turns their ready token back to pending, to delete it")
            << "bob"
            << "UPDATE tokens SET state = 'pending' WHERE id = '@bobToken'; DELETE FROM tokens WHERE id = '@bobToken'"
            << QByteArray("never goes back to pending");
        QTest::newRow("member marks another's token as replaced by theirs")
            << "bob"
            << "UPDATE tokens SET rotated_from = '@aliceToken' WHERE id = '@bobToken'"
            << QByteArray("replaces only a token of its own owner");
        QTest::newRow("member inserts a token replacing another's")
            << "bob"
            << "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
               "checksum_state, origin, state, rotated_from) SELECT 'tok-bobraw1', id, 'raw', 'test', "
               "'caph.2025-08-23', 0, 'raw-d1', 'h', 'valid', 'created', 'ready', '@aliceToken' FROM monimeers WHERE "
               "db_user = session_user"
            << QByteArray("row-level security");
        QTest::newRow("member inserts a token revoked in another's name")
            << "bob"
            << "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, secret_digest, hint, "
               "checksum_state, origin, state, revoked_at, revoked_by, revoke_reason) SELECT 'tok-bobraw2', id, "
               "'raw', 'test', 'caph.2025-08-23', 0, 'raw-d2', 'h', 'valid', 'created', 'ready', 1, '@alice', "
               "'alice said so' FROM monimeers WHERE db_user = session_user"
            << QByteArray("row-level security");
        QTest::newRow("admin rebinds a member to another login")
            << "dave"
            << "UPDATE monimeers SET db_user = 'nobody_' || db_user WHERE id = '@bob'"
            << QByteArray("only an owner changes which login a person is");
        QTest::newRow("member takes a look-alike of the owner's email")
            << "bob"
            << "UPDATE monimeers SET email = (SELECT upper(email) FROM monimeers WHERE id = '@alice') WHERE db_user = "
               "session_user"
            << QByteArray("monimeers_email_folded");
        QTest::newRow("stranger adds themself")
            << "erin"
            << "INSERT INTO monimeers (id, name, created_at, team_role, db_user) VALUES ('mmr-erin', 'erin', 0, "
               "'member', session_user)"
            << QByteArray("row-level security");
    }

    void rawSqlClientGetsNoMore()
    {
        QFETCH(QString, who);
        QFETCH(QString, sql);
        QFETCH(QByteArray, says);
        const QMap<QString, Person*> people { { QStringLiteral("bob"), &m_bob },
                                              { QStringLiteral("carol"), &m_carol },
                                              { QStringLiteral("dave"), &m_dave },
                                              { QStringLiteral("erin"), &m_erin } };
        sql.replace(QStringLiteral("@aliceToken"), m_aliceToken)
            .replace(QStringLiteral("@bobToken"), m_bobToken)
            .replace(QStringLiteral("@alice"), m_alice.id)
            .replace(QStringLiteral("@bob"), m_bob.id);
        const QString everything = QStringLiteral(
            "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM (SELECT t::text AS x FROM tokens t UNION ALL SELECT "
            "m::text FROM monimeers m UNION ALL SELECT a::text FROM audit_log a) AS r");
        const QByteArray before = asAlice(everything);
        QVERIFY(!before.isEmpty());
        const ProcessRun r = psql(*people.value(who), sql);
        QVERIFY2(r.exitCode != 0, (sql + QStringLiteral(" was allowed: ") + QString::fromUtf8(r.out)).toUtf8());
        QVERIFY2(r.err.contains(says), r.err.constData());
        QCOMPARE(asAlice(everything), before);
    }

    // What the rule allows a raw client: an admin revokes another's token with a reason, naming themself.
    void adminRevokesWithRawSql()
    {
        const QString id = create(m_alice, QStringLiteral("Alice reports")).first;
        QVERIFY(!id.isEmpty());
        ProcessRun r = psql(
            m_dave,
            QStringLiteral("UPDATE tokens SET revoked_at = 1, revoked_by = '%1' WHERE id = '%2'").arg(m_dave.id, id));
        QVERIFY2(r.exitCode != 0 && r.err.contains("needs a reason"), r.err.constData());
        r = psql(m_dave,
                 QStringLiteral("UPDATE tokens SET revoked_at = 1, revoked_by = '%1' , revoke_reason = "
                                "'raw' WHERE id = '%2'")
                     .arg(m_dave.id, id));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(
            asAlice(QStringLiteral("SELECT revoked_by || ' ' || revoke_reason FROM tokens WHERE id = '%1'").arg(id)),
            (m_dave.id + QStringLiteral(" raw")).toUtf8());
        const QJsonObject shown = show(m_alice, id);
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("REVOKED"));
        QCOMPARE(shown.value(QStringLiteral("revokedByLabel")).toString(), m_dave.email);
    }

    // A login outside the team reads nothing and is told how to get in.
    void strangerSeesNothing()
    {
        ProcessRun r = psql(m_erin, QStringLiteral("SELECT count(*) FROM tokens; SELECT count(*) FROM audit_log;"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("0\n0"));
        r = cli(m_erin, { QStringLiteral("list") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("not a member") && r.err.contains("team add") && r.err.contains(m_erin.login.toUtf8()),
                 r.err.constData());
        QVERIFY2(!r.out.contains(m_aliceToken.toUtf8()), r.out.constData());
    }

    // A teammate's revoke reaches every listener at commit: NOTIFY monime_inventory, payload the table.
    void revokeNotifiesListeners()
    {
        const QString id = create(m_bob, QStringLiteral("Bob notify")).first;
        QVERIFY(!id.isEmpty());
        QProcess listener;
        listener.setProcessEnvironment(m_carol.env);
        listener.start(QStringLiteral("psql"),
                       { QStringLiteral("-X"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         m_port, QStringLiteral("-U"), m_carol.login, QStringLiteral("-d"), m_database });
        QVERIFY(listener.waitForStarted(10000));
        listener.write("LISTEN monime_inventory;\n");
        QVERIFY2(waitFor(QStringLiteral("EXISTS (SELECT 1 FROM pg_stat_activity WHERE usename = '%1' AND state = "
                                        "'idle' AND query LIKE 'LISTEN%%')")
                             .arg(m_carol.login)),
                 "carol's psql never listened");
        const ProcessRun r = cli(m_bob, { QStringLiteral("revoke"), id });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // psql prints what arrived after its next command.
        listener.write("SELECT 1;\n");
        listener.closeWriteChannel();
        QVERIFY(listener.waitForFinished(10000));
        const QByteArray out = listener.readAllStandardOutput();
        QVERIFY2(out.contains("Asynchronous notification \"monime_inventory\" with payload \"tokens\" received"),
                 out.constData());
    }

    // A write whose connection dies in its middle: the CLI says it was not saved, and none of it is.
    void connectionKilledMidWrite()
    {
        const QString id = create(m_bob, QStringLiteral("Bob killed")).first;
        QVERIFY(!id.isEmpty());
        const QByteArray rowBefore = tokenRow(id);
        const QString historyCount
            = QStringLiteral("SELECT count(*) FROM audit_log WHERE token_id = '%1' AND action = 'revoked'").arg(id);
        QCOMPARE(asAlice(historyCount), "0");

        // The window: the history is locked against writes, so bob's revoke (UPDATE tokens, then the history line,
        // one transaction) waits halfway with its UPDATE done and uncommitted.
        QProcess holder;
        holder.setProcessEnvironment(m_alice.env);
        holder.start(QStringLiteral("psql"),
                     { QStringLiteral("-X"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       m_port, QStringLiteral("-U"), m_alice.login, QStringLiteral("-d"), m_database });
        QVERIFY(holder.waitForStarted(10000));
        holder.write("BEGIN; LOCK TABLE audit_log IN SHARE MODE;\n");
        QVERIFY2(waitFor(QStringLiteral("EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                                        "WHERE c.relname = 'audit_log' AND l.mode = 'ShareLock' AND l.granted)")),
                 "the lock was never taken");

        QProcess writer;
        writer.setProcessEnvironment(m_bob.env);
        writer.start(m_cli,
                     { QStringLiteral("--database"), m_bob.url, QStringLiteral("revoke"), id,
                       QStringLiteral("--reason"), QStringLiteral("never saved") });
        QVERIFY(writer.waitForStarted(10000));
        const bool waiting = waitFor(QStringLiteral("EXISTS (SELECT 1 FROM pg_stat_activity WHERE usename = '%1' AND "
                                                    "wait_event_type = 'Lock')")
                                         .arg(m_bob.login));
        if (!waiting) {
            writer.kill();
            writer.waitForFinished(5000);
            holder.kill();
            holder.waitForFinished(5000);
            QFAIL(writer.readAllStandardError().constData());
        }
        // Bob's uncommitted UPDATE is there, from the server's view: the kill lands mid-write.
        const ProcessRun killed = superuser(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                                           "pg_stat_activity WHERE usename = '%1'")
                                                .arg(m_bob.login),
                                            m_database);
        QCOMPARE(killed.out.trimmed(), QByteArray("1"));
        QVERIFY(QTest::qWaitFor([&] { return writer.state() == QProcess::NotRunning; }, 20000));
        const QByteArray err = writer.readAllStandardError();
        m_outputs << err;
        QVERIFY2(writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("connection to the PostgreSQL server was lost") && err.contains("was not saved"),
                 err.constData());

        holder.write("ROLLBACK;\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        // None of the write: the token as it was, no history line.
        QCOMPARE(tokenRow(id), rowBefore);
        QCOMPARE(asAlice(historyCount), "0");

        // The next command reconnects and does all of it.
        const ProcessRun again
            = cli(m_bob, { QStringLiteral("revoke"), id, QStringLiteral("--reason"), QStringLiteral("saved") });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(asAlice(historyCount), "1");
        QCOMPARE(show(m_bob, id).value(QStringLiteral("revokeReason")).toString(), QStringLiteral("saved"));
    }

    // Removed from the team: the database shows them nothing, and the CLI says why.
    // Any session that may connect can lock a table (PUBLIC holds UPDATE); nobody's program hangs on it: a lock
    // is waited for Database::kLockTimeoutMs at most, then the command fails saying so, and works once it is gone.
    void lockHeldElsewhereFailsInsteadOfHanging()
    {
        QProcess holder;
        holder.setProcessEnvironment(m_erin.env);
        holder.start(QStringLiteral("psql"),
                     { QStringLiteral("-X"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                       m_port, QStringLiteral("-U"), m_erin.login, QStringLiteral("-d"), m_database });
        QVERIFY(holder.waitForStarted(10000));
        holder.write("BEGIN; LOCK TABLE tokens IN ACCESS EXCLUSIVE MODE;\n");
        QVERIFY2(
            waitFor(QStringLiteral("EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                                   "WHERE c.relname = 'tokens' AND l.mode = 'AccessExclusiveLock' AND l.granted)")),
            "the lock was never taken");
        QElapsedTimer took;
        took.start();
        ProcessRun r = cli(m_alice, { QStringLiteral("list") });
        const qint64 ms = took.elapsed();
        holder.write("ROLLBACK;\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("got in the way") && r.err.contains("lock timeout"), r.err.constData());
        QVERIFY2(ms < 20000, qPrintable(QString::number(ms)));
        r = cli(m_alice, { QStringLiteral("list") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void formerMemberSeesNothing()
    {
        ProcessRun r = cli(m_alice, { QStringLiteral("team"), QStringLiteral("remove"), m_carol.email });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Removed, she may no longer connect at all (CONNECT follows the role): no table to lock, no lock to hold.
        r = psql(m_carol, QStringLiteral("SELECT count(*) FROM tokens;"));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("permission denied for database"), r.err.constData());
        r = cli(m_carol, { QStringLiteral("list") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("no longer, one of its people") && r.err.contains("team add"), r.err.constData());
        r = cli(m_carol, { QStringLiteral("show"), m_aliceToken });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("may not connect"), r.err.constData());
        // Added back: she connects and reads again.
        r = cli(m_alice, { QStringLiteral("team"), QStringLiteral("role"), m_carol.email, QStringLiteral("viewer") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = psql(m_carol, QStringLiteral("SELECT count(*) > 0 FROM tokens;"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("t"));
    }

    void cleanupTestCase()
    {
        if (m_bobKeyringPid > 0)
            ::kill(pid_t(m_bobKeyringPid), SIGTERM);
        if (m_bobBusPid > 0)
            ::kill(pid_t(m_bobBusPid), SIGTERM);
        if (!m_database.isEmpty())
            superuser(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);\n"
                                     "DROP ROLE IF EXISTS %2, %3, %4, %5;")
                          .arg(m_database, m_bob.login, m_carol.login, m_dave.login, m_erin.login));
        // No output of any run holds a database password or another's secret.
        for (const QByteArray& output : std::as_const(m_outputs))
            for (const QByteArray& password : std::as_const(m_passwords))
                QVERIFY2(!output.contains(password), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
