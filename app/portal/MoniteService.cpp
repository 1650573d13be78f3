// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/MoniteService.h"

#include "domain/TokenSecret.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace monime {

namespace {
const QLatin1String kKeyPrefix("monite:");

bool notFound(const Result<void>& r)
{
    return !r.ok() && r.error().code == QLatin1String("secret_not_found");
}
} // namespace

QList<MoniteTokenView> MoniteProfileView::liveTokens() const
{
    QList<MoniteTokenView> out;
    for (const MoniteTokenView& t : tokens)
        if (t.status == MoniteTokenStatus::Live || t.status == MoniteTokenStatus::RemintDue)
            out.append(t);
    return out;
}

/// What a test carries from one asynchronous step to the next.
struct MoniteService::TestRun
{
    MoniteProfile profile;
    MoniteAuthGrant grant;
    MoniteTestResult result;
    Callback<MoniteTestResult> done;
};

MoniteService::MoniteService(Database& database, SecretStore& secrets, const Clock& clock, MoniteApiClient& client,
                             QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_client(client)
    , m_repo(database)
{ }

QString MoniteService::clientSecretKey(const QString& profileId)
{
    return kKeyPrefix + profileId + QStringLiteral(":client-secret");
}

QString MoniteService::accessTokenKey(const QString& profileId, const MoniteAuthGrant& grant)
{
    return kKeyPrefix + profileId + QStringLiteral(":token:") + grant.key();
}

bool MoniteService::isMoniteKey(const QString& key)
{
    return key.startsWith(kKeyPrefix);
}

Result<void> MoniteService::history(const QString& profileId, const QString& action, const QString& detail)
{
    return m_repo.appendHistory(profileId, { m_clock.now().toUTC(), action, detail });
}

QString MoniteService::grantLabel(const MoniteProfile& profile, const MoniteAuthGrant& grant) const
{
    if (grant.isPartner())
        return tr("partner");
    for (const MoniteProfileUser& u : profile.entityUsers)
        if (u.id == grant.entityUserId && !u.label.isEmpty())
            return u.label;
    return grant.entityUserId;
}

MoniteTokenView MoniteService::viewOf(const MoniteProfile& profile, const MoniteTokenRecord& record,
                                      const QDateTime& now)
{
    MoniteTokenView v;
    v.grant = record.grant;
    v.label = record.grant.isPartner() ? QStringLiteral("partner") : record.grant.entityUserId;
    for (const MoniteProfileUser& u : profile.entityUsers)
        if (!record.grant.isPartner() && u.id == record.grant.entityUserId && !u.label.isEmpty())
            v.label = u.label;
    v.times = record.times;
    v.status = MoniteTokenText::statusOf(record.times, now);
    v.secondsLeft = record.times.secondsLeft(now);
    return v;
}

void MoniteService::addProfile(const MoniteProfileDraft& draft, const QByteArray& clientSecret,
                               Callback<MoniteProfile> done)
{
    auto validated = MoniteRules::validate(draft);
    Result<void> secretOk = MoniteRules::checkSecret(clientSecret);
    if (validated.ok() && !secretOk.ok())
        validated = secretOk.error();
    if (validated.ok()) {
        auto existing = m_repo.findByName(validated->name);
        if (existing.ok())
            validated = makeError(QStringLiteral("name_taken"), QStringLiteral("name"),
                                  tr("A Monite profile named \"%1\" exists already. Choose another name, or remove "
                                     "that profile first.")
                                      .arg(validated->name));
        else if (existing.error().code != QLatin1String("profile_not_found"))
            validated = existing.error();
    }
    if (!validated.ok())
        return failLater(validated.error(), done);
    MoniteProfile profile = validated.value();
    profile.id = TokenSecret::randomId(QLatin1String("mnp-"), 16);
    profile.createdAt = m_clock.now().toUTC();
    profile.secretSetAt = profile.createdAt;
    // Keychain first: a crash between the two leaves an orphan keychain item (doctor finds it), never a profile
    // whose secret is lost.
    QPointer<MoniteService> self(this);
    m_secrets.write(clientSecretKey(profile.id), clientSecret, [self, profile, done](Result<void> written) {
        if (!self)
            return;
        if (!written.ok())
            return done(written.error());
        auto inserted = self->m_repo.insert(profile);
        if (!inserted.ok()) {
            self->m_secrets.remove(clientSecretKey(profile.id), [](Result<void>) {});
            return done(inserted.error());
        }
        (void)self->history(profile.id, QStringLiteral("added"),
                            tr("Profile added: %1, client id %2, API version %3.")
                                .arg(profile.baseUrl.toString(), profile.clientId, profile.apiVersion));
        done(profile);
        Q_EMIT self->profilesChanged();
    });
}

Result<QList<MoniteProfileView>> MoniteService::profiles()
{
    auto list = m_repo.list();
    if (!list.ok())
        return list.error();
    auto tokens = m_repo.allTokens();
    if (!tokens.ok())
        return tokens.error();
    const QDateTime now = m_clock.now();
    QList<MoniteProfileView> out;
    for (const MoniteProfile& p : list.value()) {
        MoniteProfileView v { p, {} };
        for (const MoniteTokenRecord& r : tokens->value(p.id))
            v.tokens.append(viewOf(p, r, now));
        out.append(v);
    }
    return out;
}

Result<MoniteProfileDetails> MoniteService::show(const QString& name)
{
    auto profile = m_repo.findByName(name);
    if (!profile.ok())
        return profile.error();
    auto tokens = m_repo.tokens(profile->id);
    if (!tokens.ok())
        return tokens.error();
    auto lines = m_repo.history(profile->id);
    if (!lines.ok())
        return lines.error();
    MoniteProfileDetails d { { profile.value(), {} }, lines.value() };
    const QDateTime now = m_clock.now();
    for (const MoniteTokenRecord& r : tokens.value())
        d.view.tokens.append(viewOf(profile.value(), r, now));
    return d;
}

void MoniteService::removeProfile(const QString& name, Callback<MoniteProfile> done)
{
    auto profile = m_repo.findByName(name);
    auto tokens = profile.ok() ? m_repo.tokens(profile->id) : Result<QList<MoniteTokenRecord>>(profile.error());
    if (!tokens.ok())
        return failLater(tokens.error(), done);
    QStringList keys { clientSecretKey(profile->id) };
    for (const MoniteTokenRecord& r : tokens.value())
        keys.append(accessTokenKey(profile->id, r.grant));
    // Keychain items one by one (QtKeychain runs one job at a time), then the row: a keychain that refuses leaves
    // the profile whole.
    QPointer<MoniteService> self(this);
    const MoniteProfile p = profile.value();
    removeKeys(keys, [self, p, done](Result<void> removedKeys) {
        if (!self)
            return;
        if (!removedKeys.ok())
            return done(removedKeys.error());
        if (auto removed = self->m_repo.remove(p.id); !removed.ok())
            return done(removed.error());
        done(p);
        Q_EMIT self->profilesChanged();
    });
}

void MoniteService::removeKeys(QStringList keys, std::function<void(Result<void>)> done)
{
    if (keys.isEmpty())
        return done(Result<void>());
    const QString key = keys.takeFirst();
    QPointer<MoniteService> self(this);
    m_secrets.remove(key, [self, keys, done](Result<void> r) {
        if (!self)
            return;
        if (!r.ok() && !notFound(r))
            return done(r.error());
        self->removeKeys(keys, done);
    });
}

void MoniteService::replaceSecret(const QString& name, const QByteArray& clientSecret, Callback<MoniteProfile> done)
{
    auto profile = m_repo.findByName(name);
    Result<void> checked = profile.ok() ? MoniteRules::checkSecret(clientSecret) : Result<void>(profile.error());
    if (!checked.ok())
        return failLater(checked.error(), done);
    QPointer<MoniteService> self(this);
    MoniteProfile p = profile.value();
    m_secrets.write(clientSecretKey(p.id), clientSecret, [self, p, done](Result<void> written) mutable {
        if (!self)
            return;
        if (!written.ok())
            return done(written.error());
        p.secretSetAt = self->m_clock.now().toUTC();
        if (auto r = self->m_repo.setSecretSetAt(p.id, p.secretSetAt); !r.ok())
            return done(r.error());
        (void)self->history(p.id, QStringLiteral("secret_replaced"), tr("The client secret was replaced."));
        done(p);
        Q_EMIT self->profilesChanged();
    });
}

Result<MoniteAuthGrant> MoniteService::grantFor(const MoniteProfile& profile, const QString& entityUser) const
{
    if (entityUser.trimmed().isEmpty())
        return MoniteAuthGrant::partner();
    if (const MoniteProfileUser* u = profile.entityUser(entityUser))
        return MoniteAuthGrant::entityUser(u->id);
    auto id = MoniteRules::checkUuid(entityUser, QStringLiteral("entityUser"));
    if (!id.ok()) {
        QStringList known;
        for (const MoniteProfileUser& u : profile.entityUsers)
            known.append(u.label.isEmpty() ? u.id : u.label + QLatin1Char('=') + u.id);
        return makeError(
            QStringLiteral("unknown_entity_user"), QStringLiteral("entityUser"),
            tr("\"%1\" is neither an entity user of profile %2 nor a UUID. Known: %3.")
                .arg(entityUser, profile.name, known.isEmpty() ? tr("none") : known.join(QLatin1String(", "))));
    }
    return MoniteAuthGrant::entityUser(id.value());
}

Result<MoniteService::Target> MoniteService::resolve(const QString& name, const QString& entityUser)
{
    auto profile = m_repo.findByName(name);
    if (!profile.ok())
        return profile.error();
    auto grant = grantFor(profile.value(), entityUser);
    if (!grant.ok())
        return grant.error();
    auto tokens = m_repo.tokens(profile->id);
    if (!tokens.ok())
        return tokens.error();
    return Target { profile.value(), grant.value(), tokens.value() };
}

void MoniteService::mintToken(const QString& name, const QString& entityUser, Callback<MoniteMintedToken> done)
{
    auto target = resolve(name, entityUser);
    if (!target.ok())
        return failLater(target.error(), done);
    mint(target->profile, target->grant, std::move(done));
}

void MoniteService::mint(const MoniteProfile& profile, const MoniteAuthGrant& grant, Callback<MoniteMintedToken> done)
{
    QPointer<MoniteService> self(this);
    m_secrets.read(clientSecretKey(profile.id), [self, profile, grant, done](Result<QByteArray> secret) {
        if (!self)
            return;
        if (!secret.ok()) {
            if (secret.error().code == QLatin1String("secret_not_found"))
                return done(makeError(QStringLiteral("client_secret_missing"), QStringLiteral("clientSecret"),
                                      tr("The client secret of profile %1 is not in the keychain. Store it again "
                                         "with `monite secret %1`.")
                                          .arg(profile.name)));
            return done(secret.error());
        }
        const QByteArray clientSecret = secret.value();
        self->m_client.requestToken(
            endpointOf(profile), profile.clientId, clientSecret, grant,
            [self, profile, grant, clientSecret, done](Result<MoniteTokenResponse> answer) {
                if (!self)
                    return;
                if (!answer.ok()) {
                    (void)self->history(profile.id, QStringLiteral("token_failed"),
                                        self->grantLabel(profile, grant) + QStringLiteral(": ") + answer.error().code);
                    return done(answer.error());
                }
                // Expiry = the moment the answer arrived + expires_in.
                const MoniteTokenTimes times = MoniteTokenTimes::fromResponse(self->m_clock.now(), answer->expiresIn);
                const MoniteMintedToken minted { profile, grant, answer->accessToken, times, answer->requestId };
                // The token it replaces, if Monite may still accept it: revoked once the new one is kept, so a
                // re-mint never leaves a live token the app can no longer reach.
                self->m_secrets.read(
                    accessTokenKey(profile.id, grant), [self, minted, clientSecret, done](Result<QByteArray> previous) {
                        if (!self)
                            return;
                        self->keepMinted(minted, previous.ok() ? previous.value() : QByteArray(), clientSecret, done);
                    });
            });
    });
}

void MoniteService::keepMinted(const MoniteMintedToken& minted, const QByteArray& previous,
                               const QByteArray& clientSecret, const Callback<MoniteMintedToken>& done)
{
    QPointer<MoniteService> self(this);
    m_secrets.write(
        accessTokenKey(minted.profile.id, minted.grant), minted.accessToken,
        [self, minted, previous, clientSecret, done](Result<void> kept) {
            if (!self)
                return;
            const MoniteProfile& profile = minted.profile;
            const MoniteAuthGrant& grant = minted.grant;
            const MoniteTokenTimes& times = minted.times;
            if (!kept.ok())
                return done(makeError(
                    kept.error().code, QStringLiteral("keychain"),
                    tr("A token was got but could not be kept in the keychain, so it is not shown "
                       "(it expires by itself at %1 UTC): %2")
                        .arg(times.expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), kept.error().message)));
            const auto before = self->m_repo.tokens(profile.id);
            bool previousLive = false;
            if (before.ok() && !previous.isEmpty())
                for (const MoniteTokenRecord& r : before.value())
                    if (r.grant == grant && !r.times.revoked() && !r.times.expired(self->m_clock.now()))
                        previousLive = true;
            auto stored = self->m_db.transaction([&]() -> Result<void> {
                if (!grant.isPartner())
                    if (auto r = self->m_repo.addEntityUser(profile.id, { grant.entityUserId, {} }); !r.ok())
                        return r;
                if (auto r = self->m_repo.putToken(profile.id, { grant, times }); !r.ok())
                    return r;
                if (auto r = self->m_repo.setLastUsed(profile.id, times.receivedAt); !r.ok())
                    return r;
                return self->history(profile.id, QStringLiteral("token_minted"),
                                     tr("%1 token got; expires %2 UTC (in %3).")
                                         .arg(self->grantLabel(profile, grant),
                                              times.expiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                              MoniteTokenText::duration(times.lifetimeSecs())));
            });
            if (!stored.ok())
                return done(stored.error());
            if (previousLive) {
                const QString label = self->grantLabel(profile, grant);
                self->m_client.revokeToken(endpointOf(profile), profile.clientId, clientSecret, previous,
                                           [self, profile, label](Result<QString> revoked) {
                                               if (!self)
                                                   return;
                                               (void)self->history(
                                                   profile.id, QStringLiteral("token_revoked"),
                                                   revoked.ok() ? tr("The %1 token it replaced was revoked.").arg(label)
                                                                : tr("The %1 token it replaced could not be revoked "
                                                                     "(%2); it expires by itself.")
                                                                      .arg(label, revoked.error().code));
                                           });
            }
            done(minted);
            Q_EMIT self->tokenMinted(profile.name, grant.key(), times.expiresAt);
            Q_EMIT self->profilesChanged();
        });
}

