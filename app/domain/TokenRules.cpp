// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TokenRules.h"

#include "domain/IpRule.h"

#include <QRegularExpression>
#include <QSet>

namespace monime {

Error DraftVerdict::firstError() const
{
    if (errors.isEmpty())
        return {};
    const FieldIssue& e = errors.constFirst();
    return makeError(e.code, e.field, e.message);
}

const FieldIssue* DraftVerdict::errorFor(const QString& field) const
{
    for (const FieldIssue& e : errors)
        if (e.field == field)
            return &e;
    return nullptr;
}

std::optional<FieldIssue> TokenRules::checkName(const QString& raw)
{
    const QString name = raw.trimmed();
    if (name.isEmpty())
        return FieldIssue {
            QStringLiteral("name"), QStringLiteral("name_required"),
            tr("Enter a token name that says what the token is for, e.g. \"Main Website Integration\".")
        };
    const auto codePoints = name.toUcs4();
    if (codePoints.size() > kMaxNameLength)
        return FieldIssue {
            QStringLiteral("name"), QStringLiteral("name_too_long"),
            tr("The name has %1 characters; shorten it to %2 or fewer.").arg(codePoints.size()).arg(kMaxNameLength)
        };
    for (char32_t c : codePoints) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029)
            return FieldIssue { QStringLiteral("name"), QStringLiteral("name_control_character"),
                                tr("The name contains a control character (such as a tab or line break); remove it.") };
        // Invisible and direction-changing characters make a name read differently from what it is.
        if (c == 0x200B || c == 0xFEFF || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
            || c == 0xFFFD) // toUcs4() turns a lone surrogate into U+FFFD
            return FieldIssue { QStringLiteral("name"), QStringLiteral("name_invisible_character"),
                                tr("The name contains an invisible or text-direction character; retype it without "
                                   "pasting.") };
    }
    return std::nullopt;
}

bool TokenRules::isSpaceId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^spc[-_][A-Za-z0-9]{1,64}$"));
    return pattern.match(id).hasMatch();
}

Result<QString> TokenRules::checkSpaceId(const QString& raw, const QString& field)
{
    const QString id = raw.trimmed();
    if (!isSpaceId(id))
        return makeError(QStringLiteral("invalid_space_id"), field,
                         tr("\"%1\" is not a Space id. Space ids start with spc- (or spc_) followed by letters and "
                            "digits, e.g. spc-k6PWMZvKxSJ1; copy it from the Developer page of the dashboard.")
                             .arg(id));
    return id;
}

