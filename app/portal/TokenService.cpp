// SPDX-License-Identifier: GPL-3.0-or-later
#include "portal/TokenService.h"

#include "domain/EffectiveAccess.h"
#include "domain/TokenSecret.h"
#include "portal/FaultInjection.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QSet>

#include <memory>

namespace monime {

namespace {
QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("me") : name;
}
} // namespace

TokenService::TokenService(Database& database, SecretStore& secrets, const Clock& clock, const Catalog& catalog)
    : m_db(database)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_catalog(catalog)
    , m_tokens(database)
    , m_spaces(database)
    , m_audit(database)
    , m_reminders(database)
    , m_team(database)
{ }

Result<Monimeer> TokenService::monimeer()
{
    // Looked up (or created) once: every create, list of Spaces and import needs it.
    if (!m_monimeer) {
        auto me = m_spaces.localMonimeer(localUserName(), m_clock.now());
        if (!me.ok())
            return me;
        m_monimeer = me.value();
    }
    return *m_monimeer;
}

TokenInfo TokenService::newToken(const ValidToken& v, const QString& ownerId, const QByteArray& secret,
                                 TokenOrigin origin) const
{
    TokenInfo t;
    t.id = newTokenId();
    t.ownerId = ownerId;
    t.name = v.name;
    t.environment = v.environment;
    t.apiRelease = v.apiRelease;
    t.createdAt = m_clock.now().toUTC();
    t.expiresAt = v.expiresAt;
    t.permissions = v.permissions;
    t.spaceWhitelist = v.spaceWhitelist;
    t.ipWhitelist = v.ipWhitelist;
    t.hint = TokenSecret::hint(secret);
    t.checksum = ChecksumState::Valid;
    t.origin = origin;
    return t;
}

QString TokenService::newTokenId() const
{
    return TokenSecret::randomId(QLatin1String("tok-"), 20);
}

void TokenService::recoverPending(Callback<int> done)
{
    auto me = monimeer();
    if (!me.ok()) {
        done(me.error());
        return;
    }
    // On a team database, only this person's rows: another's unfinished create is theirs to roll back.
    auto pending = m_tokens.abandonedPendingIds(m_clock.now(), m_db.isPostgres() ? me->id : QString());
    if (!pending.ok()) {
        done(pending.error());
        return;
    }
    auto ids = std::make_shared<QStringList>(pending.value());
    auto recovered = std::make_shared<int>(0);
    // One keychain call at a time, as QtKeychain runs them anyway.
    auto step = std::make_shared<std::function<void()>>();
    *step = [this, ids, recovered, step, done]() {
        if (ids->isEmpty()) {
            done(*recovered);
            *step = nullptr; // break the cycle
            return;
        }
        const QString id = ids->takeFirst();
        m_secrets.remove(id, [this, id, recovered, step, done](Result<void> removed) {
            if (!removed.ok() && removed.error().code != QLatin1String("secret_not_found")) {
                done(removed.error());
                *step = nullptr;
                return;
            }
            if (auto r = m_tokens.remove(id); !r.ok()) {
                done(r.error());
                *step = nullptr;
                return;
            }
            (void)m_audit.append({ m_clock.now(), m_monimeer->id, QStringLiteral("rolled_back"), id,
                                   tr("An unfinished create was rolled back at start.") });
            ++*recovered;
            (*step)();
        });
    };
    (*step)();
}

