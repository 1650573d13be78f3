// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: a real monime-sandbox process over HTTP on 127.0.0.1, checked against Monime's OpenAPI document.
// Every one of the spec's operations is called with a valid request; each answer must validate against the
// operation's 200 schema (valijson) and carry every documented field. Invalid calls must be 400s naming the
// field. Money is followed through a transfer and a payout. The state survives a restart with --state.
#include "HttpTestClient.h"
#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "sandbox/OpenApiSpec.h"
#include "sandbox/RequestValidator.h"
#include "store/Database.h"
#include "store/SpaceRepository.h"
#include "store/TokenRepository.h"
#include "support/SandboxProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace monime;

namespace {

const QByteArray kSpace = "spc-spec";

/// The documented fields missing from `value` (JSON pointers), walking `schema` with its definitions. A schema
/// that contains itself is checked to its second level; `oneOf` alternatives are left to the validator.
void missingFields(const QJsonValue& value, const QJsonObject& schema, const QJsonObject& definitions,
                   const QString& at, QStringList refs, QStringList& missing)
{
    if (schema.contains(QLatin1String("$ref"))) {
        const QString name = schema.value(QLatin1String("$ref")).toString().section(QLatin1Char('/'), -1);
        if (refs.contains(name))
            return;
        refs.append(name);
        missingFields(value, definitions.value(name).toObject(), definitions, at, refs, missing);
        return;
    }
    if (value.isNull() || value.isUndefined())
        return; // nullable or not: the validator decides
    if (schema.contains(QLatin1String("anyOf"))) {
        missingFields(value, schema.value(QLatin1String("anyOf")).toArray().first().toObject(), definitions, at, refs,
                      missing);
        return;
    }
    if (value.isArray()) {
        const QJsonObject items = schema.value(QLatin1String("items")).toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            missingFields(array.at(i), items, definitions, at + QLatin1Char('/') + QString::number(i), refs, missing);
        return;
    }
    if (!value.isObject() || !schema.contains(QLatin1String("properties")))
        return;
    const QJsonObject object = value.toObject();
    const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        const QString where = at + QLatin1Char('/') + it.key();
        if (!object.contains(it.key()))
            missing.append(where);
        else
            missingFields(object.value(it.key()), it.value().toObject(), definitions, where, refs, missing);
    }
}

struct OperationResult
{
    QString operation;
    int status = 0;
    bool validates = false;
    bool allFields = false;
};

} // namespace

