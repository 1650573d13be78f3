// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/MoneyRules.h"
#include "sandbox/OpenApiSpec.h"
#include "sandbox/RequestValidator.h"
#include "sandbox/ResourceStore.h"
#include "sandbox/SandboxResponse.h"

#include <QCoreApplication>
#include <QDateTime>

namespace monime {

/// What each of the spec's operations does once a request has passed the access checks and validation: the
/// store's objects with their server-side fields, the money rules, the reference data. Every answer is shaped to
/// the operation's documented result (ResponseShape).
class ResourceHandlers
{
    Q_DECLARE_TR_FUNCTIONS(monime::ResourceHandlers)

public:
    ResourceHandlers();

    /// `scope` is environment|Space (or environment| for the operations without a Space).
    HttpResponse handle(const ApiOperation& operation, const ValidRequest& request, const QString& scope,
                        const QDateTime& now);
    /// The sandbox-only simulation (not Monime's API): `what` is "payment-codes" or "checkout-sessions".
    HttpResponse simulate(const QString& what, const QString& id, const QJsonObject& body, const QString& scope,
                          const QDateTime& now);

    ResourceStore& store() { return m_store; }

private:
    HttpResponse list(const ApiOperation& operation, const ValidRequest& request, const QString& scope,
                      const QString& now);
    HttpResponse create(const ApiOperation& operation, const ValidRequest& request, const QString& scope,
                        const QDateTime& now);
    HttpResponse reference(const ApiOperation& operation, const ValidRequest& request, const QString& now);
    HttpResponse notFound(const QString& resource, const QString& id) const;

    ResourceStore m_store;
    MoneyRules m_money;
};

} // namespace monime
