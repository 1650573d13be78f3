// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ResourceHandlers.h"

#include "domain/TokenSecret.h"
#include "sandbox/ReferenceData.h"
#include "sandbox/ResponseShape.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace monime {

namespace {

QString iso(const QDateTime& t)
{
    return envelope::isoTime(t);
}

/// A Go-style duration ("10m", "1h30m", "45s"); nullopt when it is not one.
std::optional<qint64> durationSeconds(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    const auto m = re.match(text);
    if (text.isEmpty() || !m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
}

/// Where a list filter of the spec looks in an object, when it is not the field of the same name.
QStringList filterPath(const QString& resource, const QString& parameter)
{
    static const QHash<QString, QString> paths {
        { QStringLiteral("financial-transactions|financialAccountId"), QStringLiteral("financialAccount/id") },
        { QStringLiteral("internal-transfers|sourceFinancialAccountId"), QStringLiteral("sourceFinancialAccount/id") },
        { QStringLiteral("internal-transfers|destinationFinancialAccountId"),
          QStringLiteral("destinationFinancialAccount/id") },
        { QStringLiteral("payment-codes|ussd_code"), QStringLiteral("ussdCode") },
        { QStringLiteral("payouts|sourceFinancialAccountId"), QStringLiteral("source/financialAccountId") },
        { QStringLiteral("payouts|sourceTransactionReference"), QStringLiteral("source/transactionReference") },
        { QStringLiteral("payouts|destinationTransactionReference"),
          QStringLiteral("destination/transactionReference") },
    };
    return paths.value(resource + QLatin1Char('|') + parameter, parameter).split(QLatin1Char('/'));
}

QJsonValue at(const QJsonObject& object, const QStringList& path)
{
    QJsonValue v = object;
    for (const QString& key : path)
        v = v.toObject().value(key);
    return v;
}

ResourceStore::Filter filterFor(const QString& resource, const QJsonObject& query)
{
    QList<QPair<QStringList, QJsonValue>> wanted;
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        if (it.key() == QLatin1String("limit") || it.key() == QLatin1String("after")
            || it.key() == QLatin1String("withBalance"))
            continue;
        wanted.append({ filterPath(resource, it.key()), it.value() });
    }
    return [wanted](const QJsonObject& o) {
        for (const auto& w : wanted) {
            if (at(o, w.first) != w.second)
                return false;
        }
        return true;
    };
}

/// `withBalance` asks for the balance; without it Monime leaves it out (null).
QJsonObject withBalance(QJsonObject account, const QJsonObject& query)
{
    if (!query.value(QLatin1String("withBalance")).toBool())
        account.insert(QStringLiteral("balance"), QJsonValue::Null);
    return account;
}

QString nowPlus(const QDateTime& now, qint64 seconds)
{
    return iso(now.addSecs(seconds));
}

QString digits(int n)
{
    QString out;
    for (char c : TokenSecret::randomBase62(n))
        out += QChar(u'0' + static_cast<unsigned char>(c) % 10);
    return out;
}

HttpResponse deleted()
{
    return HttpResponse { 200, QByteArrayLiteral(R"({"success":true,"messages":[]})"), {} };
}

} // namespace

ResourceHandlers::ResourceHandlers()
    : m_money(m_store)
{ }

HttpResponse ResourceHandlers::notFound(const QString& resource, const QString& id) const
{
    return envelope::error(
        404, QLatin1String("not_found"),
        tr("No %1 object has the id \"%2\" in this Space and environment.").arg(resource, id.left(100)));
}

