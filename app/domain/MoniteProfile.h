// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace monime {

/// Where a Monite client profile sends its requests.
enum class MoniteEnvironment { Sandbox, ProductionEu, ProductionNa, Custom };

/// An entity user a profile can get entity-user tokens for.
struct MoniteProfileUser
{
    QString id; ///< lower-case UUID
    QString label; ///< free text; may be empty

    bool operator==(const MoniteProfileUser& o) const { return id == o.id && label == o.label; }
};

/// What the "add Monite client" form (GUI page or CLI flags) asks for, unchecked. The client secret is not part
/// of it: it goes to the keychain only, through MoniteService.
struct MoniteProfileDraft
{
    QString name;
    QString environment; ///< "sandbox", "eu", "na" or a base URL; empty: sandbox
    QString apiVersion; ///< empty: MoniteRules::kDefaultApiVersion
    QString clientId;
    QStringList entityUsers; ///< "ID" or "ID=LABEL"
};

/// A Monite client profile as stored (never its secret).
struct MoniteProfile
{
    QString id; ///< "mnp-…", internal and stable; the keychain keys are derived from it
    QString name;
    MoniteEnvironment environment = MoniteEnvironment::Sandbox;
    QUrl baseUrl; ///< e.g. https://api.sandbox.monite.com/v1, never with a trailing slash
    QString apiVersion;
    QString clientId;
    QList<MoniteProfileUser> entityUsers;
    QDateTime createdAt;
    QDateTime secretSetAt; ///< when the client secret was last stored (rotation age)
    QDateTime lastUsedAt; ///< last token minted, revoked or tested
    QDateTime lastTestedAt;
    QString lastTestResult; ///< "passed: …" / "failed: …"

    /// The entity user of this id or label; nullptr when none.
    const MoniteProfileUser* entityUser(const QString& idOrLabel) const;
};

/// Every rule of a Monite client profile: the GUI, the CLI and the store apply the same. Each error names its
/// field (`name`, `environment`, `apiVersion`, `clientId`, `entityUser`, `clientSecret`) and says how to fix it.
class MoniteRules
{
    Q_DECLARE_TR_FUNCTIONS(monime::MoniteRules)

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxSecretBytes = 4096;
    static QString defaultApiVersion() { return QStringLiteral("2024-05-25"); }
    /// The `APIVersion` enum of Monite's OpenAPI document, newest first.
    static QStringList apiVersions();

    static QUrl sandboxUrl() { return QUrl(QStringLiteral("https://api.sandbox.monite.com/v1")); }
    static QUrl productionEuUrl() { return QUrl(QStringLiteral("https://api.monite.com/v1")); }
    static QUrl productionNaUrl() { return QUrl(QStringLiteral("https://us.api.monite.com/v1")); }

    /// "sandbox", "eu", "na" (also "production-eu", "production-na", "us") or a base URL; https only, except
    /// for a loopback host (the local sandbox). Gives the environment and its normalised base URL.
    static Result<std::pair<MoniteEnvironment, QUrl>> parseEnvironment(const QString& text);
    /// The short name of an environment for lists and JSON: sandbox, eu, na, custom.
    static QString environmentName(MoniteEnvironment environment);
    /// "Sandbox", "Production (EU)", … for people.
    static QString environmentLabel(MoniteEnvironment environment);

    static Result<QString> checkName(const QString& name);
    static Result<QString> checkApiVersion(const QString& version);
    /// A UUID (8-4-4-4-12 hex digits), returned in lower case. `field` names the form field at fault.
    static Result<QString> checkUuid(const QString& text, const QString& field);
    /// "ID" or "ID=LABEL".
    static Result<MoniteProfileUser> parseEntityUser(const QString& text);
    /// The client secret as entered: not empty, no spaces or control characters, at most kMaxSecretBytes.
    static Result<void> checkSecret(const QByteArray& secret);

    /// Every rule at once; the first failing field's error. `id` and times are left for the service to set.
    static Result<MoniteProfile> validate(const MoniteProfileDraft& draft);
};

} // namespace monime