class TestSandboxSpec : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_database;
    QString m_state;
    QByteArray m_secret;
    QProcess* m_process = nullptr;
    quint16 m_port = 0;
    QHash<QString, QString> m_ids; ///< placeholder -> id of an object made for the calls
    QList<OperationResult> m_results;
    const OpenApiSpec& m_spec = OpenApiSpec::builtIn();
    RequestValidator m_validator { m_spec };
    int m_key = 0;

    bool startSandbox()
    {
        m_process = new QProcess(this);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(qEnvironmentVariable("MONIME_SANDBOX"),
                         { QStringLiteral("--database"), m_database, QStringLiteral("--port"), QStringLiteral("0"),
                           QStringLiteral("--environment"), QStringLiteral("test"), QStringLiteral("--state"),
                           m_state });
        m_port = testing::waitForSandboxPort(*m_process);
        return m_port != 0;
    }

    void stopSandbox()
    {
        if (!m_process)
            return;
        m_process->terminate(); // SIGTERM: the sandbox writes its state and ends
        QVERIFY(m_process->waitForFinished(10000));
        QCOMPARE(m_process->exitCode(), 0);
        delete m_process;
        m_process = nullptr;
    }

    HttpAnswer call(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                    QList<QPair<QByteArray, QByteArray>> headers = {}, bool withSpace = true)
    {
        headers.prepend({ "Authorization", "Bearer " + m_secret });
        if (withSpace)
            headers.append({ "Monime-Space-Id", kSpace });
        if (!body.isEmpty() && !std::any_of(headers.cbegin(), headers.cend(), [](const auto& h) {
                return h.first.toLower() == "content-type";
            }))
            headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        HttpTestClient c(QHostAddress(QHostAddress::LocalHost), m_port);
        if (!c.connected())
            return {};
        c.send(HttpTestClient::request(method, path, headers, body));
        return c.next(10000);
    }

    HttpAnswer create(const QByteArray& path, const QByteArray& body)
    {
        return call("POST", path, body, { { "Idempotency-Key", "key-" + QByteArray::number(++m_key) } });
    }

    QString createId(const QByteArray& path, const QByteArray& body)
    {
        const HttpAnswer a = create(path, body);
        if (a.status != 200)
            qWarning("%s %s: %d %s", path.constData(), body.constData(), a.status, a.body.constData());
        return a.json().value(QLatin1String("result")).toObject().value(QLatin1String("id")).toString();
    }

    QJsonObject get(const QByteArray& path)
    {
        return call("GET", path).json().value(QLatin1String("result")).toObject();
    }

    qint64 balance(const QString& account)
    {
        return get("/v1/financial-accounts/" + account.toUtf8() + "?withBalance=true")
            .value(QLatin1String("balance"))
            .toObject()
            .value(QLatin1String("available"))
            .toObject()
            .value(QLatin1String("value"))
            .toInteger(-1);
    }

    QByteArray fill(QByteArray text) const
    {
        for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
            text.replace(QByteArray("{" + it.key().toUtf8() + "}"), it.value().toUtf8());
        return text;
    }

    QByteArray transfer(const QString& from, const QString& to, qint64 value)
    {
        return QStringLiteral(R"({"amount":{"currency":"SLE","value":%1},"sourceFinancialAccount":{"id":"%2"},)"
                              R"("destinationFinancialAccount":{"id":"%3"}})")
            .arg(value)
            .arg(from, to)
            .toUtf8();
    }

    QByteArray payout(const QString& from, const QString& provider, qint64 value)
    {
        return QStringLiteral(R"({"amount":{"currency":"SLE","value":%1},"source":{"financialAccountId":"%2"},)"
                              R"("destination":{"type":"momo","providerId":"%3","phoneNumber":"+23276123456"}})")
            .arg(value)
            .arg(from, provider)
            .toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("MONIME_SANDBOX")).isExecutable(),
                 "MONIME_SANDBOX must name the built monime-sandbox");
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(QStringLiteral("inventory.sqlite"));
        m_state = m_dir.filePath(QStringLiteral("sandbox-state.json"));
        {
            auto db = Database::openSqlite(m_database);
            QVERIFY(db.ok());
            SpaceRepository spaces(**db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto me = spaces.localMonimeer(QStringLiteral("Ada"), now);
            QVERIFY(me.ok());
            QVERIFY(spaces
                        .upsert(me->id,
                                SpaceInfo { QString::fromLatin1(kSpace), QStringLiteral("Spec"),
                                            QStringLiteral("owner"), now })
                        .ok());
            TokenRepository tokens(**db);
            TokenInfo t;
            t.id = QStringLiteral("tok-spec");
            t.ownerId = me->id;
            t.name = QStringLiteral("spec");
            t.environment = Environment::Test;
            t.apiRelease = QStringLiteral("caph.2025-08-23");
            t.createdAt = now.addDays(-1);
            t.expiresAt = now.addDays(30);
            t.permissions = Catalog::builtIn().permissions();
            m_secret = TokenSecret::generate(Environment::Test);
            t.hint = TokenSecret::hint(m_secret);
            QVERIFY(tokens.insertPending(t, TokenSecret::digest(m_secret)).ok());
            QVERIFY(tokens.markReady(t.id).ok());
        }
        QVERIFY(startSandbox());
        QCOMPARE(m_spec.operations().size(), 46);

        // The objects the calls refer to, made through the API itself.
        m_ids[QStringLiteral("account")] = createId("/v1/financial-accounts", R"({"name":"Main","currency":"SLE"})");
        m_ids[QStringLiteral("account2")]
            = createId("/v1/financial-accounts", R"({"name":"Reserve","currency":"SLE","reference":"reserve-1"})");
        const QByteArray codeBody = fill(
            R"({"name":"Shop","mode":"one_time","amount":{"currency":"SLE","value":50000},"duration":"1h30m","financialAccountId":"{account}"})");
        m_ids[QStringLiteral("code")] = createId("/v1/payment-codes", codeBody);
        m_ids[QStringLiteral("codeToDelete")] = createId("/v1/payment-codes", codeBody);
        const QByteArray sessionBody = fill(
            R"({"name":"Order 1","financialAccountId":"{account}","lineItems":[{"type":"custom","name":"Ticket","price":{"currency":"SLE","value":2000},"quantity":3}]})");
        m_ids[QStringLiteral("session")] = createId("/v1/checkout-sessions", sessionBody);
        m_ids[QStringLiteral("sessionToDelete")] = createId("/v1/checkout-sessions", sessionBody);
        // Money enters through the sandbox-only simulation, as in Monime's test mode.
        const HttpAnswer paid = call("POST", fill("/sandbox/payment-codes/{code}/pay"));
        QVERIFY2(paid.status == 200, paid.body.constData());
        m_ids[QStringLiteral("payment")]
            = paid.json().value(QLatin1String("result")).toObject().value(QLatin1String("id")).toString();
        const HttpAnswer completed = call("POST", fill("/sandbox/checkout-sessions/{session}/complete"));
        QVERIFY2(completed.status == 200, completed.body.constData());
        m_ids[QStringLiteral("orderNumber")]
            = get(fill("/v1/checkout-sessions/{session}")).value(QLatin1String("orderNumber")).toString();
        m_ids[QStringLiteral("transfer")]
            = createId("/v1/internal-transfers",
                       transfer(m_ids[QStringLiteral("account")], m_ids[QStringLiteral("account2")], 100));
        m_ids[QStringLiteral("transferToDelete")]
            = createId("/v1/internal-transfers",
                       transfer(m_ids[QStringLiteral("account")], m_ids[QStringLiteral("account2")], 100));
        m_ids[QStringLiteral("payout")]
            = createId("/v1/payouts", payout(m_ids[QStringLiteral("account")], QStringLiteral("m17"), 100));
        m_ids[QStringLiteral("payoutToDelete")]
            = createId("/v1/payouts", payout(m_ids[QStringLiteral("account")], QStringLiteral("m17"), 100));
        const QByteArray otpBody = R"({"authorizedPhoneNumber":"+23276123456","duration":"5m"})";
        m_ids[QStringLiteral("otp")] = createId("/v1/ussd-otps", otpBody);
        m_ids[QStringLiteral("otpToDelete")] = createId("/v1/ussd-otps", otpBody);
        const QByteArray hookBody
            = "{\"name\":\"Hook\",\"url\":\"https:\\u002F\\u002Fexample.com/hook\",\"apiRelease\":\"caph\","
              "\"events\":[\"payment.completed\"]}";
        m_ids[QStringLiteral("webhook")] = createId("/v1/webhooks", hookBody);
        m_ids[QStringLiteral("webhookToDelete")] = createId("/v1/webhooks", hookBody);
        const QJsonArray txns = call("GET", fill("/v1/financial-transactions?financialAccountId={account}"))
                                    .json()
                                    .value(QLatin1String("result"))
                                    .toArray();
        QVERIFY(!txns.isEmpty());
        m_ids[QStringLiteral("txn")] = txns.first().toObject().value(QLatin1String("id")).toString();
        for (auto it = m_ids.constBegin(); it != m_ids.constEnd(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
    }

    void cleanupTestCase()
    {
        // The table of the closing note: one line per operation.
        for (const OperationResult& r : std::as_const(m_results))
            qInfo("| %-28s | %d | %s | %s |", qPrintable(r.operation), r.status, r.validates ? "y" : "n",
                  r.allFields ? "y" : "n");
        stopSandbox();
    }

    void everyOperation_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        auto row = [](const char* op, const char* method, const char* path, const char* body = "") {
            QTest::newRow(op) << QByteArray(method) << QByteArray(path) << QByteArray(body);
        };
        row("ListBanks", "GET", "/v1/banks?country=SL");
        row("GetBank", "GET", "/v1/banks/slb004");
        row("ListCountries", "GET", "/v1/countries");
        row("GetCountry", "GET", "/v1/countries/SL");
        row("ListMomos", "GET", "/v1/momos?country=SL");
        row("GetMomo", "GET", "/v1/momos/m17");
        row("GetProviderKYC", "GET", "/v1/provider-kyc/m17?accountId=%2B23276123456");
        row("ListCheckoutSessions", "GET", "/v1/checkout-sessions");
        row("CreateCheckoutSession", "POST", "/v1/checkout-sessions",
            R"({"name":"Order 2","lineItems":[{"type":"custom","name":"Cap","price":{"currency":"SLE","value":1500},"quantity":1}]})");
        row("GetCheckoutSession", "GET", "/v1/checkout-sessions/{session}");
        row("DeleteCheckoutSession", "DELETE", "/v1/checkout-sessions/{sessionToDelete}");
        row("ListFinancialAccounts", "GET", "/v1/financial-accounts?withBalance=true");
        row("CreateFinancialAccount", "POST", "/v1/financial-accounts", R"({"name":"Payroll","currency":"SLE"})");
        row("GetFinancialAccount", "GET", "/v1/financial-accounts/{account}?withBalance=true");
        row("UpdateFinancialAccount", "PATCH", "/v1/financial-accounts/{account2}",
            R"({"name":"Reserve fund","description":"kept aside"})");
        row("ListFinancialTransactions", "GET", "/v1/financial-transactions?financialAccountId={account}");
        row("GetTransaction", "GET", "/v1/financial-transactions/{txn}");
        row("ListInternalTransfers", "GET", "/v1/internal-transfers");
        row("CreateInternalTransfer", "POST", "/v1/internal-transfers",
            R"({"amount":{"currency":"SLE","value":10},"sourceFinancialAccount":{"id":"{account}"},"destinationFinancialAccount":{"id":"{account2}"}})");
        row("GetInternalTransfer", "GET", "/v1/internal-transfers/{transfer}");
        row("PatchInternalTransfer", "PATCH", "/v1/internal-transfers/{transfer}", R"({"description":"rent"})");
        row("DeleteInternalTransfer", "DELETE", "/v1/internal-transfers/{transferToDelete}");
        row("ListPaymentCodes", "GET", "/v1/payment-codes?status=pending");
        row("CreatePaymentCode", "POST", "/v1/payment-codes",
            R"({"name":"Stall","amount":{"currency":"SLE","value":1000},"duration":"10m"})");
        row("GetPaymentCode", "GET", "/v1/payment-codes/{code}");
        row("UpdatePaymentCode", "PATCH", "/v1/payment-codes/{code}", R"({"name":"Shop front"})");
        row("DeletePaymentCode", "DELETE", "/v1/payment-codes/{codeToDelete}");
        row("ListPayments", "GET", "/v1/payments");
        row("GetPayment", "GET", "/v1/payments/{payment}");
        row("UpdatePayment", "PATCH", "/v1/payments/{payment}", R"({"name":"First sale"})");
        row("ListPayouts", "GET", "/v1/payouts?status=completed");
        row("CreatePayout", "POST", "/v1/payouts",
            R"({"amount":{"currency":"SLE","value":10},"source":{"financialAccountId":"{account}"},"destination":{"type":"momo","providerId":"m18","phoneNumber":"+23277123456"}})");
        row("GetPayout", "GET", "/v1/payouts/{payout}");
        row("UpdatePayout", "PATCH", "/v1/payouts/{payout}", R"({"metadata":{"batch":"7"}})");
        row("DeletePayout", "DELETE", "/v1/payouts/{payoutToDelete}");
        row("RetrieveReceipt", "GET", "/v1/receipts/{orderNumber}");
        row("RedeemReceipt", "POST", "/v1/receipts/{orderNumber}/redeem",
            R"({"entitlements":[{"key":"Ticket","units":1}]})");
        row("ListUSSDOTPs", "GET", "/v1/ussd-otps");
        row("CreateUSSDOTP", "POST", "/v1/ussd-otps", R"({"authorizedPhoneNumber":"+23276000000"})");
        row("GetUSSDOTP", "GET", "/v1/ussd-otps/{otp}");
        row("DeleteUSSDOTP", "DELETE", "/v1/ussd-otps/{otpToDelete}");
        row("ListWebhooks", "GET", "/v1/webhooks");
        row("CreateWebhook", "POST", "/v1/webhooks",
            "{\"name\":\"Ops\",\"url\":\"https:\\u002F\\u002Fexample.com/"
            "ops\",\"apiRelease\":\"caph\",\"events\":[\"payout.completed\"]}");
        row("GetWebhook", "GET", "/v1/webhooks/{webhook}");
        row("UpdateWebhook", "PATCH", "/v1/webhooks/{webhook}", R"({"enabled":false})");
        row("DeleteWebhook", "DELETE", "/v1/webhooks/{webhookToDelete}");
    }

    void everyOperation()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        const QString id = QString::fromLatin1(QTest::currentDataTag());
        const ApiOperation* op = m_spec.operation(id);
        QVERIFY2(op, qPrintable(id));
        QCOMPARE(op->method, method);
        const OpenApiSpec::Match match = m_spec.match(method, fill(path).split('?').first());
        QCOMPARE(match.operation, op); // the row calls the operation it is named after
        QList<QPair<QByteArray, QByteArray>> headers;
        if (op->needsIdempotencyKey)
            headers.append({ "Idempotency-Key", "op-" + id.toUtf8() });
        const HttpAnswer a = call(method, fill(path), fill(body), headers, op->needsSpace);
        OperationResult result { id, a.status, false, false };
        const QJsonDocument doc = QJsonDocument::fromJson(a.body);
        const QList<ValidationDetail> errors = m_validator.response(*op).validate(doc.object());
        result.validates = doc.isObject() && errors.isEmpty();
        QStringList missing;
        missingFields(doc.object(), op->response, op->response.value(QLatin1String("definitions")).toObject(), {}, {},
                      missing);
        result.allFields = doc.isObject() && missing.isEmpty();
        m_results.append(result);
        QVERIFY2(a.status == 200, a.body.constData());
        QVERIFY(doc.object().value(QLatin1String("success")).toBool());
        QString why;
        for (const ValidationDetail& e : errors)
            why += e.pointer + QLatin1String(": ") + e.expected + QLatin1Char('\n');
        QVERIFY2(result.validates, qPrintable(why + QString::fromUtf8(a.body.left(2000))));
        QVERIFY2(result.allFields, qPrintable(missing.join(QLatin1String(", "))));
        if (op->isList) // a list that passes but holds nothing proves little
            QVERIFY2(!doc.object().value(QLatin1String("result")).toArray().isEmpty(), a.body.constData());
        QCOMPARE(a.headers.value("monime-request-checksum").size(), 64);
        QVERIFY(a.headers.contains("monime-request-timestamp"));
        QVERIFY(a.headers.contains("monime-request-duration"));
        QVERIFY(!a.headers.contains("monime-rate-limit"));
    }

    void serverSideFields()
    {
        const QJsonObject created
            = create("/v1/payment-codes",
                     R"({"name":"Ten minutes","amount":{"currency":"SLE","value":100},"duration":"1h30m"})")
                  .json()
                  .value(QLatin1String("result"))
                  .toObject();
        QVERIFY(QRegularExpression(QStringLiteral("^\\*715\\*1\\*[0-9]{6}#$"))
                    .match(created.value(QLatin1String("ussdCode")).toString())
                    .hasMatch());
        QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        const QDateTime createTime
            = QDateTime::fromString(created.value(QLatin1String("createTime")).toString(), Qt::ISODateWithMs);
        const QDateTime expireTime
            = QDateTime::fromString(created.value(QLatin1String("expireTime")).toString(), Qt::ISODateWithMs);
        QCOMPARE(createTime.secsTo(expireTime), 90 * 60);
        const QJsonObject extended
            = call("PATCH", "/v1/payment-codes/" + created.value(QLatin1String("id")).toString().toUtf8(),
                   R"({"duration":"2h"})")
                  .json()
                  .value(QLatin1String("result"))
                  .toObject();
        QCOMPARE(QDateTime::fromString(extended.value(QLatin1String("updateTime")).toString(), Qt::ISODateWithMs)
                     .secsTo(QDateTime::fromString(extended.value(QLatin1String("expireTime")).toString(),
                                                   Qt::ISODateWithMs)),
                 2 * 3600);
        QCOMPARE(call("PATCH", "/v1/payment-codes/" + created.value(QLatin1String("id")).toString().toUtf8(),
                      R"({"duration":"soon"})")
                     .status,
                 400);

        const QJsonObject session = get(fill("/v1/checkout-sessions/{session}"));
        QCOMPARE(session.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QVERIFY(session.value(QLatin1String("redirectUrl")).toString().startsWith(QLatin1String("https://")));
        QVERIFY(!session.value(QLatin1String("orderNumber")).toString().isEmpty());
        QVERIFY(session.value(QLatin1String("lineItems")).toObject().value(QLatin1String("data")).isArray());
        QVERIFY(!session.contains(QLatin1String("updateTime"))); // the spec has none for a checkout session

        const QJsonObject bank = get("/v1/banks/slb004");
        QCOMPARE(bank.value(QLatin1String("name")).toString(), QStringLiteral("Guarantee Trust Bank"));
        QCOMPARE(bank.value(QLatin1String("country")).toString(), QStringLiteral("SL"));
        const QJsonObject country = get("/v1/countries/SL");
        QCOMPARE(country.value(QLatin1String("currency")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("SLE"));
        QCOMPARE(call("GET", "/v1/banks/slb999").status, 404);
    }

    void invalidCalls_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("idempotencyKey");
        QTest::addColumn<QString>("pointer");
        auto row = [](const char* name, const char* method, const char* path, const char* body, const char* pointer,
                      const char* contentType = "application/json", const QByteArray& key = "bad-1") {
            QTest::newRow(name) << QByteArray(method) << QByteArray(path) << QByteArray(body) << QByteArray(contentType)
                                << key << QString::fromLatin1(pointer);
        };
        row("empty object", "POST", "/v1/financial-accounts", "{}", "/body");
        row("text/plain body", "POST", "/v1/financial-accounts", "name=Main", "/header/Content-Type", "text/plain");
        row("not JSON", "POST", "/v1/financial-accounts", "{name:", "/body");
        row("undocumented field", "POST", "/v1/financial-accounts", R"({"name":"A","currency":"SLE","colour":"red"})",
            "/body");
        row("wrong type", "POST", "/v1/financial-accounts", R"({"name":5,"currency":"SLE"})", "/body/name");
        row("amount as text", "POST", "/v1/internal-transfers",
            R"({"amount":{"currency":"SLE","value":"ten"},"sourceFinancialAccount":{"id":"a"},"destinationFinancialAccount":{"id":"b"}})",
            "/body/amount/value");
        row("transfer without destination", "POST", "/v1/internal-transfers",
            R"({"amount":{"currency":"SLE","value":1},"sourceFinancialAccount":{"id":"a"}})", "/body");
        row("PATCH balance", "PATCH", "/v1/financial-accounts/{account}", R"({"balance":{"available":{"value":1}}})",
            "/body");
        row("PATCH currency", "PATCH", "/v1/financial-accounts/{account}", R"({"currency":"USD"})", "/body");
        row("limit=abc", "GET", "/v1/payments?limit=abc", "", "/query/limit");
        row("limit=0", "GET", "/v1/payments?limit=0", "", "/query/limit");
        row("limit=51", "GET", "/v1/payments?limit=51", "", "/query/limit");
        row("after=garbage", "GET", "/v1/payments?after=garbage", "", "/query/after");
        row("withBalance=maybe", "GET", "/v1/financial-accounts?withBalance=maybe", "", "/query/withBalance");
        row("banks without country", "GET", "/v1/banks", "", "/query/country");
        row("KYC without accountId", "GET", "/v1/provider-kyc/m17", "", "/query/accountId");
        row("no Idempotency-Key", "POST", "/v1/ussd-otps", R"({"authorizedPhoneNumber":"+23276000000"})",
            "/header/Idempotency-Key", "application/json", QByteArray());
        row("Idempotency-Key of 65", "POST", "/v1/ussd-otps", R"({"authorizedPhoneNumber":"+23276000000"})",
            "/header/Idempotency-Key", "application/json", QByteArray(65, 'k'));
        row("enum", "POST", "/v1/webhooks",
            "{\"name\":\"H\",\"url\":\"https:\\u002F\\u002Fexample.com\",\"apiRelease\":\"v9\",\"events\":[\"x\"]}",
            "/body/apiRelease");
        row("maxLength", "POST", "/v1/internal-transfers",
            R"({"amount":{"currency":"SLE","value":1},"sourceFinancialAccount":{"id":"a"},"destinationFinancialAccount":{"id":"b"},"description":"0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"})",
            "/body/description");
        row("payment code mode", "POST", "/v1/payment-codes", R"({"name":"X","mode":"sometimes"})", "/body/mode");
        row("line items as object", "POST", "/v1/checkout-sessions", R"({"name":"X","lineItems":{"data":[]}})",
            "/body/lineItems");
    }

    void invalidCalls()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, idempotencyKey);
        QFETCH(QString, pointer);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!body.isEmpty())
            headers.append({ "Content-Type", contentType });
        if (!idempotencyKey.isEmpty() && method == "POST")
            headers.append(
                { "Idempotency-Key", idempotencyKey + QByteArray(QTest::currentDataTag()).toHex().left(40) });
        const HttpAnswer a = call(method, fill(path), body, headers,
                                  !path.startsWith("/v1/banks") && !path.startsWith("/v1/provider-kyc"));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.reason(), QStringLiteral("validation_error"));
        const QJsonArray details
            = a.json().value(QLatin1String("error")).toObject().value(QLatin1String("details")).toArray();
        QVERIFY(!details.isEmpty());
        QStringList pointers;
        for (const QJsonValue& d : details) {
            pointers.append(d.toObject().value(QLatin1String("pointer")).toString());
            QVERIFY(!d.toObject().value(QLatin1String("expected")).toString().isEmpty());
        }
        QVERIFY2(pointers.contains(pointer), qPrintable(pointers.join(QLatin1String(", "))));
        qInfo("| %-30s | %s %s | 400 | %s | %s |", QTest::currentDataTag(), method.constData(), path.constData(),
              qPrintable(pointers.join(QLatin1String(", "))),
              qPrintable(details.first().toObject().value(QLatin1String("expected")).toString().left(70)));
    }

    void moneyMoves()
    {
        const QString a = createId("/v1/financial-accounts", R"({"name":"Walk A","currency":"SLE"})");
        const QString b = createId("/v1/financial-accounts", R"({"name":"Walk B","currency":"SLE"})");
        QCOMPARE(balance(a), 0);
        // Money in: a customer pays a payment code for A (sandbox simulation).
        const QString code = createId(
            "/v1/payment-codes",
            QStringLiteral(R"({"name":"Fund","amount":{"currency":"SLE","value":10000},"financialAccountId":"%1"})")
                .arg(a)
                .toUtf8());
        QCOMPARE(call("POST", "/sandbox/payment-codes/" + code.toUtf8() + "/pay").status, 200);
        QCOMPARE(balance(a), 10000);
        QCOMPARE(get("/v1/payment-codes/" + code.toUtf8()).value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(call("POST", "/sandbox/payment-codes/" + code.toUtf8() + "/pay").status, 409); // paid once only
        qInfo("walkthrough: payment code %s paid: A=%lld B=%lld", qPrintable(code), balance(a), balance(b));

        // A transfer: pending in its answer, completed when read back, both balances moved, two transactions.
        const HttpAnswer t = create("/v1/internal-transfers", transfer(a, b, 2500));
        QCOMPARE(t.status, 200);
        const QJsonObject pending = t.json().value(QLatin1String("result")).toObject();
        QCOMPARE(pending.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        const QJsonObject done
            = get("/v1/internal-transfers/" + pending.value(QLatin1String("id")).toString().toUtf8());
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        const QString reference = done.value(QLatin1String("financialTransactionReference")).toString();
        QVERIFY(!reference.isEmpty());
        QCOMPARE(balance(a), 7500);
        QCOMPARE(balance(b), 2500);
        const QJsonArray byReference = call("GET", "/v1/financial-transactions?reference=" + reference.toUtf8())
                                           .json()
                                           .value(QLatin1String("result"))
                                           .toArray();
        QCOMPARE(byReference.size(), 2);
        QStringList types;
        for (const QJsonValue& v : byReference)
            types.append(v.toObject().value(QLatin1String("type")).toString());
        types.sort();
        QCOMPARE(types, QStringList({ QStringLiteral("credit"), QStringLiteral("debit") }));
        const QString txnId = byReference.first().toObject().value(QLatin1String("id")).toString();
        QCOMPARE(get("/v1/financial-transactions/" + txnId.toUtf8()).value(QLatin1String("id")).toString(), txnId);
        qInfo("walkthrough: transfer %s A->B 2500: pending -> %s, A=%lld B=%lld, transactions %s",
              qPrintable(pending.value(QLatin1String("id")).toString()),
              qPrintable(done.value(QLatin1String("status")).toString()), balance(a), balance(b),
              qPrintable(types.join(QLatin1Char('+'))));

        // An overdraft and an unknown account fail, with a failureDetail; no money moves.
        const QString over = createId("/v1/internal-transfers", transfer(a, b, 999999));
        const QJsonObject overdraft = get("/v1/internal-transfers/" + over.toUtf8());
        QCOMPARE(overdraft.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(overdraft.value(QLatin1String("failureDetail")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("fund_insufficient"));
        const QString ghost = createId("/v1/internal-transfers", transfer(a, QStringLiteral("fac-nowhere"), 10));
        const QJsonObject unknown = get("/v1/internal-transfers/" + ghost.toUtf8());
        QCOMPARE(unknown.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(unknown.value(QLatin1String("failureDetail")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(balance(a), 7500);
        QCOMPARE(balance(b), 2500);
        // The spec's list filters are honoured.
        const QJsonArray failed
            = call("GET", "/v1/internal-transfers?status=failed&sourceFinancialAccountId=" + a.toUtf8())
                  .json()
                  .value(QLatin1String("result"))
                  .toArray();
        QCOMPARE(failed.size(), 2);
        for (const QJsonValue& v : failed)
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        const QJsonArray debits = call("GET", "/v1/financial-transactions?type=debit&financialAccountId=" + a.toUtf8())
                                      .json()
                                      .value(QLatin1String("result"))
                                      .toArray();
        QCOMPARE(debits.size(), 1);
        qInfo(
            "walkthrough: transfer 999999 -> failed/fund_insufficient; to fac-nowhere -> failed/unknown; A=%lld B=%lld",
            balance(a), balance(b));

        // A payout from B to a mobile money wallet.
        const QString p = createId("/v1/payouts", payout(b, QStringLiteral("m17"), 1000));
        const QJsonObject paidOut = get("/v1/payouts/" + p.toUtf8());
        QCOMPARE(paidOut.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(balance(b), 1500);
        const QString payoutReference
            = paidOut.value(QLatin1String("source")).toObject().value(QLatin1String("transactionReference")).toString();
        const QJsonArray payoutTxns = call("GET", "/v1/financial-transactions?reference=" + payoutReference.toUtf8())
                                          .json()
                                          .value(QLatin1String("result"))
                                          .toArray();
        QCOMPARE(payoutTxns.size(), 1);
        QCOMPARE(payoutTxns.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("debit"));
        QCOMPARE(payoutTxns.first()
                     .toObject()
                     .value(QLatin1String("financialAccount"))
                     .toObject()
                     .value(QLatin1String("balance"))
                     .toObject()
                     .value(QLatin1String("after"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toInteger(),
                 1500);
        const QString tooMuch = createId("/v1/payouts", payout(b, QStringLiteral("m17"), 5000));
        QCOMPARE(get("/v1/payouts/" + tooMuch.toUtf8())
                     .value(QLatin1String("failureDetail"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("fund_insufficient"));
        // The spec lists the providers a payout may go to: any other is refused before money is touched.
        const HttpAnswer nowhere = create("/v1/payouts", payout(b, QStringLiteral("zz99"), 10));
        QCOMPARE(nowhere.status, 400);
        QVERIFY2(nowhere.body.contains("/body/destination/providerId"), nowhere.body.constData());
        // A bank payout from the reference set (slb004 Guarantee Trust Bank).
        const QString toBank = createId(
            "/v1/payouts",
            QStringLiteral(R"({"amount":{"currency":"SLE","value":500},"source":{"financialAccountId":"%1"},)"
                           R"("destination":{"type":"bank","providerId":"slb004","accountNumber":"0123456789"}})")
                .arg(b)
                .toUtf8());
        QCOMPARE(get("/v1/payouts/" + toBank.toUtf8()).value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(balance(b), 1000);
        qInfo("walkthrough: payout %s B->m17 1000: %s, B then 1500 (debit transaction, balance.after 1500); payout "
              "5000 -> failed/fund_insufficient; to zz99 -> 400 /body/destination/providerId; 500 to slb004 -> "
              "completed, B=%lld",
              qPrintable(p), qPrintable(paidOut.value(QLatin1String("status")).toString()), balance(b));
        m_ids[QStringLiteral("walkA")] = a;
    }

    void stateSurvivesRestart()
    {
        const QString a = m_ids.value(QStringLiteral("walkA"));
        QVERIFY(!a.isEmpty());
        const qint64 before = balance(a);
        QVERIFY(before > 0);
        stopSandbox();
        QVERIFY(QFile::exists(m_state));
        QVERIFY(startSandbox());
        QCOMPARE(balance(a), before);
        // The idempotency keys survive too: a retry after the restart is a replay, not a second transfer.
        const HttpAnswer replay = call("POST", "/v1/financial-accounts", R"({"name":"Main","currency":"SLE"})",
                                       { { "Idempotency-Key", "key-1" } });
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.headers.value("monime-cache"), QByteArray("irc"));
        QCOMPARE(replay.json().value(QLatin1String("result")).toObject().value(QLatin1String("id")).toString(),
                 m_ids.value(QStringLiteral("account")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSpec)
#include "tst_sandboxspec.moc"
