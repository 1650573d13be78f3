// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Database.h"

#include "domain/TeamPolicy.h"
#include "domain/TokenSecret.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace monime {

namespace {

// SQLite's primary result codes (sqlite3.h), as QSQLITE reports them in nativeErrorCode().
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteAuth = 23;
constexpr int kSqliteNotADb = 26;

QAtomicInt g_openConnections;
/// Whether this process ever opened a PostgreSQL connection. Until it has, an error is SQLite's and no query's driver
/// is asked: a query whose connection was already closed holds a dangling driver pointer (UBSan saw it).
QAtomicInt g_postgresUsed;

/// Why a file is not opened: the error of the database part, with its stable code.
Error refuse(const char* code, const QString& message)
{
    return makeError(QLatin1String(code), QStringLiteral("database"), message);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("monime-portal-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Version 1. Times are milliseconds since the Unix epoch, UTC; no secret is ever stored.
const char* const kSchemaV1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE monimeers (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE spaces (id TEXT PRIMARY KEY, name TEXT NOT NULL, created_at BIGINT NOT NULL)",
    "CREATE TABLE memberships ("
    " monimeer_id TEXT NOT NULL REFERENCES monimeers(id) ON DELETE CASCADE,"
    " space_id TEXT NOT NULL REFERENCES spaces(id) ON DELETE CASCADE,"
    " role TEXT NOT NULL,"
    " PRIMARY KEY (monimeer_id, space_id))",
    "CREATE TABLE tokens ("
    " id TEXT PRIMARY KEY,"
    " owner_id TEXT NOT NULL REFERENCES monimeers(id),"
    " name TEXT NOT NULL,"
    " environment TEXT NOT NULL CHECK (environment IN ('test', 'live')),"
    " api_release TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " expires_at BIGINT,"
    " revoked_at BIGINT,"
    " revoke_reason TEXT,"
    " space_whitelist TEXT,"
    " secret_digest TEXT NOT NULL UNIQUE,"
    " hint TEXT NOT NULL,"
    " checksum_state TEXT NOT NULL,"
    " origin TEXT NOT NULL,"
    " rotated_from TEXT,"
    " state TEXT NOT NULL CHECK (state IN ('pending', 'ready')),"
    " last_used_at BIGINT,"
    " last_tested_at BIGINT,"
    " last_test_result TEXT)",
    "CREATE INDEX tokens_state ON tokens(state)",
    "CREATE TABLE token_permissions ("
    " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
    " permission TEXT NOT NULL,"
    " PRIMARY KEY (token_id, permission))",
    "CREATE TABLE token_ip_rules ("
    " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
    " rule TEXT NOT NULL,"
    " PRIMARY KEY (token_id, rule))",
    "CREATE TABLE audit_log ("
    " id TEXT PRIMARY KEY,"
    " at BIGINT NOT NULL,"
    " actor TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " token_id TEXT,"
    " detail TEXT NOT NULL)",
    "CREATE INDEX audit_log_token ON audit_log(token_id, at)",
};

// Version 2: one row per request the sandbox answered (never a secret). No foreign key to tokens: usage
// outlives nothing and an unknown token's calls are kept too (token_id NULL).
const char* const kSchemaV2[] = {
    "CREATE TABLE usage ("
    " token_id TEXT,"
    " at BIGINT NOT NULL,"
    " method TEXT NOT NULL,"
    " path TEXT NOT NULL,"
    " status INTEGER NOT NULL,"
    " reason TEXT,"
    " caller_ip TEXT NOT NULL,"
    " space_id TEXT,"
    " environment TEXT,"
    " latency_us BIGINT NOT NULL)",
    "CREATE INDEX usage_token_at ON usage(token_id, at)",
    "CREATE INDEX usage_at ON usage(at)",
};

// Version 7: Monite client profiles (seed 004). Times are milliseconds since the epoch, UTC.
const char* const kSchemaV7[] = {
    "CREATE TABLE monite_profiles ("
    " id TEXT PRIMARY KEY,"
    " name TEXT NOT NULL UNIQUE,"
    " environment TEXT NOT NULL CHECK (environment IN ('sandbox', 'eu', 'na', 'custom')),"
    " base_url TEXT NOT NULL,"
    " api_version TEXT NOT NULL,"
    " client_id TEXT NOT NULL,"
    " created_at BIGINT NOT NULL,"
    " secret_set_at BIGINT,"
    " last_used_at BIGINT,"
    " last_tested_at BIGINT,"
    " last_test_result TEXT,"
    " last_test_passed INTEGER)",
    "CREATE TABLE monite_entity_users ("
    " profile_id TEXT NOT NULL REFERENCES monite_profiles(id) ON DELETE CASCADE,"
    " entity_user_id TEXT NOT NULL,"
    " label TEXT NOT NULL DEFAULT '',"
    " position INTEGER NOT NULL,"
    " PRIMARY KEY (profile_id, entity_user_id))",
    "CREATE TABLE monite_tokens ("
    " profile_id TEXT NOT NULL REFERENCES monite_profiles(id) ON DELETE CASCADE,"
    " grant_key TEXT NOT NULL,"
    " grant_type TEXT NOT NULL CHECK (grant_type IN ('client_credentials', 'entity_user')),"
    " entity_user_id TEXT,"
    " received_at BIGINT NOT NULL,"
    " expires_at BIGINT NOT NULL,"
    " revoked_at BIGINT,"
    " PRIMARY KEY (profile_id, grant_key))",
    "CREATE TABLE monite_history ("
    " profile_id TEXT NOT NULL REFERENCES monite_profiles(id) ON DELETE CASCADE,"
    " at BIGINT NOT NULL,"
    " action TEXT NOT NULL,"
    " detail TEXT NOT NULL)",
    "CREATE INDEX monite_history_profile ON monite_history(profile_id, at)",
};

// Version 8: team roles (issue 13), who revoked a token, and each token's edit version. On SQLite the one person
// is the owner (the default); on PostgreSQL `db_user` ties a person to their login role (`session_user`).
const char* const kSchemaV8[] = {
    "ALTER TABLE monimeers ADD COLUMN email TEXT",
    "ALTER TABLE monimeers ADD COLUMN team_role TEXT NOT NULL DEFAULT 'owner'"
    " CHECK (team_role IN ('owner', 'admin', 'member', 'viewer', 'former'))",
    "ALTER TABLE monimeers ADD COLUMN db_user TEXT",
    "CREATE UNIQUE INDEX monimeers_db_user ON monimeers(db_user)",
    "CREATE UNIQUE INDEX monimeers_email ON monimeers(email)",
    "ALTER TABLE tokens ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE tokens ADD COLUMN revoked_by TEXT",
};

// Version 8 on PostgreSQL: the team's rules kept by the database itself, so that a hand-written SQL client gets
// no more than the app gives (TeamPolicy's table). %1 is the schema, quoted. Who asks is `session_user` (inside
// a SECURITY DEFINER function `current_user` is the definer); the functions run as the tables' owner, which
// row-level security does not bind (not FORCEd), so they read `monimeers` without recursion. Refusals raise
// SQLSTATE MN403, which Database::sqlError turns into TeamPolicy's message.
const char* const kTeamRulesV8[] = {
    // Who is asking, and their role (NULL: not in the team; 'former': removed).
    "CREATE FUNCTION monime_me() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp"
    " AS $$ SELECT id FROM monimeers WHERE db_user = session_user AND team_role <> 'former' $$",
    "CREATE FUNCTION monime_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp"
    " AS $$ SELECT team_role FROM monimeers WHERE db_user = session_user AND team_role <> 'former' $$",
    // Whether a new token may name `previous` as the token it replaces: none, or one of one's own. Run as the tables'
    // owner, so the tokens policy that calls it does not recurse into itself.
    "CREATE FUNCTION monime_replaces_own(previous text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS $$ SELECT previous IS NULL OR NOT EXISTS (SELECT 1 FROM tokens t WHERE t.id ="
    " previous AND t.owner_id IS DISTINCT FROM monime_me()) $$",
    // Tokens: anyone in the team may move last_used_at (the sandbox records use); a revocation names its revoker,
    // and another's token may be revoked only by an owner or admin, with a reason; every other change is its
    // owner's; nobody changes a token's identity.
    "CREATE FUNCTION monime_tokens_guard() RETURNS trigger LANGUAGE plpgsql SET search_path = %1, pg_temp AS $$\n"
    "DECLARE me text := monime_me(); r text := monime_role(); masked tokens; edit tokens;\n"
    "BEGIN\n"
    "  IF me IS NULL THEN RAISE EXCEPTION 'you are not a member of this team inventory' USING ERRCODE = 'MN403'; END "
    "IF;\n"
    "  masked := NEW; masked.last_used_at := OLD.last_used_at;\n"
    "  IF masked IS NOT DISTINCT FROM OLD THEN RETURN NEW; END IF;\n"
    "  IF r NOT IN ('owner', 'admin', 'member') THEN\n"
    "    RAISE EXCEPTION 'a viewer changes no token' USING ERRCODE = 'MN403'; END IF;\n"
    "  IF NEW.id <> OLD.id OR NEW.owner_id <> OLD.owner_id OR NEW.secret_digest <> OLD.secret_digest\n"
    "     OR NEW.created_at <> OLD.created_at THEN\n"
    "    RAISE EXCEPTION 'a token''s id, owner, digest and creation time never change' USING ERRCODE = 'MN403'; END "
    "IF;\n"
    // The version is the database's: an edit raises it by one (below), nobody sets it back or ahead.
    "  IF NEW.version IS DISTINCT FROM OLD.version AND NEW.version IS DISTINCT FROM OLD.version + 1 THEN\n"
    "    RAISE EXCEPTION 'a token''s version only goes up by one with an edit' USING ERRCODE = 'MN403'; END IF;\n"
    // pending → ready once (markReady); a ready token never becomes pending again, which would let its owner
    // delete it (own_unfinished) and its history with it.
    "  IF NEW.state IS DISTINCT FROM OLD.state AND NEW.state <> 'ready' THEN\n"
    "    RAISE EXCEPTION 'a ready token never goes back to pending' USING ERRCODE = 'MN403'; END IF;\n"
    // A token replaces only one of its owner's own: another's token is never shown "replaced by" it.
    "  IF NEW.rotated_from IS DISTINCT FROM OLD.rotated_from AND EXISTS (SELECT 1 FROM tokens t WHERE t.id = "
    "NEW.rotated_from AND t.owner_id <> NEW.owner_id) THEN\n"
    "    RAISE EXCEPTION 'a token replaces only a token of its own owner' USING ERRCODE = 'MN403'; END IF;\n"
    "  IF (NEW.revoked_at, NEW.revoke_reason, NEW.revoked_by) IS DISTINCT FROM (OLD.revoked_at, OLD.revoke_reason, "
    "OLD.revoked_by) THEN\n"
    // A revocation is for good (as TokenRepository::setRevoked writes it): once in effect nobody undoes, postpones
    // or re-signs it; a scheduled one (a rotation's grace) may only come sooner.
    "    IF OLD.revoked_at IS NOT NULL AND (NEW.revoked_at IS NULL OR NEW.revoked_at >= OLD.revoked_at\n"
    "       OR OLD.revoked_at <= (extract(epoch FROM clock_timestamp()) * 1000)::bigint) THEN\n"
    "      RAISE EXCEPTION 'a revocation is for good: nobody undoes, postpones or rewrites it (a scheduled one may "
    "only "
    "come sooner)' USING ERRCODE = 'MN403'; END IF;\n"
    "    IF NEW.revoked_by IS DISTINCT FROM me THEN\n"
    "      RAISE EXCEPTION 'a revocation names its revoker (revoked_by must be you)' USING ERRCODE = 'MN403'; END IF;\n"
    "    IF OLD.owner_id <> me AND r NOT IN ('owner', 'admin') THEN\n"
    "      RAISE EXCEPTION 'only owners and admins revoke another''s token' USING ERRCODE = 'MN403'; END IF;\n"
    "    IF OLD.owner_id <> me AND coalesce(btrim(NEW.revoke_reason), '') = '' THEN\n"
    "      RAISE EXCEPTION 'revoking another''s token needs a reason' USING ERRCODE = 'MN403'; END IF;\n"
    "  END IF;\n"
    "  IF OLD.owner_id <> me THEN\n"
    "    masked.revoked_at := OLD.revoked_at; masked.revoke_reason := OLD.revoke_reason;\n"
    "    masked.revoked_by := OLD.revoked_by; masked.version := OLD.version;\n"
    "    IF masked IS DISTINCT FROM OLD THEN\n"
    "      RAISE EXCEPTION 'only its owner changes a token (others may only revoke it)' USING ERRCODE = 'MN403'; END "
    "IF;\n"
    "  END IF;\n"
    // Every edit raises the version, also a raw client's that forgot to: a stale check never misses it. Not
    // the bookkeeping (a test's outcome, pending → ready).
    "  edit := NEW; edit.last_used_at := OLD.last_used_at; edit.last_tested_at := OLD.last_tested_at;\n"
    "  edit.last_test_result := OLD.last_test_result; edit.last_test_passed := OLD.last_test_passed;\n"
    "  edit.state := OLD.state; edit.pending_owner := OLD.pending_owner; edit.version := OLD.version;\n"
    "  IF edit IS DISTINCT FROM OLD THEN NEW.version := OLD.version + 1; ELSE NEW.version := OLD.version; END IF;\n"
    "  RETURN NEW;\n"
    "END $$",
    "CREATE TRIGGER tokens_guard BEFORE UPDATE ON tokens FOR EACH ROW EXECUTE FUNCTION monime_tokens_guard()",
    // People: owners and admins add people and change roles; only an owner makes or unmakes an owner; the last
    // owner stays one; each person changes their own name and email, nobody else does.
    "CREATE FUNCTION monime_team_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS $$\n"
    "DECLARE r text := monime_role();\n"
    "BEGIN\n"
    "  IF TG_OP = 'INSERT' THEN\n"
    "    IF NEW.team_role = 'owner' AND r IS DISTINCT FROM 'owner'\n"
    "       AND EXISTS (SELECT 1 FROM monimeers WHERE team_role = 'owner') THEN\n"
    "      RAISE EXCEPTION 'only an owner makes someone an owner' USING ERRCODE = 'MN403'; END IF;\n"
    "    RETURN NEW;\n"
    "  END IF;\n"
    "  IF NEW.id <> OLD.id THEN RAISE EXCEPTION 'a person''s id never changes' USING ERRCODE = 'MN403'; END IF;\n"
    // As in the app (`team me`): nobody edits another's name or email, how the team sees them.
    "  IF (NEW.name, NEW.email) IS DISTINCT FROM (OLD.name, OLD.email) AND OLD.db_user IS DISTINCT FROM session_user "
    "THEN\n"
    "    RAISE EXCEPTION 'only a person changes their own name and email' USING ERRCODE = 'MN403'; END IF;\n"
    // Which login a person is: the app never changes it; an admin rebinding someone's row to another login would
    // let that login act as them (their tokens, their history lines).
    "  IF NEW.db_user IS DISTINCT FROM OLD.db_user AND r IS DISTINCT FROM 'owner' THEN\n"
    "    RAISE EXCEPTION 'only an owner changes which login a person is' USING ERRCODE = 'MN403'; END IF;\n"
    "  IF NEW.team_role IS DISTINCT FROM OLD.team_role OR NEW.db_user IS DISTINCT FROM OLD.db_user THEN\n"
    "    IF r IS NULL OR r NOT IN ('owner', 'admin') THEN\n"
    "      RAISE EXCEPTION 'only owners and admins change roles' USING ERRCODE = 'MN403'; END IF;\n"
    "    IF (NEW.team_role = 'owner' OR OLD.team_role = 'owner') AND r <> 'owner' THEN\n"
    "      RAISE EXCEPTION 'only an owner makes or unmakes an owner' USING ERRCODE = 'MN403'; END IF;\n"
    "    IF OLD.team_role = 'owner' AND NEW.team_role <> 'owner'\n"
    "       AND NOT EXISTS (SELECT 1 FROM monimeers WHERE team_role = 'owner' AND id <> OLD.id) THEN\n"
    "      RAISE EXCEPTION 'the team''s last owner stays an owner' USING ERRCODE = 'MN403'; END IF;\n"
    "  END IF;\n"
    "  RETURN NEW;\n"
    "END $$",
    // Emails are one person's each regardless of case, as the app looks them up (lower(email)): no look-alike
    // "Owner@Example.com" beside the owner's.
    "CREATE UNIQUE INDEX monimeers_email_folded ON monimeers (lower(email))",
    "CREATE TRIGGER monimeers_guard BEFORE INSERT OR UPDATE ON monimeers FOR EACH ROW"
    " EXECUTE FUNCTION monime_team_guard()",
    // Only the team's people may connect at all (any login could otherwise LOCK the tables, or hold the
    // migration's advisory lock): CONNECT follows the role — granted when a person is added, revoked when they
    // become former. Only when the tables' owner also owns the database (who else may grant CONNECT).
    "CREATE FUNCTION monime_team_connect() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
    " SET search_path = %1, pg_temp AS $$\n"
    "BEGIN\n"
    "  IF NEW.db_user IS NULL OR (SELECT datdba FROM pg_database WHERE datname = current_database())\n"
    "     <> (SELECT relowner FROM pg_class WHERE oid = 'monimeers'::regclass) THEN RETURN NULL; END IF;\n"
    "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = NEW.db_user) THEN\n"
    "    RAISE EXCEPTION 'there is no PostgreSQL login \"%\" on this server; create it first (CREATE ROLE ... LOGIN)',"
    " NEW.db_user USING ERRCODE = 'MN404'; END IF;\n"
    "  IF NEW.team_role = 'former' THEN\n"
    "    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), NEW.db_user);\n"
    "  ELSE\n"
    "    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), NEW.db_user);\n"
    "  END IF;\n"
    "  IF TG_OP = 'UPDATE' AND OLD.db_user IS DISTINCT FROM NEW.db_user AND OLD.db_user IS NOT NULL\n"
    "     AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = OLD.db_user) THEN\n"
    "    EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM %I', current_database(), OLD.db_user);\n"
    "  END IF;\n"
    "  RETURN NULL;\n"
    "END $$",
    "CREATE TRIGGER monimeers_connect AFTER INSERT OR UPDATE OF team_role, db_user ON monimeers FOR EACH ROW"
    " EXECUTE FUNCTION monime_team_connect()",
    // Listeners (the GUI, a sandbox) hear of every change that matters to them at commit.
    "CREATE FUNCTION monime_notify() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN PERFORM pg_notify('monime_inventory', TG_TABLE_NAME); RETURN NULL; END $$",
    "CREATE TRIGGER tokens_notify AFTER INSERT OR DELETE ON tokens FOR EACH STATEMENT"
    " EXECUTE FUNCTION monime_notify()",
    // Not last_used_at alone: the sandbox moves it several times a second.
    "CREATE TRIGGER tokens_notify_update AFTER UPDATE ON tokens FOR EACH ROW WHEN ("
    "OLD.version IS DISTINCT FROM NEW.version OR OLD.state IS DISTINCT FROM NEW.state"
    " OR OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.rotated_from IS DISTINCT FROM NEW.rotated_from"
    " OR OLD.last_tested_at IS DISTINCT FROM NEW.last_tested_at) EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER token_permissions_notify AFTER INSERT OR UPDATE OR DELETE ON token_permissions"
    " FOR EACH STATEMENT EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER token_ip_rules_notify AFTER INSERT OR UPDATE OR DELETE ON token_ip_rules"
    " FOR EACH STATEMENT EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER monimeers_notify AFTER INSERT OR UPDATE OR DELETE ON monimeers FOR EACH STATEMENT"
    " EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER spaces_notify AFTER INSERT OR UPDATE OR DELETE ON spaces FOR EACH STATEMENT"
    " EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER memberships_notify AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH STATEMENT"
    " EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER monite_profiles_notify AFTER INSERT OR UPDATE OR DELETE ON monite_profiles FOR EACH STATEMENT"
    " EXECUTE FUNCTION monime_notify()",
    "CREATE TRIGGER monite_tokens_notify AFTER INSERT OR UPDATE OR DELETE ON monite_tokens FOR EACH STATEMENT"
    " EXECUTE FUNCTION monime_notify()",
};

// Row-level security per table: who of the team may read and write which rows (TeamPolicy's table). Each call is a
// scalar subquery, `(SELECT monime_role())`: PostgreSQL runs it once per statement (an InitPlan) rather than once
// per row — a member's `list` of 100,000 tokens took 4.0 s with per-row calls, against 1.4 s for the tables' owner.
// R: anyone in the team; W: owners, admins, members; M: owners and admins.
#define MONIME_R "(SELECT monime_role()) IS NOT NULL"
#define MONIME_W "(SELECT monime_role()) IN ('owner', 'admin', 'member')"
#define MONIME_OWN_TOKEN "EXISTS (SELECT 1 FROM tokens t WHERE t.id = token_id AND t.owner_id = (SELECT monime_me()))"
const char* const kTeamPoliciesV8[] = {
    "CREATE POLICY team_read ON monimeers FOR SELECT USING (" MONIME_R " OR db_user = session_user)",
    "CREATE POLICY team_add ON monimeers FOR INSERT WITH CHECK ((SELECT monime_role()) IN ('owner', 'admin'))",
    "CREATE POLICY team_edit ON monimeers FOR UPDATE USING ((SELECT monime_role()) IN ('owner', 'admin')"
    " OR db_user = session_user)",
    "CREATE POLICY meta_read ON meta FOR SELECT USING (true)",
    "CREATE POLICY meta_add ON meta FOR INSERT WITH CHECK (" MONIME_W
    " AND key NOT IN ('application', 'schema_version', 'local_monimeer'))",
    "CREATE POLICY meta_edit ON meta FOR UPDATE USING (" MONIME_W
    " AND key NOT IN ('application', 'schema_version', 'local_monimeer'))",
    "CREATE POLICY team_read ON tokens FOR SELECT USING (" MONIME_R ")",
    // Inserted as oneself: revoked by nobody else, replacing no one else's token (tokens_guard says the same for
    // updates).
    "CREATE POLICY own_create ON tokens FOR INSERT WITH CHECK (" MONIME_W " AND owner_id = (SELECT monime_me())"
    " AND (revoked_by IS NULL OR revoked_by = (SELECT monime_me()))"
    " AND monime_replaces_own(rotated_from))",
    "CREATE POLICY team_edit ON tokens FOR UPDATE USING (" MONIME_R ")", // tokens_guard decides what
    "CREATE POLICY own_unfinished ON tokens FOR DELETE USING (owner_id = (SELECT monime_me()) AND state = 'pending')",
    "CREATE POLICY team_read ON token_permissions FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY own_add ON token_permissions FOR INSERT WITH CHECK (" MONIME_W " AND " MONIME_OWN_TOKEN ")",
    "CREATE POLICY own_remove ON token_permissions FOR DELETE USING (" MONIME_W " AND " MONIME_OWN_TOKEN ")",
    "CREATE POLICY team_read ON token_ip_rules FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY own_add ON token_ip_rules FOR INSERT WITH CHECK (" MONIME_W " AND " MONIME_OWN_TOKEN ")",
    "CREATE POLICY own_remove ON token_ip_rules FOR DELETE USING (" MONIME_W " AND " MONIME_OWN_TOKEN ")",
    // The history is append-only for everyone, and each line names its writer.
    "CREATE POLICY team_read ON audit_log FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY own_line ON audit_log FOR INSERT WITH CHECK (" MONIME_W " AND actor = (SELECT monime_me()))",
    "CREATE POLICY team_read ON usage FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_record ON usage FOR INSERT WITH CHECK (" MONIME_R ")",
    "CREATE POLICY team_read ON spaces FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_add ON spaces FOR INSERT WITH CHECK (" MONIME_W ")",
    "CREATE POLICY team_edit ON spaces FOR UPDATE USING (" MONIME_W ")",
    "CREATE POLICY team_read ON memberships FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY own_rows ON memberships FOR ALL USING (" MONIME_W " AND monimeer_id = (SELECT monime_me()))"
    " WITH CHECK (" MONIME_W " AND monimeer_id = (SELECT monime_me()))",
    "CREATE POLICY team_read ON reminders FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY own_claim ON reminders FOR INSERT WITH CHECK (" MONIME_W " AND " MONIME_OWN_TOKEN ")",
    "CREATE POLICY own_release ON reminders FOR DELETE USING (" MONIME_W " AND " MONIME_OWN_TOKEN ")",
    "CREATE POLICY team_read ON token_leaks FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_record ON token_leaks FOR INSERT WITH CHECK (" MONIME_W ")",
    "CREATE POLICY team_read ON monite_profiles FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_write ON monite_profiles FOR ALL USING (" MONIME_W ") WITH CHECK (" MONIME_W ")",
    "CREATE POLICY team_read ON monite_entity_users FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_write ON monite_entity_users FOR ALL USING (" MONIME_W ") WITH CHECK (" MONIME_W ")",
    "CREATE POLICY team_read ON monite_tokens FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_write ON monite_tokens FOR ALL USING (" MONIME_W ") WITH CHECK (" MONIME_W ")",
    "CREATE POLICY team_read ON monite_history FOR SELECT USING (" MONIME_R ")",
    "CREATE POLICY team_write ON monite_history FOR INSERT WITH CHECK (" MONIME_W ")",
};
#undef MONIME_R
#undef MONIME_W
#undef MONIME_OWN_TOKEN

// What each table grants to every login of the server (PUBLIC): row-level security narrows it to the team's
// rows; nothing more (no TRUNCATE, which row-level security would not stop; no DELETE of the history).
const char* const kTeamGrantsV8[][2] = {
    { "monimeers", "SELECT, INSERT, UPDATE" },
    { "meta", "SELECT, INSERT, UPDATE" },
    { "tokens", "SELECT, INSERT, UPDATE, DELETE" },
    { "token_permissions", "SELECT, INSERT, DELETE" },
    { "token_ip_rules", "SELECT, INSERT, DELETE" },
    { "audit_log", "SELECT, INSERT" },
    { "usage", "SELECT, INSERT" },
    { "spaces", "SELECT, INSERT, UPDATE" },
    { "memberships", "SELECT, INSERT, UPDATE, DELETE" },
    { "reminders", "SELECT, INSERT, DELETE" },
    { "token_leaks", "SELECT, INSERT" },
    { "monite_profiles", "SELECT, INSERT, UPDATE, DELETE" },
    { "monite_entity_users", "SELECT, INSERT, UPDATE, DELETE" },
    { "monite_tokens", "SELECT, INSERT, UPDATE, DELETE" },
    { "monite_history", "SELECT, INSERT, DELETE" },
};

// PostgreSQL: the advisory lock two programs creating one database at once take (an arbitrary constant of this
// app: "monime-p" in ASCII), held until the migration's transaction ends.
constexpr qint64 kMigrationLock = 0x6d6f6e696d652d70;

// SQLSTATE classes and codes (PostgreSQL, Appendix A) as QPSQL reports them in nativeErrorCode().
bool isSqlState(const QString& state, std::initializer_list<const char*> codes)
{
    for (const char* code : codes)
        if (state == QLatin1String(code))
            return true;
    return false;
}

/// Where a PostgreSQL URL points, taken apart for QPSQL; `shown` is the URL as messages name it (no password).
struct PostgresTarget
{
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString options; ///< libpq keywords, `key=value;…` as QPSQL takes them
    QString shown;
};

/// The libpq connection keywords a URL's query may carry; anything else (a password above all) is refused.
const char* const kPostgresOptions[] = { "host",
                                         "sslmode",
                                         "sslrootcert",
                                         "sslcert",
                                         "sslkey",
                                         "connect_timeout",
                                         "application_name",
                                         "passfile",
                                         "target_session_attrs" };

Result<PostgresTarget> parsePostgres(const QString& given)
{
    const QUrl url(given, QUrl::StrictMode);
    const QUrlQuery query(url);
    PostgresTarget t;
    if (url.isValid()) {
        QUrl safe = url.adjusted(QUrl::RemovePassword);
        QUrlQuery safeQuery(query);
        safeQuery.removeAllQueryItems(QStringLiteral("password"));
        safe.setQuery(safeQuery);
        t.shown = safe.toDisplayString();
    } else {
        // QUrl's own error text may quote the password: name the scheme only.
        t.shown = given.section(QStringLiteral("://"), 0, 0) + QStringLiteral("://…");
    }
    const QString form = QStringLiteral("postgresql://USER@HOST:PORT/DATABASE");
    if (!url.isValid())
        return refuse("database_url_invalid",
                      Database::tr("%1 is not a valid PostgreSQL address. Write it as %2; the password goes in "
                                   "~/.pgpass, not in the address.")
                          .arg(t.shown, form));
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':'))
        || query.hasQueryItem(QStringLiteral("password")))
        return refuse("database_url_password",
                      Database::tr("%1 carries a password. A password is never taken from an address, which ends up "
                                   "in the shell history, the process list and the settings: remove it, and put it "
                                   "in ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, file mode 0600) or in "
                                   "the file $PGPASSFILE names.")
                          .arg(t.shown));
    t.database = url.path(QUrl::FullyDecoded).mid(1);
    if (t.database.isEmpty() || t.database.contains(QLatin1Char('/')))
        return refuse("database_url_invalid", Database::tr("%1 names no database. Write it as %2.").arg(t.shown, form));
    t.host = url.host(QUrl::FullyDecoded);
    t.port = url.port(-1);
    t.user = url.userName(QUrl::FullyDecoded);
    bool timeout = false;
    bool name = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const bool known = std::any_of(std::begin(kPostgresOptions), std::end(kPostgresOptions),
                                       [&key = key](const char* k) { return key == QLatin1String(k); });
        static const QRegularExpression unsafe(QStringLiteral("[\\s'\\\\;=]"));
        if (!known || value.isEmpty() || value.contains(unsafe)) {
            QStringList names;
            for (const char* k : kPostgresOptions)
                names.append(QLatin1String(k));
            return refuse("database_url_invalid",
                          Database::tr("%1: \"%2\" is not an option this app passes to PostgreSQL, or its value is "
                                       "empty or has a space, quote, backslash, \";\" or \"=\". Known options: %3.")
                              .arg(t.shown, key, names.join(QLatin1String(", "))));
        }
        if (key == QLatin1String("host")) { // a socket directory, or a host name
            t.host = value;
            continue;
        }
        timeout = timeout || key == QLatin1String("connect_timeout");
        name = name || key == QLatin1String("application_name");
        t.options += key + QLatin1Char('=') + value + QLatin1Char(';');
    }
    // libpq waits for an unreachable host as long as TCP does: a bounded wait, a clear message.
    if (!timeout)
        t.options += QStringLiteral("connect_timeout=10;");
    if (!name)
        t.options += QStringLiteral("application_name=monime-portal;");
    return t;
}

