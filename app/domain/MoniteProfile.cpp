// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/MoniteProfile.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace monime {

const MoniteProfileUser* MoniteProfile::entityUser(const QString& idOrLabel) const
{
    const QString key = idOrLabel.trimmed();
    for (const MoniteProfileUser& u : entityUsers)
        if (u.id.compare(key, Qt::CaseInsensitive) == 0)
            return &u;
    for (const MoniteProfileUser& u : entityUsers)
        if (!u.label.isEmpty() && u.label == key)
            return &u;
    return nullptr;
}

QStringList MoniteRules::apiVersions()
{
    return { QStringLiteral("2025-06-23"), QStringLiteral("2024-05-25"), QStringLiteral("2024-01-31"),
             QStringLiteral("2023-09-01"), QStringLiteral("2023-06-04"), QStringLiteral("2023-04-12"),
             QStringLiteral("2023-03-14"), QStringLiteral("2023-03-01"), QStringLiteral("2023-02-07"),
             QStringLiteral("2022-11-16") };
}

QString MoniteRules::environmentName(MoniteEnvironment environment)
{
    switch (environment) {
    case MoniteEnvironment::Sandbox:
        return QStringLiteral("sandbox");
    case MoniteEnvironment::ProductionEu:
        return QStringLiteral("eu");
    case MoniteEnvironment::ProductionNa:
        return QStringLiteral("na");
    case MoniteEnvironment::Custom:
        break;
    }
    return QStringLiteral("custom");
}

QString MoniteRules::environmentLabel(MoniteEnvironment environment)
{
    switch (environment) {
    case MoniteEnvironment::Sandbox:
        return tr("Sandbox");
    case MoniteEnvironment::ProductionEu:
        return tr("Production (EU)");
    case MoniteEnvironment::ProductionNa:
        return tr("Production (North America)");
    case MoniteEnvironment::Custom:
        break;
    }
    return tr("Custom URL");
}

Result<std::pair<MoniteEnvironment, QUrl>> MoniteRules::parseEnvironment(const QString& text)
{
    const QString field = QStringLiteral("environment");
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower.isEmpty() || lower == QLatin1String("sandbox"))
        return std::make_pair(MoniteEnvironment::Sandbox, sandboxUrl());
    if (lower == QLatin1String("eu") || lower == QLatin1String("production-eu") || lower == QLatin1String("production"))
        return std::make_pair(MoniteEnvironment::ProductionEu, productionEuUrl());
    if (lower == QLatin1String("na") || lower == QLatin1String("us") || lower == QLatin1String("production-na"))
        return std::make_pair(MoniteEnvironment::ProductionNa, productionNaUrl());

    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return makeError(QStringLiteral("invalid_environment"), field,
                         tr("\"%1\" is neither sandbox, eu, na nor a base URL. Use one of those, or a URL such as "
                            "https://api.sandbox.monite.com/v1 or http://127.0.0.1:8080/v1 for a local sandbox.")
                             .arg(t));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return makeError(QStringLiteral("invalid_environment"), field,
                         tr("The base URL must not carry a user name, password, query or fragment. Give only scheme, "
                            "host, port and path, e.g. https://api.sandbox.monite.com/v1."));
    const QString host = url.host();
    QHostAddress address(host);
    const bool loopback = host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
    if (url.scheme() == QLatin1String("http") && !loopback)
        return makeError(QStringLiteral("insecure_environment"), field,
                         tr("%1 uses plain http: the client secret and tokens would travel unencrypted. Use https://, "
                            "or a loopback address (127.0.0.1, ::1, localhost) for a local sandbox.")
                             .arg(t));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    // A custom URL that names one of the known hosts is that environment, so reports and rules treat it alike.
    if (url == sandboxUrl())
        return std::make_pair(MoniteEnvironment::Sandbox, url);
    if (url == productionEuUrl())
        return std::make_pair(MoniteEnvironment::ProductionEu, url);
    if (url == productionNaUrl())
        return std::make_pair(MoniteEnvironment::ProductionNa, url);
    return std::make_pair(MoniteEnvironment::Custom, url);
}

