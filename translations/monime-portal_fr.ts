<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Monime Developer Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Monime API access tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the token inventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::AccessPolicy</name>
    <message>
        <source>Access granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing, malformed or unknown access token. Send &quot;Authorization: Bearer &lt;token&gt;&quot; with a token created in the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token has been revoked. Create a new token (or rotate) and update your integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token has expired. Create a new token (or rotate) and update your integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s type does not match this API environment: use a mon_test_ token against the test environment and a mon_ token against live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request comes from an IP address outside this token&apos;s IP whitelist. Call from a whitelisted address or add this one to the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Monime-Space-Id header is missing. Send the id of the Space you operate in (spc-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Space has the id given in Monime-Space-Id. Check the id on the Developer page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is whitelisted to another Space. Use that Space, or a token without a Space whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s owner is not a member of this Space. Ask a Space owner to invite them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not have the permission %1. Create a token that includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s role in this Space does not grant %1, so the token cannot use it here. Ask a Space owner to adjust the role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::AccessRepository</name>
    <message>
        <source>look up the Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::AddSpaceDialog</name>
    <message>
        <source>Add a Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces are listed with their ids on the Developer page of your Monime dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::ApiClient</name>
    <message>
        <source>The server answered, but not with JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 bytes. This URL is probably not a Monime API (a web page, a proxy or a captive portal answered). Check the target URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was JSON but carried no error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered JSON, but not Monime&apos;s root endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no status.isAuthenticated field. Check that the target URL is the API&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing, invalid or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not known here: check that it is the whole token and that the server reads this inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is revoked: create a new one or rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired: create a new one or rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s type does not match the server&apos;s environment (a live token against test, or a test token against live).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s address is not in the token&apos;s IP whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API did not accept the token. It is missing, mistyped, revoked or expired; check it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live token — real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production mode: real financial transactions will occur with this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid test token — safe, no real money moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the test environment: transactions are simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API release %1 is deprecated: move to a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Space given is not usable with this token (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host. Use e.g. https://api.monime.io.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. The server may be down, overloaded, or blocked by a firewall; check the URL and your network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check the URL&apos;s spelling and your internet connection or DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check the computer&apos;s date and time, and that no proxy or antivirus intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 port %2. Is the server running, and is the port right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::AuditLog</name>
    <message>
        <source>write the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::Catalog</name>
    <message>
        <source>The catalog is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has more than %1 permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service has no id or no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1 names an unknown permission %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog needs at least one service, one role and one API release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::CliApp</name>
    <message>
        <source>The inventory database file (default: $MONIME_PORTAL_DATABASE, else the per-user file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token, then press Enter (it is not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monime-portal-cli: error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `monime-portal-cli --help` for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `monime-portal-cli %1 --help` for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: unfinished tokens from an earlier crash could not be rolled back yet (%1); they are hidden and will be retried next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: rolled back %n unfinished token(s) left by an earlier crash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Space (or change your role in it), or list your Spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Space&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in the Space: owner, admin, developer, finance, viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token; its secret is printed once, on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token is for (1-100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test token (mon_test_): simulated transactions, 2-month expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live token (mon_): real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default API release, e.g. caph.2025-08-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission such as payments:read; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2m, 1y, never, YYYY-MM-DD (00:00 UTC) or an ISO-8601 date-time (UTC unless it has an offset). Live only; test tokens always expire after 2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist one Space, by id or name (live only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist an IP address or CIDR range (live only); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tokens (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only test or only live tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a token&apos;s details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a token, at once and for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is revoked (kept in the history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a token with a new one with the same settings; the new secret is printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours the old token stays valid (default 0: revoked at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a token made in the real Monime portal; the token is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the token is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its default API release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission it was given; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it expires, as the portal showed (live tokens only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Space whitelist (live only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its IP whitelist (live only); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database and the keychain, and say how to fix what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a token report (never a secret) to a CSV, JSON, HTML or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; it appears only once complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json, html or pdf (default: from the file name&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens whose name, id or a permission contains TEXT (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated columns (default all): name,id,type,status,created,expires,days_left,api_release,permissions,space_whitelist,ip_whitelist,owner,last_used,last_tested,last_test_result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation period for the health findings (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every active token for risks and say how to fix each; exit status 3 when one is high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag tokens older than this many days (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List services, permissions, Space roles and API releases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: monime-portal-cli [--database PATH] COMMAND [OPTIONS] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Monime API access tokens: secrets in the OS keychain, metadata in a local database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `monime-portal-cli COMMAND --help` for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: monime-portal-cli [--database PATH] %1 [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API releases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space add takes one Space id, e.g. space add spc-k6PWMZvKxSJ1 --name &quot;Acme&quot; --role developer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is required: your role in the Space (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1 (%2) saved; your role there: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Spaces yet. Add one: monime-portal-cli space add spc-ID --name NAME --role ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space needs a subcommand: add or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown space subcommand &quot;%1&quot;; use add or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> token &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  expires:     </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  permissions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token follows on standard output. Copy it now: it is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--test and --live exclude each other: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which kind of token: --test (mon_test_, simulated) or --live (mon_, real money).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be active, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--environment must be test or live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens. Create one: monime-portal-cli create --name NAME --test --release %1 --permission payments:read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes one token id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST (mon_test_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE (mon_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expires soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke takes one token id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 (&quot;%2&quot;): it stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate takes one token id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace must be a whole number of hours, e.g. --grace 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 stays valid for %n more hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated: new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import reads the token from standard input, never from an argument (arguments end up in shell history). Pipe it in or paste it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monime-portal-cli: error: token: nothing was read from standard input. Pipe the token in, e.g. `monime-portal-cli import --name NAME ... &lt; token.txt`, or paste it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (schema %2): %3 tokens, %4 Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 services, %2 permissions, %3 roles, %4 API releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain returned a different secret than was stored. Your keychain may be damaged; check it with your desktop&apos;s password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stores, reads and deletes secrets (%2 ms round trip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rotation-days must be a whole number of days, 1 or more (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required: the file to write, e.g. --output tokens.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv, json, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which format with --format csv|json|html|pdf (the file name&apos;s suffix does not say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n health finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No findings: all %n token(s) pass the health check.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 high, %2 medium, %3 low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> on %1 of %n token(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>monime::CreateTokenWizard</name>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::Database</name>
    <message>
        <source>Could not %1: %2. Check that the disk is not full and that no other program holds the database locked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path given. Pass --database PATH or set MONIME_PORTAL_DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file. Give the path of a file, e.g. %1/inventory.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Choose a location you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Monime Developer Portal database (it is not an SQLite file). It was left untouched; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a database (%2). It was left untouched; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Monime Developer Portal (schema %2; this version reads up to %3). It was left untouched: update the app, or choose another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. It was left untouched; choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the database tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the usage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a transaction: %1. Another program may hold the database locked; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1. Check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database: %1. Check that the file is not damaged (monime-portal-cli doctor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::DetailsPanel</name>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see its details, where it works, and its history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST (mon_test_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE (mon_) — real money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Effective access by Space&lt;/h4&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Add your Spaces to see what this token can do in each.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n permission(s) usable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✔ granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ missing from your role here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ you are not a member of this Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ blocked: the token is whitelisted to another Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::Expiry</name>
    <message>
        <source>&quot;%1&quot; is not an expiry. Use 2m (two months), 1y (one year), never, a date such as 2027-01-31, or a date and time such as 2027-01-31T18:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a custom expiry date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry %1 is in the past. Choose a future date, or a preset such as 2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry %1 is less than an hour away. Choose an instant at least one hour from now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::HealthCheck</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token never expires: if it leaks, it works until someone notices and revokes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a replacement that expires (1 year or less), move your integration to it, then revoke this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in less than a day, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it before then and deploy the new secret, or your integration stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created %n day(s) ago; the rotation period is %1 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it (with a grace period if your integration needs time) and deploy the new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live token without an IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who gets this live token can move real money with it from any IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a replacement whitelisted to your servers&apos; addresses or ranges, move your integration to it, then revoke this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live token without a Space whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This live token works in every Space you belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a replacement whitelisted to the one Space it serves, move your integration to it, then revoke this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not used for %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used since it was created %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If nothing needs it any more, revoke it: an unused token is a risk with no benefit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can send payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This live token has payouts:write: it can send real money out of your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This test token has payouts:write; a live token made the same way could send real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep payouts:write only on the token that sends payouts, with an IP whitelist; replace this one with a token without it otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last test, on %1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test it again; if it still fails, check its environment, whitelists and permissions, or rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::HtmlReportWriter</name>
    <message>
        <source>Monime token report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never part of a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiries over the next 12 months (active tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tokens (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Health findings (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: every token in this report passes the health check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::IpRule</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter an IPv4 address such as 203.0.113.45, an IPv6 address such as 2001:db8::1, or a CIDR range such as 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use /0 to /%2 for an %3 range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set after the /%2 prefix. Did you mean %3/%4?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::KeychainSecretStore</name>
    <message>
        <source>The keychain has no secret for this token (it may have been deleted outside the app). Revoke the token and create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was cancelled. Nothing was changed; try again and allow access when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked: unlock it (for GNOME, log in to the desktop or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Start a Secret Service provider such as gnome-keyring or KWallet in your desktop session (it needs a D-Bus session bus), then try again. Secrets are never stored in plain text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is reachable (%1). Start a Secret Service provider such as gnome-keyring in a session with a D-Bus session bus, then try again. Secrets are never stored in plain text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Check that your keychain is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain (Secret Service or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. It may be waiting for an unlock prompt, or no keychain service is running: unlock or start it, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::MainWindow</name>
    <message>
        <source>Monime Developer Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access Tokens&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new access token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, id or permission (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test and live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Token actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space %1, id %2, your role %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Access tokens let your applications call Monime&apos;s APIs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Add the Spaces you belong to (&lt;i&gt;Add Space…&lt;/i&gt;, left), with your role in each.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Press &lt;b&gt;Create token&lt;/b&gt; (Ctrl+N). Start with a &lt;b&gt;test&lt;/b&gt; token: no real money moves.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No access tokens yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Create token&lt;/b&gt; (Ctrl+N). Start with a &lt;b&gt;test&lt;/b&gt; token (mon_test_): no real money moves.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token id(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s). Applications using them stop working now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token with the same settings replaces this one.
Hours the old token keeps working (0: revoke it at once):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::OneTimeTokenDialog</name>
    <message>
        <source>Copy your new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 token “%2” created&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the token is shown.&lt;/b&gt; Copy it now and store it in a secrets manager or an environment variable. If you lose it, create a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires: %1 · Permissions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the token. Once this window closes it cannot be shown again, and you would need to create a new token. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::PermissionsPage</name>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least privilege: grant only what the integration needs. In each Space the token can never do more than your role there allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Services (filter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available &amp;permissions (Enter or double-click to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selected permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen (Delete on a pill removes it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::PillBox</name>
    <message>
        <source>Chosen permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, press Delete to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::Report</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one column, e.g. name,id,status. Columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expires soon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::ReportErrors</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::ReportExporter</name>
    <message>
        <source>This program cannot write %1 reports; choose CSV, JSON or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name given: say where to write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name inside it, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another place; nothing was left under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish writing %1 (%2). Free some disk space or choose another place; nothing was left under that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::ReportFilter</name>
    <message>
        <source>none (every token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::RestrictionsPage</name>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production only: limit where the token works. Both are optional, and both are good practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tokens cannot be restricted: switch Test Mode off on the first page for a live token with whitelists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist &amp;Space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist &amp;IP addresses (single addresses or CIDR ranges, IPv4 or IPv6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or range to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.45 or 203.0.113.0/24 or 2001:db8::/32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything, then press Create. The token is shown once, right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEST — prefix mon_test_, simulated transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;LIVE — prefix mon_, real money&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::RevokeDialog</name>
    <message>
        <source>Revoke token</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Revoke %n token(s)?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Every application using them stops working &lt;b&gt;at once&lt;/b&gt;. This cannot be undone.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. leaked in a CI log; integration retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::SandboxApi</name>
    <message>
        <source>%1 is not allowed on /; use GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no endpoint at %1. The sandbox serves GET / and /v1/&lt;resource&gt;[/&lt;id&gt;] for the catalog&apos;s services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monime-Version &quot;%1&quot; is not an API release; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests for this Space: at most %1 per second in this environment. Wait for Retry-After seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests with this token: at most %1 per second in this environment. Wait for Retry-After seconds, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST needs an Idempotency-Key header: a unique value (up to 64 characters, e.g. a UUID) per logical request, reused on retries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key header is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used with a different request. Use a new key for a new request; reuse a key only to retry the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object, e.g. {&quot;name&quot;: &quot;Main account&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 object has the id &quot;%2&quot; in this Space and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;after&apos; cursor is not an id in this list; use the &apos;next&apos; value of a previous page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::SandboxServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another port (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open connections; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database (takes effect at next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation period in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate tokens every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default API release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default API &amp;release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (takes effect at next start):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::SpaceRepository</name>
    <message>
        <source>read the Monimeer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the Monimeer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the Space role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the Spaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::TokenBasicsPage</name>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the token after what it is for, choose its environment and how long it lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Main Website Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test mode — simulated transactions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry (use with caution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom expiry date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default API release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default API &amp;release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token prefix &lt;b&gt;mon_test_&lt;/b&gt;. Expires after 2 months; no whitelists. No real money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token prefix &lt;b&gt;mon_&lt;/b&gt;. &lt;b&gt;Live: processes real money.&lt;/b&gt; All options are available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::TokenRepository</name>
    <message>
        <source>This token is already in the inventory; it was not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the token&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the token&apos;s IP whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish saving the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look for unfinished tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token has the id &quot;%1&quot;. Run `monime-portal-cli list` to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the token names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the token&apos;s last use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the token&apos;s test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::TokenRules</name>
    <message>
        <source>Enter a token name that says what the token is for, e.g. &quot;Main Website Integration&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has %1 characters; shorten it to %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab or line break); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains an invisible or text-direction character; retype it without pasting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Space id. Space ids start with spc- (or spc_) followed by letters and digits, e.g. spc-k6PWMZvKxSJ1; copy it from the Developer page of the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another token is already called &quot;%1&quot;. Distinct names make tokens easier to tell apart and revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tokens always expire after 2 months; leave the expiry out, or switch Test Mode off for a live token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token without an expiry stays valid until revoked; if it leaks, it is a risk forever. Prefer 1 year and rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a default API release (for example %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known API release. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tokens cannot be restricted to a Space; remove the Space whitelist or switch Test Mode off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test tokens cannot be restricted to IP addresses; remove the IP whitelist or switch Test Mode off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known permission. Permissions are SERVICE:read or SERVICE:write, e.g. payments:read; run `monime-portal-cli permissions` to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the selected services; select its service or remove the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one permission; grant only what the integration needs (least privilege).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::TokenSecret</name>
    <message>
        <source>This is not a Monime access token: it must start with mon_ (live) or mon_test_ (test). Copy the whole token from the portal&apos;s one-time dialog and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains a character that Monime tokens never have (only letters and digits follow the prefix). Check for spaces, quotes or a line break and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has %1 characters after its prefix; Monime tokens have between %2 and %3. It may be cut short: copy it again in full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::TokenService</name>
    <message>
        <source>An unfinished create was rolled back at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Space &quot;%1&quot; is known here. Add it first (monime-portal-cli space add %1 --name NAME --role ROLE), or pick one of your Spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token created; permissions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is already in the inventory as &quot;%1&quot; (%2); it was not imported twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token imported; permissions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grace period must be between 0 and %1 hours (30 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 was revoked on %2; a revoked token cannot be rotated. Create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 is already being rotated (it will be revoked on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated to %1; stays valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotated to %1; revoked at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 was already revoked on %2 (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked by the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Space role. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TEST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ⚠ soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
ID: %2
Hint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monime::UsageRepository</name>
    <message>
        <source>record API usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the token&apos;s last use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read API usage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
