// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/MoneyRules.h"

#include "domain/TokenSecret.h"
#include "sandbox/ReferenceData.h"

#include <QJsonArray>

namespace monime {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject money(const QString& currency, qint64 value)
{
    return QJsonObject { { QStringLiteral("currency"), currency }, { QStringLiteral("value"), value } };
}

QJsonObject ownerOf(const QJsonObject& object, const char* type)
{
    return QJsonObject { { QStringLiteral("owner"),
                           QJsonObject { { QStringLiteral("id"), object.value(QLatin1String("id")) },
                                         { QStringLiteral("type"), QLatin1String(type) },
                                         { QStringLiteral("metadata"), QJsonValue::Null } } } };
}

QJsonObject failure(const char* code, const QString& message)
{
    return QJsonObject { { QStringLiteral("code"), QLatin1String(code) }, { QStringLiteral("message"), message } };
}

/// A Universal Virtual Account Number: 10 digits and a Luhn check digit.
QString newUvan()
{
    const QByteArray random = TokenSecret::randomBase62(20);
    QString digits;
    for (char c : random)
        digits += QChar(u'0' + static_cast<unsigned char>(c) % 10);
    digits.truncate(10);
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return digits + QChar(u'0' + (10 - sum % 10) % 10);
}

QString newReference()
{
    return QStringLiteral("ref-") + QString::fromLatin1(TokenSecret::randomBase62(20));
}

} // namespace

MoneyRules::MoneyRules(ResourceStore& store)
    : m_store(store)
{ }

qint64 MoneyRules::balanceOf(const QJsonObject& account)
{
    return account.value(QLatin1String("balance"))
        .toObject()
        .value(QLatin1String("available"))
        .toObject()
        .value(QLatin1String("value"))
        .toInteger();
}

QJsonObject MoneyRules::newAccount(const QJsonObject& body, const QString& now) const
{
    QJsonObject account = body;
    account.insert(QStringLiteral("id"), ResourceStore::newId(QStringLiteral("financial-accounts")));
    account.insert(QStringLiteral("uvan"), newUvan());
    account.insert(QStringLiteral("balance"),
                   QJsonObject { { QStringLiteral("available"), money(str(body, "currency"), 0) } });
    account.insert(QStringLiteral("createTime"), now);
    account.insert(QStringLiteral("updateTime"), now);
    return account;
}

QJsonObject MoneyRules::transaction(const QString& scope, QJsonObject& account, bool credit, const QJsonObject& amount,
                                    const QString& reference, const QJsonObject& owner, const QString& now)
{
    const qint64 value = amount.value(QLatin1String("value")).toInteger();
    const QString currency = str(amount, "currency");
    const qint64 after = balanceOf(account) + (credit ? value : -value);
    account.insert(QStringLiteral("balance"), QJsonObject { { QStringLiteral("available"), money(currency, after) } });
    account.insert(QStringLiteral("updateTime"), now);
    QJsonObject txn {
        { QStringLiteral("id"), ResourceStore::newId(QStringLiteral("financial-transactions")) },
        { QStringLiteral("type"), credit ? QStringLiteral("credit") : QStringLiteral("debit") },
        { QStringLiteral("amount"), money(currency, credit ? value : -value) },
        { QStringLiteral("timestamp"), now },
        { QStringLiteral("reference"), reference },
        { QStringLiteral("financialAccount"),
          QJsonObject {
              { QStringLiteral("id"), account.value(QLatin1String("id")) },
              { QStringLiteral("balance"), QJsonObject { { QStringLiteral("after"), money(currency, after) } } } } },
        { QStringLiteral("originatingReversal"),
          QJsonObject { { QStringLiteral("originTxnId"), QString() }, { QStringLiteral("originTxnRef"), QString() } } },
        { QStringLiteral("originatingFee"), QJsonObject { { QStringLiteral("code"), QString() } } },
        { QStringLiteral("ownershipGraph"), owner },
        { QStringLiteral("metadata"), QJsonValue::Null },
    };
    return m_store.insert(scope, QStringLiteral("financial-transactions"), txn);
}

