// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

namespace monime {

/// The sandbox's small, fixed reference set for Sierra Leone — banks, mobile money providers, the country and
/// provider KYC — taken from the examples of Monime's API reference (`slb004` Guarantee Trust Bank, `m17`
/// Orange Money, `m18` Africell Money, country `SL`, currency `SLE`). It is not Monime's full list.
namespace referencedata {

QList<QJsonObject> banks();
QList<QJsonObject> momos();
QList<QJsonObject> countries();
/// The account holder a provider would report for `accountId`; an empty object for an unknown provider.
QJsonObject providerKyc(const QString& providerId, const QString& accountId);
/// A bank, momo or wallet provider id the sandbox knows.
bool knowsProvider(const QString& providerId);

} // namespace referencedata

} // namespace monime