Result<QString> MoniteRules::checkName(const QString& raw)
{
    const QString name = raw.trimmed();
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (name.isEmpty())
        return makeError(QStringLiteral("name_required"), QStringLiteral("name"),
                         tr("A profile needs a name, e.g. acme-sandbox."));
    if (name.size() > kMaxNameLength)
        return makeError(QStringLiteral("name_too_long"), QStringLiteral("name"),
                         tr("The name has %1 characters; use at most %2.").arg(name.size()).arg(kMaxNameLength));
    if (!allowed.match(name).hasMatch())
        return makeError(QStringLiteral("invalid_name"), QStringLiteral("name"),
                         tr("\"%1\" is not a usable profile name: use letters, digits, '.', '_' and '-', starting "
                            "with a letter or digit (e.g. acme-sandbox).")
                             .arg(name));
    return name;
}

Result<QString> MoniteRules::checkApiVersion(const QString& raw)
{
    const QString v = raw.trimmed();
    if (v.isEmpty())
        return defaultApiVersion();
    if (!apiVersions().contains(v))
        return makeError(QStringLiteral("unknown_api_version"), QStringLiteral("apiVersion"),
                         tr("\"%1\" is not a Monite API version. Choose one of: %2 (default %3).")
                             .arg(v, apiVersions().join(QLatin1String(", ")), defaultApiVersion()));
    return v;
}

Result<QString> MoniteRules::checkUuid(const QString& raw, const QString& field)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QString t = raw.trimmed();
    if (t.isEmpty())
        return makeError(QStringLiteral("uuid_required"), field,
                         tr("This field is required: a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6, as the "
                            "Monite partner portal shows it."));
    if (!uuid.match(t).hasMatch())
        return makeError(QStringLiteral("invalid_uuid"), field,
                         tr("\"%1\" is not a UUID. Copy it again from the Monite partner portal: 32 hexadecimal "
                            "digits in groups of 8-4-4-4-12, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6.")
                             .arg(t.left(80)));
    return t.toLower();
}

Result<MoniteProfileUser> MoniteRules::parseEntityUser(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString idText = eq < 0 ? text : text.left(eq);
    const QString label = eq < 0 ? QString() : text.mid(eq + 1).trimmed();
    auto id = checkUuid(idText, QStringLiteral("entityUser"));
    if (!id.ok())
        return id.error();
    if (label.size() > 100 || label.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]"))))
        return makeError(QStringLiteral("invalid_label"), QStringLiteral("entityUser"),
                         tr("The label of entity user %1 must be at most 100 characters with no control "
                            "characters.")
                             .arg(id.value()));
    return MoniteProfileUser { id.value(), label };
}

Result<void> MoniteRules::checkSecret(const QByteArray& secret)
{
    const QString field = QStringLiteral("clientSecret");
    if (secret.isEmpty())
        return makeError(QStringLiteral("secret_required"), field,
                         tr("No client secret was given. Paste the secret the Monite partner portal showed when the "
                            "client was created; if it is lost, generate a new one there."));
    if (secret.size() > kMaxSecretBytes)
        return makeError(QStringLiteral("secret_too_long"), field,
                         tr("The client secret is %1 bytes long; Monite's are far shorter. Check that only the "
                            "secret was pasted.")
                             .arg(secret.size()));
    for (const char c : secret)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return makeError(QStringLiteral("invalid_secret"), field,
                             tr("The client secret contains a space or a control character. Paste only the secret, "
                                "without quotes or line breaks inside it."));
    return {};
}

Result<MoniteProfile> MoniteRules::validate(const MoniteProfileDraft& draft)
{
    MoniteProfile p;
    auto name = checkName(draft.name);
    if (!name.ok())
        return name.error();
    p.name = name.value();
    auto environment = parseEnvironment(draft.environment);
    if (!environment.ok())
        return environment.error();
    p.environment = environment->first;
    p.baseUrl = environment->second;
    auto version = checkApiVersion(draft.apiVersion);
    if (!version.ok())
        return version.error();
    p.apiVersion = version.value();
    auto clientId = checkUuid(draft.clientId, QStringLiteral("clientId"));
    if (!clientId.ok())
        return clientId.error();
    p.clientId = clientId.value();
    QSet<QString> seen;
    for (const QString& text : draft.entityUsers) {
        auto user = parseEntityUser(text);
        if (!user.ok())
            return user.error();
        if (seen.contains(user->id))
            return makeError(QStringLiteral("duplicate_entity_user"), QStringLiteral("entityUser"),
                             tr("Entity user %1 is given twice. Give each entity user once.").arg(user->id));
        seen.insert(user->id);
        p.entityUsers.append(user.value());
    }
    return p;
}

} // namespace monime