Result<ValidToken> TokenService::validated(const TokenDraft& input, QList<FieldIssue>* warnings)
{
    TokenDraft draft = input;
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    // The Space whitelist may name a Space by id or by name; it must be one of the Monimeer's Spaces.
    if (!draft.spaceWhitelist.trimmed().isEmpty() && !draft.testMode) {
        auto space = m_spaces.find(me->id, draft.spaceWhitelist.trimmed());
        if (!space.ok())
            return space.error();
        if (!space.value()) {
            if (!TokenRules::isSpaceId(draft.spaceWhitelist.trimmed()))
                return TokenRules::checkSpaceId(draft.spaceWhitelist, QStringLiteral("spaceWhitelist")).error();
            return makeError(QStringLiteral("unknown_space"), QStringLiteral("spaceWhitelist"),
                             tr("No Space \"%1\" is known here. Add it first (monime-portal-cli space add %1 --name "
                                "NAME --role ROLE), or pick one of your Spaces.")
                                 .arg(draft.spaceWhitelist.trimmed()));
        }
        draft.spaceWhitelist = space.value()->id;
    }
    // Only this name matters for the duplicate warning: ask the store, not for every name.
    auto taken = m_tokens.nameTaken(draft.name.trimmed());
    if (!taken.ok())
        return taken.error();
    const DraftVerdict verdict = TokenRules::validate(
        draft, m_catalog, m_clock.now(), taken.value() ? QStringList { draft.name.trimmed() } : QStringList {});
    if (!verdict.ok())
        return verdict.firstError();
    if (warnings)
        *warnings = verdict.warnings + reachWarnings(draft);
    return verdict.token;
}

QList<FieldIssue> TokenService::reachWarnings(const TokenDraft& draft)
{
    auto me = monimeer();
    auto spaces = me.ok() ? m_spaces.list(me->id) : Result<QList<SpaceInfo>>(me.error());
    if (!spaces.ok() || spaces->isEmpty() || draft.permissions.isEmpty())
        return {};
    TokenInfo t;
    t.environment = draft.testMode ? Environment::Test : Environment::Live;
    t.permissions = draft.permissions;
    if (!draft.testMode && !draft.spaceWhitelist.trimmed().isEmpty()) {
        auto space = m_spaces.find(me->id, draft.spaceWhitelist.trimmed());
        if (!space.ok() || !space.value())
            return {}; // the rules report an unknown Space themselves
        t.spaceWhitelist = space.value()->id;
    }
    QList<SpaceRef> refs;
    QStringList reachable;
    for (const SpaceInfo& s : spaces.value()) {
        refs.append({ s.id, s.name, s.role });
        if (t.spaceWhitelist.isEmpty() || t.spaceWhitelist == s.id)
            reachable.append(tr("%1 (role %2)").arg(s.name, s.role.isEmpty() ? tr("none") : s.role));
    }
    QSet<QString> usable;
    for (const SpaceAccess& a : effectiveAccess(t, refs, m_catalog, m_clock.now()))
        for (const auto& [permission, grant] : a.permissions)
            if (grant == Grant::Granted)
                usable.insert(permission);
    QStringList unusable;
    for (const QString& p : draft.permissions)
        if (!usable.contains(p))
            unusable.append(p);
    if (unusable.isEmpty())
        return {};
    const QString where = reachable.join(QLatin1String(", "));
    if (usable.isEmpty())
        return { FieldIssue { QStringLiteral("permissions"), QStringLiteral("token_can_do_nothing"),
                              tr("This token could do nothing: in the Spaces it may reach (%1), your roles grant none "
                                 "of its permissions. Ask for a role that has them, or choose other permissions or "
                                 "another Space.")
                                  .arg(where) } };
    return { FieldIssue { QStringLiteral("permissions"), QStringLiteral("token_can_do_less"),
                          tr("This token can do less than asked: in the Spaces it may reach (%1), your roles grant "
                             "none of %2. Those permissions would be refused.")
                              .arg(where, unusable.join(QLatin1String(", "))) } };
}

void TokenService::create(const TokenDraft& draft, Callback<CreatedToken> done)
{
    if (auto allowed = mayWrite(); !allowed.ok()) {
        done(allowed.error());
        return;
    }
    QList<FieldIssue> warnings;
    auto valid = validated(draft, &warnings);
    if (!valid.ok()) {
        done(valid.error());
        return;
    }
    auto me = monimeer();
    if (!me.ok()) {
        done(me.error());
        return;
    }
    const ValidToken& v = valid.value();
    const QByteArray secret = TokenSecret::generate(v.environment);
    TokenInfo t = newToken(v, me->id, secret, TokenOrigin::Created);
    store(std::move(t), secret, warnings, QStringLiteral("created"),
          tr("%1 token created; permissions: %2").arg(environmentName(v.environment), v.permissions.join(u' ')),
          std::move(done));
}