/// A failed connection to PostgreSQL, by what libpq said: the server is not there, the login failed, the
/// database does not exist. libpq gives no SQLSTATE before a session exists, so this reads its (English) text.
Error postgresOpenError(const QSqlError& error, const PostgresTarget& t)
{
    const QString said = error.databaseText().simplified();
    const QString user = t.user.isEmpty() ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")) : t.user;
    auto has = [&said](const char* text) { return said.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("does not exist") && has("database \""))
        return refuse("database_missing",
                      Database::tr("Could not open %1: the server has no database named \"%2\" (%3). Check the name "
                                   "in the address, or ask the server's administrator to create it (createdb -O "
                                   "%4 %2).")
                          .arg(t.shown, t.database, said, user));
    // A team database lets only its people connect (schema 8: CONNECT is granted at `team add`).
    if (has("CONNECT privilege") || (has("permission denied for database")))
        return refuse("team_not_member",
                      Database::tr("Could not open %1: the PostgreSQL user \"%2\" may not connect to it (%3). It is a "
                                   "team inventory and you are not, or no longer, one of its people: ask one of its "
                                   "owners or admins to add you (`monime-portal-cli team add YOUR-EMAIL --db-user %2 "
                                   "--role member`).")
                          .arg(t.shown, user, said));
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed")
        || has("pg_hba.conf") || (has("role \"") && has("does not exist")))
        return refuse("database_auth",
                      Database::tr("Could not open %1: the server refused the login of user \"%2\" (%3). Put the "
                                   "password in ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, file mode 0600) "
                                   "or in the file $PGPASSFILE names, and check the user name in the address and "
                                   "the server's pg_hba.conf.")
                          .arg(t.shown, user, said));
    if (has("connection refused") || has("no such file or directory") || has("could not translate host name")
        || has("timeout expired") || has("could not connect") || has("starting up") || has("shutting down")
        || has("network is unreachable") || has("no route to host"))
        return refuse("database_unreachable",
                      Database::tr("Could not connect to the PostgreSQL server of %1 (%2). Check that the server is "
                                   "running and accepts connections at that host and port (pg_isready tells), and "
                                   "that the address is right. Nothing was changed.")
                          .arg(t.shown, said));
    return refuse("database_open",
                  Database::tr("Could not open %1: %2. Check the address and the server, then try again.")
                      .arg(t.shown, said.isEmpty() ? error.text() : said));
}

} // namespace

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("inventory.sqlite"));
}