std::optional<FieldIssue> TokenRules::checkIpWhitelistRange(const QList<IpRule>& rules)
{
    QStringList families, culprits;
    for (const bool v4 : { true, false }) {
        const QList<IpRule> wide = IpRule::admittingEveryAddress(rules, v4);
        if (wide.isEmpty())
            continue;
        families.append(v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"));
        for (const IpRule& r : wide)
            culprits.append(r.toString());
    }
    if (families.isEmpty())
        return std::nullopt;
    const QString family = families.size() == 1 ? families.constFirst() : tr("IPv4 and every IPv6");
    return FieldIssue { QStringLiteral("ipWhitelist"), QStringLiteral("ip_whitelist_admits_all"),
                        tr("The IP whitelist admits every %1 address (%2), and a range that admits every address "
                           "is no whitelist: list the addresses your servers call from, or leave the IP whitelist "
                           "empty.")
                            .arg(family, culprits.join(QLatin1String(", "))) };
}

DraftVerdict TokenRules::validate(const TokenDraft& draft, const Catalog& catalog, const QDateTime& now,
                                  const QStringList& existingNames)
{
    DraftVerdict v;
    auto error = [&v](const char* field, const char* code, const QString& message) {
        v.errors.append(FieldIssue { QLatin1String(field), QLatin1String(code), message });
    };
    auto warning = [&v](const char* field, const char* code, const QString& message) {
        v.warnings.append(FieldIssue { QLatin1String(field), QLatin1String(code), message });
    };

    // Name
    if (auto issue = checkName(draft.name))
        v.errors.append(*issue);
    v.token.name = draft.name.trimmed();
    if (v.token.name.size() > 0 && existingNames.contains(v.token.name, Qt::CaseInsensitive))
        warning("name", "name_duplicate",
                tr("Another token is already called \"%1\". Distinct names make tokens easier to tell apart and "
                   "revoke.")
                    .arg(v.token.name));

    // Test mode and expiry
    v.token.environment = draft.testMode ? Environment::Test : Environment::Live;
    const ExpiryChoice expiry = draft.expiry.value_or(ExpiryChoice::twoMonths());
    if (draft.testMode && expiry.preset != ExpiryPreset::TwoMonths) {
        error("expiry", "test_expiry_fixed",
              tr("Test tokens always expire after 2 months; leave the expiry out, or switch Test Mode off for a "
                 "live token."));
    } else {
        const auto resolved = Expiry::resolve(expiry, now);
        if (resolved.ok())
            v.token.expiresAt = resolved.value();
        else
            v.errors.append(FieldIssue { resolved.error().field, resolved.error().code, resolved.error().message });
        if (expiry.preset == ExpiryPreset::Never)
            warning("expiry", "no_expiry",
                    tr("A token without an expiry stays valid until revoked; if it leaks, it is a risk forever. "
                       "Prefer 1 year and rotate."));
    }

    // API release
    const QString release = draft.apiRelease.trimmed();
    if (release.isEmpty())
        error("apiRelease", "release_required",
              tr("Choose a default API release (for example %1).").arg(catalog.defaultReleaseId()));
    else if (!catalog.release(release))
        error("apiRelease", "unknown_release",
              tr("\"%1\" is not a known API release. Choose one of: %2.")
                  .arg(release, catalog.releaseIds().join(QLatin1String(", "))));
    v.token.apiRelease = release;

    // Whitelists: live only
    const QString space = draft.spaceWhitelist.trimmed();
    if (!space.isEmpty()) {
        if (draft.testMode)
            error("spaceWhitelist", "test_no_whitelist",
                  tr("Test tokens cannot be restricted to a Space; remove the Space whitelist or switch Test Mode "
                     "off."));
        else if (auto checked = checkSpaceId(space, QStringLiteral("spaceWhitelist")); !checked.ok())
            error("spaceWhitelist", "invalid_space_id", checked.error().message);
        else
            v.token.spaceWhitelist = checked.value();
    }
    QStringList ipRules;
    if (!draft.ipWhitelist.isEmpty() && draft.testMode) {
        error("ipWhitelist", "test_no_whitelist",
              tr("Test tokens cannot be restricted to IP addresses; remove the IP whitelist or switch Test Mode "
                 "off."));
    } else {
        QList<IpRule> parsed;
        for (const QString& entry : draft.ipWhitelist) {
            const auto rule = IpRule::parse(entry);
            if (!rule.ok()) {
                error("ipWhitelist", "invalid_ip", rule.error().message);
                continue;
            }
            parsed.append(rule.value());
            const QString normal = rule->toString();
            if (!ipRules.contains(normal))
                ipRules.append(normal);
        }
        if (auto issue = checkIpWhitelistRange(parsed); issue.has_value()) {
            // Rotation carries the stored whitelist over as it is: never block replacing a token over it.
            if (draft.keepsStoredIpWhitelist)
                v.warnings.append(*issue);
            else
                v.errors.append(*issue);
        }
    }
    ipRules.sort(); // as the store returns them
    v.token.ipWhitelist = ipRules;

    // Services filter and permissions
    QSet<QString> allowedByServices;
    for (const QString& serviceId : draft.services) {
        const Service* service = catalog.service(serviceId);
        if (!service) {
            error("services", "unknown_service", tr("\"%1\" is not a known service.").arg(serviceId));
            continue;
        }
        for (const QString& p : service->permissions)
            allowedByServices.insert(p);
    }
    PermissionSet chosen;
    for (const QString& raw : draft.permissions) {
        const QString p = raw.trimmed();
        const int index = catalog.permissionIndex(p);
        if (index < 0) {
            error("permissions", "unknown_permission",
                  tr("\"%1\" is not a known permission. Permissions are SERVICE:read or SERVICE:write, e.g. "
                     "payments:read; run `monime-portal-cli permissions` to list them.")
                      .arg(p));
            continue;
        }
        if (!draft.services.isEmpty() && !allowedByServices.contains(p)) {
            error("permissions", "permission_outside_services",
                  tr("%1 is not in the selected services; select its service or remove the permission.").arg(p));
            continue;
        }
        chosen.set(index);
    }
    if (draft.permissions.isEmpty())
        error("permissions", "permission_required",
              tr("Choose at least one permission; grant only what the integration needs (least privilege)."));
    v.token.permissions = catalog.toList(chosen);
    v.token.permissions.sort(); // the store reads them back sorted; keep one order everywhere
    return v;
}

} // namespace monime
