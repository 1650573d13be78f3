// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TokenRepository.h"

#include "store/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace monime {

namespace {

QVariant msOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kColumns = QStringLiteral(
    "id, owner_id, name, environment, api_release, created_at, expires_at, revoked_at, revoke_reason, "
    "space_whitelist, hint, checksum_state, origin, rotated_from, last_used_at, last_tested_at, last_test_result");

TokenInfo readToken(const QSqlQuery& q)
{
    TokenInfo t;
    t.id = q.value(0).toString();
    t.ownerId = q.value(1).toString();
    t.name = q.value(2).toString();
    t.environment = q.value(3).toString() == QLatin1String("live") ? Environment::Live : Environment::Test;
    t.apiRelease = q.value(4).toString();
    t.createdAt = fromMs(q.value(5));
    t.expiresAt = fromMs(q.value(6));
    t.revokedAt = fromMs(q.value(7));
    t.revokeReason = q.value(8).toString();
    t.spaceWhitelist = q.value(9).toString();
    t.hint = q.value(10).toString();
    t.checksum = q.value(11).toString() == QLatin1String("valid") ? ChecksumState::Valid : ChecksumState::NotApplicable;
    t.origin = originFromName(q.value(12).toString());
    t.rotatedFrom = q.value(13).toString();
    t.lastUsedAt = fromMs(q.value(14));
    t.lastTestedAt = fromMs(q.value(15));
    t.lastTestResult = q.value(16).toString();
    return t;
}

} // namespace

TokenRepository::TokenRepository(Database& database)
    : m_db(database)
{
}

Result<void> TokenRepository::insertPending(const TokenInfo& t, const QString& digest)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, expires_at, revoked_at, "
            "revoke_reason, space_whitelist, secret_digest, hint, checksum_state, origin, rotated_from, state) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, 'pending')"));
        q.addBindValue(t.id);
        q.addBindValue(t.ownerId);
        q.addBindValue(t.name);
        q.addBindValue(environmentName(t.environment));
        q.addBindValue(t.apiRelease);
        q.addBindValue(t.createdAt.toMSecsSinceEpoch());
        q.addBindValue(msOrNull(t.expiresAt));
        q.addBindValue(t.spaceWhitelist.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : t.spaceWhitelist);
        q.addBindValue(digest);
        q.addBindValue(t.hint);
        q.addBindValue(t.checksum == ChecksumState::Valid ? QStringLiteral("valid") : QStringLiteral("not_applicable"));
        q.addBindValue(originName(t.origin));
        q.addBindValue(t.rotatedFrom.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : t.rotatedFrom);
        if (!q.exec()) {
            QSqlQuery dup(m_db.connection());
            dup.prepare(QStringLiteral("SELECT 1 FROM tokens WHERE secret_digest = ?"));
            dup.addBindValue(digest);
            if (dup.exec() && dup.next())
                return makeError(QStringLiteral("token_exists"), QStringLiteral("token"),
                                 tr("This token is already in the inventory; it was not added twice."));
            return Database::queryError(q, tr("save the token"));
        }
        QSqlQuery p(m_db.connection());
        p.prepare(QStringLiteral("INSERT INTO token_permissions (token_id, permission) VALUES (?, ?)"));
        for (const QString& permission : t.permissions) {
            p.addBindValue(t.id);
            p.addBindValue(permission);
            if (auto r = Database::exec(p, tr("save the token's permissions")); !r.ok())
                return r;
        }
        QSqlQuery ip(m_db.connection());
        ip.prepare(QStringLiteral("INSERT INTO token_ip_rules (token_id, rule) VALUES (?, ?)"));
        for (const QString& rule : t.ipWhitelist) {
            ip.addBindValue(t.id);
            ip.addBindValue(rule);
            if (auto r = Database::exec(ip, tr("save the token's IP whitelist")); !r.ok())
                return r;
        }
        return {};
    });
}

Result<void> TokenRepository::markReady(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET state = 'ready' WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q, tr("finish saving the token"));
}

Result<void> TokenRepository::remove(const QString& id)
{
    return m_db.transaction([&]() -> Result<void> {
        for (const char* sql : {"DELETE FROM token_permissions WHERE token_id = ?",
                                "DELETE FROM token_ip_rules WHERE token_id = ?", "DELETE FROM tokens WHERE id = ?"}) {
            QSqlQuery q(m_db.connection());
            q.prepare(QLatin1String(sql));
            q.addBindValue(id);
            if (auto r = Database::exec(q, tr("remove the token")); !r.ok())
                return r;
        }
        return {};
    });
}