void TokenService::store(TokenInfo token, QByteArray secret, QList<FieldIssue> warnings, const QString& auditAction,
                         const QString& auditDetail, Callback<CreatedToken> done, std::function<Result<void>()> onReady)
{
    if (auto r = m_tokens.insertPending(token, TokenSecret::digest(secret)); !r.ok()) {
        done(r.error());
        return;
    }
    faultPoint("create:after-pending");
    const QString id = token.id;
    m_secrets.write(id, secret,
                    [this, token = std::move(token), secret, warnings = std::move(warnings), auditAction, auditDetail,
                     done = std::move(done), onReady = std::move(onReady)](Result<void> written) mutable {
                        if (!written.ok()) {
                            // Nothing may stay half-written: the row goes, the error names the keychain.
                            (void)m_tokens.remove(token.id);
                            done(written.error());
                            return;
                        }
                        faultPoint("create:after-keychain");
                        // Ready, its history line and whatever the caller adds (rotate: revoking the old
                        // token) commit together, or not at all.
                        auto ready = m_db.transaction([&]() -> Result<void> {
                            if (auto r = m_tokens.markReady(token.id); !r.ok())
                                return r;
                            if (auto r
                                = m_audit.append({ m_clock.now(), m_monimeer->id, auditAction, token.id, auditDetail });
                                !r.ok())
                                return r;
                            return onReady ? onReady() : Result<void>();
                        });
                        if (!ready.ok()) {
                            m_secrets.remove(token.id, [](Result<void>) {});
                            (void)m_tokens.remove(token.id);
                            done(ready.error());
                            return;
                        }
                        done(CreatedToken { std::move(token), std::move(secret), std::move(warnings) });
                    });
}

void TokenService::importToken(const QByteArray& rawSecret, const TokenDraft& input, Callback<CreatedToken> done)
{
    if (auto allowed = mayWrite(); !allowed.ok()) {
        done(allowed.error());
        return;
    }
    const QByteArray secret = rawSecret.trimmed();
    auto parsed = TokenSecret::parse(secret);
    if (!parsed.ok()) {
        done(parsed.error());
        return;
    }
    TokenDraft draft = input;
    draft.testMode = parsed->environment == Environment::Test;
    QList<FieldIssue> warnings;
    auto valid = validated(draft, &warnings);
    if (!valid.ok()) {
        done(valid.error());
        return;
    }
    auto me = monimeer();
    if (!me.ok()) {
        done(me.error());
        return;
    }
    auto existing = m_tokens.findByDigest(TokenSecret::digest(secret));
    if (!existing.ok()) {
        done(existing.error());
        return;
    }
    if (existing.value()) {
        done(makeError(QStringLiteral("token_exists"), QStringLiteral("token"),
                       tr("This token is already in the inventory as \"%1\" (%2, %3's); it was not imported twice.")
                           .arg(existing.value()->name, existing.value()->id, labelOf(existing.value()->ownerId))));
        return;
    }
    const ValidToken& v = valid.value();
    TokenInfo t = newToken(v, me->id, secret, TokenOrigin::Imported);
    t.checksum = parsed->checksum;
    store(std::move(t), secret, warnings, QStringLiteral("imported"),
          tr("%1 token imported; permissions: %2").arg(environmentName(v.environment), v.permissions.join(u' ')),
          std::move(done));
}

