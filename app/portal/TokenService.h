// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Catalog.h"
#include "domain/ExpiryReminder.h"
#include "domain/TokenRules.h"
#include "store/AuditLog.h"
#include "store/ReminderRepository.h"
#include "store/SpaceRepository.h"
#include "store/TeamRepository.h"
#include "store/TokenRepository.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace monime {

class Database;
class SecretStore;

/// A token just made: its metadata, and the secret to show once.
struct CreatedToken
{
    TokenInfo token;
    QByteArray secret; ///< the only copy outside the keychain; show it once, then drop it
    QList<FieldIssue> warnings;
};

/// What `show` returns: the token and its history.
struct TokenDetails
{
    TokenInfo token;
    QList<AuditEntry> history;
    QHash<QString, QString> people; ///< Monimeer id → how others see them: who each history line's actor is
};

/// Whether the SQL store and the keychain agree: what `doctor` reports, with the command that repairs each.
struct ConsistencyReport
{
    QStringList pendingInFlight; ///< creates another live process is finishing
    QStringList pendingAbandoned; ///< left by a crash: the next start of any program rolls them back
    QList<TokenInfo> missingSecrets; ///< ready tokens whose secret is not in the keychain
    QStringList orphanSecrets; ///< keychain items named like a token id, with no row in this inventory
    std::optional<Error> keychain; ///< the keychain could not be listed: nothing was compared
    int secrets = 0; ///< keychain items of this app (any inventory)
    int rows = 0; ///< token rows, ready and pending
};

/// The use cases. Keeps the SQL store and the keychain consistent: a token is written as a `pending` row,
/// then its secret goes to the keychain, then the row becomes `ready`; `recoverPending()` at start undoes
/// whatever a crash left half-done. Asynchronous where the keychain is involved; callbacks run on the
/// caller's thread, exactly once.
class TokenService
{
    Q_DECLARE_TR_FUNCTIONS(monime::TokenService)

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    static constexpr int kMaxGraceHours = 24 * 30;

    TokenService(Database& database, SecretStore& secrets, const Clock& clock, const Catalog& catalog);

    /// Who is acting: on SQLite the local Monimeer (created on first use), owner of every token there; on a team
    /// database the member this PostgreSQL login is (an Error saying whom to ask when none). Every use case
    /// checks TeamPolicy with it.
    Result<Monimeer> monimeer();
    /// A team database whose connection was lost: connects again (nothing is retried; see Database::reconnect).
    Result<void> reconnect();
    /// Reads who you are again at the next use (after your role or email changed).
    void forgetMonimeer() { m_monimeer.reset(); }

    /// Rolls back tokens left `pending` by a crash (their writer process is gone; a create still in flight in
    /// another live process is left alone): deletes their keychain item (by its known key) and row.
    /// Reports how many were rolled back. Rows whose keychain item cannot be reached stay for the next start.
    void recoverPending(Callback<int> done);

    void create(const TokenDraft& draft, Callback<CreatedToken> done);
    /// Takes a token pasted from the real portal: checks its shape, keeps it in the keychain. The environment
    /// comes from the token's prefix; `draft.testMode` is ignored.
    void importToken(const QByteArray& secret, const TokenDraft& draft, Callback<CreatedToken> done);
    /// A new token with the same settings; the old one stays valid for `graceHours` (0: revoked at once).
    void rotate(const QString& id, int graceHours, Callback<CreatedToken> done);

    // Guided rotation, step by step: the new token is made, shown, tested and deployed before the old one goes.
    /// Makes the new token (same settings); the old one is untouched and not yet shown as replaced.
    void beginRotation(const QString& id, Callback<CreatedToken> done);
    /// The user confirmed the new token is deployed: it replaces the old one, which is revoked now or after
    /// `graceHours`. Returns the old token as it is now.
    Result<TokenInfo> finishRotation(const QString& oldId, const QString& newId, int graceHours);
    /// Abandoned midway: the new token is revoked (it was never deployed), the old one is untouched.
    Result<void> abandonRotation(const QString& oldId, const QString& newId);

    Result<QList<TokenInfo>> list(const TokenFilter& filter = {});
    /// Tokens used after `since` and when (the sandbox moves "last used").
    Result<QHash<QString, QDateTime>> usedSince(const QDateTime& since) { return m_tokens.usedSince(since); }
    /// Every token's name (for the wizard's duplicate-name warning), without loading the tokens.
    Result<QStringList> tokenNames();
    Result<TokenDetails> show(const QString& id);
    /// Revokes a token now: your own, or (owner, admin) anyone's with a reason; the history and the token name you.
    /// With `expectedVersion` (the version you were shown), a token edited since is not touched: the Error
    /// `stale_edit` says what it is now. Without it, the version read here is checked in the UPDATE.
    Result<TokenInfo> revoke(const QString& id, const QString& reason, std::optional<int> expectedVersion = {});
    /// The token whose secret has this SHA-256 digest (the leak scanner's lookup; no secret is read).
    Result<std::optional<TokenInfo>> findByDigest(const QString& digest) { return m_tokens.findByDigest(digest); }
    /// Keeps where a leak scan found token `id`, with a "leak found" history line for each new place. The Health
    /// check flags the token until it is revoked.
    Result<int> recordLeaks(const QString& id, const QStringList& locations);
    /// Every ready token's digest, for the leak scanner.
    Result<QSet<QString>> knownDigests() { return m_tokens.digests(); }
    /// The secret, read from the keychain (for the Test button and the sandbox client).
    void readSecret(const QString& id, Callback<QByteArray> done);

