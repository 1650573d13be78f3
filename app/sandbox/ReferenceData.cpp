// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ReferenceData.h"

#include <QJsonArray>

namespace monime::referencedata {

namespace {

const QString kCreated = QStringLiteral("2025-01-01T00:00:00.000Z");

QJsonObject features(bool payout, bool payment, bool kyc)
{
    return QJsonObject {
        { QStringLiteral("payout"),
          QJsonObject { { QStringLiteral("canPayTo"), payout },
                        { QStringLiteral("schemes"), QJsonArray { QStringLiteral("instant") } },
                        { QStringLiteral("metadata"), QJsonObject() } } },
        { QStringLiteral("payment"),
          QJsonObject { { QStringLiteral("canPayFrom"), payment },
                        { QStringLiteral("schemes"), QJsonArray { QStringLiteral("instant") } },
                        { QStringLiteral("metadata"), QJsonObject() } } },
        { QStringLiteral("kycVerification"),
          QJsonObject { { QStringLiteral("canVerifyAccount"), kyc }, { QStringLiteral("metadata"), QJsonObject() } } },
    };
}

QJsonObject provider(const char* id, const char* name, bool payment)
{
    return QJsonObject {
        { QStringLiteral("providerId"), QLatin1String(id) },
        { QStringLiteral("name"), QLatin1String(name) },
        { QStringLiteral("country"), QStringLiteral("SL") },
        { QStringLiteral("status"), QJsonObject { { QStringLiteral("active"), true } } },
        { QStringLiteral("featureSet"), features(true, payment, true) },
        { QStringLiteral("createTime"), kCreated },
        { QStringLiteral("updateTime"), kCreated },
    };
}

} // namespace

QList<QJsonObject> banks()
{
    return {
        provider("slb001", "Rokel Commercial Bank", false),
        provider("slb004", "Guarantee Trust Bank", false),
        provider("slb007", "Sierra Leone Commercial Bank", false),
    };
}

QList<QJsonObject> momos()
{
    return {
        provider("m17", "Orange Money", true),
        provider("m18", "Africell Money", true),
    };
}

QList<QJsonObject> countries()
{
    return { QJsonObject {
        { QStringLiteral("code"), QStringLiteral("SL") },
        { QStringLiteral("name"), QStringLiteral("Sierra Leone") },
        { QStringLiteral("currency"),
          QJsonObject { { QStringLiteral("code"), QStringLiteral("SLE") },
                        { QStringLiteral("unit"), QStringLiteral("cent") },
                        { QStringLiteral("unitLength"), 2 } } },
        { QStringLiteral("supportedCurrencies"), QJsonArray { QStringLiteral("SLE"), QStringLiteral("USD") } },
    } };
}

bool knowsProvider(const QString& providerId)
{
    for (const QJsonObject& p : banks() + momos()) {
        if (p.value(QLatin1String("providerId")).toString() == providerId)
            return true;
    }
    return providerId == QLatin1String("dw001"); // the wallet provider the spec names
}

QJsonObject providerKyc(const QString& providerId, const QString& accountId)
{
    QString type;
    QString name;
    for (const QJsonObject& p : banks()) {
        if (p.value(QLatin1String("providerId")).toString() == providerId)
            type = QStringLiteral("bank"), name = p.value(QLatin1String("name")).toString();
    }
    for (const QJsonObject& p : momos()) {
        if (p.value(QLatin1String("providerId")).toString() == providerId)
            type = QStringLiteral("momo"), name = p.value(QLatin1String("name")).toString();
    }
    if (type.isEmpty())
        return {};
    return QJsonObject {
        { QStringLiteral("account"),
          QJsonObject { { QStringLiteral("id"), accountId },
                        { QStringLiteral("name"), QStringLiteral("Sandbox Account Holder") },
                        { QStringLiteral("holderName"), QStringLiteral("Sandbox Account Holder") },
                        { QStringLiteral("metadata"), QJsonObject() } } },
        { QStringLiteral("provider"),
          QJsonObject { { QStringLiteral("id"), providerId },
                        { QStringLiteral("type"), type },
                        { QStringLiteral("name"), name } } },
    };
}

} // namespace monime::referencedata
