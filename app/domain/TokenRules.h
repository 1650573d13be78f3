// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "domain/Catalog.h"
#include "domain/Environment.h"
#include "domain/Expiry.h"
#include "domain/IpRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace monime {

/// What the create-token form (GUI wizard, CLI flags or an import) asks for, unchecked.
struct TokenDraft
{
    QString name;
    std::optional<ExpiryChoice> expiry; ///< nullopt: the default (two months)
    QString apiRelease;
    bool testMode = true;
    QString spaceWhitelist; ///< a Space id; empty for none
    QStringList ipWhitelist;
    QStringList services; ///< filter; empty means every service
    QStringList permissions;
    /// Set by a rotation, which carries the stored token's IP whitelist over as it is: a whitelist that admits
    /// every address is then a warning, not an error, so that a token can always be replaced.
    bool keepsStoredIpWhitelist = false;
};

/// A field's verdict: errors block creation, warnings are shown beside the field.
struct FieldIssue
{
    QString field; ///< "name", "expiry", "apiRelease", "testMode", "spaceWhitelist", "ipWhitelist", "services",
                   ///< "permissions"
    QString code;
    QString message;
};

/// A draft that passed every rule, normalised: trimmed name, resolved expiry, canonical IP rules.
struct ValidToken
{
    QString name;
    Environment environment = Environment::Test;
    QDateTime expiresAt; ///< invalid: never expires
    QString apiRelease;
    QString spaceWhitelist;
    QStringList ipWhitelist;
    QStringList permissions; ///< unique, sorted
};

struct DraftVerdict
{
    QList<FieldIssue> errors;
    QList<FieldIssue> warnings;
    ValidToken token; ///< meaningful only when errors is empty

    bool ok() const { return errors.isEmpty(); }
    /// The first error as an Error, for callers that stop at one.
    Error firstError() const;
    const FieldIssue* errorFor(const QString& field) const;
};

/// Every rule of the create-token form, in one place for the GUI, the CLI and imports.
class TokenRules
{
    Q_DECLARE_TR_FUNCTIONS(monime::TokenRules)

public:
    static constexpr int kMaxNameLength = 100;

    static DraftVerdict validate(const TokenDraft& draft, const Catalog& catalog, const QDateTime& now,
                                 const QStringList& existingNames = {});

    /// Name rule alone: 1–100 characters after trimming, no control characters.
    static std::optional<FieldIssue> checkName(const QString& name);
    /// Space ids are `spc-…` (API reference) or `spc_…` (dashboard guide) followed by letters and digits.
    static bool isSpaceId(const QString& id);
    static Result<QString> checkSpaceId(const QString& id, const QString& field = QStringLiteral("space"));
    /// The IP whitelist rule on ranges: a whitelist that admits every IPv4 or every IPv6 address (0.0.0.0/0,
    /// ::/0, ::ffff:0:0/96, or ranges that add up to one, see IpRule::admittingEveryAddress) restricts nothing.
    /// Returns the issue (field "ipWhitelist", code "ip_whitelist_admits_all") naming the ranges and the fix.
    static std::optional<FieldIssue> checkIpWhitelistRange(const QList<IpRule>& rules);
};

} // namespace monime