HttpResponse ResourceHandlers::handle(const ApiOperation& op, const ValidRequest& request, const QString& scope,
                                      const QDateTime& now)
{
    const QString nowText = iso(now);
    const QString& resource = op.resource;
    if (resource == QLatin1String("banks") || resource == QLatin1String("momos")
        || resource == QLatin1String("countries") || resource == QLatin1String("provider-kyc"))
        return reference(op, request, nowText);
    if (op.isList)
        return list(op, request, scope, nowText);
    if (op.method == "POST" && resource == QLatin1String("receipts")) {
        const QString number = request.pathValues.value(0);
        QJsonObject* receipt = m_store.find(scope, resource, number);
        if (!receipt)
            return notFound(resource, number);
        if (auto refused = m_money.redeem(*receipt, request.body, nowText))
            return *refused;
        return envelope::ok(ResponseShape::result(
            op, QJsonObject { { QStringLiteral("redeem"), true }, { QStringLiteral("receipt"), *receipt } }, nowText));
    }
    if (op.method == "POST")
        return create(op, request, scope, now);

    const QString id = request.pathValues.value(0);
    QJsonObject* object = m_store.find(scope, resource, id);
    if (!object)
        return notFound(resource, id);
    if (op.method == "DELETE") {
        m_store.remove(scope, resource, id);
        return deleted();
    }
    if (op.method == "PATCH") {
        for (auto it = request.body.constBegin(); it != request.body.constEnd(); ++it) {
            if (it.key() == QLatin1String("duration")) { // a new duration moves the expiry, counted from now
                const auto seconds = durationSeconds(it.value().toString());
                if (!seconds)
                    return envelope::error(
                        400, QLatin1String("validation_error"), tr("The request does not match the API."),
                        { { QStringLiteral("/body/duration"), tr("a duration such as 10m, 1h30m or 45s") } });
                object->insert(QStringLiteral("expireTime"), nowPlus(now, *seconds));
                continue;
            }
            object->insert(it.key(), it.value());
        }
        object->insert(QStringLiteral("updateTime"), nowText);
    }
    QJsonObject answer = *object;
    if (resource == QLatin1String("financial-accounts"))
        answer = withBalance(answer, request.query);
    return envelope::ok(ResponseShape::result(op, answer, nowText));
}

HttpResponse ResourceHandlers::list(const ApiOperation& op, const ValidRequest& request, const QString& scope,
                                    const QString& now)
{
    const int limit = int(request.query.value(QLatin1String("limit")).toInteger(10));
    const QString after = request.query.value(QLatin1String("after")).toString();
    const auto page = m_store.list(scope, op.resource, filterFor(op.resource, request.query), limit, after);
    if (!page)
        return envelope::error(
            400, QLatin1String("validation_error"), tr("The request does not match the API."),
            { { QStringLiteral("/query/after"), tr("a cursor from a previous page's pagination.next") } });
    QList<QJsonObject> items;
    for (const QJsonObject& o : page->items) {
        const QJsonObject item = op.resource == QLatin1String("financial-accounts") ? withBalance(o, request.query) : o;
        items.append(ResponseShape::result(op, QJsonArray { item }, now).toArray().first().toObject());
    }
    return envelope::page(items, page->next);
}

HttpResponse ResourceHandlers::create(const ApiOperation& op, const ValidRequest& request, const QString& scope,
                                      const QDateTime& now)
{
    const QString nowText = iso(now);
    const QString& resource = op.resource;
    QJsonObject o = request.body;
    if (resource == QLatin1String("financial-accounts")) {
        const QJsonObject account = m_store.insert(scope, resource, m_money.newAccount(o, nowText));
        return envelope::ok(ResponseShape::result(op, account, nowText));
    }
    o.insert(QStringLiteral("id"), ResourceStore::newId(resource));
    o.insert(QStringLiteral("createTime"), nowText);
    o.insert(QStringLiteral("updateTime"), nowText);
    const QString duration = o.value(QLatin1String("duration")).toString();
    const auto seconds = durationSeconds(duration.isEmpty() ? QStringLiteral("10m") : duration);
    if (!seconds)
        return envelope::error(400, QLatin1String("validation_error"), tr("The request does not match the API."),
                               { { QStringLiteral("/body/duration"), tr("a duration such as 10m, 1h30m or 45s") } });
    o.remove(QStringLiteral("duration"));
    if (resource == QLatin1String("internal-transfers") || resource == QLatin1String("payouts")) {
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        QJsonObject& stored = m_store.insert(scope, resource, o);
        const QJsonValue pending = ResponseShape::result(op, stored, nowText);
        // Test mode settles at once: the answer shows the request as accepted (pending); a read shows how it ended.
        if (resource == QLatin1String("payouts"))
            m_money.settlePayout(scope, stored, nowText);
        else
            m_money.settleTransfer(scope, stored, nowText);
        return envelope::ok(pending);
    }
    if (resource == QLatin1String("payment-codes")) {
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        o.insert(QStringLiteral("mode"), o.value(QLatin1String("mode")).toString(QStringLiteral("one_time")));
        o.insert(QStringLiteral("enable"), o.value(QLatin1String("enable")).toBool(true));
        o.insert(QStringLiteral("ussdCode"), QString(QStringLiteral("*715*1*") + digits(6) + QLatin1Char('#')));
        o.insert(QStringLiteral("expireTime"), nowPlus(now, *seconds));
        if (!o.contains(QLatin1String("amount")))
            o.insert(
                QStringLiteral("amount"),
                QJsonObject { { QStringLiteral("currency"), QStringLiteral("SLE") }, { QStringLiteral("value"), 0 } });
    } else if (resource == QLatin1String("checkout-sessions")) {
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        o.insert(QStringLiteral("orderNumber"), digits(8));
        o.insert(QStringLiteral("redirectUrl"),
                 QString(QStringLiteral("https://checkout.monime.io/") + o.value(QLatin1String("id")).toString()));
        o.insert(QStringLiteral("expireTime"), nowPlus(now, 30 * 60));
        QJsonArray items;
        for (const QJsonValue& v : o.value(QLatin1String("lineItems")).toArray()) {
            QJsonObject item = v.toObject();
            item.insert(QStringLiteral("type"), item.value(QLatin1String("type")).toString(QStringLiteral("custom")));
            item.insert(QStringLiteral("quantity"), item.value(QLatin1String("quantity")).toInteger(1));
            items.append(item);
        }
        o.insert(QStringLiteral("lineItems"), QJsonObject { { QStringLiteral("data"), items } });
    } else if (resource == QLatin1String("ussd-otps")) {
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        o.insert(QStringLiteral("dialCode"), QString(QStringLiteral("*715*9*") + digits(6) + QLatin1Char('#')));
        o.insert(QStringLiteral("expireTime"), nowPlus(now, *seconds));
    } else if (resource == QLatin1String("webhooks")) {
        o.insert(QStringLiteral("enabled"), o.value(QLatin1String("enabled")).toBool(true));
        if (!o.value(QLatin1String("verificationMethod")).isObject())
            o.insert(QStringLiteral("verificationMethod"),
                     QJsonObject { { QStringLiteral("type"), QStringLiteral("HS256") },
                                   { QStringLiteral("secret"), QString::fromLatin1(TokenSecret::randomBase62(40)) } });
    }
    const QJsonObject stored = m_store.insert(scope, resource, o);
    return envelope::ok(ResponseShape::result(op, stored, nowText));
}