Result<TokenService::Successor> TokenService::successorOf(const QString& id, int graceHours)
{
    if (graceHours < 0 || graceHours > kMaxGraceHours)
        return makeError(QStringLiteral("invalid_grace"), QStringLiteral("grace"),
                         tr("The grace period must be between 0 and %1 hours (30 days).").arg(kMaxGraceHours));
    auto old = m_tokens.find(id);
    if (!old.ok())
        return old.error();
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    if (auto allowed = TeamPolicy::rotate(me->actor(), old->ownerId, labelOf(old->ownerId)); !allowed.ok())
        return allowed.error();
    const QDateTime now = m_clock.now().toUTC();
    const TokenInfo previous = old.value();
    if (previous.revokedAt.isValid())
        return makeError(QStringLiteral("token_revoked"), QStringLiteral("id"),
                         previous.status(now) == TokenStatus::Revoked
                             ? tr("Token %1 was revoked on %2; a revoked token cannot be rotated. Create a new one.")
                                   .arg(id, previous.revokedAt.toString(Qt::ISODate))
                             : tr("Token %1 is already being rotated (it will be revoked on %2).")
                                   .arg(id, previous.revokedAt.toString(Qt::ISODate)));
    TokenDraft draft;
    draft.name = previous.name;
    draft.testMode = previous.environment == Environment::Test;
    draft.apiRelease = previous.apiRelease;
    draft.permissions = previous.permissions;
    draft.spaceWhitelist = previous.spaceWhitelist;
    draft.ipWhitelist = previous.ipWhitelist;
    draft.keepsStoredIpWhitelist = true;
    // The new token lives as long as the old one was meant to: the same span, from now.
    if (!draft.testMode) {
        if (!previous.expiresAt.isValid())
            draft.expiry = ExpiryChoice::never();
        else
            draft.expiry = ExpiryChoice::at(now.addMSecs(
                qMax<qint64>(previous.createdAt.msecsTo(previous.expiresAt), 2 * Expiry::kMinimumCustomSecs * 1000)));
    }
    QList<FieldIssue> ignored;
    auto valid = validated(draft, &ignored);
    if (!valid.ok())
        return valid.error();
    Successor next;
    next.previous = previous;
    next.secret = TokenSecret::generate(valid->environment);
    next.token = newToken(valid.value(), previous.ownerId, next.secret, TokenOrigin::Rotated);
    return next;
}

Result<void> TokenService::replace(const TokenInfo& previous, const QString& newId, int graceHours)
{
    const QDateTime now = m_clock.now().toUTC();
    const QDateTime revokeAt = now.addSecs(qint64(graceHours) * 3600);
    // Never postpones a revocation: revoked meanwhile, the old token stays revoked as it was.
    auto set = m_tokens.setRevoked(previous.id, revokeAt, tr("rotated to %1").arg(newId), m_monimeer->id);
    if (!set.ok())
        return set.error();
    if (set.value() != EditOutcome::Done)
        return {};
    return m_audit.append({ now, m_monimeer->id, QStringLiteral("rotated"), previous.id,
                            graceHours > 0
                                ? tr("replaced by %1; stays valid until %2").arg(newId, revokeAt.toString(Qt::ISODate))
                                : tr("replaced by %1; revoked at once").arg(newId) });
}

void TokenService::rotate(const QString& id, int graceHours, Callback<CreatedToken> done)
{
    auto next = successorOf(id, graceHours);
    if (!next.ok()) {
        done(next.error());
        return;
    }
    Successor s = std::move(next).value();
    s.token.rotatedFrom = s.previous.id;
    const QString newId = s.token.id;
    const TokenInfo previous = s.previous;
    store(std::move(s.token), s.secret, {}, QStringLiteral("rotated"), tr("replaces %1").arg(previous.id),
          std::move(done),
          [this, previous, graceHours, newId]() -> Result<void> { return replace(previous, newId, graceHours); });
}

void TokenService::beginRotation(const QString& id, Callback<CreatedToken> done)
{
    auto next = successorOf(id, 0);
    if (!next.ok()) {
        done(next.error());
        return;
    }
    Successor s = std::move(next).value();
    const TokenInfo previous = s.previous;
    const QString newId = s.token.id;
    // Not linked to the old token yet (rotated_from stays empty): until the user confirms it is deployed, the
    // old token is untouched and is not shown as replaced.
    store(std::move(s.token), s.secret, {}, QStringLiteral("rotation started"),
          tr("made by a guided rotation of %1; not deployed yet").arg(previous.id), std::move(done),
          [this, previous, newId]() -> Result<void> {
              return m_audit.append(
                  { m_clock.now().toUTC(), m_monimeer->id, QStringLiteral("rotation started"), previous.id,
                    tr("new token %1 made; this token stays valid until the rotation is confirmed").arg(newId) });
          });
}

