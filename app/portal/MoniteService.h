// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/MoniteApiClient.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "domain/MoniteProfile.h"
#include "domain/MoniteToken.h"
#include "domain/MoniteUserRole.h"
#include "store/MoniteRepository.h"

#include <QObject>

#include <functional>
#include <optional>

namespace monime {

class Database;
class SecretStore;

/// One grant's token of a profile as of a given instant: what a list row or a countdown shows.
struct MoniteTokenView
{
    MoniteAuthGrant grant;
    QString label; ///< "partner", or the entity user's label (else its id)
    MoniteTokenTimes times;
    MoniteTokenStatus status = MoniteTokenStatus::None;
    qint64 secondsLeft = 0;
};

/// A profile with the state of its tokens (never a secret).
struct MoniteProfileView
{
    MoniteProfile profile;
    QList<MoniteTokenView> tokens;
    /// The live (or re-mint due) tokens only.
    QList<MoniteTokenView> liveTokens() const;
};

struct MoniteProfileDetails
{
    MoniteProfileView view;
    QList<MoniteHistoryEntry> history;
};

/// A token just got: the only copy outside the keychain. Show it once (or put it on the guarded clipboard), then
/// drop it.
struct MoniteMintedToken
{
    MoniteProfile profile;
    MoniteAuthGrant grant;
    QByteArray accessToken;
    MoniteTokenTimes times;
    QString requestId;
};

struct MoniteRevokeResult
{
    MoniteProfile profile;
    MoniteAuthGrant grant;
    QString message; ///< the server's, or ours when the token was already dead there
    bool alreadyInvalid = false; ///< Monite said it was revoked, expired or unknown already
};

/// Whether the profiles and the keychain agree (for `doctor`).
struct MoniteConsistency
{
    QStringList orphanSecrets; ///< "monite:…" keychain items of no profile here
    QStringList missingClientSecrets; ///< profile names whose client secret is not in the keychain
    int secrets = 0; ///< "monite:…" items in the keychain
    std::optional<Error> keychain; ///< the keychain could not be listed
};

/// The Monite use cases, shared by the CLI and the GUI: client profiles (row in SQL, client secret in the
/// keychain), access tokens on demand (token in the keychain, its expiry in SQL), revoke, and Test. Asynchronous
/// (the keychain and the network are); never a nested event loop. Each callback runs exactly once, later, on the
/// caller's thread; the matching signal is emitted after it. A call made after the service is destroyed is
/// dropped silently.
///
/// Reading (`profiles`, `show`) never gets a token: only `mintToken` does, and `test` when the test needs one
/// (none yet, expired, revoked, or its re-mint is due: see MoniteTokenTimes::remintAt) — never silently while the
/// user only looks.
///
/// Keychain keys: `monite:<profile id>:client-secret` and `monite:<profile id>:token:<grant key>`; they cannot
/// collide with Monime token ids (`tok-…`).
class MoniteService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    MoniteService(Database& database, SecretStore& secrets, const Clock& clock, MoniteApiClient& client,
                  QObject* parent = nullptr);

    static QString clientSecretKey(const QString& profileId);
    static QString accessTokenKey(const QString& profileId, const MoniteAuthGrant& grant);
    /// Whether a keychain key is one of this service's.
    static bool isMoniteKey(const QString& key);

    /// Validates `draft` and `clientSecret` (MoniteRules), keeps the secret in the keychain, then the profile.
    void addProfile(const MoniteProfileDraft& draft, const QByteArray& clientSecret, Callback<MoniteProfile> done);
    /// Every profile with its tokens' state now. Reads only: never gets or renews a token.
    Result<QList<MoniteProfileView>> profiles();
    /// The profile named `name`, its tokens' state and its history. Reads only.
    Result<MoniteProfileDetails> show(const QString& name);
    /// Deletes the profile's keychain items (client secret, tokens), then the profile. Tokens already given out
    /// stay valid at Monite until they expire: revoke them first if that matters.
    void removeProfile(const QString& name, Callback<MoniteProfile> done);
    /// Replaces the client secret (after regenerating it in the partner portal).
    void replaceSecret(const QString& name, const QByteArray& clientSecret, Callback<MoniteProfile> done);