void MoneyRules::settleTransfer(const QString& scope, QJsonObject& transfer, const QString& now)
{
    const QJsonObject amount = transfer.value(QLatin1String("amount")).toObject();
    const qint64 value = amount.value(QLatin1String("value")).toInteger();
    const QString sourceId
        = transfer.value(QLatin1String("sourceFinancialAccount")).toObject().value(QLatin1String("id")).toString();
    const QString targetId
        = transfer.value(QLatin1String("destinationFinancialAccount")).toObject().value(QLatin1String("id")).toString();
    QJsonObject* source = m_store.find(scope, QStringLiteral("financial-accounts"), sourceId);
    QJsonObject* target = m_store.find(scope, QStringLiteral("financial-accounts"), targetId);
    transfer.insert(QStringLiteral("updateTime"), now);
    auto fail = [&](const char* code, const QString& message) {
        transfer.insert(QStringLiteral("status"), QStringLiteral("failed"));
        transfer.insert(QStringLiteral("failureDetail"), failure(code, message));
    };
    if (!source || !target)
        return fail("unknown",
                    tr("No financial account has the id \"%1\" in this Space.")
                        .arg(source ? targetId.left(64) : sourceId.left(64)));
    if (sourceId == targetId)
        return fail("unknown", tr("The source and destination financial accounts are the same."));
    const QString currency = str(amount, "currency");
    if (str(*source, "currency") != currency || str(*target, "currency") != currency)
        return fail("unknown", tr("The amount's currency (%1) is not the currency of both accounts.").arg(currency));
    if (value <= 0)
        return fail("unknown", tr("The amount must be positive."));
    if (balanceOf(*source) < value)
        return fail("fund_insufficient",
                    tr("The source account's available balance (%1) is below the amount (%2).")
                        .arg(balanceOf(*source))
                        .arg(value));
    const QString reference = newReference();
    const QJsonObject owner = ownerOf(transfer, "internal_transfer");
    transaction(scope, *source, false, amount, reference, owner, now);
    transaction(scope, *target, true, amount, reference, owner, now);
    transfer.insert(QStringLiteral("status"), QStringLiteral("completed"));
    transfer.insert(QStringLiteral("financialTransactionReference"), reference);
}

void MoneyRules::settlePayout(const QString& scope, QJsonObject& payout, const QString& now)
{
    const QJsonObject amount = payout.value(QLatin1String("amount")).toObject();
    const qint64 value = amount.value(QLatin1String("value")).toInteger();
    QJsonObject source = payout.value(QLatin1String("source")).toObject();
    QJsonObject* account = m_store.find(scope, QStringLiteral("financial-accounts"), str(source, "financialAccountId"));
    const QString provider = str(payout.value(QLatin1String("destination")).toObject(), "providerId");
    payout.insert(QStringLiteral("updateTime"), now);
    payout.insert(QStringLiteral("fees"), QJsonArray());
    auto fail = [&](const char* code, const QString& message) {
        payout.insert(QStringLiteral("status"), QStringLiteral("failed"));
        payout.insert(QStringLiteral("failureDetail"), failure(code, message));
    };
    if (!account)
        return fail("unknown",
                    tr("No financial account has the id \"%1\" in this Space.")
                        .arg(str(source, "financialAccountId").left(64)));
    if (!referencedata::knowsProvider(provider))
        return fail("provider_unknown",
                    tr("The sandbox knows no provider \"%1\"; see /v1/banks and /v1/momos.").arg(provider.left(32)));
    if (str(*account, "currency") != str(amount, "currency") || value <= 0)
        return fail("unknown", tr("The amount must be positive and in the account's currency."));
    if (balanceOf(*account) < value)
        return fail("fund_insufficient",
                    tr("The source account's available balance (%1) is below the amount (%2).")
                        .arg(balanceOf(*account))
                        .arg(value));
    const QString reference = newReference();
    transaction(scope, *account, false, amount, reference, ownerOf(payout, "payout"), now);
    source.insert(QStringLiteral("transactionReference"), reference);
    payout.insert(QStringLiteral("source"), source);
    payout.insert(QStringLiteral("status"), QStringLiteral("completed"));
}

QJsonObject* MoneyRules::creditAccount(const QString& scope, const QString& accountId, const QString& currency)
{
    if (!accountId.isEmpty())
        return m_store.find(scope, QStringLiteral("financial-accounts"), accountId);
    return m_store.findIf(scope, QStringLiteral("financial-accounts"),
                          [&](const QJsonObject& a) { return str(a, "currency") == currency; });
}