Result<TokenInfo> TokenService::finishRotation(const QString& oldId, const QString& newId, int graceHours)
{
    if (graceHours < 0 || graceHours > kMaxGraceHours)
        return makeError(QStringLiteral("invalid_grace"), QStringLiteral("grace"),
                         tr("The grace period must be between 0 and %1 hours (30 days).").arg(kMaxGraceHours));
    auto previous = m_tokens.find(oldId);
    if (!previous.ok())
        return previous.error();
    auto next = m_tokens.find(newId);
    if (!next.ok())
        return next.error();
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    if (auto allowed = TeamPolicy::rotate(me->actor(), previous->ownerId, labelOf(previous->ownerId)); !allowed.ok())
        return allowed.error();
    const QDateTime now = m_clock.now().toUTC();
    if (next->status(now) != TokenStatus::Active || next->revokedAt.isValid())
        return makeError(QStringLiteral("token_revoked"), QStringLiteral("id"),
                         tr("The new token %1 is no longer active; the rotation cannot be confirmed. %2 is "
                            "untouched.")
                             .arg(newId, oldId));
    if (auto r = m_db.transaction([&]() -> Result<void> {
            auto linked = m_tokens.setRotatedFrom(newId, oldId);
            if (!linked.ok())
                return linked.error();
            if (!linked.value())
                return makeError(QStringLiteral("rotation_done"), QStringLiteral("id"),
                                 tr("Token %1 already replaces another token; nothing was changed.").arg(newId));
            if (auto replaced = replace(previous.value(), newId, graceHours); !replaced.ok())
                return replaced;
            return m_audit.append({ now, m_monimeer->id, QStringLiteral("rotated"), newId,
                                    tr("deployed (confirmed by the owner); replaces %1").arg(oldId) });
        });
        !r.ok())
        return r.error();
    return m_tokens.find(oldId);
}

Result<void> TokenService::abandonRotation(const QString& oldId, const QString& newId)
{
    auto revoked = revoke(newId, tr("guided rotation of %1 abandoned before the new token was deployed").arg(oldId));
    if (!revoked.ok() && revoked.error().code != QLatin1String("already_revoked"))
        return revoked.error();
    auto previous = m_tokens.find(oldId);
    if (!previous.ok())
        return previous.error();
    return m_audit.append({ m_clock.now().toUTC(), m_monimeer->id, QStringLiteral("rotation abandoned"), oldId,
                            tr("the new token %1 was revoked; this token is untouched").arg(newId) });
}

Result<QStringList> TokenService::tokenNames()
{
    return m_tokens.names();
}

Result<QList<TokenInfo>> TokenService::list(const TokenFilter& filter)
{
    if (auto allowed = mayRead(); !allowed.ok())
        return allowed.error();
    auto tokens = m_tokens.list(filter, m_clock.now());
    if (!tokens.ok())
        return tokens;
    // A few people, many tokens: the labels once, then a lookup per token (no join in the 100,000-row read).
    if (auto labels = m_team.labels(); labels.ok()) {
        m_labels = std::move(labels).value();
        for (TokenInfo& t : tokens.value())
            fillLabels(t);
    }
    return tokens;
}

void TokenService::fillLabels(TokenInfo& t) const
{
    t.ownerLabel = m_labels.value(t.ownerId, t.ownerId);
    if (!t.revokedBy.isEmpty())
        t.revokedByLabel = m_labels.value(t.revokedBy, t.revokedBy);
}

QString TokenService::labelOf(const QString& monimeerId)
{
    if (!m_labels.contains(monimeerId))
        if (auto labels = m_team.labels(); labels.ok())
            m_labels = std::move(labels).value();
    return m_labels.value(monimeerId, monimeerId);
}

Result<void> TokenService::mayRead()
{
    // Row-level security shows a stranger an empty inventory: say why instead of listing nothing.
    if (!m_db.isPostgres())
        return {};
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    return TeamPolicy::read(me->actor());
}