    /// The grant for `entityUser` (empty: partner; else an entity user's id or label, or any UUID).
    Result<MoniteAuthGrant> grantFor(const MoniteProfile& profile, const QString& entityUser) const;
    /// Gets a fresh token (`POST /auth/token`), keeps it in the keychain and its expiry here, and gives it once.
    void mintToken(const QString& name, const QString& entityUser, Callback<MoniteMintedToken> done);
    /// Revokes the current token of the grant (`POST /auth/revoke`) and forgets it.
    void revokeToken(const QString& name, const QString& entityUser, Callback<MoniteRevokeResult> done);
    /// Tests the grant's token: partner → `GET /entities?limit=1`; entity user → `GET /entity_users/me` and
    /// `GET /entity_users/my_role`. Gets a fresh token first when none is usable or its re-mint is due, and once
    /// more if Monite answers 401 to a token it gave earlier. A failed test is a result (ok false), not an Error;
    /// an Error means the test could not run (no such profile, keychain locked).
    void test(const QString& name, const QString& entityUser, Callback<MoniteTestResult> done);

    /// Compares the profiles with the keychain's "monite:" items (keys only; no secret is read).
    void checkConsistency(Callback<MoniteConsistency> done);

    const Clock& clock() const { return m_clock; }
    static MoniteTokenView viewOf(const MoniteProfile& profile, const MoniteTokenRecord& record, const QDateTime& now);
    static MoniteEndpoint endpointOf(const MoniteProfile& profile) { return { profile.baseUrl, profile.apiVersion }; }

Q_SIGNALS:
    /// A profile was added, removed or changed, or a token got, revoked or tested: lists should reload.
    void profilesChanged();
    void tokenMinted(const QString& profileName, const QString& grantKey, const QDateTime& expiresAt);
    void tokenRevoked(const QString& profileName, const QString& grantKey);
    void testFinished(const QString& profileName, bool ok, const QString& verdict);

private:
    struct TestRun;
    struct Target
    {
        MoniteProfile profile;
        MoniteAuthGrant grant;
        QList<MoniteTokenRecord> tokens;
    };
    /// The profile named `name`, the grant for `entityUser` in it, and the profile's token records.
    Result<Target> resolve(const QString& name, const QString& entityUser);
    /// Calls `done` with `error` later, on this thread: every callback runs after the call that took it returns.
    template<typename T> void failLater(const Error& error, Callback<T> done)
    {
        QMetaObject::invokeMethod(
            this, [error, done] { done(error); }, Qt::QueuedConnection);
    }
    /// Mints for an already-resolved profile and grant.
    void mint(const MoniteProfile& profile, const MoniteAuthGrant& grant, Callback<MoniteMintedToken> done);
    void runTest(std::shared_ptr<TestRun> run, const QByteArray& token, bool mayRemint);
    void finishTest(std::shared_ptr<TestRun> run, const Error* error);
    /// Keeps a token just got (keychain, then its times and a history line), then revokes the one it replaced
    /// when Monite may still accept that one.
    void keepMinted(const MoniteMintedToken& minted, const QByteArray& previous, const QByteArray& clientSecret,
                    const Callback<MoniteMintedToken>& done);
    /// After a revoke (or for a token expired already): the row marked revoked with a history line, the keychain
    /// item removed, the signals.
    void forgetToken(const MoniteRevokeResult& result, const Callback<MoniteRevokeResult>& done);
    /// Deletes the keychain items one after the other; a missing one is not an error.
    void removeKeys(QStringList keys, std::function<void(Result<void>)> done);
    Result<void> history(const QString& profileId, const QString& action, const QString& detail);
    QString grantLabel(const MoniteProfile& profile, const MoniteAuthGrant& grant) const;

    Database& m_db;
    SecretStore& m_secrets;
    const Clock& m_clock;
    MoniteApiClient& m_client;
    MoniteRepository m_repo;
};

} // namespace monime