QJsonObject MoneyRules::recordPayment(const QString& scope, QJsonObject& account, const QJsonObject& amount,
                                      const QString& orderNumber, const QJsonObject& owner, const QString& now)
{
    QJsonObject payment {
        { QStringLiteral("id"), ResourceStore::newId(QStringLiteral("payments")) },
        { QStringLiteral("status"), QStringLiteral("completed") },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("channel"), QJsonObject { { QStringLiteral("type"), QStringLiteral("momo") } } },
        { QStringLiteral("orderNumber"), orderNumber },
        { QStringLiteral("financialAccountId"), account.value(QLatin1String("id")) },
        { QStringLiteral("fees"), QJsonArray() },
        { QStringLiteral("ownershipGraph"), owner },
        { QStringLiteral("createTime"), now },
        { QStringLiteral("updateTime"), now },
    };
    const QString reference = newReference();
    payment.insert(QStringLiteral("financialTransactionReference"), reference);
    transaction(scope, account, true, amount, reference, ownerOf(payment, "payment"), now);
    return m_store.insert(scope, QStringLiteral("payments"), payment);
}

std::optional<HttpResponse> MoneyRules::payCode(const QString& scope, QJsonObject& code, const QJsonObject& amountIn,
                                                const QString& now, QJsonObject& payment)
{
    if (str(code, "status") != QLatin1String("pending") || !code.value(QLatin1String("enable")).toBool(true))
        return envelope::error(409, QLatin1String("payment_code_not_payable"),
                               tr("This payment code is %1 or disabled; only an enabled, pending code can be paid.")
                                   .arg(str(code, "status")));
    QJsonObject amount = code.value(QLatin1String("amount")).toObject();
    if (amount.value(QLatin1String("value")).toInteger() <= 0)
        amount = amountIn;
    if (amount.value(QLatin1String("value")).toInteger() <= 0 || str(amount, "currency").isEmpty())
        return envelope::error(
            400, QLatin1String("validation_error"),
            tr("The code has no amount: send one, e.g. {\"amount\":{\"currency\":\"SLE\","
               "\"value\":1000}}."),
            { { QStringLiteral("/body/amount"), tr("an amount with currency and a positive value") } });
    QJsonObject* account = creditAccount(scope, str(code, "financialAccountId"), str(amount, "currency"));
    if (!account)
        return envelope::error(
            409, QLatin1String("no_financial_account"),
            tr("No financial account in %1 can receive this payment. Create one first.").arg(str(amount, "currency")));
    const QString orderNumber = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    payment = recordPayment(scope, *account, amount, orderNumber, ownerOf(code, "payment_code"), now);
    if (str(code, "mode") != QLatin1String("recurrent"))
        code.insert(QStringLiteral("status"), QStringLiteral("completed"));
    code.insert(QStringLiteral("processedPaymentData"),
                QJsonObject { { QStringLiteral("amount"), amount },
                              { QStringLiteral("orderId"), payment.value(QLatin1String("id")) },
                              { QStringLiteral("paymentId"), payment.value(QLatin1String("id")) },
                              { QStringLiteral("orderNumber"), orderNumber },
                              { QStringLiteral("channelData"),
                                QJsonObject { { QStringLiteral("providerId"), QStringLiteral("m17") },
                                              { QStringLiteral("accountId"), str(code, "authorizedPhoneNumber") },
                                              { QStringLiteral("reference"), orderNumber } } },
                              { QStringLiteral("financialTransactionReference"),
                                payment.value(QLatin1String("financialTransactionReference")) },
                              { QStringLiteral("metadata"), QJsonValue::Null } });
    code.insert(QStringLiteral("updateTime"), now);
    return std::nullopt;
}

