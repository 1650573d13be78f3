// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases over a real SQLite file, with an in-memory keychain and a fixed clock; registered a second time
// (tst_tokenservice_postgres) over a real PostgreSQL server (tests/with-postgres.sh), a new database per test.
#include "fakes/FakeClock.h"
#include "fakes/MemorySecretStore.h"
#include "portal/TokenService.h"
#include "store/Database.h"
#include "store/SqlCursor.h"
#include "store/TokenRepository.h"
#include "support/TestBackend.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

class TestTokenService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FakeClock m_clock;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<TokenService> m_service;

    template<typename T, typename Call> Result<T> await(Call call)
    {
        std::optional<Result<T>> got;
        call([&got](Result<T> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 5000))
            return makeError(QStringLiteral("test_timeout"), QString(), QStringLiteral("no answer"));
        return std::move(*got);
    }

    Result<CreatedToken> create(const TokenDraft& draft)
    {
        return await<CreatedToken>([&](auto done) { m_service->create(draft, done); });
    }

    static TokenDraft testDraft(const QString& name = QStringLiteral("Inventory Sync Script"))
    {
        TokenDraft d;
        d.name = name;
        d.testMode = true;
        d.apiRelease = QStringLiteral("caph.2025-08-23");
        d.permissions = { QStringLiteral("payments:read"), QStringLiteral("customers:read") };
        return d;
    }

    static TokenDraft liveDraft()
    {
        TokenDraft d = testDraft(QStringLiteral("Main Website Integration"));
        d.testMode = false;
        d.expiry = ExpiryChoice::oneYear();
        d.ipWhitelist = { QStringLiteral("203.0.113.0/24"), QStringLiteral("2001:DB8::/32") };
        d.spaceWhitelist = QStringLiteral("Acme");
        d.permissions = { QStringLiteral("payouts:write"), QStringLiteral("payments:read") };
        return d;
    }

    int rowCount(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(testing::backendProblem().isEmpty(), qPrintable(testing::backendProblem())); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("inventory.sqlite")));
        auto db = Database::open(
            testing::freshLocation(m_dir, QStringLiteral("t%1.sqlite").arg(QRandomGenerator::global()->generate())));
        QVERIFY2(db.ok(), qPrintable(db.error().message));
        m_db = std::move(db).value();
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC));
        m_secrets = std::make_unique<MemorySecretStore>();
        m_service = std::make_unique<TokenService>(*m_db, *m_secrets, m_clock, Catalog::builtIn());
        QVERIFY(m_service->addSpace(QStringLiteral("spc-acme01"), QStringLiteral("Acme"), QStringLiteral("developer"))
                    .ok());
    }

    void cleanup()
    {
        m_service.reset();
        m_secrets.reset();
        m_db.reset();
    }

    void createsTestTokenInBothStores()
    {
        auto created = create(testDraft());
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        const CreatedToken& c = created.value();
        QVERIFY(c.secret.startsWith("mon_test_"));
        QCOMPARE(TokenSecret::parse(c.secret)->checksum, ChecksumState::Valid);
        QCOMPARE(m_secrets->items().value(c.token.id), c.secret);
        QCOMPARE(c.token.expiresAt, m_clock.now().addMonths(2));
        QCOMPARE(c.token.hint, TokenSecret::hint(c.secret));
        QCOMPARE(c.token.permissions,
                 (QStringList { QStringLiteral("customers:read"), QStringLiteral("payments:read") }));

        auto listed = m_service->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        const TokenInfo& t = listed->constFirst();
        QCOMPARE(t.id, c.token.id);
        QCOMPARE(t.status(m_clock.now()), TokenStatus::Active);
        QCOMPARE(t.permissions, c.token.permissions);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM tokens WHERE state = 'ready'")), 1);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT secret_digest FROM tokens")) && q.next());
        QCOMPARE(q.value(0).toString(), TokenSecret::digest(c.secret));

        auto details = m_service->show(c.token.id);
        QVERIFY(details.ok());
        QCOMPARE(details->history.size(), 1);
        QCOMPARE(details->history.constFirst().action, QStringLiteral("created"));
        QVERIFY(!details->history.constFirst().detail.contains(QString::fromLatin1(c.secret)));
    }

    void warnsWhenTheTokenCanDoLessThanAsked_data()
    {
        QTest::addColumn<QStringList>("permissions");
        QTest::addColumn<QString>("whitelist");
        QTest::addColumn<QString>("expected"); // warning code, empty: none
        // Acme: developer (payouts:write not granted); Globex: viewer (reads only).
        QTest::newRow("all usable in Acme")
            << QStringList { QStringLiteral("payments:read") } << QStringLiteral("Acme") << QString();
        QTest::newRow("part usable in Acme")
            << QStringList { QStringLiteral("payments:read"), QStringLiteral("payouts:write") }
            << QStringLiteral("Acme") << QStringLiteral("token_can_do_less");
        QTest::newRow("nothing usable in Globex")
            << QStringList { QStringLiteral("payouts:write"), QStringLiteral("webhooks:write") }
            << QStringLiteral("Globex") << QStringLiteral("token_can_do_nothing");
        QTest::newRow("usable in one of the Spaces it may reach")
            << QStringList { QStringLiteral("webhooks:write") } << QString() << QString();
        QTest::newRow("usable nowhere it may reach")
            << QStringList { QStringLiteral("payouts:write") } << QString() << QStringLiteral("token_can_do_nothing");
    }

    void warnsWhenTheTokenCanDoLessThanAsked()
    {
        QFETCH(QStringList, permissions);
        QFETCH(QString, whitelist);
        QFETCH(QString, expected);
        QVERIFY(m_service->addSpace(QStringLiteral("spc-globex02"), QStringLiteral("Globex"), QStringLiteral("viewer"))
                    .ok());
        TokenDraft d = liveDraft();
        d.permissions = permissions;
        d.spaceWhitelist = whitelist;
        d.ipWhitelist.clear();
        QStringList codes;
        for (const FieldIssue& w : m_service->reachWarnings(d))
            codes << w.code;
        QCOMPARE(codes, expected.isEmpty() ? QStringList() : QStringList { expected });
        // create says the same (the CLI prints these warnings), and still creates the token.
        auto created = create(d);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QStringList createdCodes;
        for (const FieldIssue& w : created->warnings)
            if (w.code.startsWith(QLatin1String("token_can_")))
                createdCodes << w.code;
        QCOMPARE(createdCodes, codes);
    }

    void liveTokenKeepsWhitelists()
    {
        auto created = create(liveDraft());
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(created->secret.startsWith("mon_"));
        QVERIFY(!created->secret.startsWith("mon_test_"));
        auto t = m_service->show(created->token.id);
        QVERIFY(t.ok());
        QCOMPARE(t->token.spaceWhitelist, QStringLiteral("spc-acme01")); // chosen by name, kept by id
        QCOMPARE(t->token.ipWhitelist,
                 (QStringList { QStringLiteral("2001:db8::/32"), QStringLiteral("203.0.113.0/24") }));
        QCOMPARE(t->token.expiresAt, m_clock.now().addYears(1));
        QCOMPARE(t->token.environment, Environment::Live);
    }

    void secretNeverReachesTheDatabaseFile()
    {
        QList<QByteArray> secrets;
        for (int i = 0; i < 3; ++i) {
            auto created = create(testDraft(QStringLiteral("token %1").arg(i)));
            QVERIFY(created.ok());
            secrets.append(created->secret);
        }
        auto rotated
            = await<CreatedToken>([&](auto done) { m_service->rotate(m_service->list()->constFirst().id, 1, done); });
        QVERIFY(rotated.ok());
        secrets.append(rotated->secret);
        if (testing::usesPostgres()) {
            // Every row of every table as text, straight from the server: no secret, no part of one.
            QSqlQuery tables(m_db->connection());
            QVERIFY(tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")));
            int rows = 0;
            while (tables.next()) {
                QSqlQuery q(m_db->connection());
                QVERIFY(q.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(tables.value(0).toString())));
                while (q.next()) {
                    ++rows;
                    const QByteArray row = q.value(0).toString().toUtf8();
                    for (const QByteArray& s : secrets) {
                        QVERIFY2(!row.contains(s), row.constData());
                        QVERIFY(!row.contains(s.mid(s.indexOf('_', 4) + 1, 20)));
                    }
                }
            }
            QVERIFY(rows > 10);
            return;
        }
        // Read every file SQLite wrote (main file, -wal, -shm) raw, and look for each secret and its body.
        const QString base = m_db->path();
        int filesRead = 0;
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile f(base + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++filesRead;
            const QByteArray bytes = f.readAll();
            for (const QByteArray& s : secrets) {
                QVERIFY2(!bytes.contains(s), qPrintable(base + suffix));
                QVERIFY(!bytes.contains(s.mid(s.indexOf('_', 4) + 1, 20)));
            }
        }
        QVERIFY(filesRead >= 2);
    }

    void keychainFailureLeavesNothing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("unavailable") << QStringLiteral("keychain_unavailable");
        QTest::newRow("locked") << QStringLiteral("keychain_locked");
        QTest::newRow("timeout") << QStringLiteral("keychain_timeout");
    }

    void keychainFailureLeavesNothing()
    {
        QFETCH(QString, code);
        m_secrets->setFailure(code);
        auto created = create(testDraft());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, code);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM tokens")), 0);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM token_permissions")), 0);
        QVERIFY(m_secrets->items().isEmpty());
    }

    void invalidDraftTouchesNeitherStore()
    {
        TokenDraft d = testDraft();
        d.ipWhitelist = { QStringLiteral("203.0.113.5") };
        auto created = create(d);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().field, QStringLiteral("ipWhitelist"));
        QCOMPARE(m_secrets->calls(), 0);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM tokens")), 0);
    }

    void unknownSpaceWhitelistIsAnError()
    {
        TokenDraft d = liveDraft();
        d.spaceWhitelist = QStringLiteral("spc-elsewhere9");
        auto created = create(d);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, QStringLiteral("unknown_space"));
        d.spaceWhitelist = QStringLiteral("space-123");
        created = create(d);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, QStringLiteral("invalid_space_id"));
    }

    void statusFollowsTheClock()
    {
        auto created = create(testDraft());
        QVERIFY(created.ok());
        m_clock.advanceSecs(qint64(50) * 24 * 3600);
        QVERIFY(m_service->list()->constFirst().expiresSoon(m_clock.now()));
        m_clock.set(created->token.expiresAt);
        QCOMPARE(m_service->list()->constFirst().status(m_clock.now()), TokenStatus::Expired);
        QCOMPARE(m_service->list({ TokenStatus::Expired, std::nullopt })->size(), 1);
        QCOMPARE(m_service->list({ TokenStatus::Active, std::nullopt })->size(), 0);
    }

    void revokeIsFinal()
    {
        auto created = create(testDraft());
        QVERIFY(created.ok());
        auto revoked = m_service->revoke(created->token.id, QStringLiteral("leaked in a log"));
        QVERIFY(revoked.ok());
        QCOMPARE(revoked->status(m_clock.now()), TokenStatus::Revoked);
        auto shown = m_service->show(created->token.id);
        QCOMPARE(shown->token.revokeReason, QStringLiteral("leaked in a log"));
        QCOMPARE(shown->history.constFirst().action, QStringLiteral("revoked"));
        auto again = m_service->revoke(created->token.id, QString());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("already_revoked"));
        auto unknown = m_service->revoke(QStringLiteral("tok-doesnotexist"), QString());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("token_not_found"));
        QCOMPARE(m_service->list({ TokenStatus::Revoked, std::nullopt })->size(), 1);
    }

    void rotateWithGracePeriod()
    {
        auto created = create(liveDraft());
        QVERIFY(created.ok());
        const QString oldId = created->token.id;
        m_clock.advanceSecs(3600);
        auto rotated = await<CreatedToken>([&](auto done) { m_service->rotate(oldId, 24, done); });
        QVERIFY2(rotated.ok(), qPrintable(rotated.error().message));
        QVERIFY(rotated->secret != created->secret);
        QCOMPARE(rotated->token.rotatedFrom, oldId);
        QCOMPARE(rotated->token.permissions, created->token.permissions);
        QCOMPARE(rotated->token.ipWhitelist, created->token.ipWhitelist);
        QCOMPARE(rotated->token.spaceWhitelist, created->token.spaceWhitelist);
        QCOMPARE(rotated->token.origin, TokenOrigin::Rotated);
        // Same lifetime as the old token, counted from now.
        QCOMPARE(rotated->token.createdAt.msecsTo(rotated->token.expiresAt),
                 created->token.createdAt.msecsTo(created->token.expiresAt));
        auto old = m_service->show(oldId);
        QCOMPARE(old->token.status(m_clock.now()), TokenStatus::Active); // in its grace period
        // ... and said as what it is, the same from show and from list (the list, details and reports use it).
        const QString until = m_clock.now().addSecs(24 * 3600).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString expected = QStringLiteral("ACTIVE until %1 UTC, replaced by %2").arg(until, rotated->token.id);
        QCOMPARE(old->token.replacedBy, rotated->token.id);
        QCOMPARE(statusText(old->token, m_clock.now()), expected);
        const auto listed = m_service->list();
        QVERIFY(listed.ok());
        for (const TokenInfo& t : listed.value())
            if (t.id == oldId)
                QCOMPARE(statusText(t, m_clock.now()), expected);
        QCOMPARE(statusText(rotated->token, m_clock.now()), QStringLiteral("ACTIVE"));
        m_clock.advanceSecs(24 * 3600);
        old = m_service->show(oldId);
        QCOMPARE(old->token.status(m_clock.now()), TokenStatus::Revoked);
        QCOMPARE(statusText(old->token, m_clock.now()),
                 QStringLiteral("REVOKED (replaced by %1)").arg(rotated->token.id));

        auto twice = await<CreatedToken>([&](auto done) { m_service->rotate(oldId, 0, done); });
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, QStringLiteral("token_revoked"));
    }

    void rotateWithoutGraceRevokesAtOnce()
    {
        auto created = create(testDraft());
        auto rotated = await<CreatedToken>([&](auto done) { m_service->rotate(created->token.id, 0, done); });
        QVERIFY(rotated.ok());
        QCOMPARE(m_service->show(created->token.id)->token.status(m_clock.now()), TokenStatus::Revoked);
        auto bad = await<CreatedToken>([&](auto done) { m_service->rotate(rotated->token.id, -1, done); });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("invalid_grace"));
    }

    // Guided rotation: the old token is untouched until the new one is confirmed deployed.
    void guidedRotationStepByStep()
    {
        auto created = create(liveDraft());
        QVERIFY(created.ok());
        const QString oldId = created->token.id;
        m_clock.advanceSecs(60);
        auto next = await<CreatedToken>([&](auto done) { m_service->beginRotation(oldId, done); });
        QVERIFY2(next.ok(), qPrintable(next.error().message));
        const QString newId = next->token.id;
        QVERIFY(!next->secret.isEmpty() && next->secret != created->secret);
        QVERIFY(next->token.rotatedFrom.isEmpty());
        QCOMPARE(next->token.permissions, created->token.permissions);
        auto old = m_service->show(oldId);
        QVERIFY(!old->token.revokedAt.isValid());
        QVERIFY(old->token.replacedBy.isEmpty()); // not "replaced" before it is deployed
        QCOMPARE(old->history.constFirst().action, QStringLiteral("rotation started"));

        auto finished = m_service->finishRotation(oldId, newId, 2);
        QVERIFY2(finished.ok(), qPrintable(finished.error().message));
        QCOMPARE(finished->revokedAt, m_clock.now().addSecs(2 * 3600));
        QCOMPARE(finished->replacedBy, newId);
        QCOMPARE(m_service->show(newId)->token.rotatedFrom, oldId);
        QCOMPARE(m_service->show(oldId)->history.constFirst().detail,
                 QStringLiteral("replaced by %1; stays valid until %2")
                     .arg(newId, m_clock.now().addSecs(2 * 3600).toUTC().toString(Qt::ISODate)));
        // Confirmed once: a second confirmation changes nothing.
        auto again = m_service->finishRotation(oldId, newId, 0);
        QVERIFY(!again.ok());
        QCOMPARE(m_service->show(oldId)->token.revokedAt, m_clock.now().addSecs(2 * 3600));
    }

    void guidedRotationAbandonedLeavesTheOldTokenUntouched()
    {
        auto created = create(liveDraft());
        QVERIFY(created.ok());
        const QString oldId = created->token.id;
        auto next = await<CreatedToken>([&](auto done) { m_service->beginRotation(oldId, done); });
        QVERIFY(next.ok());
        QVERIFY(m_service->abandonRotation(oldId, next->token.id).ok());
        auto old = m_service->show(oldId);
        QCOMPARE(old->token.status(m_clock.now()), TokenStatus::Active);
        QVERIFY(!old->token.revokedAt.isValid() && old->token.replacedBy.isEmpty());
        QCOMPARE(old->history.constFirst().action, QStringLiteral("rotation abandoned"));
        QCOMPARE(m_service->show(next->token.id)->token.status(m_clock.now()), TokenStatus::Revoked);
        // The abandoned token can no longer be confirmed.
        QVERIFY(!m_service->finishRotation(oldId, next->token.id, 0).ok());
        QVERIFY(!m_service->show(oldId)->token.revokedAt.isValid());
    }

    void wideIpWhitelist()
    {
        // Create and import refuse a whitelist that admits every address...
        TokenDraft wide = liveDraft();
        wide.ipWhitelist = { QStringLiteral("::ffff:0:0/96") };
        auto created = create(wide);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, QStringLiteral("ip_whitelist_admits_all"));
        QCOMPARE(created.error().field, QStringLiteral("ipWhitelist"));
        const QByteArray pasted = "mon_4bQx9ZkT2mWv7LpR8sNc3HdY4bQx9ZkT2mWv7LpR8sNc3HdY";
        auto imported = await<CreatedToken>([&](auto done) { m_service->importToken(pasted, wide, done); });
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, QStringLiteral("ip_whitelist_admits_all"));
        QCOMPARE(m_service->list()->size(), 0);

        // ...but a token stored with one before the rule can still be rotated, its whitelist carried over.
        created = create(liveDraft());
        QVERIFY(created.ok());
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("INSERT INTO token_ip_rules (token_id, rule) VALUES (?, '0.0.0.0/0')"));
        q.addBindValue(created->token.id);
        QVERIFY(q.exec());
        auto rotated = await<CreatedToken>([&](auto done) { m_service->rotate(created->token.id, 0, done); });
        QVERIFY2(rotated.ok(), qPrintable(rotated.error().message));
        QVERIFY(m_service->show(rotated->token.id)->token.ipWhitelist.contains(QStringLiteral("0.0.0.0/0")));
    }

    void importPastedToken()
    {
        const QByteArray pasted = "mon_test_4bQx9ZkT2mWv7LpR8sNc3HdY";
        TokenDraft d = testDraft(QStringLiteral("From the real portal"));
        auto imported = await<CreatedToken>([&](auto done) { m_service->importToken(pasted + "\n", d, done); });
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        QCOMPARE(imported->token.origin, TokenOrigin::Imported);
        QCOMPARE(imported->token.checksum, ChecksumState::NotApplicable);
        QCOMPARE(imported->token.environment, Environment::Test);
        QCOMPARE(m_secrets->items().value(imported->token.id), pasted);

        auto duplicate = await<CreatedToken>([&](auto done) { m_service->importToken(pasted, d, done); });
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, QStringLiteral("token_exists"));

        auto garbage
            = await<CreatedToken>([&](auto done) { m_service->importToken("sk_live_123456789012345678", d, done); });
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().code, QStringLiteral("invalid_token"));
        QVERIFY(!garbage.error().message.contains(QStringLiteral("sk_live"))); // never echo what was pasted
        QCOMPARE(m_service->list()->size(), 1);
    }

    void recoverPendingRollsBackBothStores()
    {
        // What a crash between "row written" and "ready" leaves behind.
        TokenRepository repo(*m_db);
        TokenInfo t;
        t.id = QStringLiteral("tok-halfdone");
        t.ownerId = m_service->monimeer()->id;
        t.name = QStringLiteral("half");
        t.apiRelease = QStringLiteral("caph.2025-08-23");
        t.createdAt = m_clock.now();
        t.permissions = { QStringLiteral("payments:read") };
        t.hint = QStringLiteral("mon_test_…abcd");
        QVERIFY(repo.insertPending(t, QStringLiteral("digest")).ok());
        auto written = await<void>([&](auto done) { m_secrets->write(t.id, "mon_test_secret", done); });
        QVERIFY(written.ok());
        QCOMPARE(m_service->list()->size(), 0); // pending rows are never listed

        // Written by this live process: a create in flight, left alone.
        auto kept = await<int>([&](auto done) { m_service->recoverPending(done); });
        QCOMPARE(kept.value(), 0);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM tokens")), 1);
        // Its writer gone (a process that no longer exists on this host): a crash to roll back.
        QSqlQuery dead(m_db->connection());
        QVERIFY(dead.exec(
            QStringLiteral("UPDATE tokens SET pending_owner = '%1:2147483000'").arg(QSysInfo::machineHostName())));

        auto recovered = await<int>([&](auto done) { m_service->recoverPending(done); });
        QVERIFY(recovered.ok());
        QCOMPARE(recovered.value(), 1);
        QVERIFY(!m_secrets->items().contains(t.id));
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM tokens")), 0);
        QCOMPARE(rowCount(QStringLiteral("SELECT count(*) FROM token_permissions")), 0);

        recovered = await<int>([&](auto done) { m_service->recoverPending(done); });
        QCOMPARE(recovered.value(), 0);
    }

    void nativeAndPortableReadsAgree()
    {
        QVERIFY(create(testDraft()).ok());
        QVERIFY(create(liveDraft()).ok());
        auto revoked = m_service->revoke(m_service->list()->constFirst().id, QStringLiteral("why"));
        QVERIFY(revoked.ok());
        for (const TokenFilter& filter : { TokenFilter {}, TokenFilter { TokenStatus::Revoked, std::nullopt },
                                           TokenFilter { std::nullopt, Environment::Live } }) {
            auto native = m_service->list(filter);
            SqlCursor::setNativeSqliteEnabled(false);
            auto portable = m_service->list(filter);
            SqlCursor::setNativeSqliteEnabled(true);
            QVERIFY(native.ok() && portable.ok());
            QCOMPARE(native->size(), portable->size());
            for (int i = 0; i < native->size(); ++i) {
                const TokenInfo& a = native->at(i);
                const TokenInfo& b = portable->at(i);
                QCOMPARE(a.id, b.id);
                QCOMPARE(a.name, b.name);
                QCOMPARE(a.environment, b.environment);
                QCOMPARE(a.createdAt, b.createdAt);
                QCOMPARE(a.expiresAt, b.expiresAt);
                QCOMPARE(a.revokedAt, b.revokedAt);
                QCOMPARE(a.revokeReason, b.revokeReason);
                QCOMPARE(a.permissions, b.permissions);
                QCOMPARE(a.ipWhitelist, b.ipWhitelist);
                QCOMPARE(a.spaceWhitelist, b.spaceWhitelist);
                QCOMPARE(a.hint, b.hint);
            }
        }
    }

    void revokeDuringARotationWins()
    {
        auto created = create(liveDraft());
        QVERIFY(created.ok());
        const QString oldId = created->token.id;
        std::optional<Result<CreatedToken>> rotated;
        m_service->rotate(oldId, 24, [&](Result<CreatedToken> r) { rotated.emplace(std::move(r)); });
        // The keychain has not answered yet: the user revokes the old token in the meantime.
        QVERIFY(!rotated.has_value());
        QVERIFY(m_service->revoke(oldId, QStringLiteral("leaked")).ok());
        QTRY_VERIFY(rotated.has_value());
        QVERIFY(rotated->ok());
        const auto old = m_service->show(oldId);
        QCOMPARE(old->token.status(m_clock.now()), TokenStatus::Revoked); // not postponed by the grace period
        QCOMPARE(old->token.revokeReason, QStringLiteral("leaked"));
    }

    void spacesAreValidated()
    {
        auto bad = m_service->addSpace(QStringLiteral("space-1"), QStringLiteral("X"), QStringLiteral("owner"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("invalid_space_id"));
        bad = m_service->addSpace(QStringLiteral("spc_abc"), QStringLiteral("X"), QStringLiteral("emperor"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("unknown_role"));
        auto ok = m_service->addSpace(QStringLiteral("spc_abc"), QStringLiteral("Dashboard style"),
                                      QStringLiteral("Viewer"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->role, QStringLiteral("viewer"));
        QCOMPARE(m_service->spaces()->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