HttpResponse ResourceHandlers::reference(const ApiOperation& op, const ValidRequest& request, const QString& now)
{
    if (op.resource == QLatin1String("provider-kyc")) {
        const QString provider = request.pathValues.value(0);
        const QJsonObject kyc
            = referencedata::providerKyc(provider, request.query.value(QLatin1String("accountId")).toString());
        if (kyc.isEmpty())
            return notFound(op.resource, provider);
        return envelope::ok(ResponseShape::result(op, kyc, now));
    }
    const QList<QJsonObject> all = op.resource == QLatin1String("banks") ? referencedata::banks()
        : op.resource == QLatin1String("momos")                          ? referencedata::momos()
                                                                         : referencedata::countries();
    const QString key
        = op.resource == QLatin1String("countries") ? QStringLiteral("code") : QStringLiteral("providerId");
    if (!op.isList) {
        const QString id = request.pathValues.value(0);
        for (const QJsonObject& o : all) {
            if (o.value(key).toString() == id)
                return envelope::ok(ResponseShape::result(op, o, now));
        }
        return notFound(op.resource, id);
    }
    // The reference set is small and fixed: its cursor is the index of the next item.
    const QString country = request.query.value(QLatin1String("country")).toString();
    const int limit = int(request.query.value(QLatin1String("limit")).toInteger(10));
    const QString after = request.query.value(QLatin1String("after")).toString();
    bool ok = after.isEmpty();
    const int start = after.isEmpty() ? 0 : after.toInt(&ok);
    if (!ok || start < 0)
        return envelope::error(
            400, QLatin1String("validation_error"), tr("The request does not match the API."),
            { { QStringLiteral("/query/after"), tr("a cursor from a previous page's pagination.next") } });
    QList<QJsonObject> items;
    QString next;
    for (int i = start; i < all.size(); ++i) {
        if (!country.isEmpty() && all.at(i).value(QLatin1String("country")).toString() != country)
            continue;
        if (items.size() == limit) {
            next = QString::number(i);
            break;
        }
        items.append(ResponseShape::result(op, QJsonArray { all.at(i) }, now).toArray().first().toObject());
    }
    return envelope::page(items, next);
}

HttpResponse ResourceHandlers::simulate(const QString& what, const QString& id, const QJsonObject& body,
                                        const QString& scope, const QDateTime& now)
{
    const QString nowText = iso(now);
    QJsonObject* object = m_store.find(scope, what, id);
    if (!object)
        return notFound(what, id);
    QJsonObject payment;
    const auto refused = what == QLatin1String("payment-codes")
        ? m_money.payCode(scope, *object, body.value(QLatin1String("amount")).toObject(), nowText, payment)
        : m_money.completeCheckout(scope, *object, nowText, payment);
    if (refused)
        return *refused;
    return envelope::ok(payment);
}

} // namespace monime
