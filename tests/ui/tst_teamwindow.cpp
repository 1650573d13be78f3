// SPDX-License-Identifier: GPL-3.0-or-later
// GUI on a team inventory (issue 13, points 2, 3, 5), on the offscreen platform over a real PostgreSQL server:
// the window of one person updates within a second when a teammate (another login, another connection, another
// keychain) creates and revokes; a teammate's token cannot be tested from here and the window says why; the
// status bar says who you are, and "Offline — reconnecting…" while the database is out of reach, then recovers.
#include "DetailsPanel.h"
#include "MainWindow.h"
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "models/TokenTableModel.h"
#include "portal/TeamService.h"
#include "portal/TokenService.h"
#include "store/Database.h"
#include "support/TestBackend.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QtTest>

using namespace monime;
using namespace monime::testing;

namespace {

TokenDraft draft(const QString& name)
{
    TokenDraft d;
    d.name = name;
    d.testMode = true;
    d.apiRelease = QStringLiteral("caph.2025-08-23");
    d.permissions = { QStringLiteral("payments:read") };
    return d;
}

} // namespace

class TestTeamWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    QString m_aliceUrl;
    QString m_bobUrl;
    QString m_dbName;

    static CreatedToken create(TokenService& service, const QString& name)
    {
        std::optional<Result<CreatedToken>> got;
        service.create(draft(name), [&](Result<CreatedToken> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 5000) || !got->ok()) {
            qWarning("create failed: %s", got ? qPrintable(got->error().message) : "no answer");
            return {};
        }
        return got->value();
    }

    static QString statusOf(MainWindow& w, const QString& id)
    {
        auto* table = w.findChild<QTableView*>(QStringLiteral("tokenTableView"));
        auto* model = qobject_cast<TokenTableModel*>(table->model());
        const TokenInfo* t = model ? model->tokenAt(model->rowOf(id)) : nullptr;
        return t ? statusName(t->status(QDateTime::currentDateTimeUtc())) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(usesPostgres() && backendProblem().isEmpty(), "run through tests/with-postgres.sh (POSTGRES_ONLY)");
        QVERIFY(!qEnvironmentVariableIsEmpty("MONIME_TEST_POSTGRES_SOCKET"));
        QStandardPaths::setTestModeEnabled(true);
        m_clock.set(QDateTime::currentDateTimeUtc());
        // Bob: a login of his own, his password in a pgpass file of this test's (never on a command line).
        const QString bob = QStringLiteral("bob_%1").arg(QRandomGenerator::global()->generate());
        const QByteArray password = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        QCOMPARE(postgresSuperuserExec(
                     QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(bob, QString::fromLatin1(password))),
                 QString());
        QFile original(qEnvironmentVariable("PGPASSFILE"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray pgpass = original.readAll().trimmed() + '\n';
        const QUrl url(qEnvironmentVariable("MONIME_TEST_POSTGRES"));
        pgpass += "127.0.0.1:" + QByteArray::number(url.port()) + ":*:" + bob.toLatin1() + ':' + password + '\n';
        QFile mine(m_dir.filePath(QStringLiteral("pgpass")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write(pgpass);
        mine.close();
        QVERIFY(mine.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        qputenv("PGPASSFILE", mine.fileName().toLocal8Bit());

        m_aliceUrl = freshLocation(m_dir);
        m_dbName = QUrl(m_aliceUrl).path().mid(1);
        QUrl bobUrl(m_aliceUrl);
        bobUrl.setUserName(bob);
        m_bobUrl = bobUrl.toString();
        // Alice made the team database (its first owner) and adds Bob as a member.
        auto db = Database::open(m_aliceUrl);
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        MemorySecretStore secrets;
        TokenService service(*db.value(), secrets, m_clock, Catalog::builtIn());
        TeamService team(*db.value(), service);
        QVERIFY(team.setMe(QStringLiteral("alice@example.com"), QStringLiteral("Alice")).ok());
        auto added = team.add(QStringLiteral("bob@example.com"), bob, QStringLiteral("member"), QString());
        QVERIFY2(added.ok(), qPrintable(added.error().message));
    }

    // Bob creates and revokes in his own program; Alice's open window shows both within a second, names Bob as
    // the owner, and does not offer to test or rotate a token whose secret is in Bob's keychain.
    void teammatesChangesArriveLive()
    {
        auto aliceDb = Database::open(m_aliceUrl);
        QVERIFY(aliceDb.ok());
        MemorySecretStore aliceKeychain;
        TokenService alice(*aliceDb.value(), aliceKeychain, m_clock, Catalog::builtIn());
        MainWindow window(alice);
        window.show();
        auto* state = window.findChild<QLabel*>(QStringLiteral("inventoryStateLabel"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(QLatin1String("alice@example.com (owner)")), qPrintable(state->text()));

        auto bobDb = Database::open(m_bobUrl);
        QVERIFY2(bobDb.ok(), qPrintable(bobDb.error().message));
        MemorySecretStore bobKeychain;
        TokenService bob(*bobDb.value(), bobKeychain, m_clock, Catalog::builtIn());
        const CreatedToken made = create(bob, QStringLiteral("bob's integration"));
        QVERIFY(!made.token.id.isEmpty());
        QElapsedTimer seen;
        seen.start();
        QVERIFY(QTest::qWaitFor([&] { return statusOf(window, made.token.id) == QLatin1String("ACTIVE"); }, 1000));
        qInfo("create seen after %lld ms", seen.elapsed());
        QVERIFY2(!aliceKeychain.items().contains(made.token.id) && bobKeychain.items().contains(made.token.id),
                 "the secret is in Bob's keychain only");

        // Selected: Test and Rotate are Bob's, with the reason; an owner may revoke.
        auto* table = window.findChild<QTableView*>(QStringLiteral("tokenTableView"));
        auto* model = qobject_cast<TokenTableModel*>(table->model());
        table->selectRow(model->rowOf(made.token.id));
        auto* test = window.findChild<QAction*>(QStringLiteral("testAction"));
        auto* rotate = window.findChild<QAction*>(QStringLiteral("rotateAction"));
        auto* revoke = window.findChild<QAction*>(QStringLiteral("revokeAction"));
        QVERIFY(test && rotate && revoke);
        QVERIFY(!test->isEnabled());
        QVERIFY(!rotate->isEnabled());
        QVERIFY(test->toolTip().contains(QLatin1String("bob@example.com")));
        QVERIFY(revoke->isEnabled());
        auto* details = window.findChild<DetailsPanel*>();
        details->showToken(made.token.id);
        const QString text = details->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("This is bob@example.com's token: its secret is in their keychain only")),
                 qPrintable(text));
        // For docs/: MONIME_SCREENSHOT_DIR=docs (the README shows it).
        QCOMPARE(model->data(model->index(model->rowOf(made.token.id), int(TokenTableModel::Column::Owner))).toString(),
                 QStringLiteral("bob@example.com"));
        QVERIFY(!table->isColumnHidden(int(TokenTableModel::Column::Owner)));
        if (const QString dir = qEnvironmentVariable("MONIME_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.findChild<QAction*>(QStringLiteral("detailsAction"))->trigger();
            window.resize(1280, 720);
            QTest::qWait(200);
            QVERIFY(window.grab().save(dir + QStringLiteral("/team-window.png")));
        }

        QVERIFY(bob.revoke(made.token.id, QStringLiteral("replaced")).ok());
        seen.restart();
        QVERIFY(QTest::qWaitFor([&] { return statusOf(window, made.token.id) == QLatin1String("REVOKED"); }, 1000));
        qInfo("revocation seen after %lld ms", seen.elapsed());
    }

    // The database out of reach: the status bar says so and the window keeps what it showed; back, it says who
    // you are again and shows what changed meanwhile.
    void offlineThenBack()
    {
        auto aliceDb = Database::open(m_aliceUrl);
        QVERIFY(aliceDb.ok());
        MemorySecretStore aliceKeychain;
        TokenService alice(*aliceDb.value(), aliceKeychain, m_clock, Catalog::builtIn());
        MainWindow window(alice);
        window.show();
        auto* state = window.findChild<QLabel*>(QStringLiteral("inventoryStateLabel"));
        QVERIFY(state);
        const QString online = state->text();

        QCOMPARE(postgresCutOff(m_dbName), QString());
        QVERIFY(QTest::qWaitFor([&] { return state->text() == QStringLiteral("Offline — reconnecting…"); }, 6000));
        QVERIFY(state->toolTip().contains(QLatin1String("not saved")));

        QCOMPARE(postgresAllowConnections(m_dbName), QString());
        auto bobDb = Database::open(m_bobUrl);
        QVERIFY2(bobDb.ok(), qPrintable(bobDb.error().message));
        MemorySecretStore bobKeychain;
        TokenService bob(*bobDb.value(), bobKeychain, m_clock, Catalog::builtIn());
        const CreatedToken meanwhile = create(bob, QStringLiteral("made while Alice was offline"));
        QVERIFY(!meanwhile.token.id.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return state->text() == online; }, 6000));
        QVERIFY(QTest::qWaitFor([&] { return statusOf(window, meanwhile.token.id) == QLatin1String("ACTIVE"); }, 3000));
        // Alice's own connection works again: her revoke of Bob's token (an owner's right, with a reason) is saved.
        QVERIFY(alice.revoke(meanwhile.token.id, QStringLiteral("test over")).ok());
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
