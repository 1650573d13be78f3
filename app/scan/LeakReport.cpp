// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/LeakReport.h"

#include <QHash>
#include <QJsonArray>
#include <QUrl>

namespace monime {

QList<LeakedToken> LeakReport::group(const QList<LeakFinding>& findings, const Lookup& lookup)
{
    QList<LeakedToken> tokens;
    QHash<QString, qsizetype> index;
    for (const LeakFinding& f : findings) {
        auto it = index.constFind(f.digest);
        if (it == index.constEnd()) {
            LeakedToken t;
            t.digest = f.digest;
            t.hint = f.hint;
            t.environment = f.environment;
            t.checksum = f.checksum;
            if (lookup)
                t.known = lookup(f.digest);
            it = index.insert(f.digest, tokens.size());
            tokens.append(t);
        }
        tokens[*it].occurrences.append(f);
    }
    return tokens;
}

QString LeakReport::hint(const QString& hint, bool redact)
{
    if (!redact)
        return hint;
    const qsizetype ellipsis = hint.indexOf(QChar(0x2026));
    return ellipsis < 0 ? hint : hint.left(ellipsis + 1);
}

QString LeakReport::describe(const LeakedToken& token, const QDateTime& now)
{
    if (!token.known)
        return token.checksum == ChecksumState::Valid
            ? tr("unknown: made by a Monime Developer Portal, but not this inventory (a teammate's?); rotate it where "
                 "it was made")
            : tr("unknown: a Monime-shaped token this inventory does not hold (made in the web portal?); rotate it "
                 "where it was made");
    const TokenInfo& t = *token.known;
    const QString space = t.spaceWhitelist.isEmpty() ? tr("any Space") : tr("Space %1").arg(t.spaceWhitelist);
    const QString state = t.status(now) == TokenStatus::Revoked ? tr("already revoked") : statusText(t, now);
    return tr("known: \"%1\" (%2, %3, %4, %5)").arg(t.name, t.id, environmentName(t.environment), state, space);
}

QJsonObject LeakReport::json(const ScanResult& result, const QList<LeakedToken>& tokens, const QDateTime& now,
                             bool redact)
{
    QJsonArray list;
    int occurrences = 0;
    for (const LeakedToken& t : tokens) {
        QJsonArray locations;
        for (const LeakFinding& f : t.occurrences) {
            QJsonObject l { { QStringLiteral("path"), f.location.displayPath() },
                            { QStringLiteral("line"), f.location.line },
                            { QStringLiteral("column"), f.location.column },
                            { QStringLiteral("fingerprint"), f.fingerprint() } };
            if (!f.location.commit.isEmpty())
                l.insert(QStringLiteral("commit"), f.location.commit);
            if (f.location.authorDate.isValid())
                l.insert(QStringLiteral("authorDate"), f.location.authorDate.toUTC().toString(Qt::ISODate));
            if (f.location.split)
                l.insert(QStringLiteral("splitAcrossLines"), true);
            locations.append(l);
            ++occurrences;
        }
        QJsonObject o { { QStringLiteral("hint"), hint(t.hint, redact) },
                        { QStringLiteral("environment"), environmentName(t.environment) },
                        { QStringLiteral("checksum"),
                          t.checksum == ChecksumState::Valid ? QStringLiteral("valid")
                                                             : QStringLiteral("not_applicable") },
                        { QStringLiteral("known"), bool(t.known) },
                        { QStringLiteral("locations"), locations } };
        if (t.known) {
            o.insert(QStringLiteral("id"), t.known->id);
            o.insert(QStringLiteral("name"), t.known->name);
            o.insert(QStringLiteral("status"), statusName(t.known->status(now)));
            o.insert(QStringLiteral("spaceWhitelist"), t.known->spaceWhitelist);
        }
        list.append(o);
    }
    return { { QStringLiteral("schema"), QStringLiteral("monime-portal/scan") },
             { QStringLiteral("version"), 1 },
             { QStringLiteral("files"), result.files },
             { QStringLiteral("bytes"), result.bytes },
             { QStringLiteral("commits"), result.commits },
             { QStringLiteral("skippedBinary"), result.skippedBinary },
             { QStringLiteral("skippedLarge"), result.skippedLarge },
             { QStringLiteral("allowed"), result.allowed },
             { QStringLiteral("occurrences"), occurrences },
             { QStringLiteral("tokens"), list } };
}

QJsonObject LeakReport::sarif(const QList<LeakedToken>& tokens, const QDateTime& now, bool redact)
{
    const QString ruleId = QLatin1String(kRuleId);
    QJsonArray results;
    for (const LeakedToken& t : tokens) {
        for (const LeakFinding& f : t.occurrences) {
            QJsonObject region { { QStringLiteral("startLine"), f.location.line },
                                 { QStringLiteral("startColumn"), f.location.column } };
            QJsonObject physical {
                { QStringLiteral("artifactLocation"),
                  QJsonObject { { QStringLiteral("uri"),
                                  QString::fromUtf8(QUrl::toPercentEncoding(f.location.relativePath, "/")) } } },
                { QStringLiteral("region"), region }
            };
            QJsonObject result { { QStringLiteral("ruleId"), ruleId },
                                 { QStringLiteral("ruleIndex"), 0 },
                                 { QStringLiteral("level"),
                                   t.revocable(now) || !t.known ? QStringLiteral("error") : QStringLiteral("warning") },
                                 { QStringLiteral("message"),
                                   QJsonObject { { QStringLiteral("text"),
                                                   tr("Monime %1 token %2 — %3")
                                                       .arg(environmentName(t.environment), hint(t.hint, redact),
                                                            describe(t, now)) } } },
                                 { QStringLiteral("locations"),
                                   QJsonArray { QJsonObject { { QStringLiteral("physicalLocation"), physical } } } },
                                 { QStringLiteral("partialFingerprints"),
                                   QJsonObject { { QStringLiteral("monimeTokenDigest/v1"), t.digest.left(16) } } } };
            if (!f.location.commit.isEmpty() && f.location.commit != QLatin1String("staged"))
                result.insert(QStringLiteral("properties"),
                              QJsonObject { { QStringLiteral("commit"), f.location.commit },
                                            { QStringLiteral("authorDate"),
                                              f.location.authorDate.toUTC().toString(Qt::ISODate) } });
            results.append(result);
        }
    }
    const QJsonObject rule {
        { QStringLiteral("id"), ruleId },
        { QStringLiteral("name"), QStringLiteral("MonimeAccessToken") },
        { QStringLiteral("shortDescription"), QJsonObject { { QStringLiteral("text"), tr("Monime access token") } } },
        { QStringLiteral("fullDescription"),
          QJsonObject { { QStringLiteral("text"),
                          tr("A Monime API access token (mon_… live, mon_test_… test) committed or written to a "
                             "file.") } } },
        { QStringLiteral("help"),
          QJsonObject { { QStringLiteral("text"),
                          tr("Revoke the token (monime-portal-cli scan --revoke, or revoke ID) or rotate it where "
                             "it was made, then remove it from the file and its history.") } } },
        { QStringLiteral("defaultConfiguration"), QJsonObject { { QStringLiteral("level"), QStringLiteral("error") } } }
    };
    const QJsonObject driver { { QStringLiteral("name"), QStringLiteral("monime-portal-cli") },
                               { QStringLiteral("version"), QStringLiteral(MONIME_VERSION) },
                               { QStringLiteral("informationUri"), QStringLiteral("https://monime.io") },
                               { QStringLiteral("rules"), QJsonArray { rule } } };
    const QJsonObject run { { QStringLiteral("tool"), QJsonObject { { QStringLiteral("driver"), driver } } },
                            { QStringLiteral("results"), results } };
    return { { QStringLiteral("$schema"), QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json") },
             { QStringLiteral("version"), QStringLiteral("2.1.0") },
             { QStringLiteral("runs"), QJsonArray { run } } };
}

QByteArray LeakReport::gitleaksRule()
{
    // gitleaks' configuration format (config/gitleaks.toml): one [[rules]] table, Go RE2 syntax. The body
    // alphabet and lengths are TokenSecret's (base62, 16–128); the allowlist drops the docs' placeholders.
    return QByteArrayLiteral(
        "# Monime access tokens, for gitleaks. Use it with:\n"
        "#   [extend]\n"
        "#   path = \"monime-gitleaks.toml\"\n"
        "# Written by monime-portal-cli scan --export-gitleaks. Tokens made by the Monime Developer Portal end in a\n"
        "# CRC32 checksum that gitleaks cannot check: `monime-portal-cli scan` confirms them and names the token.\n"
        "\n"
        "[[rules]]\n"
        "id = \"monime-access-token\"\n"
        "description = \"Monime API access token (mon_ live, mon_test_ test)\"\n"
        "regex = '''\\b(mon_(?:test_)?[0-9A-Za-z]{16,128})\\b'''\n"
        "secretGroup = 1\n"
        "entropy = 3.0\n"
        "keywords = [\"mon_\"]\n"
        "tags = [\"monime\", \"api-token\"]\n"
        "\n"
        "[rules.allowlist]\n"
        "description = \"Placeholders from the Monime documentation\"\n"
        "regexTarget = \"match\"\n"
        "regexes = [\n"
        "  '''mon_(?:test_)?(?:[xX]+|0+|[.]{3}|your[_-]?token.*)$''',\n"
        "  '''mon_(?:test_)?[a-zA-Z]+$''',\n"
        "]\n"
        "stopwords = [\"example\", \"placeholder\", \"xxxx\"]\n");
}

} // namespace monime