Result<void> TokenService::mayWrite()
{
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    return TeamPolicy::write(me->actor());
}

Result<TokenDetails> TokenService::show(const QString& id)
{
    if (auto allowed = mayRead(); !allowed.ok())
        return allowed.error();
    auto token = m_tokens.find(id);
    if (!token.ok())
        return token.error();
    auto history = m_audit.entries(id);
    if (!history.ok())
        return history.error();
    labelOf(token->ownerId); // refreshes the labels when someone new appears
    TokenDetails details { std::move(token).value(), std::move(history).value(), {} };
    fillLabels(details.token);
    details.people = m_labels;
    return details;
}

Result<QList<Reminder>> TokenService::dueReminders()
{
    auto tokens = list();
    if (!tokens.ok())
        return tokens.error();
    auto sent = m_reminders.sent();
    if (!sent.ok())
        return sent.error();
    auto lastCheck = m_reminders.lastCheck();
    if (!lastCheck.ok())
        return lastCheck.error();
    const QDateTime now = m_clock.now().toUTC();
    QList<Reminder> due;
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    for (const TokenInfo& t : tokens.value()) {
        if (t.ownerId != me->id) // a teammate's token reminds its owner
            continue;
        const std::optional<ReminderStage> stage = ExpiryReminder::stageOf(t, now, lastCheck.value());
        if (stage && !sent->contains(ReminderRepository::key(t.id, ExpiryReminder::stageName(*stage))))
            due.append(Reminder { t, *stage });
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const Reminder& a, const Reminder& b) { return a.token.expiresAt < b.token.expiresAt; });
    return due;
}

Result<bool> TokenService::claimReminder(const Reminder& reminder)
{
    const QDateTime now = m_clock.now().toUTC();
    bool claimed = false;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto c = m_reminders.claim(reminder.token.id, ExpiryReminder::stageName(reminder.stage), now);
        if (!c.ok())
            return c.error();
        claimed = c.value();
        if (!claimed)
            return {};
        return m_audit.append({ now, m_monimeer->id, QStringLiteral("reminded"), reminder.token.id,
                                ExpiryReminder::title(reminder, now) });
    });
    if (!r.ok())
        return r.error();
    return claimed;
}

Result<void> TokenService::releaseReminder(const Reminder& reminder)
{
    return m_reminders.release(reminder.token.id, ExpiryReminder::stageName(reminder.stage));
}

Result<void> TokenService::finishReminderCheck()
{
    return m_reminders.setLastCheck(m_clock.now().toUTC());
}

Result<int> TokenService::recordLeaks(const QString& id, const QStringList& locations)
{
    if (auto allowed = mayWrite(); !allowed.ok())
        return allowed.error();
    auto token = m_tokens.find(id);
    if (!token.ok())
        return token.error();
    const QDateTime now = m_clock.now().toUTC();
    int added = 0;
    if (auto r = m_db.transaction([&]() -> Result<void> {
            for (const QString& location : locations) {
                auto recorded = m_tokens.recordLeak(id, location, now);
                if (!recorded.ok())
                    return recorded.error();
                if (!recorded.value())
                    continue;
                ++added;
                if (auto a = m_audit.append({ now, m_monimeer->id, QStringLiteral("leak_found"), id, location });
                    !a.ok())
                    return a;
            }
            return {};
        });
        !r.ok())
        return r.error();
    return added;
}