void MoniteService::revokeToken(const QString& name, const QString& entityUser, Callback<MoniteRevokeResult> done)
{
    auto target = resolve(name, entityUser);
    if (!target.ok())
        return failLater(target.error(), done);
    const MoniteProfile p = target->profile;
    const MoniteAuthGrant g = target->grant;
    QPointer<MoniteService> self(this);
    // An expired token is dead at Monite already, and revoking needs a bearer Monite still accepts: forget it here
    // without asking (Monite would answer 401).
    for (const MoniteTokenRecord& r : target->tokens)
        if (r.grant == g && !r.times.revoked() && r.times.expired(m_clock.now())) {
            MoniteRevokeResult result { p, g,
                                        tr("The %1 token had expired; it is forgotten here (Monite no longer "
                                           "accepts it).")
                                            .arg(grantLabel(p, g)),
                                        true };
            QMetaObject::invokeMethod(
                this,
                [self, result, done] {
                    if (self)
                        self->forgetToken(result, done);
                },
                Qt::QueuedConnection);
            return;
        }
    m_secrets.read(accessTokenKey(p.id, g), [self, p, g, done](Result<QByteArray> token) {
        if (!self)
            return;
        if (!token.ok()) {
            if (token.error().code == QLatin1String("secret_not_found"))
                return done(makeError(QStringLiteral("no_token"), QStringLiteral("entityUser"),
                                      tr("Profile %1 holds no %2 token to revoke. Get one with `monite token %1`.")
                                          .arg(p.name, self->grantLabel(p, g))));
            return done(token.error());
        }
        self->m_secrets.read(
            clientSecretKey(p.id), [self, p, g, token = token.value(), done](Result<QByteArray> secret) {
                if (!self)
                    return;
                if (!secret.ok())
                    return done(secret.error().code == QLatin1String("secret_not_found") ? makeError(
                                    QStringLiteral("client_secret_missing"), QStringLiteral("clientSecret"),
                                    tr("The client secret of profile %1 is not in the keychain, and revoking "
                                       "needs it. Store it again with `monite secret %1`.")
                                        .arg(p.name))
                                                                                         : secret.error());
                self->m_client.revokeToken(endpointOf(p), p.clientId, secret.value(), token,
                                           [self, p, g, done](Result<QString> answer) {
                                               if (!self)
                                                   return;
                                               MoniteRevokeResult result { p, g, {}, false };
                                               if (!answer.ok()) {
                                                   // Monite's answer for a token already revoked, expired or unknown:
                                                   // it is dead either way.
                                                   if (answer.error().code != QLatin1String("monite_token_invalid"))
                                                       return done(answer.error());
                                                   result.alreadyInvalid = true;
                                                   result.message = answer.error().message;
                                               } else {
                                                   result.message = answer.value();
                                               }
                                               self->forgetToken(result, done);
                                           });
            });
    });
}

