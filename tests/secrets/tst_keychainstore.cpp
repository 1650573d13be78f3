// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the real Secret Service (gnome-keyring in a private D-Bus session, see tests/with-keyring.sh).
#include "secrets/KeychainSecretStore.h"
#include "support/CliProcess.h"

#include <QProcess>
#include <QtTest>

using namespace monime;

class TestKeychainStore : public QObject
{
    Q_OBJECT

    template<typename T, typename Call> Result<T> await(Call call)
    {
        std::optional<Result<T>> got;
        call([&got](Result<T> r) { got.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
            return makeError(QStringLiteral("test_timeout"), QString(), QStringLiteral("no answer"));
        return std::move(*got);
    }

    static QByteArray secretToolLookup(const QString& service, const QString& key)
    {
        return monime::testing::secretToolLookup(key, service);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test under tests/with-keyring.sh (ctest does, through .ci/run).");
    }

    void roundTripSeenFromOutside()
    {
        const QString service = QStringLiteral("io.monime.portal.test");
        KeychainSecretStore store(service);
        const QString key = QStringLiteral("tok-keychaintest%1").arg(QCoreApplication::applicationPid());
        const QByteArray secret = "mon_test_0123456789abcdefghijABCDEFGHIJ0123456789";
        auto written = await<void>([&](auto done) { store.write(key, secret, done); });
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        // An independent reader sees the very token, under the documented service and key.
        QCOMPARE(secretToolLookup(service, key), secret);

        auto read = await<QByteArray>([&](auto done) { store.read(key, done); });
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), secret);

        auto removed = await<void>([&](auto done) { store.remove(key, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.error().message));
        QVERIFY(secretToolLookup(service, key).isEmpty());

        auto missing = await<QByteArray>([&](auto done) { store.read(key, done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("secret_not_found"));
        QCOMPARE(missing.error().field, QStringLiteral("keychain"));
    }

    void overwriteReplaces()
    {
        KeychainSecretStore store(QStringLiteral("io.monime.portal.test"));
        const QString key = QStringLiteral("tok-overwrite");
        QVERIFY(await<void>([&](auto done) { store.write(key, "mon_test_first_value_123456", done); }).ok());
        QVERIFY(await<void>([&](auto done) { store.write(key, "mon_test_second_value_12345", done); }).ok());
        auto read = await<QByteArray>([&](auto done) { store.read(key, done); });
        QCOMPARE(read.value(), QByteArray("mon_test_second_value_12345"));
        QVERIFY(await<void>([&](auto done) { store.remove(key, done); }).ok());
    }

    void timeoutIsConfigurable()
    {
        qputenv("MONIME_PORTAL_KEYCHAIN_TIMEOUT_MS", "1234");
        KeychainSecretStore store;
        QCOMPARE(store.timeout(), 1234);
        qunsetenv("MONIME_PORTAL_KEYCHAIN_TIMEOUT_MS");
        KeychainSecretStore byDefault;
        QCOMPARE(byDefault.timeout(), KeychainSecretStore::kDefaultTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