Database::Database(QSqlDatabase db, QString path, bool postgres)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_postgres(postgres)
{ }

Database::~Database()
{
    disconnect(m_db);
}

int Database::openConnections()
{
    return g_openConnections.loadRelaxed();
}

Result<QString> Database::connect(const QString& path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    // On a disk mounted read-only nobody can change the file and SQLite cannot make its -shm: read it as
    // immutable (no locks, no shared memory). openSqlite refuses the case where a -wal would be ignored.
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.isReadOnly()) {
        db.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(path);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        Error e = sqlError(db.lastError(), tr("open the database %1").arg(path));
        disconnect(db);
        return e;
    }
    g_openConnections.ref();
    return db.connectionName();
}

void Database::disconnect(QSqlDatabase& db)
{
    const QString name = db.connectionName();
    if (name.isEmpty())
        return;
    if (db.isOpen())
        g_openConnections.deref();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Error Database::queryError(const QSqlQuery& query, const QString& what)
{
    if (!g_postgresUsed.loadRelaxed())
        return sqlError(query.lastError(), what, false);
    const QSqlDriver* driver = query.driver();
    return sqlError(query.lastError(), what, driver && driver->dbmsType() == QSqlDriver::PostgreSQL);
}

Error Database::sqlError(const QSqlError& error, const QString& what, bool postgres)
{
    const QString database = QStringLiteral("database");
    if (postgres) {
        // QPSQL reports the SQLSTATE; a lost connection often comes with none, only libpq's words.
        const QString state = error.nativeErrorCode();
        const QString detail
            = error.databaseText().simplified().isEmpty() ? error.text() : error.databaseText().simplified();
        if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
            || detail.contains(QLatin1String("server closed the connection"))
            || detail.contains(QLatin1String("no connection to the server"))
            || detail.contains(QLatin1String("connection to server was lost")))
            return makeError(QStringLiteral("database_connection_lost"), database,
                             tr("Could not %1: the connection to the PostgreSQL server was lost (%2). The change "
                                "was not saved; check that the server is running, then try again.")
                                 .arg(what, detail));
        if (isSqlState(state, { "53100" }))
            return makeError(QStringLiteral("disk_full"), database,
                             tr("Could not %1: the PostgreSQL server's disk is full (%2). Nothing was changed. Ask "
                                "the server's administrator to free some space, then try again.")
                                 .arg(what, detail));
        if (isSqlState(state, { "25006" }))
            return makeError(QStringLiteral("database_read_only"), database,
                             tr("Could not %1: the PostgreSQL server is read-only (%2; a standby?). Reading works, "
                                "changes do not: point the app at the primary server.")
                                 .arg(what, detail));
        if (isSqlState(state, { "40001", "40P01", "55P03" }))
            return makeError(QStringLiteral("database_busy"), database,
                             tr("Could not %1: another program's change got in the way (%2). Nothing was changed; "
                                "try again in a moment.")
                                 .arg(what, detail));
        // The team's rules (schema 8): a trigger's refusal (MN403) or a row-level security policy's.
        if (state.startsWith(QLatin1String("MN")) && state != QLatin1String("MN403"))
            return makeError(QStringLiteral("team_invalid"), QStringLiteral("db-user"),
                             tr("Could not %1: %2.").arg(what, detail));
        if (isSqlState(state, { "MN403" })
            || (isSqlState(state, { "42501" }) && detail.contains(QLatin1String("row-level security"))))
            return TeamPolicy::refusedByDatabase(detail);
        if (isSqlState(state, { "42501" }))
            return makeError(QStringLiteral("database_denied"), database,
                             tr("Could not %1: the server denied it to this user (%2). Ask the database's owner for "
                                "the privileges the inventory's tables need.")
                                 .arg(what, detail));
        if (isSqlState(state, { "XX001", "XX002" }))
            return makeError(QStringLiteral("database_damaged"), database,
                             tr("Could not %1: the PostgreSQL server reports damaged data (%2). Ask the server's "
                                "administrator to check and restore it.")
                                 .arg(what, detail));
        return makeError(QStringLiteral("database_error"), database,
                         tr("Could not %1: %2. Check the PostgreSQL server, then try again.").arg(what, detail));
    }
    // QSQLITE reports SQLite's result code (extended codes keep the primary one in the low byte).
    bool numeric = false;
    const int native = error.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (native & 0xff) : -1;
    const QString detail = error.text();
    switch (primary) {
    case kSqliteFull:
        return makeError(QStringLiteral("disk_full"), database,
                         tr("Could not %1: the disk is full (%2). Nothing was changed. Free some space on the disk "
                            "that holds the database, then try again.")
                             .arg(what, detail));
    case kSqliteReadOnly:
        return makeError(QStringLiteral("database_read_only"), database,
                         tr("Could not %1: the database is read-only (%2). Reading works, changes do not: give "
                            "yourself write permission on the file and its folder, or check whether the disk is "
                            "mounted read-only.")
                             .arg(what, detail));
    case kSqliteBusy:
    case kSqliteLocked:
        return makeError(QStringLiteral("database_busy"), database,
                         tr("Could not %1: another program held the database locked for more than 5 seconds (%2). "
                            "Nothing was changed; try again in a moment.")
                             .arg(what, detail));
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return makeError(QStringLiteral("database_damaged"), database,
                         tr("Could not %1: the database file is damaged (%2). Run `monime-portal-cli doctor` to see "
                            "what is affected, and restore the file from a backup.")
                             .arg(what, detail));
    case kSqliteCantOpen:
        return makeError(QStringLiteral("database_open"), database,
                         tr("Could not %1 (%2). Check that the folder exists and that you may read and write in "
                            "it.")
                             .arg(what, detail));
    case kSqlitePerm:
    case kSqliteAuth:
        return makeError(QStringLiteral("database_denied"), database,
                         tr("Could not %1: access was denied (%2). Check the permissions of the database file and "
                            "its folder.")
                             .arg(what, detail));
    case kSqliteIoErr:
        return makeError(QStringLiteral("database_io"), database,
                         tr("Could not %1: reading or writing the disk failed (%2). Check free disk space and the "
                            "disk's health, then try again.")
                             .arg(what, detail));
    default:
        break;
    }
    return makeError(QStringLiteral("database_error"), database,
                     tr("Could not %1: %2. Run `monime-portal-cli doctor` to check the database, then try again.")
                         .arg(what, detail));
}

