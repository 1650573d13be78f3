// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Catalog.h"
#include "domain/TokenSecret.h"
#include "store/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace monime {

/// Writes `n` ready tokens straight into the tables, as fast as one transaction allows.
inline void seed(Database& db, int n, const QString& owner)
{
    QSqlQuery q(db.connection());
    db.connection().transaction();
    q.prepare(QStringLiteral(
        "INSERT INTO tokens (id, owner_id, name, environment, api_release, created_at, expires_at, space_whitelist,"
        " secret_digest, hint, checksum_state, origin, state) VALUES (?, ?, ?, ?, 'caph.2025-08-23', ?, ?, ?, ?, ?,"
        " 'valid', 'created', 'ready')"));
    QSqlQuery p(db.connection());
    p.prepare(QStringLiteral("INSERT INTO token_permissions (token_id, permission) VALUES (?, ?)"));
    QSqlQuery ip(db.connection());
    ip.prepare(QStringLiteral("INSERT INTO token_ip_rules (token_id, rule) VALUES (?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList perms = Catalog::builtIn().permissions();
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("tok-bench%1").arg(i, 12, 10, QLatin1Char('0'));
        const bool live = i % 3 == 0;
        q.addBindValue(id);
        q.addBindValue(owner);
        q.addBindValue(QStringLiteral("Integration %1").arg(i));
        q.addBindValue(live ? QStringLiteral("live") : QStringLiteral("test"));
        q.addBindValue(now - qint64(i) * 60000);
        q.addBindValue(now + qint64(i % 400) * 86400000);
        q.addBindValue(live ? QVariant(QStringLiteral("spc-acme01")) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(TokenSecret::digest(QByteArray::number(i)));
        q.addBindValue(QStringLiteral("mon_test_\u2026%1").arg(i % 10000, 4, 10, QLatin1Char('0')));
        q.exec();
        for (int k = 0; k < 3; ++k) {
            p.addBindValue(id);
            p.addBindValue(perms.at((i + k * 7) % perms.size()));
            p.exec();
        }
        if (live) {
            ip.addBindValue(id);
            ip.addBindValue(QStringLiteral("203.0.113.0/24"));
            ip.exec();
        }
    }
    db.connection().commit();
}

} // namespace monime