std::optional<HttpResponse> MoneyRules::completeCheckout(const QString& scope, QJsonObject& session, const QString& now,
                                                         QJsonObject& payment)
{
    if (str(session, "status") != QLatin1String("pending"))
        return envelope::error(
            409, QLatin1String("checkout_session_not_payable"),
            tr("This checkout session is %1; only a pending session can be completed.").arg(str(session, "status")));
    qint64 total = 0;
    QString currency;
    QJsonArray entitlements;
    const QJsonArray items
        = session.value(QLatin1String("lineItems")).toObject().value(QLatin1String("data")).toArray();
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        const QJsonObject price = item.value(QLatin1String("price")).toObject();
        const qint64 quantity = item.value(QLatin1String("quantity")).toInteger(1);
        total += price.value(QLatin1String("value")).toInteger() * quantity;
        if (currency.isEmpty())
            currency = str(price, "currency");
        entitlements.append(QJsonObject { { QStringLiteral("key"), str(item, "name") },
                                          { QStringLiteral("name"), str(item, "name") },
                                          { QStringLiteral("limit"), quantity },
                                          { QStringLiteral("current"), 0 },
                                          { QStringLiteral("remaining"), quantity },
                                          { QStringLiteral("exhausted"), false } });
    }
    QJsonObject* account = creditAccount(scope, str(session, "financialAccountId"), currency);
    if (!account)
        return envelope::error(
            409, QLatin1String("no_financial_account"),
            tr("No financial account in %1 can receive this payment. Create one first.").arg(currency));
    const QString orderNumber = str(session, "orderNumber");
    const QJsonObject amount = money(currency, total);
    payment = recordPayment(scope, *account, amount, orderNumber, ownerOf(session, "checkout_session"), now);
    session.insert(QStringLiteral("status"), QStringLiteral("completed"));
    m_store.insert(scope, QStringLiteral("receipts"),
                   QJsonObject { { QStringLiteral("id"), orderNumber },
                                 { QStringLiteral("status"), QStringLiteral("not_redeemed") },
                                 { QStringLiteral("orderName"), str(session, "name") },
                                 { QStringLiteral("orderNumber"), orderNumber },
                                 { QStringLiteral("orderAmount"), amount },
                                 { QStringLiteral("entitlements"), entitlements },
                                 { QStringLiteral("createTime"), now },
                                 { QStringLiteral("updateTime"), now },
                                 { QStringLiteral("metadata"), session.value(QLatin1String("metadata")) } });
    return std::nullopt;
}

std::optional<HttpResponse> MoneyRules::redeem(QJsonObject& receipt, const QJsonObject& body, const QString& now)
{
    QJsonArray entitlements = receipt.value(QLatin1String("entitlements")).toArray();
    const bool all = body.value(QLatin1String("redeemAll")).toBool();
    QHash<QString, qint64> wanted;
    for (const QJsonValue& v : body.value(QLatin1String("entitlements")).toArray())
        wanted[str(v.toObject(), "key")] += v.toObject().value(QLatin1String("units")).toInteger(1);
    QList<ValidationDetail> details;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        bool found = false;
        for (const QJsonValue& e : std::as_const(entitlements)) {
            if (str(e.toObject(), "key") == it.key()) {
                found = true;
                if (e.toObject().value(QLatin1String("remaining")).toInteger() < it.value())
                    details.append({ QStringLiteral("/body/entitlements"),
                                     tr("at most %1 units of \"%2\"")
                                         .arg(e.toObject().value(QLatin1String("remaining")).toInteger())
                                         .arg(it.key()) });
            }
        }
        if (!found)
            details.append(
                { QStringLiteral("/body/entitlements"), tr("a key of this receipt, not \"%1\"").arg(it.key()) });
    }
    if (!all && wanted.isEmpty())
        details.append({ QStringLiteral("/body"), tr("redeemAll: true or at least one entitlement to redeem") });
    if (!details.isEmpty())
        return envelope::error(400, QLatin1String("validation_error"), tr("This receipt cannot be redeemed so."),
                               details);
    bool allExhausted = true;
    bool any = false;
    for (qsizetype i = 0; i < entitlements.size(); ++i) {
        QJsonObject e = entitlements.at(i).toObject();
        const qint64 limit = e.value(QLatin1String("limit")).toInteger();
        qint64 current = e.value(QLatin1String("current")).toInteger();
        current = all ? limit : current + wanted.value(str(e, "key"));
        e.insert(QStringLiteral("current"), current);
        e.insert(QStringLiteral("remaining"), limit - current);
        e.insert(QStringLiteral("exhausted"), current >= limit);
        allExhausted = allExhausted && current >= limit;
        any = any || current > 0;
        entitlements.replace(i, e);
    }
    receipt.insert(QStringLiteral("entitlements"), entitlements);
    receipt.insert(QStringLiteral("status"),
                   allExhausted ? QStringLiteral("fully_redeemed")
                       : any    ? QStringLiteral("partially_redeemed")
                                : QStringLiteral("not_redeemed"));
    receipt.insert(QStringLiteral("updateTime"), now);
    return std::nullopt;
}

} // namespace monime
