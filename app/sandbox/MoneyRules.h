// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/ResourceStore.h"
#include "sandbox/SandboxResponse.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace monime {

/// Test-mode money: financial accounts hold a balance (never below zero); internal transfers and payouts move it,
/// going from `pending` to `completed`, or to `failed` with a `failureDetail` (overdraft, unknown account or
/// provider); each movement writes financial transactions. Money enters through the sandbox-only simulation of a
/// customer paying a payment code or completing a checkout session, which records a payment.
class MoneyRules
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoneyRules)

public:
    explicit MoneyRules(ResourceStore& store);

    /// A new financial account from a validated create body: uvan, zero balance in its currency.
    QJsonObject newAccount(const QJsonObject& body, const QString& now) const;
    /// Settles a pending transfer: moves the money and writes two transactions, or fails it.
    void settleTransfer(const QString& scope, QJsonObject& transfer, const QString& now);
    /// Settles a pending payout: debits the source and writes a transaction, or fails it.
    void settlePayout(const QString& scope, QJsonObject& payout, const QString& now);

    /// A customer pays the payment code `code` (amount: the code's, else `amount`). The payment, else a 4xx.
    std::optional<HttpResponse> payCode(const QString& scope, QJsonObject& code, const QJsonObject& amount,
                                        const QString& now, QJsonObject& payment);
    /// A customer completes the checkout session: payment, credit, receipt under its order number.
    std::optional<HttpResponse> completeCheckout(const QString& scope, QJsonObject& session, const QString& now,
                                                 QJsonObject& payment);
    /// Redeems units of a receipt's entitlements (or all of them); a 400 when more than remain.
    std::optional<HttpResponse> redeem(QJsonObject& receipt, const QJsonObject& body, const QString& now);

    static qint64 balanceOf(const QJsonObject& account);

private:
    /// The account to credit: `accountId` when given, else the Space's first account in `currency`.
    QJsonObject* creditAccount(const QString& scope, const QString& accountId, const QString& currency);
    QJsonObject transaction(const QString& scope, QJsonObject& account, bool credit, const QJsonObject& amount,
                            const QString& reference, const QJsonObject& owner, const QString& now);
    QJsonObject recordPayment(const QString& scope, QJsonObject& account, const QJsonObject& amount,
                              const QString& orderNumber, const QJsonObject& owner, const QString& now);

    ResourceStore& m_store;
};

} // namespace monime