void MoniteService::forgetToken(const MoniteRevokeResult& result, const Callback<MoniteRevokeResult>& done)
{
    const MoniteProfile& p = result.profile;
    const MoniteAuthGrant& g = result.grant;
    const QDateTime now = m_clock.now().toUTC();
    auto stored = m_db.transaction([&]() -> Result<void> {
        if (auto r = m_repo.markRevoked(p.id, g, now); !r.ok())
            return r;
        if (auto r = m_repo.setLastUsed(p.id, now); !r.ok())
            return r;
        return history(
            p.id, QStringLiteral("token_revoked"),
            result.alreadyInvalid
                ? tr("%1 token forgotten: Monite said it was already revoked or expired.").arg(grantLabel(p, g))
                : tr("%1 token revoked.").arg(grantLabel(p, g)));
    });
    if (!stored.ok())
        return done(stored.error());
    QPointer<MoniteService> self(this);
    m_secrets.remove(accessTokenKey(p.id, g), [self, result, done](Result<void> removed) {
        if (!self)
            return;
        // The row says revoked either way; a token left in the keychain is dead, and doctor lists it.
        if (!removed.ok() && removed.error().code != QLatin1String("secret_not_found"))
            qWarning("monite: the revoked token's keychain item stays: %s", qPrintable(removed.error().message));
        done(result);
        Q_EMIT self->tokenRevoked(result.profile.name, result.grant.key());
        Q_EMIT self->profilesChanged();
    });
}