Result<TokenInfo> TokenService::revoke(const QString& id, const QString& rawReason, std::optional<int> expectedVersion)
{
    auto token = m_tokens.find(id);
    if (!token.ok())
        return token.error();
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    labelOf(token->ownerId);
    fillLabels(token.value());
    if (auto allowed = TeamPolicy::revoke(me->actor(), token->ownerId, token->ownerLabel, rawReason); !allowed.ok())
        return allowed.error();
    const QDateTime now = m_clock.now().toUTC();
    if (expectedVersion && token->version != *expectedVersion)
        return staleEdit(token.value());
    if (token->status(now) == TokenStatus::Revoked)
        return makeError(QStringLiteral("already_revoked"), QStringLiteral("id"),
                         tr("Token %1 was already revoked on %2 (%3). Nothing was changed.")
                             .arg(id, token->revokedAt.toString(Qt::ISODate), token->revokeReason));
    const QString reason = rawReason.trimmed().isEmpty() ? tr("revoked by the owner") : rawReason.trimmed();
    // Checked in the UPDATE itself: between the read above and this write another program may have edited it.
    const int seen = expectedVersion.value_or(token->version);
    if (auto r = m_db.transaction([&]() -> Result<void> {
            auto set = m_tokens.setRevoked(id, now, reason, me->id, seen);
            if (!set.ok())
                return set.error();
            if (set.value() == EditOutcome::Stale) {
                auto current = m_tokens.find(id);
                if (!current.ok())
                    return current.error();
                labelOf(current->revokedBy);
                fillLabels(current.value());
                return staleEdit(current.value());
            }
            if (set.value() == EditOutcome::Unchanged)
                return makeError(QStringLiteral("already_revoked"), QStringLiteral("id"),
                                 tr("Token %1 was revoked meanwhile. Nothing was changed.").arg(id));
            return m_audit.append({ now, me->id, QStringLiteral("revoked"), id, reason });
        });
        !r.ok())
        return r.error();
    TokenInfo revoked = std::move(token).value();
    revoked.revokedAt = now;
    revoked.revokeReason = reason;
    revoked.revokedBy = me->id;
    revoked.revokedByLabel = me->label();
    revoked.version = seen + 1;
    return revoked;
}

Error TokenService::staleEdit(const TokenInfo& current) const
{
    const QDateTime now = m_clock.now().toUTC();
    QString state = statusText(current, now);
    if (current.revokedAt.isValid() && !current.revokedByLabel.isEmpty())
        state = tr("%1, revoked by %2: %3").arg(state, current.revokedByLabel, current.revokeReason);
    return makeError(QStringLiteral("stale_edit"), QStringLiteral("version"),
                     tr("Token %1 was changed by someone else since you loaded it (it is at version %2 now: %3). "
                        "Nothing was changed; look at its current state, then decide again.")
                         .arg(current.id)
                         .arg(current.version)
                         .arg(state));
}

void TokenService::readSecret(const QString& id, Callback<QByteArray> done)
{
    auto token = m_tokens.find(id);
    if (!token.ok()) {
        done(token.error());
        return;
    }
    auto me = monimeer();
    if (!me.ok()) {
        done(me.error());
        return;
    }
    // Another's token: its secret is in their keychain, never in ours; say so rather than fail at the keychain.
    if (auto allowed = TeamPolicy::test(me->actor(), token->ownerId, labelOf(token->ownerId)); !allowed.ok()) {
        done(allowed.error());
        return;
    }
    m_secrets.read(id, std::move(done));
}

Result<void> TokenService::recordTest(const QString& id, bool passed, const QString& result, const QString& target)
{
    auto token = m_tokens.find(id);
    if (!token.ok())
        return token.error();
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    if (auto allowed = TeamPolicy::test(me->actor(), token->ownerId, labelOf(token->ownerId)); !allowed.ok())
        return allowed.error();
    const QDateTime now = m_clock.now().toUTC();
    return m_db.transaction([&]() -> Result<void> {
        if (auto set = m_tokens.setLastTest(id, now, passed, result); !set.ok())
            return set;
        return m_audit.append({ now, me->id, QStringLiteral("tested"), id, target + QStringLiteral(": ") + result });
    });
}