bool Database::isDamage(const Error& error)
{
    return error.code == QLatin1String("database_damaged");
}

Result<void> Database::exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec()) {
        // QPSQL prepares on the server; a prepare that failed there (a lock timeout: PostgreSQL takes the tables'
        // locks to parse) leaves no statement, and executing it reports a syntax error at "EXECUTE". Prepare it
        // again to say the real cause.
        const Error error = queryError(query, what);
        const QSqlError failed = query.lastError();
        if (failed.nativeErrorCode() == QLatin1String("42601")
            && failed.databaseText().contains(QLatin1String("EXECUTE")) && !query.prepare(query.lastQuery()))
            return queryError(query, what);
        return error;
    }
    return {};
}

Result<void> Database::inspect(const QString& path)
{
    auto probe = connect(path, true);
    if (!probe.ok())
        return probe.error();
    QSqlDatabase db = QSqlDatabase::database(probe.value(), false);
    // The probe ends here whatever happens: SQLite closes its descriptor only when no other connection of
    // this process holds a lock on the file.
    struct Close
    {
        QSqlDatabase& db;
        ~Close() { disconnect(db); }
    } close { db };

    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const Error e = queryError(q, tr("read %1").arg(path));
        if (e.code == QLatin1String("database_damaged") || e.code == QLatin1String("database_error"))
            return refuse("not_a_database",
                          tr("%1 is not a Monime Developer Portal database (%2). It was left untouched; choose "
                             "another path.")
                              .arg(path, q.lastError().text()));
        return e;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion)
        return refuse("database_too_new",
                      tr("%1 was written by a newer version of Monime Developer Portal (schema %2; this version "
                         "reads up to %3). It was left untouched: update the app, or choose another database.")
                          .arg(path)
                          .arg(version)
                          .arg(kSchemaVersion));
    QSqlQuery check(db);
    if (version > 0) {
        if (!check.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'")) || !check.next()
            || check.value(0).toString() != QLatin1String("monime-portal"))
            return refuse("not_a_database",
                          tr("%1 is an SQLite database of another program. It was left untouched; choose another "
                             "path.")
                              .arg(path));
    } else if (check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && check.next()
               && check.value(0).toInt() > 0) {
        return refuse(
            "not_a_database",
            tr("%1 is an SQLite database of another program. It was left untouched; choose another path.").arg(path));
    }
    return {};
}