    /// Keeps a test's outcome with the token: last tested (now), the result, and a "tested" history line.
    Result<void> recordTest(const QString& id, bool passed, const QString& result, const QString& target);

    /// What a token made from `draft` could do where it may reach (its whitelisted Space, or all of yours):
    /// a warning when your roles there grant none of its permissions, or not all of them. Part of every
    /// create's warnings (the CLI prints them) and of the wizard's Review page.
    QList<FieldIssue> reachWarnings(const TokenDraft& draft);

    /// Compares the token rows with the keychain's items (their keys only: no secret is read).
    void checkConsistency(Callback<ConsistencyReport> done);
    /// Deletes the keychain item `id` when this inventory has no row of that id (a secret a lost create left).
    void forgetSecret(const QString& id, Callback<void> done);
    /// Whether the inventory file is damaged. Checked (SQLite's quick_check) whenever the file is small, and
    /// at any size when `suspicious` (an empty list, a failed read): an empty inventory must never be shown as
    /// if all were well when the file is broken. nullopt when sound (or when the check is skipped).
    std::optional<Error> damage(bool suspicious);
    static constexpr qint64 kAlwaysCheckBytes = 8 * 1024 * 1024;

    /// Expiry reminders due now that no program has sent yet: each token at its current stage (30, 7, 1 days
    /// before expiry, or expired since the last check), most urgent first. Imported tokens included.
    Result<QList<Reminder>> dueReminders();
    /// Records `reminder` as sent (and a "reminded" line in the token's history) before it is shown; false
    /// when another program on this inventory sent it first: then do not show it.
    Result<bool> claimReminder(const Reminder& reminder);
    /// Undoes a claim whose notification could not be shown, so the next check tries again.
    Result<void> releaseReminder(const Reminder& reminder);
    /// Marks now as the last check: a token expiring after it is reported as expired at the next one.
    Result<void> finishReminderCheck();

    Result<SpaceInfo> addSpace(const QString& id, const QString& name, const QString& role);
    Result<QList<SpaceInfo>> spaces();

    const Clock& clock() const { return m_clock; }
    const Catalog& catalog() const { return m_catalog; }
    /// Where the inventory is: for the Settings dialog, and for workers that open a connection of their own.
    QString databasePath() const;

private:
    /// A rotation's new token: the old one's settings, as long a life from now; not stored yet.
    struct Successor
    {
        TokenInfo previous;
        TokenInfo token;
        QByteArray secret;
    };
    Result<Successor> successorOf(const QString& id, int graceHours);
    /// Revokes `previous` now or after the grace period, naming its successor (in the caller's transaction).
    Result<void> replace(const TokenInfo& previous, const QString& newId, int graceHours);
    /// The shared tail of create, import and rotate.
    /// `onReady` runs in the transaction that marks the token ready (rotate revokes the old token there).
    void store(TokenInfo token, QByteArray secret, QList<FieldIssue> warnings, const QString& auditAction,
               const QString& auditDetail, Callback<CreatedToken> done, std::function<Result<void>()> onReady = {});
    Result<ValidToken> validated(const TokenDraft& draft, QList<FieldIssue>* warnings);
    QString newTokenId() const;
    /// Fills a token's owner and revoker labels from the last read of the team.
    void fillLabels(TokenInfo& token) const;
    /// How others see a person (reads the team again when the id is new).
    QString labelOf(const QString& monimeerId);
    /// Whether this person may change anything (not a viewer or former member).
    Result<void> mayWrite();
    /// On a team database: refused to a login that is not (or no longer) in the team, which reads nothing there.
    Result<void> mayRead();
    /// The refusal of an edit made on an older version, naming what the token is now.
    Error staleEdit(const TokenInfo& current) const;
    /// A new token's metadata from a validated draft: fresh id, created now, hint of `secret`.
    TokenInfo newToken(const ValidToken& valid, const QString& ownerId, const QByteArray& secret,
                       TokenOrigin origin) const;

    Database& m_db;
    SecretStore& m_secrets;
    const Clock& m_clock;
    const Catalog& m_catalog;
    TokenRepository m_tokens;
    SpaceRepository m_spaces;
    AuditLog m_audit;
    ReminderRepository m_reminders;
    TeamRepository m_team;
    std::optional<Monimeer> m_monimeer;
    QHash<QString, QString> m_labels; ///< Monimeer id → label
};

} // namespace monime

Q_DECLARE_METATYPE(monime::CreatedToken)