Result<QStringList> TokenRepository::pendingIds()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM tokens WHERE state = 'pending'")))
        return Database::queryError(q, tr("look for unfinished tokens"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

Result<QList<TokenInfo>> TokenRepository::list(const TokenFilter& filter, const QDateTime& now)
{
    QString where = QStringLiteral(" WHERE t.state = 'ready'");
    QVariantList binds;
    if (filter.environment) {
        where += QStringLiteral(" AND t.environment = ?");
        binds.append(environmentName(*filter.environment));
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (filter.status) {
        switch (*filter.status) {
        case TokenStatus::Revoked:
            where += QStringLiteral(" AND t.revoked_at IS NOT NULL AND t.revoked_at <= ?");
            binds.append(nowMs);
            break;
        case TokenStatus::Expired:
            where += QStringLiteral(" AND (t.revoked_at IS NULL OR t.revoked_at > ?) AND t.expires_at IS NOT NULL"
                                    " AND t.expires_at <= ?");
            binds << nowMs << nowMs;
            break;
        case TokenStatus::Active:
            where += QStringLiteral(" AND (t.revoked_at IS NULL OR t.revoked_at > ?) AND (t.expires_at IS NULL"
                                    " OR t.expires_at > ?)");
            binds << nowMs << nowMs;
            break;
        }
    }

    QList<TokenInfo> tokens;
    QHash<QString, qsizetype> byId;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        QString columns = kColumns;
        columns.replace(QStringLiteral(", "), QStringLiteral(", t."));
        q.prepare(QStringLiteral("SELECT t.") + columns + QStringLiteral(" FROM tokens t") + where
                  + QStringLiteral(" ORDER BY t.created_at DESC, t.id"));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return Database::queryError(q, tr("read the tokens"));
        while (q.next()) {
            byId.insert(q.value(0).toString(), tokens.size());
            tokens.append(readToken(q));
        }
    }
    // Children in two queries over the same filter, grouped in memory: no N+1 round trips.
    auto attach = [&](const QString& table, const QString& column, QStringList TokenInfo::*member) -> Result<void> {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT c.token_id, c.") + column + QStringLiteral(" FROM ") + table
                  + QStringLiteral(" c JOIN tokens t ON t.id = c.token_id") + where
                  + QStringLiteral(" ORDER BY c.token_id, c.") + column);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return Database::queryError(q, tr("read the tokens"));
        while (q.next()) {
            const auto it = byId.constFind(q.value(0).toString());
            if (it != byId.constEnd())
                (tokens[*it].*member).append(q.value(1).toString());
        }
        return {};
    };
    if (auto r = attach(QStringLiteral("token_permissions"), QStringLiteral("permission"), &TokenInfo::permissions);
        !r.ok())
        return r.error();
    if (auto r = attach(QStringLiteral("token_ip_rules"), QStringLiteral("rule"), &TokenInfo::ipWhitelist); !r.ok())
        return r.error();
    return tokens;
}

Result<TokenInfo> TokenRepository::find(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tokens WHERE id = ? AND state = 'ready'"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("read the token"));
    if (!q.next())
        return makeError(QStringLiteral("token_not_found"), QStringLiteral("id"),
                         tr("No token has the id \"%1\". Run `monime-portal-cli list` to see the ids.").arg(id));
    TokenInfo t = readToken(q);
    QSqlQuery p(m_db.connection());
    p.prepare(QStringLiteral("SELECT permission FROM token_permissions WHERE token_id = ? ORDER BY permission"));
    p.addBindValue(id);
    if (!p.exec())
        return Database::queryError(p, tr("read the token"));
    while (p.next())
        t.permissions.append(p.value(0).toString());
    QSqlQuery ip(m_db.connection());
    ip.prepare(QStringLiteral("SELECT rule FROM token_ip_rules WHERE token_id = ? ORDER BY rule"));
    ip.addBindValue(id);
    if (!ip.exec())
        return Database::queryError(ip, tr("read the token"));
    while (ip.next())
        t.ipWhitelist.append(ip.value(0).toString());
    return t;
}

Result<std::optional<TokenInfo>> TokenRepository::findByDigest(const QString& digest)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM tokens WHERE secret_digest = ? AND state = 'ready'"));
    q.addBindValue(digest);
    if (!q.exec())
        return Database::queryError(q, tr("look up the token"));
    if (!q.next())
        return std::optional<TokenInfo>();
    auto token = find(q.value(0).toString());
    if (!token.ok())
        return token.error();
    return std::optional<TokenInfo>(std::move(token).value());
}

Result<QStringList> TokenRepository::names()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM tokens WHERE state = 'ready'")))
        return Database::queryError(q, tr("read the token names"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<void> TokenRepository::setRevoked(const QString& id, const QDateTime& at, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET revoked_at = ?, revoke_reason = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(reason);
    q.addBindValue(id);
    return Database::exec(q, tr("revoke the token"));
}

Result<void> TokenRepository::setLastUsed(const QString& id, const QDateTime& at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET last_used_at = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(id);
    return Database::exec(q, tr("record the token's last use"));
}

Result<void> TokenRepository::setLastTest(const QString& id, const QDateTime& at, const QString& result)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tokens SET last_tested_at = ?, last_test_result = ? WHERE id = ?"));
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(result);
    q.addBindValue(id);
    return Database::exec(q, tr("record the token's test result"));
}

} // namespace monime