QString Database::location(const QString& option, const QString& saved)
{
    if (!option.isEmpty())
        return option;
    const QString fromEnvironment = qEnvironmentVariable("MONIME_PORTAL_DATABASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return saved.isEmpty() ? defaultPath() : saved;
}

Result<QString> Database::filePath(const QString& given)
{
    if (given.isEmpty())
        return refuse("database_path",
                      tr("No database path given. Pass --database PATH or set "
                         "MONIME_PORTAL_DATABASE."));
    // A URL is not a file name: without this, "postgresql://me@host/db" became an SQLite file in a new folder
    // named "postgresql:" and every command seemed to work.
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch m = scheme.match(given);
    if (!m.hasMatch()) {
        if (QFileInfo(given).isDir())
            return refuse("database_is_directory",
                          tr("%1 is a directory, not a database file. Give the path of a file, e.g. "
                             "%1/inventory.sqlite.")
                              .arg(given));
        return given;
    }
    const QString name = m.captured(1).toLower();
    const QUrl url(given);
    const QString shown = url.isValid() ? url.toDisplayString(QUrl::RemovePassword) : name + QStringLiteral("://…");
    if (name == QLatin1String("file") && url.isValid() && url.isLocalFile())
        return filePath(url.toLocalFile());
    if (name == QLatin1String("postgresql") || name == QLatin1String("postgres")) {
        if (auto target = parsePostgres(given); !target.ok())
            return target.error();
        return refuse("database_url_unsupported",
                      tr("%1 is a PostgreSQL address, not a file: it is opened as a team database, not here. "
                         "Nothing was created.")
                          .arg(shown));
    }
    return refuse("database_url_unsupported",
                  tr("%1 is a %2 address, not a file. Nothing was created. Give the path of a file, e.g. "
                     "~/monime/inventory.sqlite.")
                      .arg(shown, name));
}

bool Database::isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<void> Database::checkLocation(const QString& location)
{
    if (isPostgresUrl(location)) {
        if (auto target = parsePostgres(location); !target.ok())
            return target.error();
        return {};
    }
    if (auto file = filePath(location); !file.ok())
        return file.error();
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const QString& location)
{
    return isPostgresUrl(location) ? openPostgres(location) : openSqlite(location);
}

Result<std::unique_ptr<Database>> Database::openPostgres(const QString& url)
{
    auto parsed = parsePostgres(url);
    if (!parsed.ok())
        return parsed.error();
    const PostgresTarget& t = parsed.value();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse("database_driver",
                      tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. Install it (Debian: "
                         "apt install libqt6sql6-psql), or use an SQLite file.")
                          .arg(t.shown));
    g_postgresUsed.storeRelaxed(1);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName());
    db.setHostName(t.host);
    if (t.port > 0)
        db.setPort(t.port);
    db.setDatabaseName(t.database);
    db.setUserName(t.user);
    // No password is ever set here: libpq reads ~/.pgpass or $PGPASSFILE itself.
    db.setConnectOptions(t.options);
    if (!db.open()) {
        Error e = postgresOpenError(db.lastError(), t);
        disconnect(db);
        return e;
    }
    g_openConnections.ref();
    {
        // A lock held by another session (a teammate's long transaction, a hostile LOCK TABLE) is waited for at
        // most this long, then the change fails as "busy" and says so, instead of hanging the window.
        QSqlQuery timeout(db);
        (void)timeout.exec(QStringLiteral("SET lock_timeout = '%1ms'").arg(kLockTimeoutMs));
    }
    std::unique_ptr<Database> database(new Database(db, t.shown, true));
    db = QSqlDatabase();
    // Every open runs the migration transaction: a short lock, the version read under it, nothing else to do
    // when it is current.
    if (auto migrated = database->migrate(); !migrated.ok())
        return migrated.error();
    return database;
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& given)
{
    const Result<QString> file = filePath(given);
    if (!file.ok())
        return file.error();
    const QString path = file.value();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return refuse("database_unwritable",
                      tr("Cannot create the folder %1 for the database. Choose a location you can write to.")
                          .arg(info.absolutePath()));
    // With no shared-memory file yet, SQLite must create one even to read: on a full disk that fails half-way
    // and leaves a stub behind. Say so before touching anything. (With the file there, others have the
    // database open and reading still works.)
    const QStorageInfo disk(info.absolutePath());
    const bool readOnlyDisk = disk.isValid() && disk.isReadOnly();
    if (!readOnlyDisk && !QFileInfo::exists(path + QStringLiteral("-shm"))) {
        if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < kMinFreeBytes)
            return refuse("disk_full",
                          tr("The disk that holds %1 is full (%2 bytes free). Nothing was opened or changed. Free "
                             "some space on it, then try again.")
                              .arg(path)
                              .arg(disk.bytesAvailable()));
    }
    if (readOnlyDisk && !info.exists())
        return refuse(
            "database_read_only",
            tr("%1 cannot be created: its disk is mounted read-only. Choose a location you can write to.").arg(path));
    if (readOnlyDisk && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return refuse("database_read_only",
                      tr("%1 is on a read-only disk with changes still in its -wal file, which SQLite cannot fold in "
                         "there. Copy the file with its -wal to a writable folder, or mount the disk read-write.")
                          .arg(path));
    if (info.exists() && info.size() > 0) {
        if (!info.isReadable())
            return refuse("database_unreadable",
                          tr("Cannot read %1: permission denied. Check its permissions.").arg(path));
        if (auto inspected = inspect(path); !inspected.ok())
            return inspected.error();
    }

    auto opened = connect(path, false);
    if (!opened.ok())
        return readOnlyDisk ? refuse("database_read_only",
                                     tr("%1 is on a read-only disk and SQLite could not open it there (%2). Copy it "
                                        "to a writable folder, or mount the disk read-write.")
                                         .arg(path, opened.error().message))
                            : opened.error();
    std::unique_ptr<Database> database(new Database(QSqlDatabase::database(opened.value(), false), path));

    // A read-only file stays readable: WAL is only asked for when it is not already on.
    QSqlQuery mode(database->m_db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode")) || !mode.next())
        return queryError(mode, tr("configure the database"));
    const bool wal = mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    mode.finish();
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL") };
    if (!wal && !readOnlyDisk)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const QString& pragma : pragmas) {
        QSqlQuery p(database->m_db);
        if (!p.exec(pragma))
            return queryError(p, tr("configure the database"));
    }
    if (database->schemaVersion() != kSchemaVersion) {
        if (auto migrated = database->migrate(); !migrated.ok())
            return migrated.error();
    }
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (m_postgres)
        return q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next()
            ? q.value(0).toString().toInt()
            : -1;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::migrate()
{
    // SQLite: BEGIN IMMEDIATE, so two programs opening a new file at once do not both create the tables; the
    // version is read again under the write lock, the other program may have migrated meanwhile. PostgreSQL: the
    // same in one transaction under an advisory lock (postgresVersion), DDL included.
    QSqlQuery begin(m_db);
    if (!begin.exec(m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
        return queryError(begin, tr("upgrade the database"));
    auto work = [this]() -> Result<void> {
        int from = 0;
        if (m_postgres) {
            auto version = postgresVersion();
            if (!version.ok())
                return version.error();
            from = version.value();
        } else {
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                return queryError(q, tr("read the schema version"));
            from = q.value(0).toInt();
            q.finish();
            if (from > kSchemaVersion)
                return makeError(QStringLiteral("database_too_new"), QStringLiteral("database"),
                                 tr("%1 was upgraded by a newer version of Monime Developer Portal meanwhile (schema "
                                    "%2). Update the app.")
                                     .arg(m_path)
                                     .arg(from));
        }
        if (from == kSchemaVersion)
            return {};
        if (m_postgres && from > 0) {
            // Only the tables' owner may change them: anyone else gets told whom to ask, and nothing is touched.
            QSqlQuery owner(m_db);
            if (!owner.exec(QStringLiteral("SELECT pg_get_userbyid(c.relowner), pg_get_userbyid(c.relowner) = "
                                           "session_user OR (SELECT rolsuper FROM pg_roles WHERE rolname = "
                                           "session_user) FROM pg_class c WHERE c.oid = 'meta'::regclass"))
                || !owner.next())
                return queryError(owner, tr("read the schema version"));
            if (!owner.value(1).toBool())
                return makeError(QStringLiteral("database_upgrade_needed"), QStringLiteral("database"),
                                 tr("The team inventory %1 is at schema %2 and this version of Monime Developer "
                                    "Portal needs %3. Only the owner of its tables (the PostgreSQL user %4) can "
                                    "upgrade it: ask them to open it once with this version. Nothing was changed.")
                                     .arg(m_path)
                                     .arg(from)
                                     .arg(kSchemaVersion)
                                     .arg(owner.value(0).toString()));
        }
        return createOrUpgrade(from);
    };
    Result<void> result = work();
    QSqlQuery end(m_db);
    if (!result.ok()) {
        (void)end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        Error e = queryError(end, tr("save the upgraded database"));
        (void)QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

Result<void> Database::createOrUpgrade(int from)
{
    // One list of steps for both drivers: the statements are portable SQL (TEXT, BIGINT, INTEGER, CHECK,
    // REFERENCES … ON DELETE CASCADE); where a driver needs more, it is said at the step.
    QSqlQuery q(m_db);
    if (from < 1) {
        for (const char* statement : kSchemaV1)
            if (!q.exec(QLatin1String(statement)))
                return queryError(q, tr("create the database tables"));
        if (!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'monime-portal')")))
            return queryError(q, tr("create the database tables"));
        // Lists read newest first, ties in insertion order: SQLite's implicit rowid; PostgreSQL has none, so its
        // history tables get a column of that name, numbered by an identity sequence (the same SQL reads both).
        if (m_postgres
            && !q.exec(QStringLiteral("ALTER TABLE audit_log ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY")))
            return queryError(q, tr("create the database tables"));
    }
    if (from < 2) {
        for (const char* statement : kSchemaV2)
            if (!q.exec(QLatin1String(statement)))
                return queryError(q, tr("create the usage table"));
        if (m_postgres
            && !q.exec(QStringLiteral("ALTER TABLE usage ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY")))
            return queryError(q, tr("create the usage table"));
    }
    if (from < 3) {
        // Version 3: which process is writing a pending token ("host:pid"), so a start never rolls back
        // a create that another live process (the GUI, a parallel CLI) still has in flight.
        if (!q.exec(QStringLiteral("ALTER TABLE tokens ADD COLUMN pending_owner TEXT")))
            return queryError(q, tr("upgrade the tokens table"));
    }
    if (from < 4) {
        // Version 4: the last test's outcome as data (1 passed, 0 failed), no longer read back from its text.
        if (!q.exec(QStringLiteral("ALTER TABLE tokens ADD COLUMN last_test_passed INTEGER"))
            || !q.exec(QStringLiteral("UPDATE tokens SET last_test_passed = CASE WHEN last_test_result LIKE "
                                      "'passed:%' THEN 1 WHEN last_test_result LIKE 'failed:%' THEN 0 END")))
            return queryError(q, tr("upgrade the tokens table"));
    }
    if (from < 5) {
        // Version 5: the expiry reminders already sent, once per token and stage (30d, 7d, 1d, expired).
        if (!q.exec(QStringLiteral("CREATE TABLE reminders ("
                                   " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
                                   " stage TEXT NOT NULL CHECK (stage IN ('30d', '7d', '1d', 'expired')),"
                                   " sent_at BIGINT NOT NULL,"
                                   " PRIMARY KEY (token_id, stage))")))
            return queryError(q, tr("create the reminders table"));
    }
    if (from < 6) {
        // Version 6: where a leak scan found each token's secret (never the secret: the place).
        if (!q.exec(QStringLiteral("CREATE TABLE token_leaks ("
                                   " token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,"
                                   " location TEXT NOT NULL,"
                                   " found_at BIGINT NOT NULL,"
                                   " PRIMARY KEY (token_id, location))")))
            return queryError(q, tr("create the token leaks table"));
    }
    if (from < 7) {
        // Version 7: Monite client profiles, their entity users, and the metadata of the access tokens got
        // with them (one row per profile and grant). Never a client secret or an access token: those live in
        // the keychain only.
        for (const char* statement : kSchemaV7)
            if (!q.exec(QLatin1String(statement)))
                return queryError(q, tr("create the Monite client tables"));
        // The history is read newest first, ties in insertion order: a rowid column on PostgreSQL, as above.
        if (m_postgres
            && !q.exec(QStringLiteral("ALTER TABLE monite_history ADD COLUMN rowid BIGINT GENERATED ALWAYS AS "
                                      "IDENTITY")))
            return queryError(q, tr("create the Monite client tables"));
    }
    if (from < 8) {
        // Version 8 (issue 13): people and their team roles, who revoked a token, and a version per token that
        // every edit checks and raises (`UPDATE … WHERE id = ? AND version = ?`: a stale edit never wins silently).
        for (const char* statement : kSchemaV8)
            if (!q.exec(QLatin1String(statement)))
                return queryError(q, tr("add the team columns"));
        // PostgreSQL: the person creating or upgrading the inventory is its first owner, and the database itself
        // enforces the team's rules (row-level security and triggers), tells listeners of changes (NOTIFY).
        if (m_postgres)
            if (auto r = createTeamRules(); !r.ok())
                return r;
    }
    if (m_postgres) {
        if (!q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '%1') "
                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                        .arg(kSchemaVersion)))
            return queryError(q, tr("record the schema version"));
    } else if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
        return queryError(q, tr("record the schema version"));
    }
    return {};
}

Result<void> Database::createTeamRules()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !q.next())
        return queryError(q, tr("set up the team's rules"));
    const QString schema = q.value(0).toString();
    q.finish();
    // The first owner: whoever creates (or upgrades) the inventory. An inventory made before version 8 had one
    // person, `meta.local_monimeer`: it becomes this login's owner row, keeping its tokens.
    if (!q.exec(QStringLiteral("UPDATE monimeers SET team_role = 'owner', db_user = session_user WHERE id = (SELECT "
                               "value FROM meta WHERE key = 'local_monimeer') AND NOT EXISTS (SELECT 1 FROM monimeers "
                               "WHERE db_user = session_user)")))
        return queryError(q, tr("set up the team's first owner"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO monimeers (id, name, created_at, team_role, db_user) SELECT ?, "
                                  "session_user, ?, 'owner', session_user WHERE NOT EXISTS (SELECT 1 FROM monimeers "
                                  "WHERE db_user = session_user)"));
    insert.addBindValue(TokenSecret::randomId(QLatin1String("mmr-"), 16));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return queryError(insert, tr("set up the team's first owner"));
    for (const char* statement : kTeamRulesV8)
        if (!q.exec(QString::fromLatin1(statement).replace(QLatin1String("%1"), schema)))
            return queryError(q, tr("set up the team's rules"));
    for (const auto& grant : kTeamGrantsV8) {
        if (!q.exec(QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(grant[0])))
            || !q.exec(
                QStringLiteral("GRANT %1 ON %2 TO PUBLIC").arg(QLatin1String(grant[1]), QLatin1String(grant[0]))))
            return queryError(q, tr("set up the team's rules"));
    }
    for (const char* statement : kTeamPoliciesV8)
        if (!q.exec(QLatin1String(statement)))
            return queryError(q, tr("set up the team's rules"));
    // Nobody outside the team connects (monime_team_connect grants CONNECT to each person), when this login owns
    // the database; else its owner decides, as before.
    if (!q.exec(QStringLiteral("SELECT pg_get_userbyid(datdba) = session_user FROM pg_database WHERE datname = "
                               "current_database()"))
        || !q.next())
        return queryError(q, tr("set up the team's rules"));
    if (q.value(0).toBool()) {
        q.finish();
        if (!q.exec(QStringLiteral("SELECT format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', "
                                   "current_database())"))
            || !q.next())
            return queryError(q, tr("set up the team's rules"));
        const QString revoke = q.value(0).toString();
        q.finish();
        if (!q.exec(revoke))
            return queryError(q, tr("set up the team's rules"));
    } else {
        q.finish();
    }
    // The history tables' numbering (their `rowid` identity columns).
    if (!q.exec(QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO PUBLIC").arg(schema)))
        return queryError(q, tr("set up the team's rules"));
    return {};
}

Result<int> Database::postgresVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return queryError(q, tr("lock the database for its upgrade"));
    const QString foreign
        = tr("%1 is a PostgreSQL database of another program: it has tables, but not Monime Developer Portal's. It "
             "was left untouched; give the address of an empty database, or of a team inventory.")
              .arg(m_path);
    if (!q.exec(QStringLiteral("SELECT to_regclass('meta') IS NOT NULL")) || !q.next())
        return queryError(q, tr("read the schema version"));
    if (!q.value(0).toBool()) {
        // No inventory yet: only an empty schema becomes one.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON "
                                   "n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN "
                                   "('r', 'v', 'm', 'p', 'f', 'S')"))
            || !q.next())
            return queryError(q, tr("read the schema version"));
        if (q.value(0).toLongLong() > 0)
            return refuse("not_a_database", foreign);
        return 0;
    }
    // Another program's "meta" may have other columns: a failed read is a refusal, and rolls back nothing.
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application', 'schema_version')")))
        return refuse("not_a_database", foreign);
    QString application;
    int version = -1;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("application"))
            application = q.value(1).toString();
        else
            version = q.value(1).toString().toInt();
    }
    if (application != QLatin1String("monime-portal") || version < 1)
        return refuse("not_a_database", foreign);
    if (version > kSchemaVersion)
        return refuse("database_too_new",
                      tr("%1 was written by a newer version of Monime Developer Portal (schema %2; this version "
                         "reads up to %3). It was left untouched: update the app, or choose another database.")
                          .arg(m_path)
                          .arg(version)
                          .arg(kSchemaVersion));
    return version;
}