void MoniteService::test(const QString& name, const QString& entityUser, Callback<MoniteTestResult> done)
{
    auto target = resolve(name, entityUser);
    if (!target.ok())
        return failLater(target.error(), done);
    auto run = std::make_shared<TestRun>();
    run->profile = target->profile;
    run->grant = target->grant;
    run->result.grant = target->grant;
    run->done = std::move(done);
    for (const MoniteTokenRecord& r : target->tokens)
        if (r.grant == run->grant)
            run->result.times = r.times;

    QPointer<MoniteService> self(this);
    auto freshThenRun = [self, run] {
        if (!self)
            return;
        run->result.reminted = true;
        self->mint(run->profile, run->grant, [self, run](Result<MoniteMintedToken> minted) {
            if (!self)
                return;
            if (!minted.ok()) {
                const Error e = minted.error();
                return self->finishTest(run, &e);
            }
            run->result.times = minted->times;
            self->runTest(run, minted->accessToken, false);
        });
    };
    // A test that needs a token gets a fresh one when the one here is not usable or due for a re-mint.
    if (MoniteTokenText::statusOf(run->result.times, m_clock.now()) != MoniteTokenStatus::Live) {
        freshThenRun();
        return;
    }
    m_secrets.read(accessTokenKey(run->profile.id, run->grant), [self, run, freshThenRun](Result<QByteArray> token) {
        if (!self)
            return;
        if (!token.ok()) {
            if (token.error().code == QLatin1String("secret_not_found"))
                return freshThenRun();
            const Error e = token.error();
            return self->finishTest(run, &e);
        }
        self->runTest(run, token.value(), true);
    });
}