void TokenService::checkConsistency(Callback<ConsistencyReport> done)
{
    auto states = m_tokens.rowStates();
    if (!states.ok()) {
        done(states.error());
        return;
    }
    auto abandoned = m_tokens.abandonedPendingIds(m_clock.now());
    if (!abandoned.ok()) {
        done(abandoned.error());
        return;
    }
    m_secrets.keys([this, states = states.value(), abandoned = abandoned.value(), done](Result<QStringList> keys) {
        ConsistencyReport report;
        report.rows = int(states.size());
        for (auto it = states.begin(); it != states.end(); ++it) {
            if (it.value() != QLatin1String("pending"))
                continue;
            (abandoned.contains(it.key()) ? report.pendingAbandoned : report.pendingInFlight).append(it.key());
        }
        report.pendingAbandoned.sort();
        report.pendingInFlight.sort();
        if (!keys.ok()) {
            report.keychain = keys.error();
            done(report);
            return;
        }
        const QSet<QString> held(keys->begin(), keys->end());
        report.secrets = int(held.size());
        for (const QString& key : keys.value())
            if (key.startsWith(QLatin1String("tok-")) && !states.contains(key))
                report.orphanSecrets.append(key);
        QStringList missing;
        for (auto it = states.begin(); it != states.end(); ++it)
            if (it.value() == QLatin1String("ready") && !held.contains(it.key()))
                missing.append(it.key());
        missing.sort();
        for (const QString& id : std::as_const(missing)) {
            auto token = m_tokens.find(id);
            if (token.ok())
                report.missingSecrets.append(token.value());
        }
        done(report);
    });
}

void TokenService::forgetSecret(const QString& id, Callback<void> done)
{
    auto states = m_tokens.rowStates();
    if (!states.ok()) {
        done(states.error());
        return;
    }
    if (states->contains(id)) {
        done(makeError(QStringLiteral("token_exists"), QStringLiteral("id"),
                       tr("Token %1 is in this inventory: its secret is not left over and was kept. To end the "
                          "token, revoke it.")
                           .arg(id)));
        return;
    }
    m_secrets.remove(id, [this, id, done](Result<void> removed) {
        if (removed.ok())
            (void)m_audit.append({ m_clock.now(), QString(), QStringLiteral("secret_forgotten"), id,
                                   tr("A keychain item with no token in this inventory was deleted.") });
        done(removed);
    });
}

Result<void> TokenService::reconnect()
{
    return m_db.reconnect();
}

QString TokenService::databasePath() const
{
    return m_db.path();
}

std::optional<Error> TokenService::damage(bool suspicious)
{
    const bool large = QFileInfo(m_db.path()).size() > kAlwaysCheckBytes;
    if (!suspicious && large)
        return std::nullopt;
    // The full check (index entries against their tables, too) when the file is small enough to be quick.
    auto checked = m_db.checkIntegrity(large);
    if (!checked.ok())
        return Database::isDamage(checked.error()) ? std::optional<Error>(checked.error()) : std::nullopt;
    if (checked->ok)
        return std::nullopt;
    return makeError(QStringLiteral("database_damaged"), QStringLiteral("database"),
                     tr("The inventory %1 is damaged (SQLite: %2). What is shown may be incomplete. Run "
                        "`monime-portal-cli doctor` to see what is affected, and restore the file from a backup.")
                         .arg(m_db.path(), checked->problems.value(0)));
}

Result<SpaceInfo> TokenService::addSpace(const QString& rawId, const QString& rawName, const QString& rawRole)
{
    if (auto allowed = mayWrite(); !allowed.ok())
        return allowed.error();
    auto id = TokenRules::checkSpaceId(rawId, QStringLiteral("space"));
    if (!id.ok())
        return id.error();
    const QString name = rawName.trimmed().isEmpty() ? id.value() : rawName.trimmed();
    if (auto issue = TokenRules::checkName(name))
        return makeError(issue->code, QStringLiteral("name"), issue->message);
    const SpaceRole* role = m_catalog.role(rawRole.trimmed());
    if (!role)
        return makeError(QStringLiteral("unknown_role"), QStringLiteral("role"),
                         tr("\"%1\" is not a Space role. Choose one of: %2.")
                             .arg(rawRole, m_catalog.roleIds().join(QLatin1String(", "))));
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    const SpaceInfo space { id.value(), name, role->id, m_clock.now().toUTC() };
    if (auto r = m_spaces.upsert(me->id, space); !r.ok())
        return r.error();
    return space;
}

Result<QList<SpaceInfo>> TokenService::spaces()
{
    auto me = monimeer();
    if (!me.ok())
        return me.error();
    return m_spaces.list(me->id);
}

} // namespace monime