Result<IntegrityReport> Database::checkIntegrity(bool quick)
{
    IntegrityReport report;
    if (m_postgres) { // the server checks its own pages (and reports damage as SQLSTATE XX001)
        report.ok = true;
        return report;
    }
    report.quick = quick || QFileInfo(m_path).size() > kFullCheckMaxBytes;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // SQLite reports some damage as rows, and some (an unreadable page on the way) as the check failing.
    auto failed = [&q, &report]() -> std::optional<Error> {
        Error e = queryError(q, tr("check the database"));
        if (!isDamage(e))
            return e;
        report.problems.append(q.lastError().text());
        return std::nullopt;
    };
    if (!q.exec(report.quick ? QStringLiteral("PRAGMA quick_check(50)")
                             : QStringLiteral("PRAGMA integrity_check(50)"))) {
        if (auto e = failed())
            return *e;
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems.append(line);
        }
        if (q.lastError().isValid())
            if (auto e = failed())
                return *e;
    }
    report.ok = report.problems.isEmpty();
    return report;
}

Result<void> Database::reconnect()
{
    if (!m_postgres)
        return {};
    {
        QSqlQuery ping(m_db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return {};
    }
    if (m_db.isOpen()) {
        m_db.close();
        g_openConnections.deref();
    }
    if (!m_db.open())
        return sqlError(m_db.lastError(), tr("connect to the team database again"), true);
    g_openConnections.ref();
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()>& work)
{
    if (!m_db.transaction()) {
        Error e = sqlError(m_db.lastError(), tr("start a transaction"), m_postgres);
        // A team database whose connection was lost before this change began (the server restarted, an
        // administrator ended the session): nothing was sent yet, so connect again and begin once more. A change
        // cut off midway is not retried here: it was rolled back, and its caller says it was not saved.
        if (e.code != QLatin1String("database_connection_lost") || !reconnect().ok() || !m_db.transaction())
            return e;
    }
    Result<void> result = work();
    if (!result.ok()) {
        m_db.rollback();
        return result;
    }
    if (!m_db.commit()) {
        Error e = sqlError(m_db.lastError(), tr("save the change"), m_postgres);
        m_db.rollback();
        return e;
    }
    return {};
}

} // namespace monime