void MoniteService::runTest(std::shared_ptr<TestRun> run, const QByteArray& token, bool mayRemint)
{
    QPointer<MoniteService> self(this);
    const MoniteEndpoint endpoint = endpointOf(run->profile);
    // 401 to a token given earlier: it was revoked or expired elsewhere; one fresh token, one more try.
    auto failed = [self, run, mayRemint](const Error& e) {
        if (!self)
            return;
        if (mayRemint
            && (e.code == QLatin1String("monite_unauthorized") || e.code == QLatin1String("monite_token_invalid"))) {
            run->result.reminted = true;
            // Monite no longer accepts it: recorded as dead, so the re-mint does not try to revoke it.
            (void)self->m_repo.markRevoked(run->profile.id, run->grant, self->m_clock.now().toUTC());
            self->mint(run->profile, run->grant, [self, run](Result<MoniteMintedToken> minted) {
                if (!self)
                    return;
                if (!minted.ok()) {
                    const Error me = minted.error();
                    return self->finishTest(run, &me);
                }
                run->result.times = minted->times;
                self->runTest(run, minted->accessToken, false);
            });
            return;
        }
        self->finishTest(run, &e);
    };
    if (run->grant.isPartner()) {
        m_client.get(endpoint, token, QStringLiteral("/entities"), QStringLiteral("limit=1"), {},
                     [self, run, failed](Result<MoniteReply> reply) {
                         if (!self)
                             return;
                         if (!reply.ok())
                             return failed(reply.error());
                         run->result.httpStatus = reply->httpStatus;
                         run->result.requestId = reply->requestId;
                         run->result.elapsedMs += reply->elapsedMs;
                         const QJsonArray data = reply->body.object().value(QLatin1String("data")).toArray();
                         run->result.entitiesSeen = int(data.size());
                         run->result.firstEntityId = data.isEmpty()
                             ? QString()
                             : data.first().toObject().value(QLatin1String("id")).toString();
                         self->finishTest(run, nullptr);
                     });
        return;
    }
    m_client.get(endpoint, token, QStringLiteral("/entity_users/me"), {}, {},
                 [self, run, failed, token, endpoint](Result<MoniteReply> me) {
                     if (!self)
                         return;
                     if (!me.ok())
                         return failed(me.error());
                     run->result.httpStatus = me->httpStatus;
                     run->result.requestId = me->requestId;
                     run->result.elapsedMs += me->elapsedMs;
                     run->result.user = MoniteEntityUserInfo::fromJson(me->body.object());
                     self->m_client.get(endpoint, token, QStringLiteral("/entity_users/my_role"), {}, {},
                                        [self, run](Result<MoniteReply> role) {
                                            if (!self)
                                                return;
                                            if (!role.ok()) {
                                                const Error e = role.error();
                                                return self->finishTest(run, &e);
                                            }
                                            run->result.httpStatus = role->httpStatus;
                                            run->result.requestId = role->requestId;
                                            run->result.elapsedMs += role->elapsedMs;
                                            run->result.role = MoniteUserRole::fromJson(role->body.object());
                                            run->result.hasRole = true;
                                            self->finishTest(run, nullptr);
                                        });
                 });
}

