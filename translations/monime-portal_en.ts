<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>SandboxMain</name>
    <message numerus="yes">
        <source>monime-sandbox emulating Monite's API on %1 (%n client(s), tokens live %2 s, configuration: %3)</source>
        <translation>
            <numerusform>monime-sandbox emulating Monite's API on %1 (%n client, tokens live %2 s, configuration: %3)</numerusform><numerusform>monime-sandbox emulating Monite's API on %1 (%n clients, tokens live %2 s, configuration: %3)</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::Cli</name>
    <message numerus="yes">
        <source>note: rolled back %n unfinished token(s) left by an earlier crash.</source>
        <translation>
            <numerusform>note: rolled back %n unfinished token left by an earlier crash.</numerusform><numerusform>note: rolled back %n unfinished tokens left by an earlier crash.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::DetailsPanel</name>
    <message numerus="yes">
        <source>%1 of %n permission(s) usable</source>
        <translation>
            <numerusform>%1 of %n permission usable</numerusform><numerusform>%1 of %n permissions usable</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::ExpiryReminder</name>
    <message numerus="yes">
        <source>Token "%1" expires in %n day(s)</source>
        <translation>
            <numerusform>Token "%1" expires in %n day</numerusform><numerusform>Token "%1" expires in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more token(s) near expiry</source>
        <translation>
            <numerusform>%n more token near expiry</numerusform><numerusform>%n more tokens near expiry</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation>
            <numerusform>%1: %n day left</numerusform><numerusform>%1: %n days left</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::HealthCheck</name>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expires in %n day, on %1.</numerusform><numerusform>Expires in %n days, on %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Created %n day(s) ago; the rotation period is %1 days.</source>
        <translation>
            <numerusform>Created %n day ago; the rotation period is %1 days.</numerusform><numerusform>Created %n days ago; the rotation period is %1 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Not used for %n day(s).</source>
        <translation>
            <numerusform>Not used for %n day.</numerusform><numerusform>Not used for %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Never used since it was created %n day(s) ago.</source>
        <translation>
            <numerusform>Never used since it was created %n day ago.</numerusform><numerusform>Never used since it was created %n days ago.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The secret was found in %n place(s), e.g. %1: anyone who can read it can use the token.</source>
        <translation>
            <numerusform>The secret was found in %n place, e.g. %1: anyone who can read it can use the token.</numerusform><numerusform>The secret was found in %n places, e.g. %1: anyone who can read it can use the token.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The client secret of Monite profile "%1" was stored %n day(s) ago, on %2; the rotation period is %3 days.</source>
        <translation>
            <numerusform>The client secret of Monite profile "%1" was stored %n day ago, on %2; the rotation period is %3 days.</numerusform><numerusform>The client secret of Monite profile "%1" was stored %n days ago, on %2; the rotation period is %3 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Monite profile "%1" has not got, tested or revoked a token for %n day(s).</source>
        <translation>
            <numerusform>Monite profile "%1" has not got, tested or revoked a token for %n day.</numerusform><numerusform>Monite profile "%1" has not got, tested or revoked a token for %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Monite profile "%1" has not been used since it was added %n day(s) ago.</source>
        <translation>
            <numerusform>Monite profile "%1" has not been used since it was added %n day ago.</numerusform><numerusform>Monite profile "%1" has not been used since it was added %n days ago.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::HealthView</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform><numerusform>%n findings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> on %1 of %n token(s). Press Enter on a finding to go to its token.</source>
        <translation>
            <numerusform> on %1 of %n token. Press Enter on a finding to go to its token.</numerusform><numerusform> on %1 of %n tokens. Press Enter on a finding to go to its token.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n Monite client(s) checked too.</source>
        <translation>
            <numerusform>%n Monite client checked too.</numerusform><numerusform>%n Monite clients checked too.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::HtmlReportWriter</name>
    <message numerus="yes">
        <source>Tokens (%n)</source>
        <translation>
            <numerusform>Tokens (%n)</numerusform><numerusform>Tokens (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health findings (%n)</source>
        <translation>
            <numerusform>Health findings (%n)</numerusform><numerusform>Health findings (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Monite clients (%n)</source>
        <translation>
            <numerusform>Monite clients (%n)</numerusform><numerusform>Monite clients (%n)</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::InventoryCopy</name>
    <message numerus="yes">
        <source>%n token(s) of this inventory are in %1 with another secret: %2. Nothing was copied. These are different tokens under one id (or one secret under two ids): revoke and remove the wrong one, or copy into another team database.</source>
        <translation>
            <numerusform>%n token of this inventory are in %1 with another secret: %2. Nothing was copied. These are different tokens under one id (or one secret under two ids): revoke and remove the wrong one, or copy into another team database.</numerusform><numerusform>%n tokens of this inventory are in %1 with another secret: %2. Nothing was copied. These are different tokens under one id (or one secret under two ids): revoke and remove the wrong one, or copy into another team database.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::LeakScanDialog</name>
    <message numerus="yes">
        <source>%n commit(s) scanned…</source>
        <translation>
            <numerusform>%n commit scanned…</numerusform><numerusform>%n commits scanned…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) scanned…</source>
        <translation>
            <numerusform>%n file scanned…</numerusform><numerusform>%n files scanned…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No Monime tokens found in %n file(s).</source>
        <translation>
            <numerusform>No Monime tokens found in %n file.</numerusform><numerusform>No Monime tokens found in %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s)</source>
        <translation>
            <numerusform>Found %n token</numerusform><numerusform>Found %n tokens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n place(s).</source>
        <translation>
            <numerusform>in %n place.</numerusform><numerusform>in %n places.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n token(s) shown</source>
        <translation>
            <numerusform>%1 of %n token shown</numerusform><numerusform>%1 of %n tokens shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token id(s).</source>
        <translation>
            <numerusform>Copied %n token id.</numerusform><numerusform>Copied %n token ids.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s). Applications using them stop working now.</source>
        <translation>
            <numerusform>Revoked %n token. Applications using them stop working now.</numerusform><numerusform>Revoked %n tokens. Applications using them stop working now.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::MoniteVerdict</name>
    <message numerus="yes">
        <source>It acts as this user within their entity, with role "%1": %n action(s) allowed, some perhaps only on objects the user created.</source>
        <translation>
            <numerusform>It acts as this user within their entity, with role "%1": %n action allowed, some perhaps only on objects the user created.</numerusform><numerusform>It acts as this user within their entity, with role "%1": %n actions allowed, some perhaps only on objects the user created.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::OneTimeTokenDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform><numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::PdfReportWriter</name>
    <message numerus="yes">
        <source>Tokens (%n)</source>
        <translation>
            <numerusform>Tokens (%n)</numerusform><numerusform>Tokens (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform><numerusform>%n days left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Health findings (%n)</source>
        <translation>
            <numerusform>Health findings (%n)</numerusform><numerusform>Health findings (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Monite clients (%n)</source>
        <translation>
            <numerusform>Monite clients (%n)</numerusform><numerusform>Monite clients (%n)</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::RevokeDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;Revoke %n token(s)?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Every application using them stops working &lt;b&gt;at once&lt;/b&gt;. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Revoke %n token?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Every application using them stops working &lt;b&gt;at once&lt;/b&gt;. This cannot be undone.&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;Revoke %n tokens?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Every application using them stops working &lt;b&gt;at once&lt;/b&gt;. This cannot be undone.&lt;/p&gt;</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::SandboxServer</name>
    <message numerus="yes">
        <source>the team database cannot be reached (%1); serving from the cache (%n token(s) already checked) until it is back. Tokens not yet checked are refused meanwhile.</source>
        <translation>
            <numerusform>the team database cannot be reached (%1); serving from the cache (%n token already checked) until it is back. Tokens not yet checked are refused meanwhile.</numerusform><numerusform>the team database cannot be reached (%1); serving from the cache (%n tokens already checked) until it is back. Tokens not yet checked are refused meanwhile.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::TokenTableModel</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform><numerusform>expired %n days ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 and %n more</numerusform><numerusform>%1, %2 and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n IP rule</numerusform><numerusform>%n IP rules</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::UsageView</name>
    <message numerus="yes">
        <source>%n call(s) in this period.</source>
        <translation>
            <numerusform>%n call in this period.</numerusform><numerusform>%n calls in this period.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::cli::DoctorCommand</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform><numerusform>%n problems found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No problems; %n warning(s) above.</source>
        <translation>
            <numerusform>No problems; %n warning above.</numerusform><numerusform>No problems; %n warnings above.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished create(s) left by a program that stopped half-way (%1). Any next command rolls them back (row and keychain item): run monime-portal-cli list.</source>
        <translation>
            <numerusform>%n unfinished create left by a program that stopped half-way (%1). Any next command rolls them back (row and keychain item): run monime-portal-cli list.</numerusform><numerusform>%n unfinished creates left by a program that stopped half-way (%1). Any next command rolls them back (row and keychain item): run monime-portal-cli list.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n create(s) being finished by another running program (%1); nothing to do.</source>
        <translation>
            <numerusform>%n create being finished by another running program (%1); nothing to do.</numerusform><numerusform>%n creates being finished by another running program (%1); nothing to do.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>every Monite profile has its client secret in the keychain (%n profile(s); %1 keychain items: client secrets and access tokens)</source>
        <translation>
            <numerusform>every Monite profile has its client secret in the keychain (%n profile; %1 keychain items: client secrets and access tokens)</numerusform><numerusform>every Monite profile has its client secret in the keychain (%n profiles; %1 keychain items: client secrets and access tokens)</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::cli::ExportCommand</name>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>Exported %n token to %1.</numerusform><numerusform>Exported %n tokens to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The report holds %n health finding(s).</source>
        <translation>
            <numerusform>The report holds %n health finding.</numerusform><numerusform>The report holds %n health findings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n Monite client(s) to %1.</source>
        <translation>
            <numerusform>Exported %n Monite client to %1.</numerusform><numerusform>Exported %n Monite clients to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>It lists %n Monite client(s), never their secrets.</source>
        <translation>
            <numerusform>It lists %n Monite client, never their secrets.</numerusform><numerusform>It lists %n Monite clients, never their secrets.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::cli::HealthCommand</name>
    <message numerus="yes">
        <source>No findings: all %n token(s) pass the health check.</source>
        <translation>
            <numerusform>No findings: all %n token pass the health check.</numerusform><numerusform>No findings: all %n tokens pass the health check.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low.</source>
        <translation>
            <numerusform>%n finding: %1 high, %2 medium, %3 low.</numerusform><numerusform>%n findings: %1 high, %2 medium, %3 low.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) have findings.</source>
        <translation>
            <numerusform>%1 of %n token have findings.</numerusform><numerusform>%1 of %n tokens have findings.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No findings for the %n Monite client(s) either.</source>
        <translation>
            <numerusform>No findings for the %n Monite client either.</numerusform><numerusform>No findings for the %n Monite clients either.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n Monite client(s) have findings.</source>
        <translation>
            <numerusform>%1 of %n Monite client have findings.</numerusform><numerusform>%1 of %n Monite clients have findings.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::cli::MigrateCommand</name>
    <message numerus="yes">
        <source>Dry run: nothing was written. %1 → %2 would add %n row(s).</source>
        <translation>
            <numerusform>Dry run: nothing was written. %1 → %2 would add %n row.</numerusform><numerusform>Dry run: nothing was written. %1 → %2 would add %n rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 → %2: %n row(s) added.</source>
        <translation>
            <numerusform>Copied %1 → %2: %n row added.</numerusform><numerusform>Copied %1 → %2: %n rows added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>note: %n unfinished token(s) (pending: a create that never completed) were not copied.</source>
        <translation>
            <numerusform>note: %n unfinished token (pending: a create that never completed) were not copied.</numerusform><numerusform>note: %n unfinished tokens (pending: a create that never completed) were not copied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>warning: %n token(s) revoked here are still active in the team database (copied before they were revoked): %1. Revoke them there: monime-portal-cli --database URL revoke ID.</source>
        <translation>
            <numerusform>warning: %n token revoked here are still active in the team database (copied before they were revoked): %1. Revoke them there: monime-portal-cli --database URL revoke ID.</numerusform><numerusform>warning: %n tokens revoked here are still active in the team database (copied before they were revoked): %1. Revoke them there: monime-portal-cli --database URL revoke ID.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::cli::RotateCommand</name>
    <message numerus="yes">
        <source>%1 stays valid for %n more hour(s).</source>
        <translation>
            <numerusform>%1 stays valid for %n more hour.</numerusform><numerusform>%1 stays valid for %n more hours.</numerusform></translation>
    </message>
    </context>
<context>
    <name>monime::cli::ScanCommand</name>
    <message numerus="yes">
        <source>Scanned %n commit(s).</source>
        <translation>
            <numerusform>Scanned %n commit.</numerusform><numerusform>Scanned %n commits.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n file(s)</source>
        <translation>
            <numerusform>Scanned %n file</numerusform><numerusform>Scanned %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s)</source>
        <translation>
            <numerusform>Found %n token</numerusform><numerusform>Found %n tokens</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n place(s).</source>
        <translation>
            <numerusform>in %n place.</numerusform><numerusform>in %n places.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read, e.g. %1.</source>
        <translation>
            <numerusform>%n file could not be read, e.g. %1.</numerusform><numerusform>%n files could not be read, e.g. %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n allowed by .monime-scan-ignore or monime-scan:allow.</source>
        <translation>
            <numerusform>%n allowed by .monime-scan-ignore or monime-scan:allow.</numerusform><numerusform>%n allowed by .monime-scan-ignore or monime-scan:allow.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n other place(s)</source>
        <translation>
            <numerusform>and %n other place</numerusform><numerusform>and %n other places</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>Revoked %n token.</numerusform><numerusform>Revoked %n tokens.</numerusform></translation>
    </message>
    </context>
</TS>