void MoniteService::finishTest(std::shared_ptr<TestRun> run, const Error* error)
{
    const QDateTime now = m_clock.now().toUTC();
    run->result.explain(now, error);
    const QString stored = run->result.storedResult();
    (void)m_db.transaction([&]() -> Result<void> {
        if (auto r = m_repo.setLastTest(run->profile.id, now, run->result.ok, stored); !r.ok())
            return r;
        return history(run->profile.id, QStringLiteral("tested"), stored);
    });
    run->done(run->result);
    Q_EMIT testFinished(run->profile.name, run->result.ok, run->result.verdict);
    Q_EMIT profilesChanged();
}

void MoniteService::checkConsistency(Callback<MoniteConsistency> done)
{
    auto list = m_repo.list();
    if (!list.ok())
        return failLater(list.error(), done);
    QPointer<MoniteService> self(this);
    m_secrets.keys([self, profiles = list.value(), done](Result<QStringList> keys) {
        if (!self)
            return;
        MoniteConsistency report;
        if (!keys.ok()) {
            report.keychain = keys.error();
            return done(report);
        }
        QSet<QString> ids;
        for (const MoniteProfile& p : profiles)
            ids.insert(p.id);
        QSet<QString> held;
        for (const QString& key : keys.value()) {
            if (!isMoniteKey(key))
                continue;
            ++report.secrets;
            held.insert(key);
            const QString profileId = key.section(QLatin1Char(':'), 1, 1);
            if (!ids.contains(profileId))
                report.orphanSecrets.append(key);
        }
        for (const MoniteProfile& p : profiles)
            if (!held.contains(clientSecretKey(p.id)))
                report.missingClientSecrets.append(p.name);
        report.orphanSecrets.sort();
        done(report);
    });
}

} // namespace monime
