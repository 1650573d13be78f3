<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>SandboxMain</name>
    <message>
        <source>The inventory database (default: $MONIME_PORTAL_DATABASE, else the per-user file).</source>
        <translation>La base de l&apos;inventaire (par défaut : $MONIME_PORTAL_DATABASE, sinon le fichier de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Address to bind (default 127.0.0.1; :: for every IPv6 and IPv4 address).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1 ; :: pour toutes les adresses IPv6 et IPv4).</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one (default 8420).</source>
        <translation>Port d&apos;écoute ; 0 en choisit un libre (par défaut 8420).</translation>
    </message>
    <message>
        <source>API environment: auto (from the token), test or live.</source>
        <translation>Environnement de l&apos;API : auto (selon le jeton), test ou live.</translation>
    </message>
    <message>
        <source>Apply Monime&apos;s rate limits (per Space 100/s test, 500/s live; per token 20/s, 80/s).</source>
        <translation>Appliquer les limites de débit de Monime (par Space 100/s en test, 500/s en live ; par jeton 20/s, 80/s).</translation>
    </message>
    <message>
        <source>Close keep-alive connections that are idle, or do not read their answers, after MS milliseconds.</source>
        <translation>Fermer après MS millisecondes les connexions persistantes inactives ou qui ne lisent pas leurs réponses.</translation>
    </message>
    <message>
        <source>Answer 408 when a request has not arrived whole after MS milliseconds.</source>
        <translation>Répondre 408 quand une requête n&apos;est pas arrivée entière après MS millisecondes.</translation>
    </message>
    <message>
        <source>Speak this language (en, fr) instead of the one of the locale.</source>
        <translation>Parler cette langue (en, fr) au lieu de celle de la locale.</translation>
    </message>
    <message>
        <source>Keep at most N connections open (default 4096; lowered to fit the descriptor limit).</source>
        <translation>Garder au plus N connexions ouvertes (par défaut 4096 ; réduit selon la limite de descripteurs).</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --host must be an IP address, e.g. 127.0.0.1 or ::1.</source>
        <translation>monime-sandbox : erreur : --host doit être une adresse IP, par ex. 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --port must be 0-65535.</source>
        <translation>monime-sandbox : erreur : --port doit être entre 0 et 65535.</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --environment must be auto, test or live.</source>
        <translation>monime-sandbox : erreur : --environment doit être auto, test ou live.</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --idle-timeout must be at least 10 (milliseconds).</source>
        <translation>monime-sandbox : erreur : --idle-timeout doit valoir au moins 10 (millisecondes).</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --request-timeout must be at least 10 (milliseconds).</source>
        <translation>monime-sandbox : erreur : --request-timeout doit valoir au moins 10 (millisecondes).</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --max-connections must be at least 1.</source>
        <translation>monime-sandbox : erreur : --max-connections doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>monime-sandbox: error: %1</source>
        <translation>monime-sandbox : erreur : %1</translation>
    </message>
    <message>
        <source>monime-sandbox listening on %1 (environment: %2, rate limits: on, database: %3)</source>
        <translation>monime-sandbox écoute sur %1 (environnement : %2, limites de débit : actives, base : %3)</translation>
    </message>
    <message>
        <source>monime-sandbox listening on %1 (environment: %2, rate limits: off, database: %3)</source>
        <translation>monime-sandbox écoute sur %1 (environnement : %2, limites de débit : inactives, base : %3)</translation>
    </message>
    <message>
        <source>At most %1 connections at once (descriptor limit); idle ones closed after %2 ms.</source>
        <translation>Au plus %1 connexions à la fois (limite de descripteurs) ; les inactives sont fermées après %2 ms.</translation>
    </message>
    <message>
        <source>Keep the sandbox&apos;s objects (accounts, transfers, payments, …) in FILE across restarts (default: in memory only).</source>
        <translation>Conserver les objets du bac à sable (comptes, transferts, paiements, …) dans FILE d&apos;un redémarrage à l&apos;autre (par défaut : en mémoire seulement).</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --%1 is for Monime&apos;s API and has no effect with --monite-config. Leave it out.</source>
        <translation>monime-sandbox : erreur : l&apos;option --%1 concerne l&apos;API de Monime et n&apos;a aucun effet avec --monite-config. Retirez-la.</translation>
    </message>
    <message>
        <source>Added the client &quot;%1&quot; to %2. Its secret is shown above only this once; the file keeps its SHA-256.</source>
        <translation>Client « %1 » ajouté à %2. Son secret est affiché ci-dessus cette seule fois ; le fichier n&apos;en conserve que le SHA-256.</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --token-lifetime must be 1 to 2678400 seconds (default 86400).</source>
        <translation>monime-sandbox : erreur : --token-lifetime doit être compris entre 1 et 2678400 secondes (par défaut 86400).</translation>
    </message>
    <message numerus="yes">
        <source>monime-sandbox emulating Monite&apos;s API on %1 (%n client(s), tokens live %2 s, configuration: %3)</source>
        <translation>
            <numerusform>monime-sandbox émule l&apos;API de Monite sur %1 (%n client, durée de vie des jetons %2 s, configuration : %3)</numerusform>
            <numerusform>monime-sandbox émule l&apos;API de Monite sur %1 (%n clients, durée de vie des jetons %2 s, configuration : %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>A local Monime API server that checks tokens from the portal&apos;s inventory; with --monite-config, an emulation of Monite&apos;s API.</source>
        <translation>Un serveur local de l&apos;API Monime qui vérifie les jetons de l&apos;inventaire du portail ; avec --monite-config, une émulation de l&apos;API de Monite.</translation>
    </message>
    <message>
        <source>Emulate Monite&apos;s API (under /v1) instead of Monime&apos;s, with the clients, entities, roles and entity users of FILE (JSON; see man monime-sandbox).</source>
        <translation>Émuler l&apos;API de Monite (sous /v1) au lieu de celle de Monime, avec les clients, entités, rôles et utilisateurs d&apos;entité de FILE (JSON ; voir man monime-sandbox).</translation>
    </message>
    <message>
        <source>With --monite-config: the lifetime of each access token, in seconds (default 86400).</source>
        <translation>Avec --monite-config : la durée de vie de chaque jeton d&apos;accès, en secondes (par défaut 86400).</translation>
    </message>
    <message>
        <source>Add an API client to the --monite-config FILE (created if missing) and print its id and secret once.</source>
        <translation>Ajouter un client d&apos;API au fichier FILE de --monite-config (créé s&apos;il n&apos;existe pas) et afficher une seule fois son identifiant et son secret.</translation>
    </message>
    <message>
        <source>Add an entity to the --monite-config FILE and print its id.</source>
        <translation>Ajouter une entité au fichier FILE de --monite-config et afficher son identifiant.</translation>
    </message>
    <message>
        <source>Add a role (--entity ID, --permission …) to the --monite-config FILE and print its id.</source>
        <translation>Ajouter un rôle (--entity ID, --permission …) au fichier FILE de --monite-config et afficher son identifiant.</translation>
    </message>
    <message>
        <source>Add an entity user (--entity ID, --role ID) to the --monite-config FILE and print its id.</source>
        <translation>Ajouter un utilisateur d&apos;entité (--entity ID, --role ID) au fichier FILE de --monite-config et afficher son identifiant.</translation>
    </message>
    <message>
        <source>The entity of --add-monite-role or --add-monite-entity-user.</source>
        <translation>L&apos;entité de --add-monite-role ou de --add-monite-entity-user.</translation>
    </message>
    <message>
        <source>The role of --add-monite-entity-user.</source>
        <translation>Le rôle de --add-monite-entity-user.</translation>
    </message>
    <message>
        <source>A permission of --add-monite-role, OBJECT:ACTION=PERMISSION (e.g. payable:pay=allowed_for_own); repeat it for more.</source>
        <translation>Une permission de --add-monite-role, OBJECT:ACTION=PERMISSION (par ex. payable:pay=allowed_for_own) ; répétez-la pour en ajouter.</translation>
    </message>
    <message>
        <source>monime-sandbox: error: --%1 needs --monite-config FILE.</source>
        <translation>monime-sandbox : erreur : --%1 nécessite --monite-config FILE.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Monime Developer Portal</source>
        <translation>Monime Developer Portal</translation>
    </message>
    <message>
        <source>Manage Monime API access tokens.</source>
        <translation>Gérez les jetons d&apos;accès à l&apos;API Monime.</translation>
    </message>
    <message>
        <source>The inventory database file.</source>
        <translation>Le fichier de base de données de l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Cannot open the token inventory</source>
        <translation>Impossible d&apos;ouvrir l&apos;inventaire des jetons</translation>
    </message>
    <message>
        <source>Use this language (en, fr) for this run instead of the one in Settings.</source>
        <translation>Utiliser cette langue (en, fr) pour cette fois au lieu de celle des Paramètres.</translation>
    </message>
    <message>
        <source>Open on this token (an expiry reminder&apos;s Open).</source>
        <translation>Ouvrir sur ce jeton (le bouton Ouvrir d&apos;un rappel d&apos;expiration).</translation>
    </message>
    <message>
        <source>Open on this token and start its guided rotation (an expiry reminder&apos;s Rotate).</source>
        <translation>Ouvrir sur ce jeton et lancer son renouvellement guidé (le bouton Renouveler d&apos;un rappel d&apos;expiration).</translation>
    </message>
</context>
<context>
    <name>monime</name>
    <message>
        <source>ACTIVE until %1 UTC</source>
        <translation>ACTIVE jusqu&apos;au %1 UTC</translation>
    </message>
    <message>
        <source>ACTIVE until %1 UTC, replaced by %2</source>
        <translation>ACTIVE jusqu&apos;au %1 UTC, remplacé par %2</translation>
    </message>
    <message>
        <source>REVOKED (replaced by %1)</source>
        <translation>REVOKED (remplacé par %1)</translation>
    </message>
</context>
<context>
    <name>monime::AccessPolicy</name>
    <message>
        <source>Access granted.</source>
        <translation>Accès autorisé.</translation>
    </message>
    <message>
        <source>Missing, malformed or unknown access token. Send &quot;Authorization: Bearer &lt;token&gt;&quot; with a token created in the portal.</source>
        <translation>Jeton d&apos;accès absent, mal formé ou inconnu. Envoyez &quot;Authorization: Bearer &lt;token&gt;&quot; avec un jeton créé dans le portail.</translation>
    </message>
    <message>
        <source>This access token has been revoked. Create a new token (or rotate) and update your integration.</source>
        <translation>Ce jeton d&apos;accès a été révoqué. Créez un nouveau jeton (ou renouvelez-le) et mettez à jour votre intégration.</translation>
    </message>
    <message>
        <source>This access token has expired. Create a new token (or rotate) and update your integration.</source>
        <translation>Ce jeton d&apos;accès a expiré. Créez un nouveau jeton (ou renouvelez-le) et mettez à jour votre intégration.</translation>
    </message>
    <message>
        <source>The token&apos;s type does not match this API environment: use a mon_test_ token against the test environment and a mon_ token against live.</source>
        <translation>Le type du jeton ne correspond pas à cet environnement de l&apos;API : utilisez un jeton mon_test_ avec l&apos;environnement de test et un jeton mon_ en production.</translation>
    </message>
    <message>
        <source>The request comes from an IP address outside this token&apos;s IP whitelist. Call from a whitelisted address or add this one to the token.</source>
        <translation>La requête provient d&apos;une adresse IP absente de la liste blanche IP de ce jeton. Appelez depuis une adresse autorisée ou ajoutez celle-ci au jeton.</translation>
    </message>
    <message>
        <source>The Monime-Space-Id header is missing. Send the id of the Space you operate in (spc-…).</source>
        <translation>L&apos;en-tête Monime-Space-Id est absent. Envoyez l&apos;identifiant du Space dans lequel vous opérez (spc-…).</translation>
    </message>
    <message>
        <source>This token is whitelisted to another Space. Use that Space, or a token without a Space whitelist.</source>
        <translation>Ce jeton est restreint à un autre Space. Utilisez ce Space, ou un jeton sans liste blanche de Space.</translation>
    </message>
    <message>
        <source>The token does not have the permission %1. Create a token that includes it.</source>
        <translation>Le jeton n&apos;a pas la permission %1. Créez un jeton qui l&apos;inclut.</translation>
    </message>
    <message>
        <source>The owner&apos;s role in this Space does not grant %1, so the token cannot use it here. Ask a Space owner to adjust the role.</source>
        <translation>Le rôle du propriétaire dans ce Space n&apos;accorde pas %1 : le jeton ne peut donc pas l&apos;utiliser ici. Demandez à un propriétaire du Space d&apos;ajuster ce rôle.</translation>
    </message>
    <message>
        <source>The token&apos;s owner has no access to the Space given in Monime-Space-Id. Check the id on the Developer page, or ask a Space owner to invite them.</source>
        <translation>Le propriétaire du jeton n&apos;a pas accès au Space indiqué dans Monime-Space-Id. Vérifiez l&apos;identifiant sur la page Developer, ou demandez à un propriétaire du Space de l&apos;inviter.</translation>
    </message>
</context>
<context>
    <name>monime::AccessRepository</name>
    <message>
        <source>look up the Space</source>
        <translation>rechercher le Space</translation>
    </message>
</context>
<context>
    <name>monime::AddMoniteClientDialog</name>
    <message>
        <source>Add a Monite client</source>
        <translation>Ajouter un client Monite</translation>
    </message>
    <message>
        <source>The client id and secret come from Monite&apos;s partner portal (Settings → API credentials). The secret goes to your keychain only; it is never shown again.</source>
        <translation>L&apos;identifiant client et le secret proviennent du portail partenaire de Monite (Settings → API credentials). Le secret est conservé uniquement dans votre trousseau de clés ; il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Custom base URL (e.g. the local sandbox)</source>
        <translation>URL de base personnalisée (par ex. le bac à sable local)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Envi&amp;ronnement :</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL de base personnalisée</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API :</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Optional: one entity user a line, as ID or ID=Label</source>
        <translation>Facultatif : un utilisateur d&apos;entité par ligne, sous la forme ID ou ID=Libellé</translation>
    </message>
    <message>
        <source>Entity &amp;users:</source>
        <translation>U&amp;tilisateurs d&apos;entité :</translation>
    </message>
    <message>
        <source>Entity users, one a line</source>
        <translation>Utilisateurs d&apos;entité, un par ligne</translation>
    </message>
    <message>
        <source>e.g. acme-payables</source>
        <translation>par ex. acme-payables</translation>
    </message>
</context>
<context>
    <name>monime::AddSpaceDialog</name>
    <message>
        <source>Add a Space</source>
        <translation>Ajouter un Space</translation>
    </message>
    <message>
        <source>Spaces are listed with their ids on the Developer page of your Monime dashboard.</source>
        <translation>Les Spaces sont listés avec leurs identifiants sur la page Developer de votre tableau de bord Monime.</translation>
    </message>
    <message>
        <source>Space id</source>
        <translation>Identifiant du Space</translation>
    </message>
    <message>
        <source>Space &amp;id:</source>
        <translation>&amp;Identifiant du Space :</translation>
    </message>
    <message>
        <source>Space name</source>
        <translation>Nom du Space</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Your role in the Space</source>
        <translation>Votre rôle dans le Space</translation>
    </message>
    <message>
        <source>Your &amp;role:</source>
        <translation>Votre &amp;rôle :</translation>
    </message>
    <message>
        <source>&amp;Add Space</source>
        <translation>&amp;Ajouter le Space</translation>
    </message>
</context>
<context>
    <name>monime::ApiClient</name>
    <message>
        <source>The server answered, but not with JSON</source>
        <translation>Le serveur a répondu, mais pas en JSON</translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 bytes. This URL is probably not a Monime API (a web page, a proxy or a captive portal answered). Check the target URL.</source>
        <translation>HTTP %1, %2, %3 octets. Cette URL n&apos;est probablement pas une API Monime (une page web, un proxy ou un portail captif a répondu). Vérifiez l&apos;URL cible.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1)</source>
        <translation>Le serveur a refusé la requête (HTTP %1)</translation>
    </message>
    <message>
        <source>The answer was JSON but carried no error message.</source>
        <translation>La réponse était en JSON mais ne contenait aucun message d&apos;erreur.</translation>
    </message>
    <message>
        <source>The server answered JSON, but not Monime&apos;s root endpoint</source>
        <translation>Le serveur a répondu en JSON, mais ce n&apos;est pas le point de terminaison racine de Monime</translation>
    </message>
    <message>
        <source>It has no status.isAuthenticated field. Check that the target URL is the API&apos;s base URL.</source>
        <translation>Le champ status.isAuthenticated est absent. Vérifiez que l&apos;URL cible est l&apos;URL de base de l&apos;API.</translation>
    </message>
    <message>
        <source>Missing, invalid or expired</source>
        <translation>Absent, invalide ou expiré</translation>
    </message>
    <message>
        <source>The token is not known here: check that it is the whole token and that the server reads this inventory.</source>
        <translation>Le jeton est inconnu ici : vérifiez qu&apos;il s&apos;agit du jeton complet et que le serveur lit cet inventaire.</translation>
    </message>
    <message>
        <source>The token is revoked: create a new one or rotate.</source>
        <translation>Le jeton est révoqué : créez-en un nouveau ou renouvelez-le.</translation>
    </message>
    <message>
        <source>The token has expired: create a new one or rotate.</source>
        <translation>Le jeton a expiré : créez-en un nouveau ou renouvelez-le.</translation>
    </message>
    <message>
        <source>The token&apos;s type does not match the server&apos;s environment (a live token against test, or a test token against live).</source>
        <translation>Le type du jeton ne correspond pas à l&apos;environnement du serveur (jeton de production sur l&apos;environnement de test, ou jeton de test en production).</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not in the token&apos;s IP whitelist.</source>
        <translation>L&apos;adresse de cet ordinateur ne figure pas dans la liste blanche IP du jeton.</translation>
    </message>
    <message>
        <source>The API did not accept the token. It is missing, mistyped, revoked or expired; check it, or create a new one.</source>
        <translation>L&apos;API n&apos;a pas accepté le jeton. Il est absent, mal saisi, révoqué ou expiré ; vérifiez-le ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Live token — real money</source>
        <translation>Jeton de production — argent réel</translation>
    </message>
    <message>
        <source>Production mode: real financial transactions will occur with this token.</source>
        <translation>Mode production : ce jeton effectuera de vraies transactions financières.</translation>
    </message>
    <message>
        <source>Valid test token — safe, no real money moves</source>
        <translation>Jeton de test valide — sans risque, aucun argent réel ne circule</translation>
    </message>
    <message>
        <source>Connected to the test environment: transactions are simulated.</source>
        <translation>Connecté à l&apos;environnement de test : les transactions sont simulées.</translation>
    </message>
    <message>
        <source>API release %1 is deprecated: move to a newer one.</source>
        <translation>La version %1 de l&apos;API est obsolète : passez à une version plus récente.</translation>
    </message>
    <message>
        <source>The Space given is not usable with this token (%1).</source>
        <translation>Le Space indiqué n&apos;est pas utilisable avec ce jeton (%1).</translation>
    </message>
    <message>
        <source>Not a usable URL</source>
        <translation>URL inutilisable</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host. Use e.g. https://api.monime.io.</source>
        <translation>« %1 » n&apos;est pas une URL http:// ou https:// avec un hôte. Utilisez par exemple https://api.monime.io.</translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation>Pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds. The server may be down, overloaded, or blocked by a firewall; check the URL and your network, then try again.</source>
        <translation>%1 n&apos;a pas répondu dans les %2 secondes. Le serveur est peut-être arrêté, surchargé ou bloqué par un pare-feu ; vérifiez l&apos;URL et votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Host not found (DNS)</source>
        <translation>Hôte introuvable (DNS)</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check the URL&apos;s spelling and your internet connection or DNS settings.</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu. Vérifiez l&apos;orthographe de l&apos;URL ainsi que votre connexion Internet ou vos paramètres DNS.</translation>
    </message>
    <message>
        <source>Secure connection failed (TLS)</source>
        <translation>Échec de la connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2. Check the computer&apos;s date and time, and that no proxy or antivirus intercepts HTTPS.</source>
        <translation>La négociation TLS avec %1 a échoué : %2. Vérifiez la date et l&apos;heure de l&apos;ordinateur, et qu&apos;aucun proxy ni antivirus n&apos;intercepte le HTTPS.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 port %2. Is the server running, and is the port right?</source>
        <translation>Rien n&apos;accepte de connexions sur %1, port %2. Le serveur est-il démarré, et le port est-il correct ?</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2.</source>
        <translation>La requête vers %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>Unknown token</source>
        <translation>Jeton inconnu</translation>
    </message>
    <message>
        <source>Revoked token</source>
        <translation>Jeton révoqué</translation>
    </message>
    <message>
        <source>Expired token</source>
        <translation>Jeton expiré</translation>
    </message>
    <message>
        <source>Wrong environment</source>
        <translation>Mauvais environnement</translation>
    </message>
    <message>
        <source>IP address not allowed</source>
        <translation>Adresse IP non autorisée</translation>
    </message>
</context>
<context>
    <name>monime::AuditLog</name>
    <message>
        <source>write the audit log</source>
        <translation>mettre à jour le journal d&apos;audit</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>monime::Autostart</name>
    <message>
        <source>Monime token expiry reminders</source>
        <translation>Rappels d&apos;expiration des jetons Monime</translation>
    </message>
    <message>
        <source>Warns before Monime API access tokens expire</source>
        <translation>Avertit avant l&apos;expiration des jetons d&apos;accès à l&apos;API Monime</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check its permissions, then turn the reminder on again.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez ses permissions, puis réactivez le rappel.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check the folder&apos;s permissions and free space.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez les permissions du dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Could not remove %1. Delete it yourself to stop the login reminder.</source>
        <translation>Impossible de supprimer %1. Supprimez-le vous-même pour arrêter le rappel à la connexion.</translation>
    </message>
</context>
<context>
    <name>monime::Catalog</name>
    <message>
        <source>The catalog is not valid JSON (%1).</source>
        <translation>Le catalogue n&apos;est pas un JSON valide (%1).</translation>
    </message>
    <message>
        <source>The permission %1 is listed twice.</source>
        <translation>La permission %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The catalog has more than %1 permissions.</source>
        <translation>Le catalogue contient plus de %1 permissions.</translation>
    </message>
    <message>
        <source>A service has no id or no permissions.</source>
        <translation>Un service n&apos;a pas d&apos;identifiant ou pas de permissions.</translation>
    </message>
    <message>
        <source>Role %1 names an unknown permission %2.</source>
        <translation>Le rôle %1 mentionne une permission inconnue : %2.</translation>
    </message>
    <message>
        <source>The catalog needs at least one service, one role and one API release.</source>
        <translation>Le catalogue doit contenir au moins un service, un rôle et une version de l&apos;API.</translation>
    </message>
</context>
<context>
    <name>monime::CheckedOutputDevice</name>
    <message>
        <source>the device took no more bytes</source>
        <translation>le périphérique n&apos;acceptait plus d&apos;octets</translation>
    </message>
</context>
<context>
    <name>monime::Cli</name>
    <message>
        <source>The inventory database file (default: $MONIME_PORTAL_DATABASE, else the per-user file).</source>
        <translation>Le fichier de base de données de l&apos;inventaire (par défaut : $MONIME_PORTAL_DATABASE, sinon le fichier propre à l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Speak this language (en, fr) instead of the one of the locale (LANG).</source>
        <translation>Parler cette langue (en, fr) au lieu de celle de la locale (LANG).</translation>
    </message>
    <message>
        <source>monime-portal-cli: error: %1</source>
        <translation>monime-portal-cli : erreur : %1</translation>
    </message>
    <message>
        <source>Run `monime-portal-cli --help` for the list of commands.</source>
        <translation>Lancez `monime-portal-cli --help` pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Run `monime-portal-cli %1 --help` for its options.</source>
        <translation>Lancez `monime-portal-cli %1 --help` pour ses options.</translation>
    </message>
    <message>
        <source>warning: unfinished tokens from an earlier crash could not be rolled back yet (%1); they are hidden and will be retried next time.</source>
        <translation>avertissement : des jetons inachevés laissés par un plantage précédent n&apos;ont pas encore pu être annulés (%1) ; ils sont masqués et l&apos;annulation sera retentée la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>note: rolled back %n unfinished token(s) left by an earlier crash.</source>
        <translation>
            <numerusform>remarque : %n jeton inachevé laissé par un plantage précédent a été annulé.</numerusform>
            <numerusform>remarque : %n jetons inachevés laissés par un plantage précédent ont été annulés.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message>
        <source>Created test token &quot;%1&quot; (%2)</source>
        <translation>Jeton de test « %1 » créé (%2)</translation>
    </message>
    <message>
        <source>Created live token &quot;%1&quot; (%2)</source>
        <translation>Jeton live « %1 » créé (%2)</translation>
    </message>
    <message>
        <source>Rotated: new test token &quot;%1&quot; (%2)</source>
        <translation>Renouvelé : nouveau jeton de test « %1 » (%2)</translation>
    </message>
    <message>
        <source>Rotated: new live token &quot;%1&quot; (%2)</source>
        <translation>Renouvelé : nouveau jeton live « %1 » (%2)</translation>
    </message>
    <message>
        <source>Imported test token &quot;%1&quot; (%2)</source>
        <translation>Jeton de test « %1 » importé (%2)</translation>
    </message>
    <message>
        <source>Imported live token &quot;%1&quot; (%2)</source>
        <translation>Jeton live « %1 » importé (%2)</translation>
    </message>
    <message>
        <source>expires:</source>
        <translation>expire :</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>permissions:</source>
        <translation>permissions :</translation>
    </message>
    <message>
        <source>The token follows on standard output. Copy it now: it is shown only this once.</source>
        <translation>Le jeton suit sur la sortie standard. Copiez-le maintenant : il n&apos;est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain.</source>
        <translation>Le jeton est conservé dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Usage: monime-portal-cli [--database PATH] [--lang LANG] COMMAND [OPTIONS] [--json]</source>
        <translation>Usage : monime-portal-cli [--database CHEMIN] [--lang LANGUE] COMMANDE [OPTIONS] [--json]</translation>
    </message>
    <message>
        <source>Manage Monime API access tokens: secrets in the OS keychain, metadata in a local database.</source>
        <translation>Gérez les jetons d&apos;accès à l&apos;API Monime : secrets dans le trousseau de clés du système, métadonnées dans une base de données locale.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Run `monime-portal-cli COMMAND --help` for a command&apos;s options.</source>
        <translation>Lancez `monime-portal-cli COMMAND --help` pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande « %1 » inconnue.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: monime-portal-cli [--database PATH] %1 [--json]</source>
        <translation>Utilisation : monime-portal-cli [--database PATH] %1 [--json]</translation>
    </message>
</context>
<context>
    <name>monime::CreateTokenWizard</name>
    <message>
        <source>Import a token from the Monime portal</source>
        <translation>Importer un jeton du portail Monime</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Discard this token?</source>
        <translation>Abandonner ce jeton ?</translation>
    </message>
    <message>
        <source>What you entered for this token will be lost; nothing has been created yet.</source>
        <translation>Ce que vous avez saisi pour ce jeton sera perdu ; rien n&apos;a encore été créé.</translation>
    </message>
</context>
<context>
    <name>monime::Database</name>
    <message>
        <source>No database path given. Pass --database PATH or set MONIME_PORTAL_DATABASE.</source>
        <translation>Aucun chemin de base de données indiqué. Passez --database PATH ou définissez MONIME_PORTAL_DATABASE.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a database file. Give the path of a file, e.g. %1/inventory.sqlite.</source>
        <translation>%1 est un dossier, pas un fichier de base de données. Indiquez le chemin d&apos;un fichier, par ex. %1/inventory.sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Choose a location you can write to.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données. Choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Monime Developer Portal (schema %2; this version reads up to %3). It was left untouched: update the app, or choose another database.</source>
        <translation>%1 a été écrit par une version plus récente de Monime Developer Portal (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Le fichier n&apos;a pas été modifié : mettez l&apos;application à jour ou choisissez une autre base de données.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program. It was left untouched; choose another path.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme. Le fichier n&apos;a pas été modifié ; choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation>configurer la base de données</translation>
    </message>
    <message>
        <source>create the database tables</source>
        <translation>créer les tables de la base de données</translation>
    </message>
    <message>
        <source>create the usage table</source>
        <translation>créer la table d&apos;utilisation</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>sauvegarder la version du schéma</translation>
    </message>
    <message>
        <source>Could not read the database: %1. Check that the file is not damaged (monime-portal-cli doctor).</source>
        <translation>Impossible de lire la base de données : %1. Vérifiez que le fichier n&apos;est pas endommagé (monime-portal-cli doctor).</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>lire la base de données</translation>
    </message>
    <message>
        <source>upgrade the tokens table</source>
        <translation>mettre à jour la table des jetons</translation>
    </message>
    <message>
        <source>open the database %1</source>
        <translation>charger la base de données %1</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full (%2). Nothing was changed. Free some space on the disk that holds the database, then try again.</source>
        <translation>Impossible de %1 : le disque est plein (%2). Rien n&apos;a été modifié. Libérez de l&apos;espace sur le disque qui contient la base de données, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: the database is read-only (%2). Reading works, changes do not: give yourself write permission on the file and its folder, or check whether the disk is mounted read-only.</source>
        <translation>Impossible de %1 : la base de données est en lecture seule (%2). La lecture fonctionne, mais pas les modifications : accordez-vous le droit d&apos;écriture sur le fichier et sur son dossier, ou vérifiez si le disque est monté en lecture seule.</translation>
    </message>
    <message>
        <source>Could not %1: another program held the database locked for more than 5 seconds (%2). Nothing was changed; try again in a moment.</source>
        <translation>Impossible de %1 : un autre programme a gardé la base de données verrouillée pendant plus de 5 secondes (%2). Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not %1: the database file is damaged (%2). Run `monime-portal-cli doctor` to see what is affected, and restore the file from a backup.</source>
        <translation>Impossible de %1 : le fichier de base de données est endommagé (%2). Lancez `monime-portal-cli doctor` pour voir ce qui est touché, et restaurez le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not %1 (%2). Check that the folder exists and that you may read and write in it.</source>
        <translation>Impossible de %1 (%2). Vérifiez que le dossier existe et que vous avez le droit d&apos;y lire et d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Could not %1: access was denied (%2). Check the permissions of the database file and its folder.</source>
        <translation>Impossible de %1 : l&apos;accès a été refusé (%2). Vérifiez les permissions du fichier de base de données et de son dossier.</translation>
    </message>
    <message>
        <source>Could not %1: reading or writing the disk failed (%2). Check free disk space and the disk&apos;s health, then try again.</source>
        <translation>Impossible de %1 : la lecture ou l&apos;écriture sur le disque a échoué (%2). Vérifiez l&apos;espace libre et l&apos;état du disque, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: %2. Run `monime-portal-cli doctor` to check the database, then try again.</source>
        <translation>Impossible de %1 : %2. Lancez `monime-portal-cli doctor` pour vérifier la base de données, puis réessayez.</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>%1 is not a Monime Developer Portal database (%2). It was left untouched; choose another path.</source>
        <translation>%1 n&apos;est pas une base de données Monime Developer Portal (%2). Le fichier n&apos;a pas été modifié ; choisissez un autre chemin.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full (%2 bytes free). Nothing was opened or changed. Free some space on it, then try again.</source>
        <translation>Le disque qui contient %1 est plein (%2 octets libres). Rien n&apos;a été ouvert ni modifié. Libérez de l&apos;espace sur ce disque, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its disk is mounted read-only. Choose a location you can write to.</source>
        <translation>%1 ne peut pas être créé : son disque est monté en lecture seule. Choisissez un emplacement où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk with changes still in its -wal file, which SQLite cannot fold in there. Copy the file with its -wal to a writable folder, or mount the disk read-write.</source>
        <translation>%1 se trouve sur un disque en lecture seule et des modifications sont encore dans son fichier -wal, que SQLite ne peut pas y intégrer. Copiez le fichier avec son -wal dans un dossier accessible en écriture, ou montez le disque en lecture-écriture.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Check its permissions.</source>
        <translation>Impossible de lire %1 : permission refusée. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk and SQLite could not open it there (%2). Copy it to a writable folder, or mount the disk read-write.</source>
        <translation>%1 se trouve sur un disque en lecture seule et SQLite n&apos;a pas pu l&apos;y ouvrir (%2). Copiez-le dans un dossier accessible en écriture, ou montez le disque en lecture-écriture.</translation>
    </message>
    <message>
        <source>upgrade the database</source>
        <translation>mettre à jour la base de données</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>lire la version du schéma</translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer version of Monime Developer Portal meanwhile (schema %2). Update the app.</source>
        <translation>%1 a été mis à jour entre-temps par une version plus récente de Monime Developer Portal (schéma %2). Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>save the upgraded database</source>
        <translation>sauvegarder la base de données mise à jour</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>vérifier la base de données</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>démarrer une transaction</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>sauvegarder la modification</translation>
    </message>
    <message>
        <source>create the reminders table</source>
        <translation>créer la table des rappels</translation>
    </message>
    <message>
        <source>create the token leaks table</source>
        <translation>créer la table des fuites de jetons</translation>
    </message>
    <message>
        <source>%1 is a %2 address, not a file. Nothing was created. Give the path of a file, e.g. ~/monime/inventory.sqlite.</source>
        <translation>%1 est une adresse %2, pas un fichier. Rien n&apos;a été créé. Indiquez le chemin d&apos;un fichier, par ex. ~/monime/inventory.sqlite.</translation>
    </message>
    <message>
        <source>create the Monite client tables</source>
        <translation>créer les tables des clients Monite</translation>
    </message>
    <message>
        <source>%1 is not a valid PostgreSQL address. Write it as %2; the password goes in ~/.pgpass, not in the address.</source>
        <translation>%1 n&apos;est pas une adresse PostgreSQL valide. Écrivez-la sous la forme %2 ; le mot de passe va dans ~/.pgpass, pas dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 carries a password. A password is never taken from an address, which ends up in the shell history, the process list and the settings: remove it, and put it in ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, file mode 0600) or in the file $PGPASSFILE names.</source>
        <translation>%1 contient un mot de passe. Un mot de passe n&apos;est jamais lu dans une adresse, qui finit dans l&apos;historique du shell, la liste des processus et les paramètres : retirez-le, et placez-le dans ~/.pgpass (une ligne HOST:PORT:DATABASE:USER:PASSWORD, mode du fichier 0600) ou dans le fichier désigné par $PGPASSFILE.</translation>
    </message>
    <message>
        <source>%1 names no database. Write it as %2.</source>
        <translation>%1 n&apos;indique aucune base de données. Écrivez-la sous la forme %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an option this app passes to PostgreSQL, or its value is empty or has a space, quote, backslash, &quot;;&quot; or &quot;=&quot;. Known options: %3.</source>
        <translation>%1 : « %2 » n&apos;est pas une option que cette application transmet à PostgreSQL, ou sa valeur est vide ou contient une espace, un guillemet, une barre oblique inverse, « ; » ou « = ». Options connues : %3.</translation>
    </message>
    <message>
        <source>Could not open %1: the server has no database named &quot;%2&quot; (%3). Check the name in the address, or ask the server&apos;s administrator to create it (createdb -O %4 %2).</source>
        <translation>Impossible d&apos;ouvrir %1 : le serveur n&apos;a aucune base de données nommée « %2 » (%3). Vérifiez le nom dans l&apos;adresse, ou demandez à l&apos;administrateur du serveur de la créer (createdb -O %4 %2).</translation>
    </message>
    <message>
        <source>Could not open %1: the server refused the login of user &quot;%2&quot; (%3). Put the password in ~/.pgpass (a line HOST:PORT:DATABASE:USER:PASSWORD, file mode 0600) or in the file $PGPASSFILE names, and check the user name in the address and the server&apos;s pg_hba.conf.</source>
        <translation>Impossible d&apos;ouvrir %1 : le serveur a refusé la connexion de l&apos;utilisateur « %2 » (%3). Placez le mot de passe dans ~/.pgpass (une ligne HOST:PORT:DATABASE:USER:PASSWORD, mode du fichier 0600) ou dans le fichier désigné par $PGPASSFILE, et vérifiez le nom d&apos;utilisateur dans l&apos;adresse ainsi que le fichier pg_hba.conf du serveur.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server of %1 (%2). Check that the server is running and accepts connections at that host and port (pg_isready tells), and that the address is right. Nothing was changed.</source>
        <translation>Impossible de se connecter au serveur PostgreSQL de %1 (%2). Vérifiez que le serveur est démarré et qu&apos;il accepte les connexions sur cet hôte et ce port (pg_isready vous le dira), et que l&apos;adresse est correcte. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the address and the server, then try again.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2. Vérifiez l&apos;adresse et le serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: the connection to the PostgreSQL server was lost (%2). The change was not saved; check that the server is running, then try again.</source>
        <translation>Impossible de %1 : la connexion au serveur PostgreSQL a été perdue (%2). La modification n&apos;a pas été enregistrée ; vérifiez que le serveur est démarré, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: the PostgreSQL server&apos;s disk is full (%2). Nothing was changed. Ask the server&apos;s administrator to free some space, then try again.</source>
        <translation>Impossible de %1 : le disque du serveur PostgreSQL est plein (%2). Rien n&apos;a été modifié. Demandez à l&apos;administrateur du serveur de libérer de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: the PostgreSQL server is read-only (%2; a standby?). Reading works, changes do not: point the app at the primary server.</source>
        <translation>Impossible de %1 : le serveur PostgreSQL est en lecture seule (%2 ; un serveur de secours ?). La lecture fonctionne, mais pas les modifications : dirigez l&apos;application vers le serveur primaire.</translation>
    </message>
    <message>
        <source>Could not %1: another program&apos;s change got in the way (%2). Nothing was changed; try again in a moment.</source>
        <translation>Impossible de %1 : une modification faite par un autre programme a interféré (%2). Rien n&apos;a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not %1: the server denied it to this user (%2). Ask the database&apos;s owner for the privileges the inventory&apos;s tables need.</source>
        <translation>Impossible de %1 : le serveur l&apos;a refusé à cet utilisateur (%2). Demandez au propriétaire de la base de données les privilèges dont les tables de l&apos;inventaire ont besoin.</translation>
    </message>
    <message>
        <source>Could not %1: the PostgreSQL server reports damaged data (%2). Ask the server&apos;s administrator to check and restore it.</source>
        <translation>Impossible de %1 : le serveur PostgreSQL signale des données endommagées (%2). Demandez à l&apos;administrateur du serveur de les vérifier et de les restaurer.</translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the PostgreSQL server, then try again.</source>
        <translation>Impossible de %1 : %2. Vérifiez le serveur PostgreSQL, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL address, not a file: it is opened as a team database, not here. Nothing was created.</source>
        <translation>%1 est une adresse PostgreSQL, pas un fichier : elle s&apos;ouvre comme base de données d&apos;équipe, pas ici. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it (Debian: apt install libqt6sql6-psql), or use an SQLite file.</source>
        <translation>Impossible d&apos;ouvrir %1 : le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé. Installez-le (Debian : apt install libqt6sql6-psql), ou utilisez un fichier SQLite.</translation>
    </message>
    <message>
        <source>lock the database for its upgrade</source>
        <translation>verrouiller la base de données pour sa mise à jour</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database of another program: it has tables, but not Monime Developer Portal&apos;s. It was left untouched; give the address of an empty database, or of a team inventory.</source>
        <translation>%1 est une base de données PostgreSQL d&apos;un autre programme : elle contient des tables, mais pas celles de Monime Developer Portal. Elle n&apos;a pas été modifiée ; indiquez l&apos;adresse d&apos;une base de données vide, ou d&apos;un inventaire d&apos;équipe.</translation>
    </message>
    <message>
        <source>The team inventory %1 is at schema %2 and this version of Monime Developer Portal needs %3. Only the owner of its tables (the PostgreSQL user %4) can upgrade it: ask them to open it once with this version. Nothing was changed.</source>
        <translation>L&apos;inventaire d&apos;équipe %1 est au schéma %2 et cette version de Monime Developer Portal nécessite le schéma %3. Seul le propriétaire de ses tables (l&apos;utilisateur PostgreSQL %4) peut le mettre à jour : demandez-lui de l&apos;ouvrir une fois avec cette version. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>add the team columns</source>
        <translation>créer les colonnes d&apos;équipe</translation>
    </message>
    <message>
        <source>set up the team&apos;s rules</source>
        <translation>mettre en place les règles de l&apos;équipe</translation>
    </message>
    <message>
        <source>set up the team&apos;s first owner</source>
        <translation>désigner le premier propriétaire de l&apos;équipe</translation>
    </message>
    <message>
        <source>connect to the team database again</source>
        <translation>se reconnecter à la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Could not open %1: the PostgreSQL user &quot;%2&quot; may not connect to it (%3). It is a team inventory and you are not, or no longer, one of its people: ask one of its owners or admins to add you (`monime-portal-cli team add YOUR-EMAIL --db-user %2 --role member`).</source>
        <translation>Impossible d&apos;ouvrir %1 : l&apos;utilisateur PostgreSQL « %2 » n&apos;a pas le droit de s&apos;y connecter (%3). C&apos;est un inventaire d&apos;équipe dont vous ne faites pas, ou plus, partie : demandez à l&apos;un de ses propriétaires ou administrateurs de vous ajouter (`monime-portal-cli team add YOUR-EMAIL --db-user %2 --role member`).</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Impossible de %1 : %2.</translation>
    </message>
</context>
<context>
    <name>monime::DeploymentDialog</name>
    <message>
        <source>Guided rotation: deploy</source>
        <translation>Renouvellement guidé : déploiement</translation>
    </message>
    <message>
        <source>The new token was &lt;b&gt;not tested&lt;/b&gt;.</source>
        <translation>Le nouveau jeton n&apos;a &lt;b&gt;pas été testé&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The new token passed its test.</source>
        <translation>Le nouveau jeton a réussi son test.</translation>
    </message>
    <message>
        <source>The new token &lt;b&gt;failed&lt;/b&gt; its test: %1</source>
        <translation>Le nouveau jeton a &lt;b&gt;échoué&lt;/b&gt; à son test : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Step 4 of 4. Put the new token &lt;b&gt;%1&lt;/b&gt; (%2) wherever &lt;b&gt;%3&lt;/b&gt; (%4) is used: environment variables, secret stores, CI.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</source>
        <translation>&lt;p&gt;Étape 4 sur 4. Mettez le nouveau jeton &lt;b&gt;%1&lt;/b&gt; (%2) partout où &lt;b&gt;%3&lt;/b&gt; (%4) est utilisé : variables d&apos;environnement, coffres de secrets, CI.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new token is &amp;deployed everywhere the old one was used</source>
        <translation>Le nouveau jeton est &amp;déployé partout où l&apos;ancien était utilisé</translation>
    </message>
    <message>
        <source>The new token is deployed everywhere the old one was used</source>
        <translation>Le nouveau jeton est déployé partout où l&apos;ancien était utilisé</translation>
    </message>
    <message>
        <source>Revoke the old token &amp;now</source>
        <translation>Révoquer l&apos;ancien jeton &amp;maintenant</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Révoquer l&apos;ancien jeton maintenant</translation>
    </message>
    <message>
        <source>Keep the old token working &amp;for</source>
        <translation>Garder l&apos;ancien jeton valide &amp;pendant</translation>
    </message>
    <message>
        <source>Keep the old token working for a grace period</source>
        <translation>Garder l&apos;ancien jeton valide pendant une période de grâce</translation>
    </message>
    <message>
        <source>Grace period in hours</source>
        <translation>Délai de grâce en heures</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Replace the old token</source>
        <translation>&amp;Remplacer l&apos;ancien jeton</translation>
    </message>
    <message>
        <source>&amp;Abandon rotation…</source>
        <translation>&amp;Abandonner le renouvellement…</translation>
    </message>
</context>
<context>
    <name>monime::DesktopNotifier</name>
    <message>
        <source>There is no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no notification can be shown. Run this inside your desktop session, or from its autostart.</source>
        <translation>Il n&apos;y a pas de bus de session du bureau (DBUS_SESSION_BUS_ADDRESS n&apos;est pas défini) : aucune notification ne peut être affichée. Lancez ceci dans votre session de bureau, ou depuis son démarrage automatique.</translation>
    </message>
    <message>
        <source>Monime Developer Portal</source>
        <translation>Monime Developer Portal</translation>
    </message>
    <message>
        <source>The desktop did not show the notification (%1: %2). Is a notification service running in this session?</source>
        <translation>Le bureau n&apos;a pas affiché la notification (%1 : %2). Un service de notifications tourne-t-il dans cette session ?</translation>
    </message>
    <message>
        <source>Desktop notifications are not supported on this system.</source>
        <translation>Les notifications du bureau ne sont pas prises en charge sur ce système.</translation>
    </message>
</context>
<context>
    <name>monime::DetailsPanel</name>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see its details, where it works, and its history.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un jeton pour voir ses détails, où il fonctionne et son historique.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TEST (mon_test_)</source>
        <translation>TEST (mon_test_)</translation>
    </message>
    <message>
        <source>LIVE (mon_) — real money</source>
        <translation>LIVE (mon_) — argent réel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source> — expires soon</source>
        <translation> — expire bientôt</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>API release</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Space whitelist</source>
        <translation>Liste blanche de Space</translation>
    </message>
    <message>
        <source>any Space</source>
        <translation>tous les Spaces</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>Liste blanche IP</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toutes les adresses</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Effective access by Space&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Accès effectif par Space&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Add your Spaces to see what this token can do in each.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ajoutez vos Spaces pour voir ce que ce jeton peut faire dans chacun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>non membre</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n permission(s) usable</source>
        <translation>
            <numerusform>Permission utilisable : %1 sur %n</numerusform>
            <numerusform>Permissions utilisables : %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ granted</source>
        <translation>✔ accordée</translation>
    </message>
    <message>
        <source>✖ missing from your role here</source>
        <translation>✖ absente de votre rôle ici</translation>
    </message>
    <message>
        <source>✖ you are not a member of this Space</source>
        <translation>✖ vous n&apos;êtes pas membre de ce Space</translation>
    </message>
    <message>
        <source>⚠ blocked: the token is whitelisted to another Space</source>
        <translation>⚠ bloquée : le jeton est restreint à un autre Space</translation>
    </message>
    <message>
        <source>&lt;h4&gt;History&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Historique&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>✖ the token is revoked</source>
        <translation>✖ le jeton est révoqué</translation>
    </message>
    <message>
        <source>✖ the token has expired</source>
        <translation>✖ le jeton a expiré</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Révocation prévue</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>you (%1)</source>
        <translation>vous (%1)</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation> (par %1)</translation>
    </message>
    <message>
        <source> As an %1 you may revoke it, with a reason.</source>
        <translation> En tant que %1, vous pouvez le révoquer, en indiquant un motif.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This is %1&apos;s token: its secret is in their keychain only, so only they can test or rotate it.%2&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Ce jeton appartient à %1 : son secret n&apos;est que dans son trousseau de clés, donc seul %1 peut le tester ou le renouveler.%2&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>monime::Expiry</name>
    <message>
        <source>&quot;%1&quot; is not an expiry. Use 2m (two months), 1y (one year), never, a date such as 2027-01-31, or a date and time such as 2027-01-31T18:00:00Z.</source>
        <translation>« %1 » n&apos;est pas une expiration valide. Utilisez 2m (deux mois), 1y (un an), never, une date comme 2027-01-31, ou une date et une heure comme 2027-01-31T18:00:00Z.</translation>
    </message>
    <message>
        <source>Choose a custom expiry date and time.</source>
        <translation>Choisissez une date et une heure d&apos;expiration personnalisées.</translation>
    </message>
    <message>
        <source>The expiry %1 is in the past. Choose a future date, or a preset such as 2 months.</source>
        <translation>L&apos;expiration %1 est dans le passé. Choisissez une date future, ou une durée prédéfinie comme 2 mois.</translation>
    </message>
    <message>
        <source>The expiry %1 is less than an hour away. Choose an instant at least one hour from now.</source>
        <translation>L&apos;expiration %1 est dans moins d&apos;une heure. Choisissez un moment situé au moins une heure plus tard.</translation>
    </message>
</context>
<context>
    <name>monime::ExpiryReminder</name>
    <message>
        <source>Token &quot;%1&quot; has expired</source>
        <translation>Le jeton « %1 » a expiré</translation>
    </message>
    <message numerus="yes">
        <source>Token &quot;%1&quot; expires in %n day(s)</source>
        <translation>
            <numerusform>Le jeton « %1 » expire dans %n jour</numerusform>
            <numerusform>Le jeton « %1 » expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The live token %1 (%2) stopped working on %3 UTC. Integrations that use it now get 401. Rotate it: a new token with the same settings.</source>
        <translation>Le jeton live %1 (%2) ne fonctionne plus depuis le %3 UTC. Les intégrations qui l&apos;utilisent reçoivent maintenant 401. Renouvelez-le : un nouveau jeton aux mêmes réglages.</translation>
    </message>
    <message>
        <source>The test token %1 (%2) stopped working on %3 UTC. Rotate it: a new token with the same settings.</source>
        <translation>Le jeton de test %1 (%2) ne fonctionne plus depuis le %3 UTC. Renouvelez-le : un nouveau jeton aux mêmes réglages.</translation>
    </message>
    <message>
        <source>The live token %1 (%2) stops working on %3 UTC. Rotate it before then and deploy the new token, or integrations that use it will fail.</source>
        <translation>Le jeton live %1 (%2) cesse de fonctionner le %3 UTC. Renouvelez-le avant et déployez le nouveau jeton, sinon les intégrations qui l&apos;utilisent échoueront.</translation>
    </message>
    <message>
        <source>The test token %1 (%2) stops working on %3 UTC. Rotate it before then.</source>
        <translation>Le jeton de test %1 (%2) cesse de fonctionner le %3 UTC. Renouvelez-le avant.</translation>
    </message>
    <message numerus="yes">
        <source>%n more token(s) near expiry</source>
        <translation>
            <numerusform>%n autre jeton proche de l&apos;expiration</numerusform>
            <numerusform>%n autres jetons proches de l&apos;expiration</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expired</source>
        <translation>%1 : expiré</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left</source>
        <translation>
            <numerusform>%1 : %n jour restant</numerusform>
            <numerusform>%1 : %n jours restants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>monime::ExportDialog</name>
    <message>
        <source>Export token report</source>
        <translation>Exporter un rapport sur les jetons</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <source>PDF — a printable report with charts</source>
        <translation>PDF — un rapport imprimable avec graphiques</translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation>HTML — une page autonome</translation>
    </message>
    <message>
        <source>CSV — for spreadsheets</source>
        <translation>CSV — pour les tableurs</translation>
    </message>
    <message>
        <source>JSON — for scripts (versioned schema)</source>
        <translation>JSON — pour les scripts (schéma versionné)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>What the list shows (filters: %1)</source>
        <translation>Ce qu&apos;affiche la liste (filtres : %1)</translation>
    </message>
    <message>
        <source>The whole inventory</source>
        <translation>Tout l&apos;inventaire</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes :</translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation>Fichier de destination</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose destination file</source>
        <translation>Choisir le fichier de destination</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Enregistrer &amp;dans :</translation>
    </message>
    <message>
        <source>&amp;Open the report when it is done</source>
        <translation>&amp;Ouvrir le rapport une fois terminé</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Choisissez au moins une colonne.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>monime::HealthCheck</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>This token never expires: if it leaks, it works until someone notices and revokes it.</source>
        <translation>Ce jeton n&apos;expire jamais : s&apos;il fuite, il fonctionne jusqu&apos;à ce que quelqu&apos;un s&apos;en aperçoive et le révoque.</translation>
    </message>
    <message>
        <source>Create a replacement that expires (1 year or less), move your integration to it, then revoke this one.</source>
        <translation>Créez un jeton de remplacement qui expire (1 an ou moins), basculez votre intégration dessus, puis révoquez celui-ci.</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expires in less than a day, on %1.</source>
        <translation>Expire dans moins d&apos;un jour, le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1.</numerusform>
            <numerusform>Expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it before then and deploy the new secret, or your integration stops working.</source>
        <translation>Renouvelez-le avant cette date et déployez le nouveau secret, sinon votre intégration cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Rotation due</source>
        <translation>Renouvellement nécessaire</translation>
    </message>
    <message numerus="yes">
        <source>Created %n day(s) ago; the rotation period is %1 days.</source>
        <translation>
            <numerusform>Créé il y a %n jour ; la période de renouvellement est de %1 jours.</numerusform>
            <numerusform>Créé il y a %n jours ; la période de renouvellement est de %1 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate it (with a grace period if your integration needs time) and deploy the new secret.</source>
        <translation>Renouvelez-le (avec un délai de grâce si votre intégration a besoin de temps) et déployez le nouveau secret.</translation>
    </message>
    <message>
        <source>Live token without an IP whitelist</source>
        <translation>Jeton de production sans liste blanche IP</translation>
    </message>
    <message>
        <source>Anyone who gets this live token can move real money with it from any IP address.</source>
        <translation>Quiconque obtient ce jeton de production peut s&apos;en servir pour déplacer de l&apos;argent réel depuis n&apos;importe quelle adresse IP.</translation>
    </message>
    <message>
        <source>Create a replacement whitelisted to your servers&apos; addresses or ranges, move your integration to it, then revoke this one.</source>
        <translation>Créez un jeton de remplacement restreint aux adresses ou plages de vos serveurs, basculez votre intégration dessus, puis révoquez celui-ci.</translation>
    </message>
    <message>
        <source>IP whitelist admits every address</source>
        <translation>Liste blanche IP qui admet toutes les adresses</translation>
    </message>
    <message>
        <source>This live token&apos;s IP whitelist (%1) admits every IPv4 or every IPv6 address, so it restricts nothing: anyone who gets the token can move real money with it from anywhere.</source>
        <translation>La liste blanche IP de ce jeton de production (%1) admet toutes les adresses IPv4 ou toutes les adresses IPv6 : elle ne restreint rien, et quiconque obtient le jeton peut déplacer de l&apos;argent réel avec, depuis n&apos;importe où.</translation>
    </message>
    <message>
        <source>Create a replacement whitelisted to the addresses your servers call from, move your integration to it, then revoke this one.</source>
        <translation>Créez un jeton de remplacement restreint aux adresses d&apos;où vos serveurs appellent, basculez votre intégration dessus, puis révoquez celui-ci.</translation>
    </message>
    <message>
        <source>Live token without a Space whitelist</source>
        <translation>Jeton de production sans liste blanche de Space</translation>
    </message>
    <message>
        <source>This live token works in every Space you belong to.</source>
        <translation>Ce jeton de production fonctionne dans tous les Spaces dont vous êtes membre.</translation>
    </message>
    <message>
        <source>Create a replacement whitelisted to the one Space it serves, move your integration to it, then revoke this one.</source>
        <translation>Créez un jeton de remplacement restreint au seul Space qu&apos;il dessert, basculez votre intégration dessus, puis révoquez celui-ci.</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>Inutilisé</translation>
    </message>
    <message numerus="yes">
        <source>Not used for %n day(s).</source>
        <translation>
            <numerusform>Non utilisé depuis %n jour.</numerusform>
            <numerusform>Non utilisé depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Never used since it was created %n day(s) ago.</source>
        <translation>
            <numerusform>Jamais utilisé depuis sa création il y a %n jour.</numerusform>
            <numerusform>Jamais utilisé depuis sa création il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>If nothing needs it any more, revoke it: an unused token is a risk with no benefit.</source>
        <translation>Si plus rien n&apos;en a besoin, révoquez-le : un jeton inutilisé est un risque sans aucun avantage.</translation>
    </message>
    <message>
        <source>Can send payouts</source>
        <translation>Peut envoyer des versements</translation>
    </message>
    <message>
        <source>This live token has payouts:write: it can send real money out of your accounts.</source>
        <translation>Ce jeton de production a payouts:write : il peut faire sortir de l&apos;argent réel de vos comptes.</translation>
    </message>
    <message>
        <source>This test token has payouts:write; a live token made the same way could send real money.</source>
        <translation>Ce jeton de test a payouts:write ; un jeton de production créé de la même façon pourrait envoyer de l&apos;argent réel.</translation>
    </message>
    <message>
        <source>Keep payouts:write only on the token that sends payouts, with an IP whitelist; replace this one with a token without it otherwise.</source>
        <translation>Réservez payouts:write au seul jeton qui envoie les versements, avec une liste blanche IP ; sinon, remplacez ce jeton par un jeton sans cette permission.</translation>
    </message>
    <message>
        <source>Last test failed</source>
        <translation>Échec du dernier test</translation>
    </message>
    <message>
        <source>The last test, on %1, failed: %2</source>
        <translation>Le dernier test, le %1, a échoué : %2</translation>
    </message>
    <message>
        <source>The last test failed: %1</source>
        <translation>Le dernier test a échoué : %1</translation>
    </message>
    <message>
        <source>Test it again; if it still fails, check its environment, whitelists and permissions, or rotate it.</source>
        <translation>Testez-le à nouveau ; s&apos;il échoue encore, vérifiez son environnement, ses listes blanches et ses permissions, ou renouvelez-le.</translation>
    </message>
    <message>
        <source>Found in a leak scan</source>
        <translation>Trouvé lors d&apos;une recherche de fuites</translation>
    </message>
    <message numerus="yes">
        <source>The secret was found in %n place(s), e.g. %1: anyone who can read it can use the token.</source>
        <translation>
            <numerusform>Le secret a été trouvé à %n endroit, par ex. %1 : quiconque peut le lire peut utiliser le jeton.</numerusform>
            <numerusform>Le secret a été trouvé à %n endroits, par ex. %1 : quiconque peut le lire peut utiliser le jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke it now (or rotate it), then remove it from the file and its history.</source>
        <translation>Révoquez-le maintenant (ou renouvelez-le), puis retirez-le du fichier et de son historique.</translation>
    </message>
    <message>
        <source>Monite client secret due for rotation</source>
        <translation>Renouvellement du secret client Monite nécessaire</translation>
    </message>
    <message numerus="yes">
        <source>The client secret of Monite profile &quot;%1&quot; was stored %n day(s) ago, on %2; the rotation period is %3 days.</source>
        <translation>
            <numerusform>Le secret client du profil Monite « %1 » a été enregistré il y a %n jour, le %2 ; la période de renouvellement est de %3 jours.</numerusform>
            <numerusform>Le secret client du profil Monite « %1 » a été enregistré il y a %n jours, le %2 ; la période de renouvellement est de %3 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generate a new secret in Monite&apos;s partner portal, then run: monime-portal-cli monite secret %1</source>
        <translation>Générez un nouveau secret dans le portail partenaire de Monite, puis lancez : monime-portal-cli monite secret %1</translation>
    </message>
    <message>
        <source>Monite client unused</source>
        <translation>Client Monite inutilisé</translation>
    </message>
    <message numerus="yes">
        <source>Monite profile &quot;%1&quot; has not got, tested or revoked a token for %n day(s).</source>
        <translation>
            <numerusform>Le profil Monite « %1 » n&apos;a obtenu, testé ni révoqué aucun jeton depuis %n jour.</numerusform>
            <numerusform>Le profil Monite « %1 » n&apos;a obtenu, testé ni révoqué aucun jeton depuis %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monite profile &quot;%1&quot; has not been used since it was added %n day(s) ago.</source>
        <translation>
            <numerusform>Le profil Monite « %1 » n&apos;a pas été utilisé depuis son ajout il y a %n jour.</numerusform>
            <numerusform>Le profil Monite « %1 » n&apos;a pas été utilisé depuis son ajout il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>If nothing needs it any more, delete the client in Monite&apos;s partner portal, then run: monime-portal-cli monite remove %1</source>
        <translation>Si plus rien n&apos;en a besoin, supprimez le client dans le portail partenaire de Monite, puis lancez : monime-portal-cli monite remove %1</translation>
    </message>
</context>
<context>
    <name>monime::HealthView</name>
    <message>
        <source>&lt;h2&gt;Health check&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bilan de santé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Constats de santé</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %1 of %n token(s). Press Enter on a finding to go to its token.</source>
        <translation>
            <numerusform> pour %1 jeton sur %n. Appuyez sur Entrée sur un constat pour accéder à son jeton.</numerusform>
            <numerusform> pour %1 des %n jetons. Appuyez sur Entrée sur un constat pour accéder à son jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monite client %1</source>
        <translation>Client Monite %1</translation>
    </message>
    <message>
        <source>No findings: every active token and Monite client passes the health check.</source>
        <translation>Aucun constat : tous les jetons actifs et tous les clients Monite ont passé le bilan de santé.</translation>
    </message>
    <message numerus="yes">
        <source>%n Monite client(s) checked too.</source>
        <translation>
            <numerusform>%n client Monite également vérifié.</numerusform>
            <numerusform>%n clients Monite également vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Monite clients were not checked: %1</source>
        <translation>Les clients Monite n&apos;ont pas été vérifiés : %1</translation>
    </message>
</context>
<context>
    <name>monime::HtmlReportWriter</name>
    <message>
        <source>Monime token report</source>
        <translation>Rapport des jetons Monime</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Généré le %1 UTC</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <source>Secrets are never part of a report.</source>
        <translation>Les secrets ne figurent jamais dans un rapport.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expirent bientôt</translation>
    </message>
    <message>
        <source>Health findings</source>
        <translation>Constats de santé</translation>
    </message>
    <message>
        <source>Expiries over the next 12 months (active tokens)</source>
        <translation>Expirations sur les 12 prochains mois (jetons actifs)</translation>
    </message>
    <message numerus="yes">
        <source>Tokens (%n)</source>
        <translation>
            <numerusform>Jeton (%n)</numerusform>
            <numerusform>Jetons (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filters.</source>
        <translation>Aucun jeton ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Health findings (%n)</source>
        <translation>
            <numerusform>Constat de santé (%n)</numerusform>
            <numerusform>Constats de santé (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solution</translation>
    </message>
    <message numerus="yes">
        <source>Monite clients (%n)</source>
        <translation>
            <numerusform>Client Monite (%n)</numerusform>
            <numerusform>Clients Monite (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: every token and Monite client in this report passes the health check.</source>
        <translation>Aucun constat : tous les jetons et tous les clients Monite de ce rapport ont passé le bilan de santé.</translation>
    </message>
    <message>
        <source>Monite client</source>
        <translation>Client Monite</translation>
    </message>
</context>
<context>
    <name>monime::HttpRequestParser</name>
    <message>
        <source>Too many empty lines before the request line. Send the request line first.</source>
        <translation>Trop de lignes vides avant la ligne de requête. Envoyez d&apos;abord la ligne de requête.</translation>
    </message>
    <message>
        <source>The request line is too long. Shorten the path and query.</source>
        <translation>La ligne de requête est trop longue. Raccourcissez le chemin et les paramètres.</translation>
    </message>
    <message>
        <source>The request line is not &quot;METHOD /path HTTP/1.1&quot;.</source>
        <translation>La ligne de requête n&apos;a pas la forme &quot;METHODE /chemin HTTP/1.1&quot;.</translation>
    </message>
    <message>
        <source>The request method is not a valid token.</source>
        <translation>La méthode de la requête n&apos;est pas un mot valide.</translation>
    </message>
    <message>
        <source>The request target must be a path starting with &apos;/&apos; or an http:// URL.</source>
        <translation>La cible de la requête doit être un chemin commençant par &apos;/&apos; ou une URL http://.</translation>
    </message>
    <message>
        <source>The URL in the request line has no valid host (user names are not accepted).</source>
        <translation>L&apos;URL de la ligne de requête n&apos;a pas d&apos;hôte valide (les noms d&apos;utilisateur ne sont pas acceptés).</translation>
    </message>
    <message>
        <source>The request target contains characters not allowed.</source>
        <translation>La cible de la requête contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>The HTTP version is malformed.</source>
        <translation>La version HTTP est mal formée.</translation>
    </message>
    <message>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Seuls HTTP/1.0 et HTTP/1.1 sont pris en charge.</translation>
    </message>
    <message>
        <source>The request headers are too large. Send fewer or shorter headers.</source>
        <translation>Les en-têtes de la requête sont trop volumineux. Envoyez des en-têtes moins nombreux ou plus courts.</translation>
    </message>
    <message>
        <source>Obsolete header line folding is not accepted.</source>
        <translation>Le repli obsolète des lignes d&apos;en-tête n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>A header line has no name or no &apos;:&apos;.</source>
        <translation>Une ligne d&apos;en-tête n&apos;a pas de nom ou pas de &apos;:&apos;.</translation>
    </message>
    <message>
        <source>A header name contains characters not allowed.</source>
        <translation>Un nom d&apos;en-tête contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>A header value contains control characters.</source>
        <translation>Une valeur d&apos;en-tête contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The request has too many headers. Send fewer headers.</source>
        <translation>La requête a trop d&apos;en-têtes. Envoyez-en moins.</translation>
    </message>
    <message>
        <source>Content-Length is not a valid number.</source>
        <translation>Content-Length n&apos;est pas un nombre valide.</translation>
    </message>
    <message>
        <source>Conflicting Content-Length headers.</source>
        <translation>En-têtes Content-Length contradictoires.</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not supported by the sandbox; send a Content-Length body.</source>
        <translation>Le bac à sable ne prend pas en charge Transfer-Encoding ; envoyez un corps avec Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than the sandbox accepts. Send a smaller body.</source>
        <translation>Le corps de la requête dépasse ce que le bac à sable accepte. Envoyez un corps plus petit.</translation>
    </message>
    <message>
        <source>The request has more than one Host header. Send exactly one.</source>
        <translation>La requête a plus d&apos;un en-tête Host. Envoyez-en exactement un.</translation>
    </message>
    <message>
        <source>HTTP/1.1 requests need a Host header, e.g. &quot;Host: 127.0.0.1:8420&quot;.</source>
        <translation>Les requêtes HTTP/1.1 doivent avoir un en-tête Host, par exemple &quot;Host: 127.0.0.1:8420&quot;.</translation>
    </message>
    <message>
        <source>The Host header is not a valid host name or address.</source>
        <translation>L&apos;en-tête Host n&apos;est pas un nom d&apos;hôte ou une adresse valide.</translation>
    </message>
    <message>
        <source>The sandbox can meet no expectation but &quot;Expect: 100-continue&quot;.</source>
        <translation>Le bac à sable ne peut satisfaire aucune attente autre que &quot;Expect: 100-continue&quot;.</translation>
    </message>
</context>
<context>
    <name>monime::InventoryCopy</name>
    <message>
        <source>read the inventory to copy</source>
        <translation>lire l&apos;inventaire à copier</translation>
    </message>
    <message>
        <source>start the copy</source>
        <translation>démarrer la copie</translation>
    </message>
    <message>
        <source>lock the team database for the copy</source>
        <translation>verrouiller la base de données d&apos;équipe pour la copie</translation>
    </message>
    <message>
        <source>read the Monimeers</source>
        <translation>lire les Monimeers</translation>
    </message>
    <message>
        <source>read the tokens</source>
        <translation>lire les jetons</translation>
    </message>
    <message>
        <source>read the team database&apos;s tokens</source>
        <translation>lire les jetons de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (« %2 »)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of this inventory are in %1 with another secret: %2. Nothing was copied. These are different tokens under one id (or one secret under two ids): revoke and remove the wrong one, or copy into another team database.</source>
        <translation>
            <numerusform>%n jeton de cet inventaire se trouve dans %1 avec un autre secret : %2. Rien n&apos;a été copié. Il s&apos;agit de jetons différents sous un même identifiant (ou d&apos;un même secret sous deux identifiants) : révoquez et supprimez le mauvais, ou copiez dans une autre base de données d&apos;équipe.</numerusform>
            <numerusform>%n jetons de cet inventaire se trouvent dans %1 avec un autre secret : %2. Rien n&apos;a été copié. Il s&apos;agit de jetons différents sous un même identifiant (ou d&apos;un même secret sous deux identifiants) : révoquez et supprimez le mauvais, ou copiez dans une autre base de données d&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>read the team database&apos;s Monite client profiles</source>
        <translation>lire les profils clients Monite de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>read the Monite client profiles</source>
        <translation>lire les profils clients Monite</translation>
    </message>
    <message>
        <source>%1 has another Monite client profile named &quot;%2&quot;. Nothing was copied. Rename one of them (monite remove and add it again), then copy again.</source>
        <translation>%1 contient un autre profil client Monite nommé « %2 ». Rien n&apos;a été copié. Renommez l&apos;un des deux (monite remove, puis ajoutez-le à nouveau) et relancez la copie.</translation>
    </message>
    <message>
        <source>read the columns of %1</source>
        <translation>lire les colonnes de %1</translation>
    </message>
    <message>
        <source>count the rows of %1</source>
        <translation>compter les lignes de %1</translation>
    </message>
    <message>
        <source>read the statistics of %1</source>
        <translation>lire les statistiques de %1</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>copier %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>save the copy</source>
        <translation>sauvegarder la copie</translation>
    </message>
</context>
<context>
    <name>monime::InventoryWatcher</name>
    <message>
        <source>Could not listen for the team&apos;s changes (%1); the list updates when you reload it.</source>
        <translation>Impossible de suivre les modifications de l&apos;équipe (%1) ; la liste se met à jour quand vous la rechargez.</translation>
    </message>
    <message>
        <source>reach the team database</source>
        <translation>joindre la base de données d&apos;équipe</translation>
    </message>
</context>
<context>
    <name>monime::IpRule</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter an IPv4 address such as 203.0.113.45, an IPv6 address such as 2001:db8::1, or a CIDR range such as 203.0.113.0/24.</source>
        <translation>« %1 » n&apos;est pas une adresse IP. Saisissez une adresse IPv4 comme 203.0.113.45, une adresse IPv6 comme 2001:db8::1, ou une plage CIDR comme 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid prefix length: use /0 to /%2 for an %3 range.</source>
        <translation>« %1 » a une longueur de préfixe invalide : utilisez /0 à /%2 pour une plage %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set after the /%2 prefix. Did you mean %3/%4?</source>
        <translation>« %1 » a des bits d&apos;hôte définis après le préfixe /%2. Vouliez-vous dire %3/%4 ?</translation>
    </message>
</context>
<context>
    <name>monime::KeychainSecretStore</name>
    <message>
        <source>The keychain has no secret for this token (it may have been deleted outside the app). Revoke the token and create a new one.</source>
        <translation>Le trousseau de clés ne contient aucun secret pour ce jeton (il a peut-être été supprimé en dehors de l&apos;application). Révoquez le jeton et créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Access to the keychain was cancelled. Nothing was changed; try again and allow access when asked.</source>
        <translation>L&apos;accès au trousseau de clés a été annulé. Rien n&apos;a été modifié ; réessayez et autorisez l&apos;accès quand il est demandé.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). It may be locked: unlock it (for GNOME, log in to the desktop or run gnome-keyring-daemon --unlock) and try again.</source>
        <translation>Le trousseau de clés a refusé l&apos;accès (%1). Il est peut-être verrouillé : déverrouillez-le (sous GNOME, ouvrez une session sur le bureau ou lancez gnome-keyring-daemon --unlock) et réessayez.</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Start a Secret Service provider such as gnome-keyring or KWallet in your desktop session (it needs a D-Bus session bus), then try again. Secrets are never stored in plain text instead.</source>
        <translation>Aucun trousseau de clés du système n&apos;est disponible (%1). Démarrez un fournisseur Secret Service comme gnome-keyring ou KWallet dans votre session de bureau (il a besoin d&apos;un bus de session D-Bus), puis réessayez. Les secrets ne sont jamais stockés en clair à la place.</translation>
    </message>
    <message>
        <source>The keychain is locked (%1). Unlock it and try again.</source>
        <translation>Le trousseau de clés est verrouillé (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>No OS keychain is reachable (%1). Start a Secret Service provider such as gnome-keyring in a session with a D-Bus session bus, then try again. Secrets are never stored in plain text instead.</source>
        <translation>Aucun trousseau de clés du système n&apos;est joignable (%1). Démarrez un fournisseur Secret Service comme gnome-keyring dans une session disposant d&apos;un bus de session D-Bus, puis réessayez. Les secrets ne sont jamais stockés en clair à la place.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1. Check that your keychain is running and unlocked, then try again.</source>
        <translation>Le trousseau de clés a signalé une erreur : %1. Vérifiez que votre trousseau est démarré et déverrouillé, puis réessayez.</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>le Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>the OS keychain (Secret Service or KWallet)</source>
        <translation>le trousseau de clés du système (Secret Service ou KWallet)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds. It may be waiting for an unlock prompt, or no keychain service is running: unlock or start it, then try again. Nothing was changed.</source>
        <translation>Le trousseau de clés n&apos;a pas répondu dans les %1 secondes. Il attend peut-être un déverrouillage, ou aucun service de trousseau n&apos;est démarré : déverrouillez-le ou démarrez-le, puis réessayez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The Secret Service could not list the keychain&apos;s items (%1). Start a Secret Service provider such as gnome-keyring in a session with a D-Bus session bus, then try again.</source>
        <translation>Le Secret Service n&apos;a pas pu lister les éléments du trousseau de clés (%1). Démarrez un fournisseur Secret Service comme gnome-keyring dans une session disposant d&apos;un bus de session D-Bus, puis réessayez.</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>aucun bus de session D-Bus</translation>
    </message>
    <message>
        <source>%1 cannot list its items; each token&apos;s secret is checked when it is used.</source>
        <translation>%1 ne peut pas lister ses éléments ; le secret de chaque jeton est vérifié au moment où il est utilisé.</translation>
    </message>
</context>
<context>
    <name>monime::LeakReport</name>
    <message>
        <source>unknown: made by a Monime Developer Portal, but not this inventory (a teammate&apos;s?); rotate it where it was made</source>
        <translation>inconnu : créé par un Monime Developer Portal, mais absent de cet inventaire (celui d&apos;un coéquipier ?) ; renouvelez-le là où il a été créé</translation>
    </message>
    <message>
        <source>unknown: a Monime-shaped token this inventory does not hold (made in the web portal?); rotate it where it was made</source>
        <translation>inconnu : un jeton au format Monime que cet inventaire ne contient pas (créé dans le portail web ?) ; renouvelez-le là où il a été créé</translation>
    </message>
    <message>
        <source>any Space</source>
        <translation>tous les Spaces</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>already revoked</source>
        <translation>déjà révoqué</translation>
    </message>
    <message>
        <source>known: &quot;%1&quot; (%2, %3, %4, %5)</source>
        <translation>connu : « %1 » (%2, %3, %4, %5)</translation>
    </message>
    <message>
        <source>Monime %1 token %2 — %3</source>
        <translation>Jeton Monime %1 %2 — %3</translation>
    </message>
    <message>
        <source>Monime access token</source>
        <translation>Jeton d&apos;accès Monime</translation>
    </message>
    <message>
        <source>A Monime API access token (mon_… live, mon_test_… test) committed or written to a file.</source>
        <translation>Un jeton d&apos;accès à l&apos;API Monime (mon_… live, mon_test_… test) validé dans un commit ou écrit dans un fichier.</translation>
    </message>
    <message>
        <source>Revoke the token (monime-portal-cli scan --revoke, or revoke ID) or rotate it where it was made, then remove it from the file and its history.</source>
        <translation>Révoquez le jeton (monime-portal-cli scan --revoke, ou revoke ID) ou renouvelez-le là où il a été créé, puis retirez-le du fichier et de son historique.</translation>
    </message>
</context>
<context>
    <name>monime::LeakScanDialog</name>
    <message>
        <source>Scan for leaks</source>
        <translation>Rechercher des fuites</translation>
    </message>
    <message>
        <source>Folder to scan</source>
        <translation>Dossier à analyser</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Also every commit of its &amp;git history (all branches)</source>
        <translation>Analyser aussi chaque commit de son historique &amp;git (toutes les branches)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>The secret is never shown: each token by its hint, matched to your inventory by its digest.</source>
        <translation>Le secret n&apos;est jamais affiché : chaque jeton apparaît sous son aperçu, rapproché de votre inventaire par son empreinte.</translation>
    </message>
    <message>
        <source>Tokens found</source>
        <translation>Jetons trouvés</translation>
    </message>
    <message>
        <source>Token or place</source>
        <translation>Jeton ou emplacement</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>&amp;Copy location</source>
        <translation>&amp;Copier l&apos;emplacement</translation>
    </message>
    <message>
        <source>Choose a folder that exists, then scan.</source>
        <translation>Choisissez un dossier existant, puis lancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) scanned…</source>
        <translation>
            <numerusform>%n commit analysé…</numerusform>
            <numerusform>%n commits analysés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) scanned…</source>
        <translation>
            <numerusform>%n fichier analysé…</numerusform>
            <numerusform>%n fichiers analysés…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Monime tokens found in %n file(s).</source>
        <translation>
            <numerusform>Aucun jeton Monime trouvé dans %n fichier.</numerusform>
            <numerusform>Aucun jeton Monime trouvé dans %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s)</source>
        <translation>
            <numerusform>%n jeton trouvé</numerusform>
            <numerusform>%n jetons trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n place(s).</source>
        <translation>
            <numerusform>à %n endroit.</numerusform>
            <numerusform>à %n endroits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1 binary and %2 large files.</source>
        <translation>Fichiers ignorés : %1 binaires et %2 volumineux.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Revoke leaked token</source>
        <translation>Révoquer le jeton qui a fuité</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; (%2)? It was found at %3. It stops working at once; this cannot be undone.</source>
        <translation>Révoquer « %1 » (%2) ? Il a été trouvé dans %3. Il cessera de fonctionner immédiatement ; cette action est irréversible.</translation>
    </message>
    <message>
        <source>leaked: found at %1</source>
        <translation>fuite : trouvé dans %1</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (%2): it stops working at once.</source>
        <translation>« %1 » (%2) révoqué : il cesse de fonctionner immédiatement.</translation>
    </message>
</context>
<context>
    <name>monime::LeakScanner</name>
    <message>
        <source>git %1 failed in %2: %3</source>
        <translation>git %1 a échoué dans %2 : %3</translation>
    </message>
    <message>
        <source>%1 does not exist: give a file or a folder to scan.</source>
        <translation>%1 n&apos;existe pas : indiquez un fichier ou un dossier à analyser.</translation>
    </message>
    <message>
        <source>%1 is not a git repository: --git and --staged scan a repository&apos;s history or index; scan a folder without them.</source>
        <translation>%1 n&apos;est pas un dépôt git : --git et --staged analysent l&apos;historique ou l&apos;index d&apos;un dépôt ; analysez un dossier sans ces options.</translation>
    </message>
    <message>
        <source>git could not be started: is it installed?</source>
        <translation>git n&apos;a pas pu être lancé : est-il installé ?</translation>
    </message>
    <message>
        <source>git failed in %1: %2</source>
        <translation>git a échoué dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>monime::MainWindow</name>
    <message>
        <source>Monime Developer Portal</source>
        <translation>Monime Developer Portal</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Access Tokens</source>
        <translation>Jetons d&apos;accès</translation>
    </message>
    <message>
        <source>Your &amp;Spaces</source>
        <translation>Vos &amp;Spaces</translation>
    </message>
    <message>
        <source>Your Spaces</source>
        <translation>Vos Spaces</translation>
    </message>
    <message>
        <source>Add Space…</source>
        <translation>Ajouter un Space…</translation>
    </message>
    <message>
        <source>Add a Space</source>
        <translation>Ajouter un Space</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) shown</source>
        <translation>
            <numerusform>Jeton affiché : %1 sur %n</numerusform>
            <numerusform>Jetons affichés : %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Token actions</source>
        <translation>Actions sur le jeton</translation>
    </message>
    <message>
        <source>&amp;New token</source>
        <translation>&amp;Nouveau jeton</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>Ren&amp;ouveler…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l&apos;&amp;ID</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Add &amp;Space…</source>
        <translation>Ajouter un &amp;Space…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>Space %1, id %2, your role %3</source>
        <translation>Space %1, identifiant %2, votre rôle : %3</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Access tokens let your applications call Monime&apos;s APIs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Add the Spaces you belong to (&lt;i&gt;Add Space…&lt;/i&gt;, left), with your role in each.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Press &lt;b&gt;Create token&lt;/b&gt; (Ctrl+N). Start with a &lt;b&gt;test&lt;/b&gt; token: no real money moves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue&lt;/h3&gt;&lt;p&gt;Les jetons d&apos;accès permettent à vos applications d&apos;appeler les API de Monime.&lt;/p&gt;&lt;p&gt;&lt;b&gt;1.&lt;/b&gt; Ajoutez les Spaces dont vous êtes membre (&lt;i&gt;Ajouter un Space…&lt;/i&gt;, à gauche), avec votre rôle dans chacun.&lt;br&gt;&lt;b&gt;2.&lt;/b&gt; Cliquez sur &lt;b&gt;Créer un jeton&lt;/b&gt; (Ctrl+N). Commencez par un jeton de &lt;b&gt;test&lt;/b&gt; : aucun argent réel ne circule.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No access tokens yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Create token&lt;/b&gt; (Ctrl+N). Start with a &lt;b&gt;test&lt;/b&gt; token (mon_test_): no real money moves.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun jeton d&apos;accès pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Créer un jeton&lt;/b&gt; (Ctrl+N). Commencez par un jeton de &lt;b&gt;test&lt;/b&gt; (mon_test_) : aucun argent réel ne circule.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Token “%1” created.</source>
        <translation>Jeton « %1 » créé.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token id(s).</source>
        <translation>
            <numerusform>%n identifiant de jeton copié.</numerusform>
            <numerusform>%n identifiants de jetons copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s). Applications using them stop working now.</source>
        <translation>
            <numerusform>%n jeton révoqué. Les applications qui l&apos;utilisent cessent de fonctionner dès maintenant.</numerusform>
            <numerusform>%n jetons révoqués. Les applications qui les utilisent cessent de fonctionner dès maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>&amp;Test…</source>
        <translation>&amp;Tester…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1 Tests can still go to the Monime API or another URL.</source>
        <translation>Le bac à sable intégré n&apos;a pas pu démarrer : %1 Les tests peuvent toujours être envoyés à l&apos;API Monime ou à une autre URL.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Token “%1” imported; its secret is in the keychain.</source>
        <translation>Jeton « %1 » importé ; son secret est dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The token inventory is damaged&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;L&apos;inventaire des jetons est endommagé&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Guided rotation…</source>
        <translation>Renouvellement &amp;guidé…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Guided rotation</source>
        <translation>Renouvellement guidé</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rotate &lt;b&gt;%1&lt;/b&gt; (%2) step by step:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a new token with the same settings is made and shown once;&lt;/li&gt;&lt;li&gt;you test it;&lt;/li&gt;&lt;li&gt;you deploy it and confirm;&lt;/li&gt;&lt;li&gt;only then is the old token revoked, at once or after a grace period.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Until you confirm, the old token keeps working; stopping midway leaves it untouched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renouveler &lt;b&gt;%1&lt;/b&gt; (%2) étape par étape :&lt;/p&gt;&lt;ol&gt;&lt;li&gt;un nouveau jeton aux mêmes réglages est créé et montré une fois ;&lt;/li&gt;&lt;li&gt;vous le testez ;&lt;/li&gt;&lt;li&gt;vous le déployez et confirmez ;&lt;/li&gt;&lt;li&gt;alors seulement l&apos;ancien jeton est révoqué, tout de suite ou après une période de grâce.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Tant que vous n&apos;avez pas confirmé, l&apos;ancien jeton fonctionne ; s&apos;arrêter en chemin le laisse intact.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guided rotation: copy the new token</source>
        <translation>Renouvellement guidé : copiez le nouveau jeton</translation>
    </message>
    <message>
        <source>Guided rotation: test the new token</source>
        <translation>Renouvellement guidé : testez le nouveau jeton</translation>
    </message>
    <message>
        <source>Rotation done: “%1” is replaced by %2 and was revoked.</source>
        <translation>Renouvellement terminé : « %1 » est remplacé par %2 et a été révoqué.</translation>
    </message>
    <message>
        <source>Rotation done: “%1” is replaced by %2 and stops working on %3 UTC.</source>
        <translation>Renouvellement terminé : « %1 » est remplacé par %2 et cesse de fonctionner le %3 UTC.</translation>
    </message>
    <message>
        <source>Abandon the rotation?</source>
        <translation>Abandonner le renouvellement ?</translation>
    </message>
    <message>
        <source>“%1” (%2) stays as it is and keeps working. The new token %3 is revoked, since it was never deployed.</source>
        <translation>« %1 » (%2) reste tel quel et continue de fonctionner. Le nouveau jeton %3 est révoqué, puisqu&apos;il n&apos;a jamais été déployé.</translation>
    </message>
    <message>
        <source>Rotation abandoned: “%1” (%2) is untouched and still works; the new token %3 was revoked.</source>
        <translation>Renouvellement abandonné : « %1 » (%2) est intact et fonctionne toujours ; le nouveau jeton %3 a été révoqué.</translation>
    </message>
    <message>
        <source>Token %1 is not in this inventory (%2).</source>
        <translation>Le jeton %1 n&apos;est pas dans cet inventaire (%2).</translation>
    </message>
    <message>
        <source>Scan for &amp;leaks…</source>
        <translation>Rechercher des &amp;fuites…</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <source>Monite clients</source>
        <translation>Clients Monite</translation>
    </message>
    <message>
        <source>Inventory connection</source>
        <translation>Connexion à l&apos;inventaire</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Hors ligne — reconnexion…</translation>
    </message>
    <message>
        <source>The team inventory cannot be reached: %1
The list shows what was last read; a change made now is not saved (each says so). The window reconnects by itself and updates.</source>
        <translation>L&apos;inventaire d&apos;équipe est injoignable : %1
La liste affiche ce qui a été lu en dernier ; une modification faite maintenant n&apos;est pas sauvegardée (chacune l&apos;indique). La fenêtre se reconnecte d&apos;elle-même et se met à jour.</translation>
    </message>
    <message>
        <source>Team inventory — you are %1 (%2); live</source>
        <translation>Inventaire d&apos;équipe — vous êtes %1 (%2) ; en direct</translation>
    </message>
    <message>
        <source>%1&apos;s token: its secret is in their keychain only.</source>
        <translation>Jeton de %1 : son secret n&apos;est que dans son trousseau de clés.</translation>
    </message>
</context>
<context>
    <name>monime::MoneyRules</name>
    <message>
        <source>No financial account has the id &quot;%1&quot; in this Space.</source>
        <translation>Aucun compte financier ne porte l&apos;identifiant « %1 » dans ce Space.</translation>
    </message>
    <message>
        <source>The source and destination financial accounts are the same.</source>
        <translation>Les comptes financiers source et destination sont identiques.</translation>
    </message>
    <message>
        <source>The amount&apos;s currency (%1) is not the currency of both accounts.</source>
        <translation>La devise du montant (%1) n&apos;est pas celle des deux comptes.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Le montant doit être positif.</translation>
    </message>
    <message>
        <source>The source account&apos;s available balance (%1) is below the amount (%2).</source>
        <translation>Le solde disponible du compte source (%1) est inférieur au montant (%2).</translation>
    </message>
    <message>
        <source>The sandbox knows no provider &quot;%1&quot;; see /v1/banks and /v1/momos.</source>
        <translation>Le bac à sable ne connaît aucun fournisseur « %1 » ; voir /v1/banks et /v1/momos.</translation>
    </message>
    <message>
        <source>The amount must be positive and in the account&apos;s currency.</source>
        <translation>Le montant doit être positif et dans la devise du compte.</translation>
    </message>
    <message>
        <source>This payment code is %1 or disabled; only an enabled, pending code can be paid.</source>
        <translation>Ce code de paiement a le statut %1 ou est désactivé ; seul un code activé et en attente peut être payé.</translation>
    </message>
    <message>
        <source>The code has no amount: send one, e.g. {&quot;amount&quot;:{&quot;currency&quot;:&quot;SLE&quot;,&quot;value&quot;:1000}}.</source>
        <translation>Le code n&apos;a pas de montant : envoyez-en un, par ex. {&quot;amount&quot;:{&quot;currency&quot;:&quot;SLE&quot;,&quot;value&quot;:1000}}.</translation>
    </message>
    <message>
        <source>an amount with currency and a positive value</source>
        <translation>un montant avec une devise et une valeur positive</translation>
    </message>
    <message>
        <source>No financial account in %1 can receive this payment. Create one first.</source>
        <translation>Aucun compte financier en %1 ne peut recevoir ce paiement. Créez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>This checkout session is %1; only a pending session can be completed.</source>
        <translation>Cette session de paiement a le statut %1 ; seule une session en attente peut être finalisée.</translation>
    </message>
    <message>
        <source>at most %1 units of &quot;%2&quot;</source>
        <translation>au plus %1 unités de « %2 »</translation>
    </message>
    <message>
        <source>a key of this receipt, not &quot;%1&quot;</source>
        <translation>une clé de ce reçu, pas « %1 »</translation>
    </message>
    <message>
        <source>redeemAll: true or at least one entitlement to redeem</source>
        <translation>redeemAll: true ou au moins un droit à consommer</translation>
    </message>
    <message>
        <source>This receipt cannot be redeemed so.</source>
        <translation>Ce reçu ne peut pas être consommé ainsi.</translation>
    </message>
</context>
<context>
    <name>monime::MoniteApi</name>
    <message>
        <source>%1 is not part of the Monite emulation; its paths start with /v1/, e.g. POST /v1/auth/token.</source>
        <translation>%1 ne fait pas partie de l&apos;émulation de Monite ; ses chemins commencent par /v1/, par ex. POST /v1/auth/token.</translation>
    </message>
    <message>
        <source>%1 is not emulated. The sandbox knows /v1/auth/token, /v1/auth/revoke, /v1/entities, /v1/entity_users/me, /v1/entity_users/my_role and /v1/payables.</source>
        <translation>%1 n&apos;est pas émulé. Le bac à sable connaît /v1/auth/token, /v1/auth/revoke, /v1/entities, /v1/entity_users/me, /v1/entity_users/my_role et /v1/payables.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3.</source>
        <translation>%1 n&apos;est pas autorisé sur %2 ; utilisez %3.</translation>
    </message>
    <message>
        <source>Missing the x-monite-version HTTP header</source>
        <translation>En-tête HTTP x-monite-version absent</translation>
    </message>
    <message>
        <source>x-monite-version &quot;%1&quot; is not a Monite API version. Send one of: %2.</source>
        <translation>x-monite-version « %1 » n&apos;est pas une version de l&apos;API Monite. Envoyez l&apos;une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>Field required: send a JSON object as the body.</source>
        <translation>Champ obligatoire : envoyez un objet JSON comme corps.</translation>
    </message>
    <message>
        <source>JSON decode error: %1. Send a JSON object.</source>
        <translation>Erreur de décodage JSON : %1. Envoyez un objet JSON.</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary or object to extract fields from</source>
        <translation>L&apos;entrée doit être un dictionnaire ou un objet valide dont extraire les champs</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>UUID input should be a string, bytes or UUID object</source>
        <translation>L&apos;entrée UUID doit être une chaîne, des octets ou un objet UUID</translation>
    </message>
    <message>
        <source>Input should be a valid UUID, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6</source>
        <translation>L&apos;entrée doit être un UUID valide, par ex. 3fa85f64-5717-4562-b3fc-2c963f66afa6</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>L&apos;entrée doit être une chaîne valide</translation>
    </message>
    <message>
        <source>Input should be &apos;client_credentials&apos; or &apos;entity_user&apos;</source>
        <translation>L&apos;entrée doit être &apos;client_credentials&apos; ou &apos;entity_user&apos;</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted; the body takes only %1.</source>
        <translation>Les champs supplémentaires ne sont pas autorisés ; le corps n&apos;accepte que %1.</translation>
    </message>
    <message>
        <source>Field required: grant_type entity_user needs the entity user&apos;s id.</source>
        <translation>Champ obligatoire : grant_type entity_user nécessite l&apos;identifiant de l&apos;utilisateur d&apos;entité.</translation>
    </message>
    <message>
        <source>Only grant_type entity_user takes an entity_user_id; leave it out for client_credentials.</source>
        <translation>Seul grant_type entity_user accepte un entity_user_id ; omettez-le pour client_credentials.</translation>
    </message>
    <message>
        <source>Wrong client_id or client_secret. Check both, or make a new client with monime-sandbox --monite-config FILE --add-monite-client NAME.</source>
        <translation>client_id ou client_secret incorrect. Vérifiez les deux, ou créez un nouveau client avec monime-sandbox --monite-config FILE --add-monite-client NAME.</translation>
    </message>
    <message>
        <source>Entity user %1 does not exist. Use the id of one of the configuration&apos;s entity_users.</source>
        <translation>L&apos;utilisateur d&apos;entité %1 n&apos;existe pas. Utilisez l&apos;identifiant de l&apos;un des entity_users de la configuration.</translation>
    </message>
    <message>
        <source>Too many live tokens (%1). Revoke some, or wait for them to expire.</source>
        <translation>Trop de jetons valides (%1). Révoquez-en quelques-uns, ou attendez qu&apos;ils expirent.</translation>
    </message>
    <message>
        <source>Not authenticated: send Authorization: Bearer ACCESS_TOKEN, with a token from POST /v1/auth/token.</source>
        <translation>Non authentifié : envoyez Authorization: Bearer ACCESS_TOKEN, avec un jeton obtenu par POST /v1/auth/token.</translation>
    </message>
    <message>
        <source>The token has been revoked, expired or not found.</source>
        <translation>Le jeton a été révoqué, a expiré ou est introuvable.</translation>
    </message>
    <message>
        <source>Wrong client_id or client_secret. Revoke with the credentials of the client that got the token.</source>
        <translation>client_id ou client_secret incorrect. Révoquez avec les identifiants du client qui a obtenu le jeton.</translation>
    </message>
    <message>
        <source>The Authorization token was issued to another client than client_id. Authorize with a token of the same client.</source>
        <translation>Le jeton de l&apos;en-tête Authorization a été délivré à un autre client que client_id. Authentifiez-vous avec un jeton du même client.</translation>
    </message>
    <message>
        <source>The token has been revoked.</source>
        <translation>Le jeton a été révoqué.</translation>
    </message>
    <message>
        <source>Input should be a whole number from 1 to 100</source>
        <translation>L&apos;entrée doit être un nombre entier de 1 à 100</translation>
    </message>
    <message>
        <source>Listing entities needs a partner token (grant_type client_credentials); an entity-user token sees only its own entity.</source>
        <translation>Lister les entités nécessite un jeton partenaire (grant_type client_credentials) ; un jeton d&apos;utilisateur d&apos;entité ne voit que sa propre entité.</translation>
    </message>
    <message>
        <source>Unknown pagination token; use one from a previous answer.</source>
        <translation>Jeton de pagination inconnu ; utilisez-en un issu d&apos;une réponse précédente.</translation>
    </message>
    <message>
        <source>/v1/entity_users/me needs an entity-user token (grant_type entity_user); a partner token has no user.</source>
        <translation>/v1/entity_users/me nécessite un jeton d&apos;utilisateur d&apos;entité (grant_type entity_user) ; un jeton partenaire n&apos;a pas d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>/v1/entity_users/my_role needs an entity-user token (grant_type entity_user); a partner token has no role.</source>
        <translation>/v1/entity_users/my_role nécessite un jeton d&apos;utilisateur d&apos;entité (grant_type entity_user) ; un jeton partenaire n&apos;a pas de rôle.</translation>
    </message>
    <message>
        <source>Field required: entity resources need the x-monite-entity-id header.</source>
        <translation>Champ obligatoire : les ressources d&apos;une entité nécessitent l&apos;en-tête x-monite-entity-id.</translation>
    </message>
    <message>
        <source>This entity-user token belongs to entity %1 and cannot act on entity %2. Send x-monite-entity-id: %1.</source>
        <translation>Ce jeton d&apos;utilisateur d&apos;entité appartient à l&apos;entité %1 et ne peut pas agir sur l&apos;entité %2. Envoyez x-monite-entity-id: %1.</translation>
    </message>
    <message>
        <source>Entity %1 was not found. Use the id of one of the configuration&apos;s entities.</source>
        <translation>L&apos;entité %1 est introuvable. Utilisez l&apos;identifiant de l&apos;une des entités de la configuration.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; does not allow &quot;%2&quot; on %3 objects here (permission: %4).</source>
        <translation>Le rôle « %1 » n&apos;autorise pas « %2 » sur les objets %3 ici (permission : %4).</translation>
    </message>
    <message>
        <source>Input should be an ISO 4217 code in capitals, e.g. &quot;EUR&quot;</source>
        <translation>L&apos;entrée doit être un code ISO 4217 en majuscules, par ex. &quot;EUR&quot;</translation>
    </message>
    <message>
        <source>Input should be a whole number of minor units, 0 or more</source>
        <translation>L&apos;entrée doit être un nombre entier d&apos;unités mineures, 0 ou plus</translation>
    </message>
    <message>
        <source>Input should be a valid date in the format YYYY-MM-DD</source>
        <translation>L&apos;entrée doit être une date valide au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The sandbox holds %1 payables already; restart it to start afresh.</source>
        <translation>Le bac à sable contient déjà %1 payables ; redémarrez-le pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Payable %1 was not found in entity %2.</source>
        <translation>Le payable %1 est introuvable dans l&apos;entité %2.</translation>
    </message>
    <message>
        <source>Payable %1 is paid already.</source>
        <translation>Le payable %1 est déjà payé.</translation>
    </message>
</context>
<context>
    <name>monime::MoniteApiClient</name>
    <message>
        <source>&quot;%1&quot; is not a usable base URL. Use e.g. https://api.sandbox.monite.com/v1.</source>
        <translation>« %1 » n&apos;est pas une URL de base utilisable. Utilisez par ex. https://api.sandbox.monite.com/v1.</translation>
    </message>
    <message>
        <source>Could not %1: %2 did not answer within %3 seconds. The server may be down or blocked by a firewall; check the base URL and your network, then try again.</source>
        <translation>Impossible de %1 : %2 n&apos;a pas répondu dans les %3 secondes. Le serveur est peut-être arrêté ou bloqué par un pare-feu ; vérifiez l&apos;URL de base et votre réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: the name %2 could not be resolved. Check the base URL&apos;s spelling and your internet connection.</source>
        <translation>Impossible de %1 : le nom %2 n&apos;a pas pu être résolu. Vérifiez l&apos;orthographe de l&apos;URL de base ainsi que votre connexion Internet.</translation>
    </message>
    <message>
        <source>Could not %1: the secure connection to %2 failed (%3). Check the computer&apos;s date and time, and that no proxy intercepts HTTPS.</source>
        <translation>Impossible de %1 : la connexion sécurisée à %2 a échoué (%3). Vérifiez la date et l&apos;heure de l&apos;ordinateur, et qu&apos;aucun proxy n&apos;intercepte le HTTPS.</translation>
    </message>
    <message>
        <source>Could not %1: nothing accepts connections at %2 port %3. Is the server (or the local sandbox) running, and is the base URL&apos;s port right?</source>
        <translation>Impossible de %1 : rien n&apos;accepte de connexions sur %2, port %3. Le serveur (ou le bac à sable local) est-il démarré, et le port de l&apos;URL de base est-il correct ?</translation>
    </message>
    <message>
        <source>Could not %1: the request to %2 failed (%3). Check your network and the base URL, then try again.</source>
        <translation>Impossible de %1 : la requête vers %2 a échoué (%3). Vérifiez votre réseau et l&apos;URL de base, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: %2 answered HTTP %3 but not with JSON. The base URL probably does not point at the Monite API (it should end in /v1).</source>
        <translation>Impossible de %1 : %2 a répondu HTTP %3, mais pas en JSON. L&apos;URL de base ne pointe probablement pas vers l&apos;API Monite (elle devrait se terminer par /v1).</translation>
    </message>
    <message>
        <source>get a partner token</source>
        <translation>récupérer un jeton partenaire</translation>
    </message>
    <message>
        <source>get an entity-user token</source>
        <translation>récupérer un jeton d&apos;utilisateur d&apos;entité</translation>
    </message>
    <message>
        <source>Could not %1: the answer has no access_token or no positive expires_in. Check that the base URL is the Monite API.</source>
        <translation>Impossible de %1 : la réponse ne contient pas d&apos;access_token ou pas d&apos;expires_in positif. Vérifiez que l&apos;URL de base est bien celle de l&apos;API Monite.</translation>
    </message>
    <message>
        <source>revoke the token</source>
        <translation>révoquer le jeton</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>Could not %1: %2 sent an answer larger than %3 MiB, which no Monite endpoint sends. Check that the base URL points at the Monite API (it ends in /v1).</source>
        <translation>Impossible de %1 : %2 a envoyé une réponse de plus de %3 Mio, ce qu&apos;aucun point d&apos;accès Monite n&apos;envoie. Vérifiez que l&apos;URL de base pointe vers l&apos;API Monite (elle se termine par /v1).</translation>
    </message>
</context>
<context>
    <name>monime::MoniteApiError</name>
    <message>
        <source>(x-request-id %1: quote it if you contact Monite support.)</source>
        <translation>(x-request-id %1 : mentionnez-le si vous contactez le support de Monite.)</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>Could not %1: the server wants the x-monite-version header (HTTP %2: %3). Give the profile an API version, e.g. 2024-05-25, and try again.</source>
        <translation>Impossible de %1 : le serveur exige l&apos;en-tête x-monite-version (HTTP %2 : %3). Attribuez une version de l&apos;API au profil, par ex. 2024-05-25, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: Monite says the token is revoked, expired or unknown (%2). Get a new token and try again.</source>
        <translation>Impossible de %1 : selon Monite, le jeton est révoqué, expiré ou inconnu (%2). Obtenez un nouveau jeton, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: Monite refused the request as invalid (HTTP 400: %2). Check the client id, the grant and the entity user id; the body holds only the documented fields.</source>
        <translation>Impossible de %1 : Monite a refusé la requête comme invalide (HTTP 400 : %2). Vérifiez l&apos;identifiant client, le type d&apos;autorisation (grant) et l&apos;identifiant de l&apos;utilisateur d&apos;entité ; le corps ne contient que les champs documentés.</translation>
    </message>
    <message>
        <source>Could not %1: Monite did not accept the credentials or the token (HTTP 401: %2). Check the client id, replace the secret with `monite secret NAME` if it was regenerated, and remember that sandbox and production have different credentials.</source>
        <translation>Impossible de %1 : Monite n&apos;a pas accepté les identifiants ou le jeton (HTTP 401 : %2). Vérifiez l&apos;identifiant client, remplacez le secret avec `monite secret NAME` s&apos;il a été régénéré, et n&apos;oubliez pas que le bac à sable et la production ont des identifiants différents.</translation>
    </message>
    <message>
        <source>Could not %1: the token is not allowed to do this (HTTP 403: %2). An entity-user token may do only what its user&apos;s role allows; use a role that allows it, or a partner token.</source>
        <translation>Impossible de %1 : le jeton n&apos;est pas autorisé à faire cela (HTTP 403 : %2). Un jeton d&apos;utilisateur d&apos;entité ne peut faire que ce que le rôle de son utilisateur autorise ; utilisez un rôle qui l&apos;autorise, ou un jeton partenaire.</translation>
    </message>
    <message>
        <source>Could not %1: not found (HTTP 404: %2). Check the profile&apos;s base URL (it ends in /v1) and, for an entity-user token, the entity user id.</source>
        <translation>Impossible de %1 : introuvable (HTTP 404 : %2). Vérifiez l&apos;URL de base du profil (elle se termine par /v1) et, pour un jeton d&apos;utilisateur d&apos;entité, l&apos;identifiant de l&apos;utilisateur d&apos;entité.</translation>
    </message>
    <message>
        <source>Could not %1: the server does not allow this method here (HTTP 405: %2). The base URL probably does not point at the Monite API; it should end in /v1.</source>
        <translation>Impossible de %1 : le serveur n&apos;autorise pas cette méthode ici (HTTP 405 : %2). L&apos;URL de base ne pointe probablement pas vers l&apos;API Monite ; elle devrait se terminer par /v1.</translation>
    </message>
    <message>
        <source>Could not %1: Monite rejected these fields (HTTP 422): %2. Correct them and try again.</source>
        <translation>Impossible de %1 : Monite a rejeté ces champs (HTTP 422) : %2. Corrigez-les, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: too many requests (HTTP 429). Wait a minute, then try again.</source>
        <translation>Impossible de %1 : trop de requêtes (HTTP 429). Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: too many requests (HTTP 429). Wait %2 seconds, then try again.</source>
        <translation>Impossible de %1 : trop de requêtes (HTTP 429). Attendez %2 secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not %1: Monite had a problem of its own (HTTP %2: %3). Nothing is wrong with your settings; try again later, and quote the request id to Monite support if it persists.</source>
        <translation>Impossible de %1 : Monite a rencontré un problème de son côté (HTTP %2 : %3). Vos paramètres ne sont pas en cause ; réessayez plus tard, et communiquez l&apos;identifiant de requête au support de Monite si le problème persiste.</translation>
    </message>
    <message>
        <source>Could not %1: unexpected answer HTTP %2 (%3). Check the profile&apos;s base URL.</source>
        <translation>Impossible de %1 : réponse inattendue HTTP %2 (%3). Vérifiez l&apos;URL de base du profil.</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
</context>
<context>
    <name>monime::MoniteConfigEditor</name>
    <message>
        <source>&quot;%1&quot; is not OBJECT:ACTION=PERMISSION, e.g. payable:pay=allowed_for_own.</source>
        <translation>« %1 » n&apos;est pas de la forme OBJECT:ACTION=PERMISSION, par ex. payable:pay=allowed_for_own.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Monite&apos;s actions: create, read, update, delete, pay, approve, cancel, submit, create_from_mail, reopen.</source>
        <translation>« %1 » n&apos;est pas une action de Monite : create, read, update, delete, pay, approve, cancel, submit, create_from_mail, reopen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission; use allowed, allowed_for_own or not_allowed.</source>
        <translation>« %1 » n&apos;est pas une permission ; utilisez allowed, allowed_for_own ou not_allowed.</translation>
    </message>
    <message>
        <source>%1 has a client named &quot;%2&quot; already. Choose another name.</source>
        <translation>%1 contient déjà un client nommé « %2 ». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 has no entity with the id &quot;%2&quot;. Add one with --add-monite-entity NAME.</source>
        <translation>%1 ne contient aucune entité d&apos;identifiant « %2 ». Ajoutez-en une avec --add-monite-entity NAME.</translation>
    </message>
    <message>
        <source>%1 has no role with the id &quot;%2&quot; in entity %3. Add one with --add-monite-role NAME --entity %3.</source>
        <translation>%1 ne contient aucun rôle d&apos;identifiant « %2 » dans l&apos;entité %3. Ajoutez-en un avec --add-monite-role NAME --entity %3.</translation>
    </message>
</context>
<context>
    <name>monime::MonitePage</name>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>live</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>live, renewed at the next test</source>
        <translation>valide, renouvelé au prochain test</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Monite clients&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Clients Monite&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Add client…</source>
        <translation>&amp;Ajouter un client…</translation>
    </message>
    <message>
        <source>Add a Monite client</source>
        <translation>Ajouter un client Monite</translation>
    </message>
    <message>
        <source>Monite&apos;s API takes short-lived access tokens, got with a client id and secret. Secrets and tokens stay in your keychain; a token is shown once when you get it.</source>
        <translation>L&apos;API de Monite utilise des jetons d&apos;accès de courte durée, obtenus avec un identifiant client et un secret. Les secrets et les jetons restent dans votre trousseau de clés ; un jeton n&apos;est affiché qu&apos;une fois, au moment où vous l&apos;obtenez.</translation>
    </message>
    <message>
        <source>Monite client profiles</source>
        <translation>Profils de clients Monite</translation>
    </message>
    <message>
        <source>Access tokens of this client</source>
        <translation>Jetons d&apos;accès de ce client</translation>
    </message>
    <message>
        <source>Token for</source>
        <translation>Jeton pour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>&amp;Get token</source>
        <translation>&amp;Obtenir un jeton</translation>
    </message>
    <message>
        <source>Get an access token</source>
        <translation>Obtenir un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Test the access token</source>
        <translation>Tester le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the access token</source>
        <translation>Révoquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Replace &amp;secret…</source>
        <translation>Remplacer le &amp;secret…</translation>
    </message>
    <message>
        <source>Replace the client secret</source>
        <translation>Remplacer le secret client</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Remove this client profile</source>
        <translation>Supprimer ce profil client</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No Monite clients yet&lt;/h3&gt;&lt;p&gt;Press &lt;b&gt;Add client…&lt;/b&gt; with the client id and secret from Monite&apos;s partner portal, or from &lt;code&gt;monime-sandbox --add-monite-client&lt;/code&gt; for the local sandbox.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun client Monite pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Cliquez sur &lt;b&gt;Ajouter un client…&lt;/b&gt; avec l&apos;identifiant client et le secret issus du portail partenaire de Monite, ou de &lt;code&gt;monime-sandbox --add-monite-client&lt;/code&gt; pour le bac à sable local.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · &lt;code&gt;%3&lt;/code&gt; · API version %4&lt;br&gt;Client ID &lt;code&gt;%5&lt;/code&gt; · secret stored %6 (in your keychain)&lt;br&gt;Last test: %7&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2 · &lt;code&gt;%3&lt;/code&gt; · version de l&apos;API %4&lt;br&gt;Identifiant client &lt;code&gt;%5&lt;/code&gt; · secret enregistré le %6 (dans votre trousseau de clés)&lt;br&gt;Dernier test : %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Partner (client credentials)</source>
        <translation>Partenaire (identifiants client)</translation>
    </message>
    <message>
        <source>Entity user %1</source>
        <translation>Utilisateur d&apos;entité %1</translation>
    </message>
    <message>
        <source>grant_type client_credentials</source>
        <translation>grant_type client_credentials</translation>
    </message>
    <message>
        <source>grant_type entity_user, id %1</source>
        <translation>grant_type entity_user, identifiant %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>encore %1</translation>
    </message>
    <message>
        <source>no time left</source>
        <translation>temps écoulé</translation>
    </message>
    <message>
        <source>Client “%1” added; its secret is in your keychain. Select a row and press Get token or Test.</source>
        <translation>Client « %1 » ajouté ; son secret est dans votre trousseau de clés. Sélectionnez une ligne et cliquez sur Obtenir un jeton ou Tester.</translation>
    </message>
    <message>
        <source>Asking Monite for a token…</source>
        <translation>Demande d&apos;un jeton à Monite…</translation>
    </message>
    <message>
        <source>Copy your Monite access token</source>
        <translation>Copiez votre jeton d&apos;accès Monite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Access token for “%1”&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Jeton d&apos;accès pour « %1 »&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time it is shown.&lt;/b&gt; It stays in your keychain until it expires, for this app&apos;s Test; copy it now if another tool needs it.</source>
        <translation>&lt;b&gt;C&apos;est la seule fois qu&apos;il est affiché.&lt;/b&gt; Il reste dans votre trousseau de clés jusqu&apos;à son expiration, pour la fonction Tester de cette application ; copiez-le maintenant si un autre outil en a besoin.</translation>
    </message>
    <message>
        <source>%1 · expires in %2 (%3)</source>
        <translation>%1 · expire dans %2 (%3)</translation>
    </message>
    <message>
        <source>Partner token</source>
        <translation>Jeton partenaire</translation>
    </message>
    <message>
        <source>Entity-user token</source>
        <translation>Jeton d&apos;utilisateur d&apos;entité</translation>
    </message>
    <message>
        <source>Monite access token</source>
        <translation>Jeton d&apos;accès Monite</translation>
    </message>
    <message>
        <source>You have not copied the access token. This window cannot show it again (Get token gives a new one). Close anyway?</source>
        <translation>Vous n&apos;avez pas copié le jeton d&apos;accès. Cette fenêtre ne pourra plus l&apos;afficher (Obtenir un jeton en fournit un nouveau). Fermer quand même ?</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A fresh token was got first (none was usable, or its renewal was due).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un nouveau jeton a d&apos;abord été obtenu (aucun n&apos;était utilisable, ou son renouvellement était dû).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Role %1&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rôle %1&lt;/b&gt;&lt;/p&gt;&lt;table cellspacing=&quot;0&quot; cellpadding=&quot;2&quot;&gt;</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>own objects only</source>
        <translation>ses propres objets uniquement</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;small&gt;x-request-id %1 (for Monite&apos;s support)&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;small&gt;x-request-id %1 (pour le support de Monite)&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revoke the access token?</source>
        <translation>Révoquer le jeton d&apos;accès ?</translation>
    </message>
    <message>
        <source>Monite stops accepting this access token at once. Whoever uses it gets 401 until they get a new one. Revoke it?</source>
        <translation>Monite cesse immédiatement d&apos;accepter ce jeton d&apos;accès. Quiconque l&apos;utilise reçoit 401 jusqu&apos;à ce qu&apos;il en obtienne un nouveau. Le révoquer ?</translation>
    </message>
    <message>
        <source>Monite no longer knew that token (revoked, expired or unknown); it is forgotten here too.</source>
        <translation>Monite ne connaissait plus ce jeton (révoqué, expiré ou inconnu) ; il est également oublié ici.</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Révoqué : %1</translation>
    </message>
    <message>
        <source>The new client secret of “%1”, from Monite&apos;s partner portal (it replaces the one in your keychain):</source>
        <translation>Le nouveau secret client de « %1 », issu du portail partenaire de Monite (il remplace celui de votre trousseau de clés) :</translation>
    </message>
    <message>
        <source>The client secret of “%1” was replaced.</source>
        <translation>Le secret client de « %1 » a été remplacé.</translation>
    </message>
    <message>
        <source>Remove the client profile?</source>
        <translation>Supprimer le profil client ?</translation>
    </message>
    <message>
        <source>“%1”, its client secret and its access tokens are removed from this app and your keychain. Tokens already given out stay valid at Monite until they expire: revoke them first if that matters. Remove it?</source>
        <translation>« %1 », son secret client et ses jetons d&apos;accès sont supprimés de cette application et de votre trousseau de clés. Les jetons déjà distribués restent valides chez Monite jusqu&apos;à leur expiration : révoquez-les d&apos;abord si cela compte. Le supprimer ?</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>« %1 » a été supprimé.</translation>
    </message>
</context>
<context>
    <name>monime::MoniteRepository</name>
    <message>
        <source>check the profile name</source>
        <translation>vérifier le nom du profil</translation>
    </message>
    <message>
        <source>A Monite profile named &quot;%1&quot; exists already. Choose another name, or remove that profile first.</source>
        <translation>Un profil Monite nommé « %1 » existe déjà. Choisissez un autre nom, ou supprimez d&apos;abord ce profil.</translation>
    </message>
    <message>
        <source>save the Monite profile</source>
        <translation>sauvegarder le profil Monite</translation>
    </message>
    <message>
        <source>save the profile&apos;s entity users</source>
        <translation>sauvegarder les utilisateurs d&apos;entité du profil</translation>
    </message>
    <message>
        <source>remove the Monite profile</source>
        <translation>supprimer le profil Monite</translation>
    </message>
    <message>
        <source>read the entity users</source>
        <translation>lire les utilisateurs d&apos;entité</translation>
    </message>
    <message>
        <source>read the Monite profiles</source>
        <translation>lire les profils Monite</translation>
    </message>
    <message>
        <source>read the Monite profile</source>
        <translation>lire le profil Monite</translation>
    </message>
    <message>
        <source>There is no Monite profile named &quot;%1&quot;. See the profiles with `monite list`, or add one with `monite add`.</source>
        <translation>Il n&apos;existe aucun profil Monite nommé « %1 ». Consultez les profils avec `monite list`, ou ajoutez-en un avec `monite add`.</translation>
    </message>
    <message>
        <source>record the new client secret</source>
        <translation>sauvegarder le nouveau secret client</translation>
    </message>
    <message>
        <source>record when the profile was used</source>
        <translation>noter la date d&apos;utilisation du profil</translation>
    </message>
    <message>
        <source>record the test</source>
        <translation>noter le test</translation>
    </message>
    <message>
        <source>record the access token&apos;s expiry</source>
        <translation>noter l&apos;expiration du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>record the revocation</source>
        <translation>noter la révocation</translation>
    </message>
    <message>
        <source>forget the access token</source>
        <translation>supprimer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>read the access tokens&apos; expiry</source>
        <translation>lire l&apos;expiration des jetons d&apos;accès</translation>
    </message>
    <message>
        <source>record the profile&apos;s history</source>
        <translation>mettre à jour l&apos;historique du profil</translation>
    </message>
    <message>
        <source>read the profile&apos;s history</source>
        <translation>lire l&apos;historique du profil</translation>
    </message>
</context>
<context>
    <name>monime::MoniteRules</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Production (EU)</source>
        <translation>Production (UE)</translation>
    </message>
    <message>
        <source>Production (North America)</source>
        <translation>Production (Amérique du Nord)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither sandbox, eu, na nor a base URL. Use one of those, or a URL such as https://api.sandbox.monite.com/v1 or http://127.0.0.1:8080/v1 for a local sandbox.</source>
        <translation>« %1 » n&apos;est ni sandbox, ni eu, ni na, ni une URL de base. Utilisez l&apos;une de ces valeurs, ou une URL telle que https://api.sandbox.monite.com/v1, ou http://127.0.0.1:8080/v1 pour un bac à sable local.</translation>
    </message>
    <message>
        <source>The base URL must not carry a user name, password, query or fragment. Give only scheme, host, port and path, e.g. https://api.sandbox.monite.com/v1.</source>
        <translation>L&apos;URL de base ne doit contenir ni nom d&apos;utilisateur, ni mot de passe, ni requête, ni fragment. Indiquez seulement le schéma, l&apos;hôte, le port et le chemin, par ex. https://api.sandbox.monite.com/v1.</translation>
    </message>
    <message>
        <source>%1 uses plain http: the client secret and tokens would travel unencrypted. Use https://, or a loopback address (127.0.0.1, ::1, localhost) for a local sandbox.</source>
        <translation>%1 utilise du http simple : le secret client et les jetons circuleraient sans chiffrement. Utilisez https://, ou une adresse de bouclage (127.0.0.1, ::1, localhost) pour un bac à sable local.</translation>
    </message>
    <message>
        <source>A profile needs a name, e.g. acme-sandbox.</source>
        <translation>Un profil doit avoir un nom, par ex. acme-sandbox.</translation>
    </message>
    <message>
        <source>The name has %1 characters; use at most %2.</source>
        <translation>Le nom compte %1 caractères ; utilisez-en %2 au maximum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable profile name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit (e.g. acme-sandbox).</source>
        <translation>« %1 » n&apos;est pas un nom de profil utilisable : utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, en commençant par une lettre ou un chiffre (par ex. acme-sandbox).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Monite API version. Choose one of: %2 (default %3).</source>
        <translation>« %1 » n&apos;est pas une version de l&apos;API Monite. Choisissez parmi : %2 (par défaut %3).</translation>
    </message>
    <message>
        <source>This field is required: a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6, as the Monite partner portal shows it.</source>
        <translation>Ce champ est obligatoire : un UUID comme 3fa85f64-5717-4562-b3fc-2c963f66afa6, tel que l&apos;affiche le portail partenaire de Monite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID. Copy it again from the Monite partner portal: 32 hexadecimal digits in groups of 8-4-4-4-12, e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6.</source>
        <translation>« %1 » n&apos;est pas un UUID. Copiez-le de nouveau depuis le portail partenaire de Monite : 32 chiffres hexadécimaux en groupes de 8-4-4-4-12, par ex. 3fa85f64-5717-4562-b3fc-2c963f66afa6.</translation>
    </message>
    <message>
        <source>The label of entity user %1 must be at most 100 characters with no control characters.</source>
        <translation>Le libellé de l&apos;utilisateur d&apos;entité %1 doit compter au plus 100 caractères, sans caractère de contrôle.</translation>
    </message>
    <message>
        <source>No client secret was given. Paste the secret the Monite partner portal showed when the client was created; if it is lost, generate a new one there.</source>
        <translation>Aucun secret client n&apos;a été indiqué. Collez le secret que le portail partenaire de Monite a affiché à la création du client ; s&apos;il est perdu, générez-en un nouveau sur ce portail.</translation>
    </message>
    <message>
        <source>The client secret is %1 bytes long; Monite&apos;s are far shorter. Check that only the secret was pasted.</source>
        <translation>Le secret client fait %1 octets ; ceux de Monite sont bien plus courts. Vérifiez que seul le secret a été collé.</translation>
    </message>
    <message>
        <source>The client secret contains a space or a control character. Paste only the secret, without quotes or line breaks inside it.</source>
        <translation>Le secret client contient un espace ou un caractère de contrôle. Collez uniquement le secret, sans guillemets ni sauts de ligne à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>Entity user %1 is given twice. Give each entity user once.</source>
        <translation>L&apos;utilisateur d&apos;entité %1 est indiqué deux fois. Indiquez chaque utilisateur d&apos;entité une seule fois.</translation>
    </message>
</context>
<context>
    <name>monime::MoniteSandboxConfig</name>
    <message>
        <source>&quot;%1&quot; is not a UUID. Use the 8-4-4-4-12 hex form, e.g. %2.</source>
        <translation>« %1 » n&apos;est pas un UUID. Utilisez la forme hexadécimale 8-4-4-4-12, par ex. %2.</translation>
    </message>
    <message>
        <source>the id %1 is used twice. Give each object an id of its own.</source>
        <translation>l&apos;identifiant %1 est utilisé deux fois. Donnez à chaque objet son propre identifiant.</translation>
    </message>
    <message>
        <source>the name is empty. Give the client a name, e.g. &quot;ci&quot;.</source>
        <translation>le nom est vide. Donnez un nom au client, par ex. &quot;ci&quot;.</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is used twice. Client names must be unique.</source>
        <translation>le nom « %1 » est utilisé deux fois. Les noms de clients doivent être uniques.</translation>
    </message>
    <message>
        <source>must be 64 lowercase hex digits (the SHA-256 of the secret, e.g. from `printf %s SECRET | sha256sum`). Or add the client with --add-monite-client.</source>
        <translation>doit comporter 64 chiffres hexadécimaux en minuscules (le SHA-256 du secret, obtenu par ex. avec `printf %s SECRET | sha256sum`). Ou ajoutez le client avec --add-monite-client.</translation>
    </message>
    <message>
        <source>the name is empty. Give the role a name, e.g. &quot;Accountant&quot;.</source>
        <translation>le nom est vide. Donnez un nom au rôle, par ex. &quot;Comptable&quot;.</translation>
    </message>
    <message>
        <source>no entity has the id %1. Add it to &quot;entities&quot; or correct the id.</source>
        <translation>aucune entité n&apos;a l&apos;identifiant %1. Ajoutez-la à &quot;entities&quot; ou corrigez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; is not one of Monite&apos;s: create, read, update, delete, pay, approve, cancel, submit, create_from_mail, reopen.</source>
        <translation>l&apos;action « %1 » ne fait pas partie de celles de Monite : create, read, update, delete, pay, approve, cancel, submit, create_from_mail, reopen.</translation>
    </message>
    <message>
        <source>no role has the id %1. Add it to &quot;roles&quot; or correct the id.</source>
        <translation>aucun rôle n&apos;a l&apos;identifiant %1. Ajoutez-le à &quot;roles&quot; ou corrigez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>the role %1 belongs to another entity (%2). Give the user a role of its own entity.</source>
        <translation>le rôle %1 appartient à une autre entité (%2). Donnez à l&apos;utilisateur un rôle de sa propre entité.</translation>
    </message>
    <message>
        <source>the login is empty. Give the user a login, e.g. &quot;alice&quot;.</source>
        <translation>l&apos;identifiant de connexion est vide. Donnez un identifiant de connexion à l&apos;utilisateur, par ex. &quot;alice&quot;.</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON (%4). Correct the file, or start a new one with --add-monite-client.</source>
        <translation>%1:%2:%3 : JSON non valide (%4). Corrigez le fichier, ou créez-en un nouveau avec --add-monite-client.</translation>
    </message>
    <message>
        <source>must be a JSON object with &quot;clients&quot;, &quot;entities&quot;, &quot;roles&quot; and &quot;entity_users&quot;.</source>
        <translation>doit être un objet JSON avec &quot;clients&quot;, &quot;entities&quot;, &quot;roles&quot; et &quot;entity_users&quot;.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;; this is not a Monite sandbox configuration.</source>
        <translation>doit valoir &quot;%1&quot; ; ce n&apos;est pas une configuration de bac à sable Monite.</translation>
    </message>
    <message>
        <source>unknown field. The file has format, version, clients, entities, roles and entity_users.</source>
        <translation>champ inconnu. Le fichier contient format, version, clients, entities, roles et entity_users.</translation>
    </message>
    <message>
        <source>must be an array of objects.</source>
        <translation>doit être un tableau d&apos;objets.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>is missing. Add it as a string.</source>
        <translation>est absent. Ajoutez-le sous forme de chaîne.</translation>
    </message>
    <message>
        <source>must be a string.</source>
        <translation>doit être une chaîne.</translation>
    </message>
    <message>
        <source>the file must not hold a plain secret. Replace it with client_secret_sha256 (its SHA-256 in hex), or add the client with --add-monite-client.</source>
        <translation>le fichier ne doit pas contenir de secret en clair. Remplacez-le par client_secret_sha256 (son SHA-256 en hexadécimal), ou ajoutez le client avec --add-monite-client.</translation>
    </message>
    <message>
        <source>must be {&quot;objects&quot;: [{&quot;object_type&quot;: &quot;payable&quot;, &quot;actions&quot;: [{&quot;action_name&quot;: &quot;read&quot;, &quot;permission&quot;: &quot;allowed&quot;}]}]}, as Monite&apos;s RoleResponse.</source>
        <translation>doit être de la forme {&quot;objects&quot;: [{&quot;object_type&quot;: &quot;payable&quot;, &quot;actions&quot;: [{&quot;action_name&quot;: &quot;read&quot;, &quot;permission&quot;: &quot;allowed&quot;}]}]}, comme le RoleResponse de Monite.</translation>
    </message>
    <message>
        <source>is missing. Name the object type, e.g. &quot;payable&quot;.</source>
        <translation>est absent. Indiquez le type d&apos;objet, par ex. &quot;payable&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Monite&apos;s actions: create, read, update, delete, pay, approve, cancel, submit, create_from_mail, reopen.</source>
        <translation>« %1 » n&apos;est pas une action de Monite : create, read, update, delete, pay, approve, cancel, submit, create_from_mail, reopen.</translation>
    </message>
    <message>
        <source>must be allowed, allowed_for_own or not_allowed.</source>
        <translation>doit valoir allowed, allowed_for_own ou not_allowed.</translation>
    </message>
    <message>
        <source>Cannot read the Monite configuration %1: %2. Check the path, or create the file with --add-monite-client NAME.</source>
        <translation>Impossible de lire la configuration Monite %1 : %2. Vérifiez le chemin, ou créez le fichier avec --add-monite-client NAME.</translation>
    </message>
    <message>
        <source>Cannot write the Monite configuration %1: %2. Check the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire la configuration Monite %1 : %2. Vérifiez que le dossier existe et qu&apos;il est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>monime::MoniteService</name>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>A Monite profile named &quot;%1&quot; exists already. Choose another name, or remove that profile first.</source>
        <translation>Un profil Monite nommé « %1 » existe déjà. Choisissez un autre nom, ou supprimez d&apos;abord ce profil.</translation>
    </message>
    <message>
        <source>Profile added: %1, client id %2, API version %3.</source>
        <translation>Profil ajouté : %1, identifiant client %2, version de l&apos;API %3.</translation>
    </message>
    <message>
        <source>The client secret was replaced.</source>
        <translation>Le secret client a été remplacé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an entity user of profile %2 nor a UUID. Known: %3.</source>
        <translation>« %1 » n&apos;est ni un utilisateur d&apos;entité du profil %2, ni un UUID. Connus : %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The client secret of profile %1 is not in the keychain. Store it again with `monite secret %1`.</source>
        <translation>Le secret client du profil %1 n&apos;est pas dans le trousseau de clés. Enregistrez-le de nouveau avec `monite secret %1`.</translation>
    </message>
    <message>
        <source>A token was got but could not be kept in the keychain, so it is not shown (it expires by itself at %1 UTC): %2</source>
        <translation>Un jeton a été obtenu mais n&apos;a pas pu être conservé dans le trousseau de clés ; il n&apos;est donc pas affiché (il expirera de lui-même le %1 UTC) : %2</translation>
    </message>
    <message>
        <source>%1 token got; expires %2 UTC (in %3).</source>
        <translation>Jeton %1 obtenu ; expire le %2 UTC (dans %3).</translation>
    </message>
    <message>
        <source>Profile %1 holds no %2 token to revoke. Get one with `monite token %1`.</source>
        <translation>Le profil %1 ne détient aucun jeton %2 à révoquer. Obtenez-en un avec `monite token %1`.</translation>
    </message>
    <message>
        <source>The client secret of profile %1 is not in the keychain, and revoking needs it. Store it again with `monite secret %1`.</source>
        <translation>Le secret client du profil %1 n&apos;est pas dans le trousseau de clés, et la révocation en a besoin. Enregistrez-le de nouveau avec `monite secret %1`.</translation>
    </message>
    <message>
        <source>%1 token forgotten: Monite said it was already revoked or expired.</source>
        <translation>Jeton %1 oublié : Monite a indiqué qu&apos;il était déjà révoqué ou expiré.</translation>
    </message>
    <message>
        <source>%1 token revoked.</source>
        <translation>Jeton %1 révoqué.</translation>
    </message>
    <message>
        <source>The %1 token it replaced was revoked.</source>
        <translation>Le jeton %1 qu&apos;il remplace a été révoqué.</translation>
    </message>
    <message>
        <source>The %1 token it replaced could not be revoked (%2); it expires by itself.</source>
        <translation>Le jeton %1 qu&apos;il remplace n&apos;a pas pu être révoqué (%2) ; il expirera de lui-même.</translation>
    </message>
    <message>
        <source>The %1 token had expired; it is forgotten here (Monite no longer accepts it).</source>
        <translation>Le jeton %1 avait expiré ; il est oublié ici (Monite ne l&apos;accepte plus).</translation>
    </message>
</context>
<context>
    <name>monime::MoniteTokenText</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no token yet</source>
        <translation>aucun jeton pour l&apos;instant</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>expired %1 ago (%2)</source>
        <translation>expiré il y a %1 (%2)</translation>
    </message>
    <message>
        <source>live, expires in %1 (%2); a test gets a fresh one first</source>
        <translation>valide, expire dans %1 (%2) ; un test en obtiendra d&apos;abord un nouveau</translation>
    </message>
    <message>
        <source>live, expires in %1 (%2)</source>
        <translation>valide, expire dans %1 (%2)</translation>
    </message>
</context>
<context>
    <name>monime::MoniteVerdict</name>
    <message>
        <source>The partner token did not work</source>
        <translation>Le jeton partenaire n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>The entity-user token did not work</source>
        <translation>Le jeton d&apos;utilisateur d&apos;entité n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Valid partner token — full access to every entity of this partner</source>
        <translation>Jeton partenaire valide — accès complet à toutes les entités de ce partenaire</translation>
    </message>
    <message>
        <source>It can list entities (first: %1).</source>
        <translation>Il peut lister les entités (première : %1).</translation>
    </message>
    <message>
        <source>It can list entities (none yet).</source>
        <translation>Il peut lister les entités (aucune pour l&apos;instant).</translation>
    </message>
    <message>
        <source>Keep it on a server: it reaches all your entities&apos; data. It expires in %1.</source>
        <translation>Gardez-le sur un serveur : il donne accès aux données de toutes vos entités. Il expire dans %1.</translation>
    </message>
    <message>
        <source>Valid entity-user token for %1</source>
        <translation>Jeton d&apos;utilisateur d&apos;entité valide pour %1</translation>
    </message>
    <message>
        <source>Its role grants no permissions: every entity request will be refused (403). Give the user a role with the permissions it needs.</source>
        <translation>Son rôle n&apos;accorde aucune permission : chaque requête sur l&apos;entité sera refusée (403). Donnez à l&apos;utilisateur un rôle doté des permissions nécessaires.</translation>
    </message>
    <message numerus="yes">
        <source>It acts as this user within their entity, with role &quot;%1&quot;: %n action(s) allowed, some perhaps only on objects the user created.</source>
        <translation>
            <numerusform>Il agit en tant que cet utilisateur dans son entité, avec le rôle « %1 » : %n action autorisée, peut-être seulement sur les objets créés par l&apos;utilisateur.</numerusform>
            <numerusform>Il agit en tant que cet utilisateur dans son entité, avec le rôle « %1 » : %n actions autorisées, certaines peut-être seulement sur les objets créés par l&apos;utilisateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>It expires in %1.</source>
        <translation>Il expire dans %1.</translation>
    </message>
</context>
<context>
    <name>monime::OneTimeTokenDialog</name>
    <message>
        <source>Copy your new token</source>
        <translation>Copiez votre nouveau jeton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 token “%2” created&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Jeton %1 « %2 » créé&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the only time the token is shown.&lt;/b&gt; Copy it now and store it in a secrets manager or an environment variable. If you lose it, create a new token.</source>
        <translation>&lt;b&gt;C&apos;est la seule fois que le jeton est affiché.&lt;/b&gt; Copiez-le maintenant et conservez-le dans un gestionnaire de secrets ou une variable d&apos;environnement. Si vous le perdez, créez un nouveau jeton.</translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>Nouveau jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Expires: %1 · Permissions: %2</source>
        <translation>Expiration : %1 · Permissions : %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié. Le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Le presse-papiers a été vidé.</translation>
    </message>
    <message>
        <source>&amp;Copy again</source>
        <translation>&amp;Copier de nouveau</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Fermer sans copier ?</translation>
    </message>
    <message>
        <source>You have not copied the token. Once this window closes it cannot be shown again, and you would need to create a new token. Close anyway?</source>
        <translation>Vous n&apos;avez pas copié le jeton. Une fois cette fenêtre fermée, il ne pourra plus être affiché et vous devrez créer un nouveau jeton. Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>monime::OpenApiSpec</name>
    <message>
        <source>Cannot read the OpenAPI document %1: %2</source>
        <translation>Impossible de lire le document OpenAPI %1 : %2</translation>
    </message>
    <message>
        <source>The OpenAPI document %1 is not valid JSON: %2</source>
        <translation>Le document OpenAPI %1 n&apos;est pas un JSON valide : %2</translation>
    </message>
    <message>
        <source>The OpenAPI document %1 has no operations.</source>
        <translation>Le document OpenAPI %1 ne contient aucune opération.</translation>
    </message>
</context>
<context>
    <name>monime::PdfReportWriter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>la création du PDF n&apos;a pas pu commencer</translation>
    </message>
    <message numerus="yes">
        <source>Tokens (%n)</source>
        <translation>
            <numerusform>Jeton (%n)</numerusform>
            <numerusform>Jetons (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No token matches the filters.</source>
        <translation>Aucun jeton ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>Expires (days left)</source>
        <translation>Expiration (jours restants)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>Whitelists</source>
        <translation>Listes blanches</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Space : %1</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP : %1</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message numerus="yes">
        <source>Health findings (%n)</source>
        <translation>
            <numerusform>Constat de santé (%n)</numerusform>
            <numerusform>Constats de santé (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: every token in this report passes the health check.</source>
        <translation>Aucun constat : tous les jetons de ce rapport ont passé le bilan de santé.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>%1, continued</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Monime token report · generated %1 UTC · no secrets included</source>
        <translation>Rapport des jetons Monime · généré le %1 UTC · aucun secret inclus</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Monime token report</source>
        <translation>Rapport des jetons Monime</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Généré le %1 UTC</translation>
    </message>
    <message>
        <source>Filters applied: %1</source>
        <translation>Filtres appliqués : %1</translation>
    </message>
    <message>
        <source>Health check: rotation period %1 days, expiring within %2 days, unused for %3 days. Secrets are never part of a report.</source>
        <translation>Bilan de santé : période de renouvellement de %1 jours, expiration dans les %2 jours, inutilisé depuis %3 jours. Les secrets ne figurent jamais dans un rapport.</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Expiring in 14 days</source>
        <translation>Expirent sous 14 jours</translation>
    </message>
    <message>
        <source>High findings</source>
        <translation>Constats élevés</translation>
    </message>
    <message>
        <source>ALL</source>
        <translation>TOUS</translation>
    </message>
    <message>
        <source>BY STATUS</source>
        <translation>PAR STATUT</translation>
    </message>
    <message>
        <source>BY TYPE</source>
        <translation>PAR TYPE</translation>
    </message>
    <message>
        <source>ATTENTION</source>
        <translation>ATTENTION</translation>
    </message>
    <message>
        <source>Expiries over the next 12 months (active tokens)</source>
        <translation>Expirations sur les 12 prochains mois (jetons actifs)</translation>
    </message>
    <message>
        <source>Not in the chart: %1 expiring later, %2 that never expire.</source>
        <translation>Hors graphique : %1 expirant plus tard, %2 sans expiration.</translation>
    </message>
    <message>
        <source>Health findings by kind</source>
        <translation>Constats de santé par type</translation>
    </message>
    <message>
        <source>Each finding and its fix is listed after the token table.</source>
        <translation>Chaque constat et sa solution figurent après le tableau des jetons.</translation>
    </message>
    <message numerus="yes">
        <source>Monite clients (%n)</source>
        <translation>
            <numerusform>Client Monite (%n)</numerusform>
            <numerusform>Clients Monite (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>API version %1</source>
        <translation>Version de l&apos;API %1</translation>
    </message>
    <message>
        <source>%1 days old</source>
        <translation>âgé de %1 jours</translation>
    </message>
    <message>
        <source>Monite client</source>
        <translation>Client Monite</translation>
    </message>
</context>
<context>
    <name>monime::PermissionsPage</name>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Least privilege: grant only what the integration needs. In each Space the token can never do more than your role there allows.</source>
        <translation>Moindre privilège : n&apos;accordez que ce dont l&apos;intégration a besoin. Dans chaque Space, le jeton ne peut jamais faire plus que ce que votre rôle y autorise.</translation>
    </message>
    <message>
        <source>&amp;Services (filter):</source>
        <translation>Services (&amp;filtre) :</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Available &amp;permissions (Enter or double-click to add):</source>
        <translation>Permissions &amp;disponibles (Entrée ou double-clic pour ajouter) :</translation>
    </message>
    <message>
        <source>Available permissions</source>
        <translation>Permissions disponibles</translation>
    </message>
    <message>
        <source>A&amp;dd selected</source>
        <translation>&amp;Ajouter la sélection</translation>
    </message>
    <message>
        <source>Add selected permissions</source>
        <translation>Ajouter les permissions sélectionnées</translation>
    </message>
    <message>
        <source>Chosen (Delete on a pill removes it):</source>
        <translation>Choisies (Suppr sur une pastille la retire) :</translation>
    </message>
    <message>
        <source>Create and change %1</source>
        <translation>Créer et modifier : %1</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Consulter : %1</translation>
    </message>
</context>
<context>
    <name>monime::PillBox</name>
    <message>
        <source>Chosen permissions</source>
        <translation>Permissions choisies</translation>
    </message>
    <message>
        <source>No permissions chosen yet.</source>
        <translation>Aucune permission choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1, press Delete to remove</source>
        <translation>%1, appuyez sur Suppr pour la retirer</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>monime::RateLimiter</name>
    <message>
        <source>Too many requests for this Space: at most %1 per second in this environment. Wait for Retry-After seconds, then try again.</source>
        <translation>Trop de requêtes pour ce Space : %1 par seconde au maximum dans cet environnement. Attendez le nombre de secondes indiqué par Retry-After, puis réessayez.</translation>
    </message>
    <message>
        <source>Too many requests with this token: at most %1 per second in this environment. Wait for Retry-After seconds, then try again.</source>
        <translation>Trop de requêtes avec ce jeton : %1 par seconde au maximum dans cet environnement. Attendez le nombre de secondes indiqué par Retry-After, puis réessayez.</translation>
    </message>
    <message>
        <source>Too many requests to this endpoint with this token: at most %1 per second in this environment. Wait for Retry-After seconds, then try again.</source>
        <translation>Trop de requêtes vers ce point de terminaison avec ce jeton : au plus %1 par seconde dans cet environnement. Attendez le nombre de secondes indiqué par Retry-After, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>monime::ReminderRepository</name>
    <message>
        <source>read the reminders already sent</source>
        <translation>lire les rappels déjà envoyés</translation>
    </message>
    <message>
        <source>record a reminder</source>
        <translation>enregistrer un rappel</translation>
    </message>
    <message>
        <source>forget an undelivered reminder</source>
        <translation>oublier un rappel non remis</translation>
    </message>
    <message>
        <source>read when reminders were last checked</source>
        <translation>lire la date de la dernière vérification des rappels</translation>
    </message>
    <message>
        <source>record when reminders were checked</source>
        <translation>enregistrer la date de vérification des rappels</translation>
    </message>
</context>
<context>
    <name>monime::ReminderSender</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Renouveler…</translation>
    </message>
</context>
<context>
    <name>monime::Report</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>API release</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Space whitelist</source>
        <translation>Liste blanche de Space</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>Liste blanche IP</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Last tested</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Last test result</source>
        <translation>Résultat du dernier test</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Columns: %2.</source>
        <translation>Colonne « %1 » inconnue. Colonnes : %2.</translation>
    </message>
    <message>
        <source>Name at least one column, e.g. name,id,status. Columns: %1.</source>
        <translation>Indiquez au moins une colonne, par ex. name,id,status. Colonnes : %1.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source> (expires soon)</source>
        <translation> (expire bientôt)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>any Space</source>
        <translation>tous les Spaces</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toutes les adresses</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Entity users</source>
        <translation>Utilisateurs d&apos;entité</translation>
    </message>
    <message>
        <source>Secret stored</source>
        <translation>Secret enregistré</translation>
    </message>
    <message>
        <source>Secret age (days)</source>
        <extracomment>the age of a Monite client secret, in days</extracomment>
        <translation>Âge du secret (jours)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>aucun jeton</translation>
    </message>
    <message>
        <source>live until %1</source>
        <translation>valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expiré le %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoqué le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a Monite grant and the state of its token: &quot;partner: live until 2026-11-24 12:00&quot;</extracomment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>monime::ReportErrors</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;export a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the report failed: %1.</source>
        <translation>L&apos;écriture du rapport a échoué : %1.</translation>
    </message>
</context>
<context>
    <name>monime::ReportExporter</name>
    <message>
        <source>This program cannot write %1 reports; choose CSV, JSON or HTML.</source>
        <translation>Ce programme ne sait pas écrire de rapports %1 ; choisissez CSV, JSON ou HTML.</translation>
    </message>
    <message>
        <source>No file name given: say where to write the report.</source>
        <translation>Aucun nom de fichier indiqué : précisez où écrire le rapport.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name inside it, e.g. %2.</source>
        <translation>%1 est un dossier. Indiquez un nom de fichier dans ce dossier, par ex. %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: create it or choose another folder.</source>
        <translation>Le dossier %1 n&apos;existe pas : créez-le ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: choose a folder to write into.</source>
        <translation>%1 est un fichier, pas un dossier : choisissez un dossier où écrire.</translation>
    </message>
    <message>
        <source>The file is read-only: make it writable, or choose another name.</source>
        <translation>Le fichier est en lecture seule : rendez-le accessible en écriture, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The disk is full: free some disk space, or choose a folder on another disk.</source>
        <translation>Le disque est plein : libérez de l&apos;espace disque, ou choisissez un dossier sur un autre disque.</translation>
    </message>
    <message>
        <source>The folder %1 is on a read-only disk: choose a folder on a writable disk.</source>
        <translation>Le dossier %1 est sur un disque en lecture seule : choisissez un dossier sur un disque accessible en écriture.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1: choose a folder you can write to, or change its permissions.</source>
        <translation>Vous n&apos;avez pas le droit d&apos;écrire dans le dossier %1 : choisissez un dossier où vous pouvez écrire, ou modifiez ses permissions.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or check its permissions and free space.</source>
        <translation>Choisissez un dossier où vous pouvez écrire, ou vérifiez ses permissions et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Cannot create %1 (%2). %3</source>
        <translation>Impossible de créer %1 (%2). %3</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written to %1.</source>
        <translation>L&apos;export a été annulé ; rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full (%2). Free some disk space, or choose a folder on another disk, and export again.</source>
        <translation>Impossible d&apos;écrire %1 : le disque est plein (%2). Libérez de l&apos;espace disque, ou choisissez un dossier sur un autre disque, puis relancez l&apos;export.</translation>
    </message>
    <message>
        <source>Could not write %1: the disk is read-only (%2). Choose a folder on a writable disk and export again.</source>
        <translation>Impossible d&apos;écrire %1 : le disque est en lecture seule (%2). Choisissez un dossier sur un disque accessible en écriture, puis relancez l&apos;export.</translation>
    </message>
    <message>
        <source>Could not write %1: permission denied (%2). Choose a folder you can write to and export again.</source>
        <translation>Impossible d&apos;écrire %1 : permission refusée (%2). Choisissez un dossier où vous pouvez écrire, puis relancez l&apos;export.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check the disk, or choose another folder, and export again.</source>
        <translation>Impossible d&apos;écrire %1 (%2). Vérifiez le disque, ou choisissez un autre dossier, puis relancez l&apos;export.</translation>
    </message>
    <message>
        <source>No report was saved; an earlier file of that name, if any, is unchanged.</source>
        <translation>Aucun rapport n&apos;a été enregistré ; un fichier antérieur de ce nom, s&apos;il existe, est inchangé.</translation>
    </message>
    <message>
        <source>%1 of %2 bytes reached the file</source>
        <translation>%1 octets sur %2 ont atteint le fichier</translation>
    </message>
</context>
<context>
    <name>monime::ReportFilter</name>
    <message>
        <source>none (every token)</source>
        <translation>aucun (tous les jetons)</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>environment %1</source>
        <translation>environnement %1</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
</context>
<context>
    <name>monime::RequestValidator</name>
    <message>
        <source>required: this %1 parameter must be sent</source>
        <translation>requis : ce paramètre %1 doit être envoyé</translation>
    </message>
    <message>
        <source>a value of type %1, not &quot;%2&quot;</source>
        <translation>une valeur de type %1, pas « %2 »</translation>
    </message>
    <message>
        <source>application/json (the body is a JSON object), not &quot;%1&quot;</source>
        <translation>application/json (le corps est un objet JSON), pas « %1 »</translation>
    </message>
    <message>
        <source>a JSON object; the body is empty</source>
        <translation>un objet JSON ; le corps est vide</translation>
    </message>
    <message>
        <source>valid JSON: %1 at offset %2</source>
        <translation>du JSON valide : %1 à la position %2</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>un objet JSON</translation>
    </message>
</context>
<context>
    <name>monime::ResourceHandlers</name>
    <message>
        <source>No %1 object has the id &quot;%2&quot; in this Space and environment.</source>
        <translation>Aucun objet %1 ne porte l&apos;identifiant « %2 » dans ce Space et cet environnement.</translation>
    </message>
    <message>
        <source>The request does not match the API.</source>
        <translation>La requête ne correspond pas à l&apos;API.</translation>
    </message>
    <message>
        <source>a duration such as 10m, 1h30m or 45s</source>
        <translation>une durée comme 10m, 1h30m ou 45s</translation>
    </message>
    <message>
        <source>a cursor from a previous page&apos;s pagination.next</source>
        <translation>un curseur issu du pagination.next d&apos;une page précédente</translation>
    </message>
</context>
<context>
    <name>monime::RestrictionsPage</name>
    <message>
        <source>Restrictions</source>
        <translation>Restrictions</translation>
    </message>
    <message>
        <source>Production only: limit where the token works. Both are optional, and both are good practice.</source>
        <translation>Production uniquement : limitez les endroits où le jeton fonctionne. Ces deux restrictions sont facultatives, et toutes deux recommandées.</translation>
    </message>
    <message>
        <source>Test tokens cannot be restricted: switch Test Mode off on the first page for a live token with whitelists.</source>
        <translation>Les jetons de test ne peuvent pas être restreints : désactivez le Mode test sur la première page pour obtenir un jeton de production avec listes blanches.</translation>
    </message>
    <message>
        <source>Whitelist Space</source>
        <translation>Space autorisé</translation>
    </message>
    <message>
        <source>Any Space</source>
        <translation>Tous les Spaces</translation>
    </message>
    <message>
        <source>Whitelist &amp;Space:</source>
        <translation>Space &amp;autorisé :</translation>
    </message>
    <message>
        <source>Whitelist &amp;IP addresses (single addresses or CIDR ranges, IPv4 or IPv6):</source>
        <translation>Adresses &amp;IP autorisées (adresses individuelles ou plages CIDR, IPv4 ou IPv6) :</translation>
    </message>
    <message>
        <source>IP address or range to add</source>
        <translation>Adresse IP ou plage à ajouter</translation>
    </message>
    <message>
        <source>203.0.113.45 or 203.0.113.0/24 or 2001:db8::/32</source>
        <translation>203.0.113.45 ou 203.0.113.0/24 ou 2001:db8::/32</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add IP address</source>
        <translation>Ajouter l&apos;adresse IP</translation>
    </message>
    <message>
        <source>Whitelisted IP addresses</source>
        <translation>Adresses IP autorisées</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove selected IP addresses</source>
        <translation>Retirer les adresses IP sélectionnées</translation>
    </message>
</context>
<context>
    <name>monime::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check everything, then press Create. The token is shown once, right after.</source>
        <translation>Vérifiez tout, puis cliquez sur Créer. Le jeton s&apos;affiche une seule fois, juste après.</translation>
    </message>
    <message>
        <source>Summary of the new token</source>
        <translation>Résumé du nouveau jeton</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Enregistrement du secret dans le trousseau de clés…</translation>
    </message>
    <message>
        <source>Creating the token</source>
        <translation>Création du jeton</translation>
    </message>
    <message>
        <source>Check everything, then press Import. The token goes to the keychain; it is not shown again.</source>
        <translation>Vérifiez tout, puis appuyez sur Importer. Le jeton va dans le trousseau de clés ; il n&apos;est plus jamais affiché.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TEST — prefix mon_test_, simulated transactions</source>
        <translation>TEST — préfixe mon_test_, transactions simulées</translation>
    </message>
    <message>
        <source>&lt;b&gt;LIVE — prefix mon_, real money&lt;/b&gt;</source>
        <translation>&lt;b&gt;LIVE — préfixe mon_, argent réel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>API release</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Space whitelist</source>
        <translation>Liste blanche de Space</translation>
    </message>
    <message>
        <source>any Space</source>
        <translation>tous les Spaces</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>Liste blanche IP</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toutes les adresses</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>The token was not created: %1</source>
        <translation>Le jeton n&apos;a pas été créé : %1</translation>
    </message>
</context>
<context>
    <name>monime::RevokeDialog</name>
    <message>
        <source>Revoke token</source>
        <translation>Révoquer le jeton</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Revoke %n token(s)?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Every application using them stops working &lt;b&gt;at once&lt;/b&gt;. This cannot be undone.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Révoquer %n jeton ?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Toutes les applications qui l&apos;utilisent cesseront de fonctionner &lt;b&gt;immédiatement&lt;/b&gt;. Cette action est irréversible.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Révoquer %n jetons ?&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Toutes les applications qui les utilisent cesseront de fonctionner &lt;b&gt;immédiatement&lt;/b&gt;. Cette action est irréversible.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the history):</source>
        <translation>&amp;Motif (conservé dans l&apos;historique) :</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Motif de la révocation</translation>
    </message>
    <message>
        <source>e.g. leaked in a CI log; integration retired</source>
        <translation>par ex. divulgué dans un journal de CI ; intégration retirée</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
</context>
<context>
    <name>monime::RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Renouveler le jeton</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rotate &lt;b&gt;%1&lt;/b&gt; (%2)?&lt;/p&gt;&lt;p&gt;A new token with the same settings replaces it; its secret is shown once. Deploy it, then let the old token run out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Renouveler &lt;b&gt;%1&lt;/b&gt; (%2) ?&lt;/p&gt;&lt;p&gt;Un nouveau jeton aux mêmes paramètres le remplace ; son secret n&apos;est affiché qu&apos;une seule fois. Déployez-le, puis laissez l&apos;ancien jeton arriver à son terme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Hours the old token keeps working (0: revoke it at once):</source>
        <translation>Nombre d&apos;&amp;heures pendant lesquelles l&apos;ancien jeton continue de fonctionner (0 : le révoquer immédiatement) :</translation>
    </message>
    <message>
        <source>Grace period in hours</source>
        <translation>Délai de grâce en heures</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>Ren&amp;ouveler</translation>
    </message>
</context>
<context>
    <name>monime::SandboxAccess</name>
    <message>
        <source>Monime-Version &quot;%1&quot; is not an API release; use one of: %2.</source>
        <translation>Monime-Version « %1 » n&apos;est pas une version de l&apos;API ; utilisez l&apos;une de celles-ci : %2.</translation>
    </message>
</context>
<context>
    <name>monime::SandboxApi</name>
    <message>
        <source>%1 is not allowed on /; use GET or HEAD.</source>
        <translation>%1 n&apos;est pas autorisé sur / ; utilisez GET ou HEAD.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2; use %3.</source>
        <translation>%1 n&apos;est pas autorisé sur %2 ; utilisez %3.</translation>
    </message>
    <message>
        <source>There is no endpoint at %1 in Monime&apos;s API (%2).</source>
        <translation>Il n&apos;y a pas de point de terminaison %1 dans l&apos;API de Monime (%2).</translation>
    </message>
    <message>
        <source>The request does not match %1 in Monime&apos;s API: see error.details (one entry per field).</source>
        <translation>La requête ne correspond pas à %1 dans l&apos;API de Monime : voir error.details (une entrée par champ).</translation>
    </message>
    <message>
        <source>This Idempotency-Key was already used with a different request (method, path or body). Use a new key for a new request; reuse a key only to retry the same one.</source>
        <translation>Cette Idempotency-Key a déjà été utilisée avec une requête différente (méthode, chemin ou corps). Utilisez une nouvelle clé pour une nouvelle requête ; ne réutilisez une clé que pour retenter la même requête.</translation>
    </message>
    <message>
        <source>The sandbox simulates POST /sandbox/payment-codes/{id}/pay and POST /sandbox/checkout-sessions/{id}/complete only.</source>
        <translation>Le bac à sable simule uniquement POST /sandbox/payment-codes/{id}/pay et POST /sandbox/checkout-sessions/{id}/complete.</translation>
    </message>
    <message>
        <source>Use POST.</source>
        <translation>Utilisez POST.</translation>
    </message>
    <message>
        <source>Simulated payments exist in the test environment only: use a mon_test_ token.</source>
        <translation>Les paiements simulés n&apos;existent que dans l&apos;environnement de test : utilisez un jeton mon_test_.</translation>
    </message>
</context>
<context>
    <name>monime::SandboxServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Choose another port (0 picks a free one).</source>
        <translation>Impossible d&apos;écouter sur %1, port %2 : %3. Choisissez un autre port (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>The sandbox has too many open connections. Try again in a second.</source>
        <translation>Le bac à sable a trop de connexions ouvertes. Réessayez dans une seconde.</translation>
    </message>
    <message>
        <source>The request did not arrive in time.</source>
        <translation>La requête n&apos;est pas arrivée à temps.</translation>
    </message>
    <message>
        <source>Cannot read the sandbox state %1: %2. Move it away or choose another --state file.</source>
        <translation>Impossible de lire l&apos;état du bac à sable %1 : %2. Déplacez-le ailleurs ou choisissez un autre fichier --state.</translation>
    </message>
    <message>
        <source>not a monime-sandbox state file</source>
        <translation>ce n&apos;est pas un fichier d&apos;état de monime-sandbox</translation>
    </message>
    <message numerus="yes">
        <source>the team database cannot be reached (%1); serving from the cache (%n token(s) already checked) until it is back. Tokens not yet checked are refused meanwhile.</source>
        <translation>
            <numerusform>la base de données d&apos;équipe est injoignable (%1) ; réponses servies depuis le cache (%n jeton déjà vérifié) jusqu&apos;à son retour. Les jetons pas encore vérifiés sont refusés entre-temps.</numerusform>
            <numerusform>la base de données d&apos;équipe est injoignable (%1) ; réponses servies depuis le cache (%n jetons déjà vérifiés) jusqu&apos;à son retour. Les jetons pas encore vérifiés sont refusés entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <source>the team database is back; tokens are checked against it again.</source>
        <translation>la base de données d&apos;équipe est de retour ; les jetons sont de nouveau vérifiés auprès d&apos;elle.</translation>
    </message>
</context>
<context>
    <name>monime::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>&amp;Database (takes effect at next start):</source>
        <translation>&amp;Base de données (prise en compte au prochain démarrage) :</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>Bases de données SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Délai avant de vider le presse-papiers, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Vider le presse-papiers &amp;après :</translation>
    </message>
    <message>
        <source>Rotation period in days</source>
        <translation>Période de renouvellement, en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Rotate tokens every:</source>
        <translation>&amp;Renouveler les jetons tous les :</translation>
    </message>
    <message>
        <source>Default API release</source>
        <translation>Version de l&apos;API par défaut</translation>
    </message>
    <message>
        <source>Default API &amp;release:</source>
        <translation>&amp;Version de l&apos;API par défaut :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language (takes effect at next start):</source>
        <translation>&amp;Langue (prise en compte au prochain démarrage) :</translation>
    </message>
    <message>
        <source>&amp;Warn me at login about tokens near expiry</source>
        <translation>M&apos;a&amp;vertir à la connexion des jetons proches de l&apos;expiration</translation>
    </message>
    <message>
        <source>Warn me at login about tokens near expiry</source>
        <translation>M&apos;avertir à la connexion des jetons proches de l&apos;expiration</translation>
    </message>
    <message>
        <source>Adds %1, which runs monime-portal-cli remind when you log in: a desktop notification 30, 7 and 1 day before a token expires, even when this app is closed.</source>
        <translation>Ajoute %1, qui lance monime-portal-cli remind à votre connexion : une notification du bureau 30, 7 et 1 jour avant l&apos;expiration d&apos;un jeton, même quand cette application est fermée.</translation>
    </message>
    <message>
        <source>Login reminder not changed</source>
        <translation>Rappel à la connexion non modifié</translation>
    </message>
</context>
<context>
    <name>monime::SpaceRepository</name>
    <message>
        <source>read the Monimeer</source>
        <translation>lire le Monimeer</translation>
    </message>
    <message>
        <source>create the Monimeer</source>
        <translation>créer le Monimeer</translation>
    </message>
    <message>
        <source>save the Space</source>
        <translation>sauvegarder le Space</translation>
    </message>
    <message>
        <source>save the Space role</source>
        <translation>sauvegarder le rôle dans le Space</translation>
    </message>
    <message>
        <source>remove the Space</source>
        <translation>supprimer le Space</translation>
    </message>
    <message>
        <source>read the Spaces</source>
        <translation>lire les Spaces</translation>
    </message>
    <message>
        <source>read who you are in the team</source>
        <translation>déterminer qui vous êtes dans l&apos;équipe</translation>
    </message>
    <message>
        <source>You (the PostgreSQL user &quot;%1&quot;) are not a member of the team inventory %2 yet. Ask one of its owners or admins to add you: `monime-portal-cli team add YOUR-EMAIL --db-user %1 --role member`.</source>
        <translation>Vous (l&apos;utilisateur PostgreSQL « %1 ») n&apos;êtes pas encore membre de l&apos;inventaire d&apos;équipe %2. Demandez à l&apos;un de ses propriétaires ou administrateurs de vous ajouter : `monime-portal-cli team add YOUR-EMAIL --db-user %1 --role member`.</translation>
    </message>
</context>
<context>
    <name>monime::TeamPolicy</name>
    <message>
        <source>You (%1) are no longer a member of this team inventory; nothing was changed. Ask one of its owners or admins to add you again (`monime-portal-cli team add`).</source>
        <translation>Vous (%1) n&apos;êtes plus membre de cet inventaire d&apos;équipe ; rien n&apos;a été modifié. Demandez à l&apos;un de ses propriétaires ou administrateurs de vous ajouter à nouveau (`monime-portal-cli team add`).</translation>
    </message>
    <message>
        <source>You (%1) are a viewer in this team inventory: you can read it, not change it. Nothing was changed; ask one of its owners or admins for the member role (`monime-portal-cli team role`).</source>
        <translation>Vous (%1) êtes lecteur dans cet inventaire d&apos;équipe : vous pouvez le consulter, mais pas le modifier. Rien n&apos;a été modifié ; demandez le rôle de membre à l&apos;un de ses propriétaires ou administrateurs (`monime-portal-cli team role`).</translation>
    </message>
    <message>
        <source>You (%1) are no longer a member of this team inventory, so it shows you nothing. Ask one of its owners or admins to add you again (`monime-portal-cli team add`).</source>
        <translation>Vous (%1) n&apos;êtes plus membre de cet inventaire d&apos;équipe : il ne vous montre donc rien. Demandez à l&apos;un de ses propriétaires ou administrateurs de vous ajouter à nouveau (`monime-portal-cli team add`).</translation>
    </message>
    <message>
        <source>This token belongs to %1; as a member you may revoke only your own tokens. Nothing was changed; ask %1, or an owner or admin of the team.</source>
        <translation>Ce jeton appartient à %1 ; en tant que membre, vous ne pouvez révoquer que vos propres jetons. Rien n&apos;a été modifié ; adressez-vous à %1, ou à un propriétaire ou un administrateur de l&apos;équipe.</translation>
    </message>
    <message>
        <source>This token belongs to %1: say why you revoke it (--reason, or the Reason field); %1 will see it with your name.</source>
        <translation>Ce jeton appartient à %1 : indiquez pourquoi vous le révoquez (--reason, ou le champ Motif) ; %1 verra ce motif avec votre nom.</translation>
    </message>
    <message>
        <source>This token belongs to %1: its secret is in %1&apos;s keychain, not yours, so only %1 can rotate it and deploy the new one. Ask %1; an owner or admin may revoke it.</source>
        <translation>Ce jeton appartient à %1 : son secret se trouve dans le trousseau de clés de %1, pas dans le vôtre, donc seul %1 peut le renouveler et déployer le nouveau. Adressez-vous à %1 ; un propriétaire ou un administrateur peut le révoquer.</translation>
    </message>
    <message>
        <source>This token belongs to %1: its secret is in %1&apos;s keychain only, so only %1 can test it. Its metadata and history are all here.</source>
        <translation>Ce jeton appartient à %1 : son secret se trouve uniquement dans le trousseau de clés de %1, donc seul %1 peut le tester. Ses métadonnées et tout son historique sont disponibles ici.</translation>
    </message>
    <message>
        <source>Only the team&apos;s owners and admins may add people or change roles; you (%1) are %2. Nothing was changed.</source>
        <translation>Seuls les propriétaires et les administrateurs de l&apos;équipe peuvent ajouter des personnes ou modifier les rôles ; vous (%1) êtes %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only an owner may make someone an owner or change an owner&apos;s role. Nothing was changed.</source>
        <translation>Seul un propriétaire peut nommer quelqu&apos;un propriétaire ou modifier le rôle d&apos;un propriétaire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The team database refused this change (%1). Your role in the team does not allow it; nothing was changed. `monime-portal-cli team list` shows the roles.</source>
        <translation>La base de données d&apos;équipe a refusé cette modification (%1). Votre rôle dans l&apos;équipe ne la permet pas ; rien n&apos;a été modifié. `monime-portal-cli team list` affiche les rôles.</translation>
    </message>
</context>
<context>
    <name>monime::TeamRepository</name>
    <message>
        <source>read the team</source>
        <translation>lire l&apos;équipe</translation>
    </message>
    <message>
        <source>look up the person</source>
        <translation>rechercher la personne</translation>
    </message>
    <message>
        <source>Nobody in this inventory has the id, email or login &quot;%1&quot;. Run `monime-portal-cli team list` to see the team.</source>
        <translation>Personne dans cet inventaire n&apos;a « %1 » comme identifiant, adresse e-mail ou identifiant de connexion. Lancez `monime-portal-cli team list` pour voir l&apos;équipe.</translation>
    </message>
    <message>
        <source>add the person</source>
        <translation>inscrire la personne dans l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 is already in the team (the email %2 or the login %3 is taken). Change their role with `monime-portal-cli team role`.</source>
        <translation>%1 fait déjà partie de l&apos;équipe (l&apos;adresse e-mail %2 ou l&apos;identifiant de connexion %3 est déjà pris). Modifiez son rôle avec `monime-portal-cli team role`.</translation>
    </message>
    <message>
        <source>change the role</source>
        <translation>modifier le rôle</translation>
    </message>
    <message>
        <source>save your email and name</source>
        <translation>sauvegarder votre adresse e-mail et votre nom</translation>
    </message>
</context>
<context>
    <name>monime::TeamService</name>
    <message>
        <source>%1 is a personal inventory (an SQLite file): it has one person, you, its owner. A team shares a PostgreSQL database: open it with --database postgresql://USER@HOST/DBNAME, or move this inventory there with `monime-portal-cli migrate --to postgresql://…`.</source>
        <translation>%1 est un inventaire personnel (un fichier SQLite) : il ne compte qu&apos;une personne, vous, son propriétaire. Une équipe partage une base de données PostgreSQL : ouvrez-la avec --database postgresql://USER@HOST/DBNAME, ou déplacez-y cet inventaire avec `monime-portal-cli migrate --to postgresql://…`.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Give the email of the person&apos;s Monime account, e.g. ada@example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail. Indiquez l&apos;adresse e-mail du compte Monime de la personne, par ex. ada@example.com.</translation>
    </message>
    <message>
        <source>--db-user must be the person&apos;s PostgreSQL login (1 to 63 characters, no spaces or quotes), the user name in their postgresql:// URL.</source>
        <translation>--db-user doit être l&apos;identifiant de connexion PostgreSQL de la personne (1 à 63 caractères, sans espaces ni guillemets), c&apos;est-à-dire le nom d&apos;utilisateur de son URL postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role. Choose one of: owner, admin, member, viewer.</source>
        <translation>« %1 » n&apos;est pas un rôle d&apos;équipe. Choisissez parmi : owner, admin, member, viewer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team role. Choose one of: owner, admin, member, viewer, or former (to remove the person).</source>
        <translation>« %1 » n&apos;est pas un rôle d&apos;équipe. Choisissez parmi : owner, admin, member, viewer, ou former (pour retirer la personne).</translation>
    </message>
    <message>
        <source>%1 is the team&apos;s only owner: make someone else an owner first. Nothing was changed.</source>
        <translation>%1 est le seul propriétaire de l&apos;équipe : nommez d&apos;abord quelqu&apos;un d&apos;autre propriétaire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1&apos;s role was changed by someone else meanwhile; nothing was changed. Run `team list` to see it now.</source>
        <translation>Le rôle de %1 a été changé entre-temps par quelqu&apos;un d&apos;autre ; rien n&apos;a été modifié. Lancez `team list` pour voir son rôle actuel.</translation>
    </message>
</context>
<context>
    <name>monime::TestTokenDialog</name>
    <message>
        <source>Test token</source>
        <translation>Tester le jeton</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Test “%1”&lt;/h3&gt;&lt;p&gt;Sends &lt;code&gt;GET /&lt;/code&gt; with the token, as Monime&apos;s documentation suggests, and shows what the API makes of it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tester « %1 »&lt;/h3&gt;&lt;p&gt;Envoie &lt;code&gt;GET /&lt;/code&gt; avec le jeton, comme le suggère la documentation de Monime, et montre comment l&apos;API l&apos;interprète.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Test against</source>
        <translation>Cible du test</translation>
    </message>
    <message>
        <source>Built-in sandbox (offline, %1)</source>
        <translation>Bac à sable intégré (hors ligne, %1)</translation>
    </message>
    <message>
        <source>Built-in sandbox (not running)</source>
        <translation>Bac à sable intégré (non démarré)</translation>
    </message>
    <message>
        <source>Monime API (%1)</source>
        <translation>API Monime (%1)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL personnalisée</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL de base personnalisée</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Monime-Space-Id to send</source>
        <translation>Monime-Space-Id à envoyer</translation>
    </message>
    <message>
        <source>No Space (root endpoint needs none)</source>
        <translation>Aucun Space (le point de terminaison racine n&apos;en requiert pas)</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space :</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running (see the message at start). Choose another target.</source>
        <translation>Le bac à sable intégré n&apos;est pas démarré (voir le message au lancement). Choisissez une autre cible.</translation>
    </message>
    <message>
        <source>Enter a base URL such as https://api.example.com or http://127.0.0.1:8080.</source>
        <translation>Saisissez une URL de base telle que https://api.example.com ou http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Send a live token?</source>
        <translation>Envoyer un jeton de production ?</translation>
    </message>
    <message>
        <source>Testing against %1…</source>
        <translation>Test sur %1…</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>%1 (release %2, %3)%4</source>
        <translation>%1 (version %2, %3)%4</translation>
    </message>
    <message>
        <source>, deprecated</source>
        <translation>, obsolète</translation>
    </message>
    <message>
        <source>Request origin</source>
        <translation>Origine de la requête</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Error reason</source>
        <translation>Motif de l&apos;erreur</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
</context>
<context>
    <name>monime::TokenBasicsPage</name>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Name the token after what it is for, choose its environment and how long it lives.</source>
        <translation>Nommez le jeton d&apos;après son usage, puis choisissez son environnement et sa durée de vie.</translation>
    </message>
    <message>
        <source>Paste the token the Monime portal showed you, then tell what it is: the app cannot read its name, expiry or permissions from it. It goes to the keychain only.</source>
        <translation>Collez le jeton que le portail Monime vous a affiché, puis décrivez-le : l&apos;application ne peut pas en lire le nom, l&apos;expiration ni les permissions. Il va uniquement dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Token to import</source>
        <translation>Jeton à importer</translation>
    </message>
    <message>
        <source>mon_… or mon_test_…</source>
        <translation>mon_… ou mon_test_…</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>e.g. Main Website Integration</source>
        <translation>par ex. Intégration du site principal</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>Token na&amp;me (required):</source>
        <translation>No&amp;m du jeton (obligatoire) :</translation>
    </message>
    <message>
        <source>&amp;Test mode — simulated transactions only</source>
        <translation>Mode &amp;test — transactions simulées uniquement</translation>
    </message>
    <message>
        <source>Test mode</source>
        <translation>Mode test</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>2 months</source>
        <translation>2 mois</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>Custom date and time</source>
        <translation>Date et heure personnalisées</translation>
    </message>
    <message>
        <source>No expiry (use with caution)</source>
        <translation>Sans expiration (à utiliser avec prudence)</translation>
    </message>
    <message>
        <source>&amp;Expiry:</source>
        <translation>&amp;Expiration :</translation>
    </message>
    <message>
        <source>Custom expiry date and time</source>
        <translation>Date et heure d&apos;expiration personnalisées</translation>
    </message>
    <message>
        <source>Default API release</source>
        <translation>Version de l&apos;API par défaut</translation>
    </message>
    <message>
        <source> (latest)</source>
        <translation> (la plus récente)</translation>
    </message>
    <message>
        <source> — deprecated</source>
        <translation> — obsolète</translation>
    </message>
    <message>
        <source>Default API &amp;release:</source>
        <translation>&amp;Version de l&apos;API par défaut :</translation>
    </message>
    <message>
        <source>Token prefix &lt;b&gt;mon_test_&lt;/b&gt;. Expires after 2 months; no whitelists. No real money moves.</source>
        <translation>Préfixe du jeton : &lt;b&gt;mon_test_&lt;/b&gt;. Expire après 2 mois ; pas de listes blanches. Aucun argent réel ne circule.</translation>
    </message>
    <message>
        <source>Token prefix &lt;b&gt;mon_&lt;/b&gt;. &lt;b&gt;Live: processes real money.&lt;/b&gt; All options are available.</source>
        <translation>Préfixe du jeton : &lt;b&gt;mon_&lt;/b&gt;. &lt;b&gt;Production : traite de l&apos;argent réel.&lt;/b&gt; Toutes les options sont disponibles.</translation>
    </message>
</context>
<context>
    <name>monime::TokenListPage</name>
    <message>
        <source>&lt;h2&gt;Access Tokens&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jetons d&apos;accès&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Créer un jeton</translation>
    </message>
    <message>
        <source>Create a new access token (Ctrl+N)</source>
        <translation>Créer un nouveau jeton d&apos;accès (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search by name, id or permission (Ctrl+F)</source>
        <translation>Rechercher par nom, identifiant ou permission (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search tokens</source>
        <translation>Rechercher des jetons</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Test and live</source>
        <translation>Test et production</translation>
    </message>
    <message>
        <source>Test only</source>
        <translation>Test uniquement</translation>
    </message>
    <message>
        <source>Live only</source>
        <translation>Production uniquement</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
</context>
<context>
    <name>monime::TokenRepository</name>
    <message>
        <source>This token is already in the inventory; it was not added twice.</source>
        <translation>Ce jeton est déjà dans l&apos;inventaire ; il n&apos;a pas été ajouté une seconde fois.</translation>
    </message>
    <message>
        <source>save the token</source>
        <translation>sauvegarder le jeton</translation>
    </message>
    <message>
        <source>save the token&apos;s permissions</source>
        <translation>sauvegarder les permissions du jeton</translation>
    </message>
    <message>
        <source>save the token&apos;s IP whitelist</source>
        <translation>sauvegarder la liste blanche IP du jeton</translation>
    </message>
    <message>
        <source>finish saving the token</source>
        <translation>terminer la sauvegarde du jeton</translation>
    </message>
    <message>
        <source>remove the token</source>
        <translation>supprimer le jeton</translation>
    </message>
    <message>
        <source>look for unfinished tokens</source>
        <translation>rechercher les jetons inachevés</translation>
    </message>
    <message>
        <source>read the token</source>
        <translation>lire le jeton</translation>
    </message>
    <message>
        <source>No token has the id &quot;%1&quot;. Run `monime-portal-cli list` to see the ids.</source>
        <translation>Aucun jeton ne porte l&apos;identifiant « %1 ». Lancez `monime-portal-cli list` pour voir les identifiants.</translation>
    </message>
    <message>
        <source>look up the token</source>
        <translation>rechercher le jeton</translation>
    </message>
    <message>
        <source>read the token names</source>
        <translation>lire les noms des jetons</translation>
    </message>
    <message>
        <source>revoke the token</source>
        <translation>révoquer le jeton</translation>
    </message>
    <message>
        <source>record the token&apos;s last use</source>
        <translation>noter la dernière utilisation du jeton</translation>
    </message>
    <message>
        <source>record the token&apos;s test result</source>
        <translation>noter le résultat du test du jeton</translation>
    </message>
    <message>
        <source>The token being created was rolled back by another start of the app meanwhile. Nothing was kept; create it again.</source>
        <translation>Le jeton en cours de création a été annulé entre-temps par un autre démarrage de l&apos;application. Rien n&apos;a été conservé ; créez-le à nouveau.</translation>
    </message>
    <message>
        <source>read the tokens</source>
        <translation>lire les jetons</translation>
    </message>
    <message>
        <source>read when tokens were last used</source>
        <translation>lire la date de dernière utilisation des jetons</translation>
    </message>
    <message>
        <source>link the new token to the one it replaces</source>
        <translation>relier le nouveau jeton à celui qu&apos;il remplace</translation>
    </message>
    <message>
        <source>record where the token was found</source>
        <translation>noter où le jeton a été trouvé</translation>
    </message>
    <message>
        <source>read the token digests</source>
        <translation>lire les empreintes des jetons</translation>
    </message>
</context>
<context>
    <name>monime::TokenRules</name>
    <message>
        <source>Enter a token name that says what the token is for, e.g. &quot;Main Website Integration&quot;.</source>
        <translation>Saisissez un nom de jeton qui indique son usage, par ex. « Intégration du site principal ».</translation>
    </message>
    <message>
        <source>The name has %1 characters; shorten it to %2 or fewer.</source>
        <translation>Le nom compte %1 caractères ; raccourcissez-le à %2 caractères au maximum.</translation>
    </message>
    <message>
        <source>The name contains a control character (such as a tab or line break); remove it.</source>
        <translation>Le nom contient un caractère de contrôle (comme une tabulation ou un saut de ligne) ; supprimez-le.</translation>
    </message>
    <message>
        <source>The name contains an invisible or text-direction character; retype it without pasting.</source>
        <translation>Le nom contient un caractère invisible ou de direction du texte ; retapez-le au lieu de le coller.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Space id. Space ids start with spc- (or spc_) followed by letters and digits, e.g. spc-k6PWMZvKxSJ1; copy it from the Developer page of the dashboard.</source>
        <translation>« %1 » n&apos;est pas un identifiant de Space. Les identifiants de Space commencent par spc- (ou spc_) suivi de lettres et de chiffres, par ex. spc-k6PWMZvKxSJ1 ; copiez-le depuis la page Developer du tableau de bord.</translation>
    </message>
    <message>
        <source>Another token is already called &quot;%1&quot;. Distinct names make tokens easier to tell apart and revoke.</source>
        <translation>Un autre jeton s&apos;appelle déjà « %1 ». Des noms distincts permettent de distinguer et de révoquer plus facilement les jetons.</translation>
    </message>
    <message>
        <source>Test tokens always expire after 2 months; leave the expiry out, or switch Test Mode off for a live token.</source>
        <translation>Les jetons de test expirent toujours après 2 mois ; n&apos;indiquez pas d&apos;expiration, ou désactivez le Mode test pour obtenir un jeton de production.</translation>
    </message>
    <message>
        <source>A token without an expiry stays valid until revoked; if it leaks, it is a risk forever. Prefer 1 year and rotate.</source>
        <translation>Un jeton sans expiration reste valide jusqu&apos;à sa révocation ; s&apos;il fuite, le risque est permanent. Préférez 1 an et renouvelez-le.</translation>
    </message>
    <message>
        <source>Choose a default API release (for example %1).</source>
        <translation>Choisissez une version de l&apos;API par défaut (par exemple %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known API release. Choose one of: %2.</source>
        <translation>« %1 » n&apos;est pas une version de l&apos;API connue. Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Test tokens cannot be restricted to a Space; remove the Space whitelist or switch Test Mode off.</source>
        <translation>Les jetons de test ne peuvent pas être restreints à un Space ; supprimez la liste blanche de Space ou désactivez le Mode test.</translation>
    </message>
    <message>
        <source>Test tokens cannot be restricted to IP addresses; remove the IP whitelist or switch Test Mode off.</source>
        <translation>Les jetons de test ne peuvent pas être restreints à des adresses IP ; supprimez la liste blanche IP ou désactivez le Mode test.</translation>
    </message>
    <message>
        <source>The IP whitelist admits every %1 address (%2), and a range that admits every address is no whitelist: list the addresses your servers call from, or leave the IP whitelist empty.</source>
        <translation>La liste blanche IP admet toutes les adresses %1 (%2), et une plage qui admet toutes les adresses n&apos;est pas une liste blanche : indiquez les adresses d&apos;où vos serveurs appellent, ou laissez la liste blanche IP vide.</translation>
    </message>
    <message>
        <source>IPv4 and every IPv6</source>
        <translation>IPv4 et toutes les adresses IPv6</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known service.</source>
        <translation>« %1 » n&apos;est pas un service connu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known permission. Permissions are SERVICE:read or SERVICE:write, e.g. payments:read; run `monime-portal-cli permissions` to list them.</source>
        <translation>« %1 » n&apos;est pas une permission connue. Les permissions sont de la forme SERVICE:read ou SERVICE:write, par ex. payments:read ; lancez `monime-portal-cli permissions` pour les lister.</translation>
    </message>
    <message>
        <source>%1 is not in the selected services; select its service or remove the permission.</source>
        <translation>%1 ne fait pas partie des services sélectionnés ; sélectionnez son service ou retirez la permission.</translation>
    </message>
    <message>
        <source>Choose at least one permission; grant only what the integration needs (least privilege).</source>
        <translation>Choisissez au moins une permission ; n&apos;accordez que ce dont l&apos;intégration a besoin (moindre privilège).</translation>
    </message>
</context>
<context>
    <name>monime::TokenSecret</name>
    <message>
        <source>This is not a Monime access token: it must start with mon_ (live) or mon_test_ (test). Copy the whole token from the portal&apos;s one-time dialog and try again.</source>
        <translation>Ce n&apos;est pas un jeton d&apos;accès Monime : il doit commencer par mon_ (production) ou mon_test_ (test). Copiez le jeton complet depuis la fenêtre du portail qui ne l&apos;affiche qu&apos;une fois, puis réessayez.</translation>
    </message>
    <message>
        <source>The token contains a character that Monime tokens never have (only letters and digits follow the prefix). Check for spaces, quotes or a line break and try again.</source>
        <translation>Le jeton contient un caractère que les jetons Monime n&apos;ont jamais (seuls des lettres et des chiffres suivent le préfixe). Recherchez d&apos;éventuels espaces, guillemets ou sauts de ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>The token has %1 characters after its prefix; Monime tokens have between %2 and %3. It may be cut short: copy it again in full.</source>
        <translation>Le jeton compte %1 caractères après son préfixe ; les jetons Monime en comptent entre %2 et %3. Il est peut-être tronqué : copiez-le à nouveau en entier.</translation>
    </message>
</context>
<context>
    <name>monime::TokenService</name>
    <message>
        <source>An unfinished create was rolled back at start.</source>
        <translation>Une création inachevée a été annulée au démarrage.</translation>
    </message>
    <message>
        <source>No Space &quot;%1&quot; is known here. Add it first (monime-portal-cli space add %1 --name NAME --role ROLE), or pick one of your Spaces.</source>
        <translation>Aucun Space « %1 » n&apos;est connu ici. Ajoutez-le d&apos;abord (monime-portal-cli space add %1 --name NAME --role ROLE), ou choisissez l&apos;un de vos Spaces.</translation>
    </message>
    <message>
        <source>%1 token created; permissions: %2</source>
        <translation>Jeton %1 créé ; permissions : %2</translation>
    </message>
    <message>
        <source>%1 token imported; permissions: %2</source>
        <translation>Jeton %1 importé ; permissions : %2</translation>
    </message>
    <message>
        <source>The grace period must be between 0 and %1 hours (30 days).</source>
        <translation>Le délai de grâce doit être compris entre 0 et %1 heures (30 jours).</translation>
    </message>
    <message>
        <source>Token %1 was revoked on %2; a revoked token cannot be rotated. Create a new one.</source>
        <translation>Le jeton %1 a été révoqué le %2 ; un jeton révoqué ne peut pas être renouvelé. Créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Token %1 is already being rotated (it will be revoked on %2).</source>
        <translation>Le jeton %1 est déjà en cours de renouvellement (il sera révoqué le %2).</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>remplace %1</translation>
    </message>
    <message>
        <source>rotated to %1</source>
        <translation>renouvelé, remplacé par %1</translation>
    </message>
    <message>
        <source>Token %1 was already revoked on %2 (%3). Nothing was changed.</source>
        <translation>Le jeton %1 a déjà été révoqué le %2 (%3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>revoked by the owner</source>
        <translation>révoqué par le propriétaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Space role. Choose one of: %2.</source>
        <translation>« %1 » n&apos;est pas un rôle de Space. Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Token %1 was revoked meanwhile. Nothing was changed.</source>
        <translation>Le jeton %1 a été révoqué entre-temps. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (role %2)</source>
        <translation>%1 (rôle : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>This token could do nothing: in the Spaces it may reach (%1), your roles grant none of its permissions. Ask for a role that has them, or choose other permissions or another Space.</source>
        <translation>Ce jeton ne pourrait rien faire : dans les Spaces qu&apos;il peut atteindre (%1), vos rôles n&apos;accordent aucune de ses permissions. Demandez un rôle qui les possède, ou choisissez d&apos;autres permissions ou un autre Space.</translation>
    </message>
    <message>
        <source>This token can do less than asked: in the Spaces it may reach (%1), your roles grant none of %2. Those permissions would be refused.</source>
        <translation>Ce jeton pourra faire moins que demandé : dans les Spaces qu&apos;il peut atteindre (%1), vos rôles n&apos;accordent aucune de ces permissions : %2. Elles seraient refusées.</translation>
    </message>
    <message>
        <source>Token %1 is in this inventory: its secret is not left over and was kept. To end the token, revoke it.</source>
        <translation>Le jeton %1 figure dans cet inventaire : son secret n&apos;est pas orphelin et a été conservé. Pour mettre fin au jeton, révoquez-le.</translation>
    </message>
    <message>
        <source>A keychain item with no token in this inventory was deleted.</source>
        <translation>Un élément du trousseau de clés ne correspondant à aucun jeton de cet inventaire a été supprimé.</translation>
    </message>
    <message>
        <source>The inventory %1 is damaged (SQLite: %2). What is shown may be incomplete. Run `monime-portal-cli doctor` to see what is affected, and restore the file from a backup.</source>
        <translation>L&apos;inventaire %1 est endommagé (SQLite : %2). Les informations affichées peuvent être incomplètes. Lancez `monime-portal-cli doctor` pour voir ce qui est touché, et restaurez le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>replaced by %1; stays valid until %2</source>
        <translation>remplacé par %1 ; reste valide jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>replaced by %1; revoked at once</source>
        <translation>remplacé par %1 ; révoqué immédiatement</translation>
    </message>
    <message>
        <source>made by a guided rotation of %1; not deployed yet</source>
        <translation>créé par un renouvellement guidé de %1 ; pas encore déployé</translation>
    </message>
    <message>
        <source>new token %1 made; this token stays valid until the rotation is confirmed</source>
        <translation>nouveau jeton %1 créé ; ce jeton reste valide jusqu&apos;à la confirmation du renouvellement</translation>
    </message>
    <message>
        <source>The new token %1 is no longer active; the rotation cannot be confirmed. %2 is untouched.</source>
        <translation>Le nouveau jeton %1 n&apos;est plus actif ; le renouvellement ne peut pas être confirmé. %2 est intact.</translation>
    </message>
    <message>
        <source>Token %1 already replaces another token; nothing was changed.</source>
        <translation>Le jeton %1 remplace déjà un autre jeton ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>deployed (confirmed by the owner); replaces %1</source>
        <translation>déployé (confirmé par le propriétaire) ; remplace %1</translation>
    </message>
    <message>
        <source>guided rotation of %1 abandoned before the new token was deployed</source>
        <translation>renouvellement guidé de %1 abandonné avant le déploiement du nouveau jeton</translation>
    </message>
    <message>
        <source>the new token %1 was revoked; this token is untouched</source>
        <translation>le nouveau jeton %1 a été révoqué ; ce jeton est intact</translation>
    </message>
    <message>
        <source>This token is already in the inventory as &quot;%1&quot; (%2, %3&apos;s); it was not imported twice.</source>
        <translation>Ce jeton figure déjà dans l&apos;inventaire sous le nom « %1 » (%2, appartenant à %3) ; il n&apos;a pas été importé une seconde fois.</translation>
    </message>
    <message>
        <source>%1, revoked by %2: %3</source>
        <translation>%1, révoqué par %2 : %3</translation>
    </message>
    <message>
        <source>Token %1 was changed by someone else since you loaded it (it is at version %2 now: %3). Nothing was changed; look at its current state, then decide again.</source>
        <translation>Le jeton %1 a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez chargé (il est maintenant à la version %2 : %3). Rien n&apos;a été modifié ; examinez son état actuel, puis décidez à nouveau.</translation>
    </message>
</context>
<context>
    <name>monime::TokenTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired today</source>
        <translation>expiré aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré il y a %n jour</numerusform>
            <numerusform>expiré il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>ACTIVE until %1</source>
        <translation>ACTIVE jusqu&apos;au %1</translation>
    </message>
    <message>
        <source> ⚠ soon</source>
        <translation> ⚠ bientôt</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ réussi</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ échoué</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 and %n more</source>
        <translation>
            <numerusform>%1, %2 et %n autre</numerusform>
            <numerusform>%1, %2 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message numerus="yes">
        <source>%n IP rule(s)</source>
        <translation>
            <numerusform>%n règle IP</numerusform>
            <numerusform>%n règles IP</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Any Space</source>
        <translation>Tous les Spaces</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Space : %1</translation>
    </message>
    <message>
        <source>Any IP address</source>
        <translation>Toutes les adresses IP</translation>
    </message>
    <message>
        <source>IP: %1</source>
        <translation>IP : %1</translation>
    </message>
    <message>
        <source>Revoked %1: %2</source>
        <translation>Révoqué le %1 : %2</translation>
    </message>
    <message>
        <source>%1
ID: %2
Hint: %3</source>
        <translation>%1
ID : %2
Aperçu : %3</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Dernier test</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Whitelists</source>
        <translation>Listes blanches</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
</context>
<context>
    <name>monime::TokenTester</name>
    <message>
        <source>“%1” (%2) is a LIVE token: it can move real money. Send it to %3?</source>
        <translation>« %1 » (%2) est un jeton LIVE : il peut faire circuler de l&apos;argent réel. L&apos;envoyer à %3 ?</translation>
    </message>
</context>
<context>
    <name>monime::UsageChart</name>
    <message>
        <source>Calls over time</source>
        <translation>Appels dans le temps</translation>
    </message>
    <message>
        <source>%1 successful calls, %2 client errors, %3 server errors</source>
        <translation>%1 appels réussis, %2 erreurs client, %3 erreurs serveur</translation>
    </message>
    <message>
        <source>2xx/3xx</source>
        <translation>2xx/3xx</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
</context>
<context>
    <name>monime::UsageRepository</name>
    <message>
        <source>record API usage</source>
        <translation>noter l&apos;utilisation de l&apos;API</translation>
    </message>
    <message>
        <source>record the token&apos;s last use</source>
        <translation>noter la dernière utilisation du jeton</translation>
    </message>
    <message>
        <source>read API usage</source>
        <translation>lire l&apos;utilisation de l&apos;API</translation>
    </message>
</context>
<context>
    <name>monime::UsageView</name>
    <message>
        <source>&lt;h2&gt;Usage&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Utilisation&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last hour, per minute</source>
        <translation>Dernière heure, par minute</translation>
    </message>
    <message>
        <source>Last 24 hours, per hour</source>
        <translation>Dernières 24 heures, par heure</translation>
    </message>
    <message>
        <source>Last 30 days, per day</source>
        <translation>30 derniers jours, par jour</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh usage</source>
        <translation>Actualiser l&apos;utilisation</translation>
    </message>
    <message>
        <source>Calls by status</source>
        <translation>Appels par statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Calls by endpoint</source>
        <translation>Appels par point de terminaison</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>By endpoint</source>
        <translation>Par point de terminaison</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Tous les jetons</translation>
    </message>
    <message>
        <source>No calls in this period. Test a token (Ctrl+T) or call the sandbox to see usage here.</source>
        <translation>Aucun appel sur cette période. Testez un jeton (Ctrl+T) ou appelez le bac à sable pour voir l&apos;utilisation ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in this period.</source>
        <translation>
            <numerusform>%n appel sur cette période.</numerusform>
            <numerusform>%n appels sur cette période.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>monime::cli::CatalogCommand</name>
    <message>
        <source>List services, permissions, Space roles and API releases.</source>
        <translation>Lister les services, les permissions, les rôles de Space et les versions de l&apos;API.</translation>
    </message>
    <message>
        <source>Services and permissions:</source>
        <translation>Services et permissions :</translation>
    </message>
    <message>
        <source>Space roles:</source>
        <translation>Rôles de Space :</translation>
    </message>
    <message>
        <source>API releases:</source>
        <translation>Versions de l&apos;API :</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
</context>
<context>
    <name>monime::cli::CreateCommand</name>
    <message>
        <source>Create a token; its secret is printed once, on standard output.</source>
        <translation>Créer un jeton ; son secret est affiché une seule fois, sur la sortie standard.</translation>
    </message>
    <message>
        <source>What the token is for (1-100 characters).</source>
        <translation>À quoi sert le jeton (1 à 100 caractères).</translation>
    </message>
    <message>
        <source>A test token (mon_test_): simulated transactions, 2-month expiry.</source>
        <translation>Un jeton de test (mon_test_) : transactions simulées, expiration après 2 mois.</translation>
    </message>
    <message>
        <source>A live token (mon_): real money.</source>
        <translation>Un jeton de production (mon_) : argent réel.</translation>
    </message>
    <message>
        <source>Default API release, e.g. caph.2025-08-23.</source>
        <translation>Version de l&apos;API par défaut, par ex. caph.2025-08-23.</translation>
    </message>
    <message>
        <source>A permission such as payments:read; repeat for more.</source>
        <translation>Une permission comme payments:read ; répétez pour en ajouter.</translation>
    </message>
    <message>
        <source>2m, 1y, never, YYYY-MM-DD (00:00 UTC) or an ISO-8601 date-time (UTC unless it has an offset). Live only; test tokens always expire after 2 months.</source>
        <translation>2m, 1y, never, AAAA-MM-JJ (00:00 UTC) ou une date-heure ISO-8601 (UTC sauf si elle indique un décalage). Production uniquement ; les jetons de test expirent toujours après 2 mois.</translation>
    </message>
    <message>
        <source>Whitelist one Space, by id or name (live only).</source>
        <translation>Restreindre à un Space, par identifiant ou par nom (production uniquement).</translation>
    </message>
    <message>
        <source>Whitelist an IP address or CIDR range (live only); repeat for more.</source>
        <translation>Restreindre à une adresse IP ou une plage CIDR (production uniquement) ; répétez pour en ajouter.</translation>
    </message>
    <message>
        <source>--test and --live exclude each other: choose one.</source>
        <translation>--test et --live s&apos;excluent mutuellement : choisissez-en un.</translation>
    </message>
    <message>
        <source>Say which kind of token: --test (mon_test_, simulated) or --live (mon_, real money).</source>
        <translation>Indiquez le type de jeton : --test (mon_test_, simulé) ou --live (mon_, argent réel).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
</context>
<context>
    <name>monime::cli::DoctorCommand</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the keychain item %1; no token of this inventory used it.</source>
        <translation>Élément %1 du trousseau de clés supprimé ; aucun jeton de cet inventaire ne l&apos;utilisait.</translation>
    </message>
    <message>
        <source>[ ok ]</source>
        <extracomment>doctor&apos;s verdict tags; keep them 6 characters wide</extracomment>
        <translation>[ ok ]</translation>
    </message>
    <message>
        <source>[warn]</source>
        <translation>[warn]</translation>
    </message>
    <message>
        <source>[FAIL]</source>
        <translation>[FAIL]</translation>
    </message>
    <message>
        <source>database</source>
        <translation>données</translation>
    </message>
    <message>
        <source>integrity</source>
        <translation>intégrité</translation>
    </message>
    <message>
        <source>PRAGMA quick_check (the file is %1 MB: the full integrity_check would take long)</source>
        <translation>PRAGMA quick_check (le fichier fait %1 Mo : un integrity_check complet prendrait trop de temps)</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check</source>
        <translation>PRAGMA integrity_check</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1 : ok</translation>
    </message>
    <message>
        <source>%1 found the file damaged: %2. Tokens or their history may be missing or wrong. Stop the programs using it, then restore %3 from a backup, or recover what is readable: sqlite3 %3 .recover | sqlite3 %3.recovered, and use --database %3.recovered.</source>
        <translation>%1 signale que le fichier est endommagé : %2. Des jetons ou leur historique peuvent être manquants ou erronés. Arrêtez les programmes qui l&apos;utilisent, puis restaurez %3 à partir d&apos;une sauvegarde, ou récupérez ce qui est lisible : sqlite3 %3 .recover | sqlite3 %3.recovered, puis utilisez --database %3.recovered.</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>%1 services, %2 permissions, %3 roles, %4 API releases</source>
        <translation>%1 services, %2 permissions, %3 rôles, %4 versions de l&apos;API</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème détecté.</numerusform>
            <numerusform>%n problèmes détectés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems; %n warning(s) above.</source>
        <translation>
            <numerusform>Aucun problème ; %n avertissement ci-dessus.</numerusform>
            <numerusform>Aucun problème ; %n avertissements ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>secrets</source>
        <translation>secrets</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished create(s) left by a program that stopped half-way (%1). Any next command rolls them back (row and keychain item): run monime-portal-cli list.</source>
        <translation>
            <numerusform>%n création inachevée laissée par un programme arrêté en cours de route (%1). La prochaine commande, quelle qu&apos;elle soit, l&apos;annulera (ligne et élément du trousseau) : lancez monime-portal-cli list.</numerusform>
            <numerusform>%n créations inachevées laissées par un programme arrêté en cours de route (%1). La prochaine commande, quelle qu&apos;elle soit, les annulera (lignes et éléments du trousseau) : lancez monime-portal-cli list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n create(s) being finished by another running program (%1); nothing to do.</source>
        <translation>
            <numerusform>%n création en train d&apos;être terminée par un autre programme en cours d&apos;exécution (%1) ; rien à faire.</numerusform>
            <numerusform>%n créations en train d&apos;être terminées par un autre programme en cours d&apos;exécution (%1) ; rien à faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>no unfinished creates</source>
        <translation>aucune création inachevée</translation>
    </message>
    <message>
        <source>Rows and keychain items were not compared: %1</source>
        <translation>Les lignes et les éléments du trousseau n&apos;ont pas été comparés : %1</translation>
    </message>
    <message>
        <source>Token %1 (&quot;%2&quot;) has no secret in the keychain: Test and scripts cannot use it. Fix: monime-portal-cli rotate %1 (a new secret; the old token is revoked).</source>
        <translation>Le jeton %1 (« %2 ») n&apos;a pas de secret dans le trousseau de clés : ni la fonction Tester ni les scripts ne peuvent l&apos;utiliser. Solution : monime-portal-cli rotate %1 (un nouveau secret ; l&apos;ancien jeton est révoqué).</translation>
    </message>
    <message>
        <source>The keychain holds a secret for %1, which has no token in this inventory (a create that never finished, or a token of another inventory file). If no other inventory of yours has it: monime-portal-cli doctor --forget-secret %1</source>
        <translation>Le trousseau de clés contient un secret pour %1, qui ne correspond à aucun jeton de cet inventaire (une création jamais terminée, ou un jeton d&apos;un autre fichier d&apos;inventaire). Si aucun autre de vos inventaires ne le contient : monime-portal-cli doctor --forget-secret %1</translation>
    </message>
    <message>
        <source>The keychain returned a different secret than was stored. Your keychain may be damaged; check it with your desktop&apos;s password manager.</source>
        <translation>Le trousseau de clés a renvoyé un secret différent de celui enregistré. Votre trousseau est peut-être endommagé ; vérifiez-le avec le gestionnaire de mots de passe de votre bureau.</translation>
    </message>
    <message>
        <source>%1 stores, reads and deletes secrets (%2 ms round trip)</source>
        <translation>%1 enregistre, lit et supprime les secrets (aller-retour : %2 ms)</translation>
    </message>
    <message>
        <source>monite</source>
        <translation>monite</translation>
    </message>
    <message>
        <source>Monite profiles and keychain items were not compared: %1</source>
        <translation>Les profils Monite et les éléments du trousseau n&apos;ont pas été comparés : %1</translation>
    </message>
    <message>
        <source>Monite profile &quot;%1&quot; has no client secret in the keychain: it cannot get tokens. Fix: monime-portal-cli monite secret %1 (paste the secret; if you no longer have it, generate a new one in Monite&apos;s partner portal first).</source>
        <translation>Le profil Monite « %1 » n&apos;a pas de secret client dans le trousseau de clés : il ne peut pas obtenir de jetons. Solution : monime-portal-cli monite secret %1 (collez le secret ; si vous ne l&apos;avez plus, générez-en d&apos;abord un nouveau dans le portail partenaire de Monite).</translation>
    </message>
    <message>
        <source>no Monite profiles</source>
        <translation>aucun profil Monite</translation>
    </message>
    <message numerus="yes">
        <source>every Monite profile has its client secret in the keychain (%n profile(s); %1 keychain items: client secrets and access tokens)</source>
        <translation>
            <numerusform>chaque profil Monite a son secret client dans le trousseau de clés (%n profil ; %1 éléments du trousseau : secrets clients et jetons d&apos;accès)</numerusform>
            <numerusform>chaque profil Monite a son secret client dans le trousseau de clés (%n profils ; %1 éléments du trousseau : secrets clients et jetons d&apos;accès)</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds %1, which belongs to no Monite profile in this inventory (a removal that never finished, or a profile of another inventory file). If no other inventory of yours has it: monime-portal-cli doctor --forget-secret %1</source>
        <translation>Le trousseau de clés contient %1, qui n&apos;appartient à aucun profil Monite de cet inventaire (une suppression jamais terminée, ou un profil d&apos;un autre fichier d&apos;inventaire). Si aucun autre de vos inventaires ne le contient : monime-portal-cli doctor --forget-secret %1</translation>
    </message>
    <message>
        <source>Check the database (its integrity, unfinished creates) and the keychain (each token&apos;s secret, each Monite client secret, left-over secrets), and say how to fix what is wrong.</source>
        <translation>Vérifier la base de données (son intégrité, les créations inachevées) et le trousseau de clés (le secret de chaque jeton, chaque secret client Monite, les secrets orphelins), et indiquer comment corriger ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Delete the keychain item ID (a token id, or a monite:… key) that has no token or Monite profile in this inventory (doctor names them).</source>
        <translation>Supprimer l&apos;élément ID du trousseau de clés (un identifiant de jeton, ou une clé monite:…) qui ne correspond à aucun jeton ni profil Monite de cet inventaire (doctor les indique).</translation>
    </message>
    <message>
        <source>%1 is not a left-over keychain item: it belongs to a Monite profile of this inventory, or does not exist. Nothing was deleted. To end a profile, run monime-portal-cli monite remove NAME.</source>
        <translation>%1 n&apos;est pas un élément orphelin du trousseau de clés : il appartient à un profil Monite de cet inventaire, ou n&apos;existe pas. Rien n&apos;a été supprimé. Pour mettre fin à un profil, lancez monime-portal-cli monite remove NAME.</translation>
    </message>
    <message>
        <source>Deleted the keychain item %1; no Monite profile of this inventory used it.</source>
        <translation>Élément %1 du trousseau de clés supprimé ; aucun profil Monite de cet inventaire ne l&apos;utilisait.</translation>
    </message>
    <message>
        <source>--forget-secret takes a token id (tok-…) or a monite:… key, as doctor names it.</source>
        <translation>--forget-secret attend un identifiant de jeton (tok-…) ou une clé monite:…, tel que doctor l&apos;indique.</translation>
    </message>
    <message>
        <source>%1 (schema %2): %3 tokens, %4 Spaces, %5 Monite profiles</source>
        <translation>%1 (schéma %2) : %3 jetons, %4 Spaces, %5 profils Monite</translation>
    </message>
    <message>
        <source>PostgreSQL checks its own pages; SQLite&apos;s integrity_check does not apply</source>
        <translation>PostgreSQL vérifie ses propres pages ; l&apos;integrity_check de SQLite ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>every token has its secret in the keychain (%1 rows; the keychain holds %2 items of this app for tokens, %3 for Monite clients)</source>
        <translation>chaque jeton a son secret dans le trousseau de clés (%1 lignes ; le trousseau contient %2 éléments de cette application pour les jetons, %3 pour les clients Monite)</translation>
    </message>
</context>
<context>
    <name>monime::cli::ExportCommand</name>
    <message>
        <source>Write a token report (never a secret) to a CSV, JSON, HTML or PDF file.</source>
        <translation>Écrire un rapport sur les jetons (jamais de secret) dans un fichier CSV, JSON, HTML ou PDF.</translation>
    </message>
    <message>
        <source>The file to write; it appears only once complete.</source>
        <translation>Le fichier à écrire ; il n&apos;apparaît qu&apos;une fois complet.</translation>
    </message>
    <message>
        <source>csv, json, html or pdf (default: from the file name&apos;s suffix).</source>
        <translation>csv, json, html ou pdf (par défaut : d&apos;après l&apos;extension du nom de fichier).</translation>
    </message>
    <message>
        <source>Only tokens with this status.</source>
        <translation>Uniquement les jetons ayant ce statut.</translation>
    </message>
    <message>
        <source>Only test or only live tokens.</source>
        <translation>Uniquement les jetons de test, ou uniquement ceux de production.</translation>
    </message>
    <message>
        <source>Only tokens whose name, id or a permission contains TEXT (any case).</source>
        <translation>Uniquement les jetons dont le nom, l&apos;identifiant ou une permission contient TEXT (sans tenir compte de la casse).</translation>
    </message>
    <message>
        <source>Comma-separated columns (default all): name,id,type,status,created,expires,days_left,api_release,permissions,space_whitelist,ip_whitelist,owner,last_used,last_tested,last_test_result.</source>
        <translation>Colonnes séparées par des virgules (par défaut, toutes) : name,id,type,status,created,expires,days_left,api_release,permissions,space_whitelist,ip_whitelist,owner,last_used,last_tested,last_test_result.</translation>
    </message>
    <message>
        <source>Rotation period for the health findings (default 90).</source>
        <translation>Période de renouvellement, en jours, pour les constats de santé (par défaut 90).</translation>
    </message>
    <message>
        <source>--output is required: the file to write, e.g. --output tokens.csv.</source>
        <translation>--output est obligatoire : le fichier à écrire, par ex. --output tokens.csv.</translation>
    </message>
    <message>
        <source>--format must be csv, json, html or pdf.</source>
        <translation>--format doit valoir csv, json, html ou pdf.</translation>
    </message>
    <message>
        <source>Say which format with --format csv|json|html|pdf (the file name&apos;s suffix does not say).</source>
        <translation>Indiquez le format avec --format csv|json|html|pdf (l&apos;extension du nom de fichier ne permet pas de le déduire).</translation>
    </message>
    <message>
        <source>Exporting… %1%</source>
        <translation>Exportation… %1 %</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1.</source>
        <translation>
            <numerusform>%n jeton exporté vers %1.</numerusform>
            <numerusform>%n jetons exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report holds %n health finding(s).</source>
        <translation>
            <numerusform>Le rapport contient %n constat de santé.</numerusform>
            <numerusform>Le rapport contient %n constats de santé.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV only (one CSV is one table): tokens (default), or monite for the Monite clients, one row per grant. JSON, HTML and PDF hold both.</source>
        <translation>CSV uniquement (un CSV correspond à une seule table) : tokens (par défaut), ou monite pour les clients Monite, une ligne par type d&apos;autorisation (grant). JSON, HTML et PDF contiennent les deux.</translation>
    </message>
    <message>
        <source>--table must be tokens or monite.</source>
        <translation>--table doit valoir tokens ou monite.</translation>
    </message>
    <message>
        <source>--table applies to CSV only: JSON, HTML and PDF hold the tokens and the Monite clients both. Drop --table, or export to a .csv file.</source>
        <translation>--table ne s&apos;applique qu&apos;au CSV : JSON, HTML et PDF contiennent à la fois les jetons et les clients Monite. Retirez --table, ou exportez vers un fichier .csv.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n Monite client(s) to %1.</source>
        <translation>
            <numerusform>%n client Monite exporté vers %1.</numerusform>
            <numerusform>%n clients Monite exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It lists %n Monite client(s), never their secrets.</source>
        <translation>
            <numerusform>Il répertorie %n client Monite, jamais ses secrets.</numerusform>
            <numerusform>Il répertorie %n clients Monite, jamais leurs secrets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>monime::cli::HealthCommand</name>
    <message>
        <source>Only tokens with this status.</source>
        <translation>Uniquement les jetons ayant ce statut.</translation>
    </message>
    <message>
        <source>Only test or only live tokens.</source>
        <translation>Uniquement les jetons de test, ou uniquement ceux de production.</translation>
    </message>
    <message>
        <source>Only tokens whose name, id or a permission contains TEXT (any case).</source>
        <translation>Uniquement les jetons dont le nom, l&apos;identifiant ou une permission contient TEXT (sans tenir compte de la casse).</translation>
    </message>
    <message numerus="yes">
        <source>No findings: all %n token(s) pass the health check.</source>
        <translation>
            <numerusform>Aucun constat : %n jeton a passé le bilan de santé.</numerusform>
            <numerusform>Aucun constat : les %n jetons ont passé le bilan de santé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low.</source>
        <translation>
            <numerusform>%n constat : %1 élevé, %2 moyen, %3 faible.</numerusform>
            <numerusform>%n constats : %1 élevés, %2 moyens, %3 faibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n token(s) have findings.</source>
        <translation>
            <numerusform>%1 jeton sur %n a des constats.</numerusform>
            <numerusform>%1 jetons sur %n ont des constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check every active token and Monite client profile for risks and say how to fix each; exit status 3 when one is high.</source>
        <translation>Vérifier les risques de chaque jeton actif et de chaque profil client Monite, et indiquer comment corriger chacun ; code de sortie 3 si un constat est élevé.</translation>
    </message>
    <message>
        <source>Flag tokens and Monite client secrets older than this many days (default 90).</source>
        <translation>Signaler les jetons et les secrets clients Monite plus anciens que ce nombre de jours (par défaut 90).</translation>
    </message>
    <message numerus="yes">
        <source>No findings for the %n Monite client(s) either.</source>
        <translation>
            <numerusform>Aucun constat non plus pour le client Monite.</numerusform>
            <numerusform>Aucun constat non plus pour les %n clients Monite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monite client %1</source>
        <translation>Client Monite %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n Monite client(s) have findings.</source>
        <translation>
            <numerusform>%1 client Monite sur %n a des constats.</numerusform>
            <numerusform>%1 clients Monite sur %n ont des constats.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>monime::cli::ImportCommand</name>
    <message>
        <source>Paste the token, then press Enter (it is not shown): </source>
        <translation>Collez le jeton, puis appuyez sur Entrée (il ne s&apos;affiche pas) : </translation>
    </message>
    <message>
        <source>Add a token made in the real Monime portal; the token is read from standard input.</source>
        <translation>Ajouter un jeton créé dans le véritable portail Monime ; le jeton est lu sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>What the token is for.</source>
        <translation>À quoi sert le jeton.</translation>
    </message>
    <message>
        <source>Its default API release.</source>
        <translation>Sa version de l&apos;API par défaut.</translation>
    </message>
    <message>
        <source>A permission it was given; repeat for more.</source>
        <translation>Une permission qui lui a été accordée ; répétez pour en ajouter.</translation>
    </message>
    <message>
        <source>When it expires, as the portal showed (live tokens only).</source>
        <translation>Sa date d&apos;expiration, telle qu&apos;affichée par le portail (jetons de production uniquement).</translation>
    </message>
    <message>
        <source>Its Space whitelist (live only).</source>
        <translation>Sa liste blanche de Space (production uniquement).</translation>
    </message>
    <message>
        <source>Its IP whitelist (live only); repeat for more.</source>
        <translation>Sa liste blanche IP (production uniquement) ; répétez pour en ajouter.</translation>
    </message>
    <message>
        <source>import reads the token from standard input, never from an argument (arguments end up in shell history). Pipe it in or paste it when asked.</source>
        <translation>import lit le jeton sur l&apos;entrée standard, jamais dans un argument (les arguments finissent dans l&apos;historique du shell). Transmettez-le par un pipe ou collez-le quand il est demandé.</translation>
    </message>
    <message>
        <source>monime-portal-cli: error: token: nothing was read from standard input. Pipe the token in, e.g. `monime-portal-cli import --name NAME ... &lt; token.txt`, or paste it when asked.</source>
        <translation>monime-portal-cli : erreur : jeton : rien n&apos;a été lu sur l&apos;entrée standard. Transmettez le jeton par un pipe, par ex. `monime-portal-cli import --name NAME ... &lt; token.txt`, ou collez-le quand il est demandé.</translation>
    </message>
</context>
<context>
    <name>monime::cli::ListCommand</name>
    <message>
        <source>List tokens (never their secrets).</source>
        <translation>Lister les jetons (jamais leurs secrets).</translation>
    </message>
    <message>
        <source>Only tokens with this status.</source>
        <translation>Uniquement les jetons ayant ce statut.</translation>
    </message>
    <message>
        <source>Only test or only live tokens.</source>
        <translation>Uniquement les jetons de test, ou uniquement ceux de production.</translation>
    </message>
    <message>
        <source>--status must be active, expired or revoked.</source>
        <translation>--status doit valoir active, expired ou revoked.</translation>
    </message>
    <message>
        <source>--environment must be test or live.</source>
        <translation>--environment doit valoir test ou live.</translation>
    </message>
    <message>
        <source>monime-portal-cli: warning: %1</source>
        <translation>monime-portal-cli : avertissement : %1</translation>
    </message>
    <message>
        <source>No tokens. Create one: monime-portal-cli create --name NAME --test --release %1 --permission payments:read</source>
        <translation>Aucun jeton. Créez-en un : monime-portal-cli create --name NAME --test --release %1 --permission payments:read</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation>EXPIRATION (UTC)</translation>
    </message>
    <message>
        <source>HINT</source>
        <translation>APERÇU</translation>
    </message>
    <message>
        <source>PERMISSIONS</source>
        <translation>PERMISSIONS</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>PROPRIÉTAIRE</translation>
    </message>
</context>
<context>
    <name>monime::cli::MigrateCommand</name>
    <message>
        <source>Copy this inventory (tokens, history, usage) into a team database; secrets stay in the keychain.</source>
        <translation>Copier cet inventaire (jetons, historique, utilisation) dans une base de données d&apos;équipe ; les secrets restent dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>The team database to copy into: postgresql://USER@HOST:PORT/DB (the password from ~/.pgpass).</source>
        <translation>La base de données d&apos;équipe où copier : postgresql://USER@HOST:PORT/DB (le mot de passe est lu dans ~/.pgpass).</translation>
    </message>
    <message>
        <source>Count what would be copied; write nothing.</source>
        <translation>Compter ce qui serait copié ; ne rien écrire.</translation>
    </message>
    <message>
        <source>migrate takes no arguments, only --to URL.</source>
        <translation>migrate n&apos;accepte aucun argument, seulement --to URL.</translation>
    </message>
    <message>
        <source>no team database given. Give the postgresql:// URL of the team database, e.g. --to postgresql://me@db.example.com:5432/monime.</source>
        <translation>aucune base de données d&apos;équipe indiquée. Indiquez l&apos;URL postgresql:// de la base de données d&apos;équipe, par ex. --to postgresql://me@db.example.com:5432/monime.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URL. Give the postgresql:// URL of the team database, e.g. --to postgresql://me@db.example.com:5432/monime; the inventory copied is the one --database names.</source>
        <translation>« %1 » n&apos;est pas une URL PostgreSQL. Indiquez l&apos;URL postgresql:// de la base de données d&apos;équipe, par ex. --to postgresql://me@db.example.com:5432/monime ; l&apos;inventaire copié est celui que désigne --database.</translation>
    </message>
    <message>
        <source>%1 is the inventory being copied. Give the URL of another database, the team&apos;s, and the personal file with --database.</source>
        <translation>%1 est l&apos;inventaire en cours de copie. Indiquez l&apos;URL d&apos;une autre base de données, celle de l&apos;équipe, et le fichier personnel avec --database.</translation>
    </message>
    <message>
        <source>%1 is a team database on PostgreSQL already; migrate copies a personal inventory file. Give its path with --database PATH.</source>
        <translation>%1 est déjà une base de données d&apos;équipe sur PostgreSQL ; migrate copie un fichier d&apos;inventaire personnel. Indiquez son chemin avec --database PATH.</translation>
    </message>
    <message>
        <source>there is no inventory at %1: nothing to copy. Give the path of your inventory file with --database PATH.</source>
        <translation>il n&apos;y a aucun inventaire à l&apos;emplacement %1 : rien à copier. Indiquez le chemin de votre fichier d&apos;inventaire avec --database PATH.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows…</source>
        <translation>%1 : %2 lignes sur %3…</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written. %1 → %2 would add %n row(s).</source>
        <translation>
            <numerusform>Simulation : rien n&apos;a été écrit. %1 → %2 ajouterait %n ligne.</numerusform>
            <numerusform>Simulation : rien n&apos;a été écrit. %1 → %2 ajouterait %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 → %2: %n row(s) added.</source>
        <translation>
            <numerusform>Copie %1 → %2 terminée : %n ligne ajoutée.</numerusform>
            <numerusform>Copie %1 → %2 terminée : %n lignes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner in the team database: %1 (%2).</source>
        <translation>Propriétaire dans la base de données d&apos;équipe : %1 (%2).</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>TO COPY</source>
        <translation>À COPIER</translation>
    </message>
    <message>
        <source>COPIED</source>
        <translation>COPIÉES</translation>
    </message>
    <message>
        <source>ALREADY THERE</source>
        <translation>DÉJÀ PRÉSENTES</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
    <message numerus="yes">
        <source>note: %n unfinished token(s) (pending: a create that never completed) were not copied.</source>
        <translation>
            <numerusform>remarque : %n jeton inachevé (en cours : une création qui n&apos;a jamais abouti) n&apos;a pas été copié.</numerusform>
            <numerusform>remarque : %n jetons inachevés (en cours : des créations qui n&apos;ont jamais abouti) n&apos;ont pas été copiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n token(s) revoked here are still active in the team database (copied before they were revoked): %1. Revoke them there: monime-portal-cli --database URL revoke ID.</source>
        <translation>
            <numerusform>avertissement : %n jeton révoqué ici est toujours actif dans la base de données d&apos;équipe (copié avant sa révocation) : %1. Révoquez-le là-bas : monime-portal-cli --database URL revoke ID.</numerusform>
            <numerusform>avertissement : %n jetons révoqués ici sont toujours actifs dans la base de données d&apos;équipe (copiés avant leur révocation) : %1. Révoquez-les là-bas : monime-portal-cli --database URL revoke ID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteAddCommand</name>
    <message>
        <source>Monite profile &quot;%1&quot; added: %2, client id %3, API version %4; the client secret is in the keychain.</source>
        <translation>Profil Monite « %1 » ajouté : %2, identifiant client %3, version de l&apos;API %4 ; le secret client est dans le trousseau de clés.</translation>
    </message>
    <message>
        <source>Get a token with: monime-portal-cli monite token %1</source>
        <translation>Obtenez un jeton avec : monime-portal-cli monite token %1</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteCommand</name>
    <message>
        <source>Monite client profiles: client id and secret, short-lived tokens, revoke, test.</source>
        <translation>Profils de clients Monite : identifiant client et secret, jetons de courte durée, révocation, test.</translation>
    </message>
    <message>
        <source>add: the client id (a UUID) from the Monite partner portal.</source>
        <translation>add : l&apos;identifiant client (un UUID) issu du portail partenaire de Monite.</translation>
    </message>
    <message>
        <source>add: sandbox (default), eu, na, or a base URL (https, or http on 127.0.0.1 for a local sandbox).</source>
        <translation>add : sandbox (par défaut), eu, na ou une URL de base (https, ou http sur 127.0.0.1 pour un bac à sable local).</translation>
    </message>
    <message>
        <source>add: the x-monite-version to send (default 2024-05-25).</source>
        <translation>add : le x-monite-version à envoyer (par défaut 2024-05-25).</translation>
    </message>
    <message>
        <source>add: an entity user, ID or ID=LABEL; repeat for more. token, revoke, test: act for this entity user (id or label) instead of the partner.</source>
        <translation>add : un utilisateur d&apos;entité, ID ou ID=LABEL ; répétez pour en ajouter. token, revoke, test : agir pour cet utilisateur d&apos;entité (identifiant ou libellé) au lieu du partenaire.</translation>
    </message>
    <message>
        <source>Give up on Monite after MS milliseconds (default 15000).</source>
        <translation>Abandonner la requête à Monite après MS millisecondes (15000 par défaut).</translation>
    </message>
    <message>
        <source>monite needs a subcommand: %1.</source>
        <translation>monite attend une sous-commande : %1.</translation>
    </message>
    <message>
        <source>Unknown monite subcommand &quot;%1&quot;; use one of: %2.</source>
        <translation>Sous-commande monite « %1 » inconnue ; utilisez l&apos;une de celles-ci : %2.</translation>
    </message>
    <message>
        <source>monite %1 takes no arguments. Usage: monite %2</source>
        <translation>monite %1 ne prend aucun argument. Utilisation : monite %2</translation>
    </message>
    <message>
        <source>monite %1 takes the profile&apos;s name. Usage: monite %2</source>
        <translation>monite %1 prend le nom du profil. Utilisation : monite %2</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds between 1 and 600000.</source>
        <translation>--timeout doit être un nombre de millisecondes compris entre 1 et 600000.</translation>
    </message>
    <message>
        <source>Paste the client secret from the Monite partner portal, then press Enter (it is not shown): </source>
        <translation>Collez le secret client issu du portail partenaire de Monite, puis appuyez sur Entrée (il ne s&apos;affiche pas) : </translation>
    </message>
    <message>
        <source>monime-portal-cli: error: client secret: nothing was read from standard input. Pipe it in, e.g. `monime-portal-cli monite %1 NAME … &lt; secret.txt`, or paste it when asked; it is never taken as an argument.</source>
        <translation>monime-portal-cli : erreur : secret client : rien n&apos;a été lu sur l&apos;entrée standard. Transmettez-le par un pipe, par ex. `monime-portal-cli monite %1 NAME … &lt; secret.txt`, ou collez-le quand il est demandé ; il n&apos;est jamais accepté comme argument.</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteListCommand</name>
    <message>
        <source>No Monite profiles yet. Add one: monime-portal-cli monite add NAME --client-id UUID &lt; secret.txt</source>
        <translation>Aucun profil Monite pour l&apos;instant. Ajoutez-en un : monime-portal-cli monite add NAME --client-id UUID &lt; secret.txt</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteRemoveCommand</name>
    <message>
        <source>warning: the %1 token(s) got with this profile stay valid at Monite until they expire; revoke them first next time (monite revoke NAME).</source>
        <translation>avertissement : les jetons (%1) obtenus avec ce profil restent valides chez Monite jusqu&apos;à leur expiration ; la prochaine fois, révoquez-les d&apos;abord (monite revoke NAME).</translation>
    </message>
    <message>
        <source>Monite profile &quot;%1&quot; removed, with its client secret and tokens in the keychain.</source>
        <translation>Profil Monite « %1 » supprimé, ainsi que son secret client et ses jetons dans le trousseau de clés.</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteRevokeCommand</name>
    <message>
        <source>The %1 token of &quot;%2&quot; was already revoked or expired at Monite; it is forgotten here too.</source>
        <translation>Le jeton %1 de « %2 » était déjà révoqué ou expiré chez Monite ; il est également oublié ici.</translation>
    </message>
    <message>
        <source>Revoked the %1 token of &quot;%2&quot; (Monite: %3).</source>
        <translation>Jeton %1 de « %2 » révoqué (Monite : %3).</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteSecretCommand</name>
    <message>
        <source>The client secret of &quot;%1&quot; was replaced in the keychain. Tokens got with the old secret stay valid until they expire.</source>
        <translation>Le secret client de « %1 » a été remplacé dans le trousseau de clés. Les jetons obtenus avec l&apos;ancien secret restent valides jusqu&apos;à leur expiration.</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteShowCommand</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>environment:</source>
        <translation>environnement :</translation>
    </message>
    <message>
        <source>base URL:</source>
        <translation>URL de base :</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>version d&apos;API :</translation>
    </message>
    <message>
        <source>client id:</source>
        <translation>ID client :</translation>
    </message>
    <message>
        <source>client secret:</source>
        <translation>secret client :</translation>
    </message>
    <message>
        <source>in the keychain, set %1</source>
        <translation>dans le trousseau de clés, enregistré le %1</translation>
    </message>
    <message>
        <source>entity user:</source>
        <translation>utilisateur :</translation>
    </message>
    <message>
        <source>added:</source>
        <translation>ajouté :</translation>
    </message>
    <message>
        <source>last used:</source>
        <translation>dernier usage :</translation>
    </message>
    <message>
        <source>last test:</source>
        <translation>dernier test :</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteText</name>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>entity user %1 (%2)</source>
        <translation>utilisateur d&apos;entité %1 (%2)</translation>
    </message>
    <message>
        <source>entity user %1</source>
        <translation>utilisateur d&apos;entité %1</translation>
    </message>
    <message>
        <source>no token yet</source>
        <translation>aucun jeton pour l&apos;instant</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>profile:</source>
        <translation>profil :</translation>
    </message>
    <message>
        <source>token:</source>
        <translation>jeton :</translation>
    </message>
    <message>
        <source>a fresh token was got for this test</source>
        <translation>un nouveau jeton a été obtenu pour ce test</translation>
    </message>
    <message>
        <source>time left:</source>
        <translation>restant :</translation>
    </message>
    <message>
        <source>HTTP:</source>
        <translation>HTTP :</translation>
    </message>
    <message>
        <source> in %1 ms</source>
        <translation> en %1 ms</translation>
    </message>
    <message>
        <source>who:</source>
        <translation>qui :</translation>
    </message>
    <message>
        <source>role:</source>
        <translation>rôle :</translation>
    </message>
    <message>
        <source>x-request-id:</source>
        <translation>x-request-id:</translation>
    </message>
</context>
<context>
    <name>monime::cli::MoniteTokenCommand</name>
    <message>
        <source>New %1 token for profile &quot;%2&quot;; it expires %3 (in %4).</source>
        <translation>Nouveau jeton %1 pour le profil « %2 » ; il expire le %3 (dans %4).</translation>
    </message>
    <message>
        <source>The token follows on standard output. Copy it now: it is shown only this once (it is kept in the keychain for tests and revoke).</source>
        <translation>Le jeton suit sur la sortie standard. Copiez-le maintenant : il n&apos;est affiché que cette fois-ci (il est conservé dans le trousseau de clés pour les tests et la révocation).</translation>
    </message>
</context>
<context>
    <name>monime::cli::RemindCommand</name>
    <message>
        <source>Send a desktop notification for each token 30, 7 or 1 day(s) from expiry, or expired since the last check; each only once.</source>
        <translation>Envoyer une notification du bureau pour chaque jeton à 30, 7 ou 1 jour(s) de son expiration, ou expiré depuis la dernière vérification ; une seule fois chacune.</translation>
    </message>
    <message>
        <source>Only list the reminders that are due; send and record nothing.</source>
        <translation>Seulement lister les rappels dus ; ne rien envoyer ni enregistrer.</translation>
    </message>
    <message>
        <source>Offer Rotate and Open on the notifications and stay up to SECONDS for them (the login reminder uses 3600); 0, the default, sends them without buttons and exits.</source>
        <translation>Proposer Renouveler et Ouvrir sur les notifications et rester jusqu&apos;à SECONDES pour y répondre (le rappel à la connexion utilise 3600) ; 0, par défaut, les envoie sans boutons et quitte.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--wait must be a number of seconds from 0 to 86400, e.g. --wait 3600.</source>
        <translation>--wait doit être un nombre de secondes de 0 à 86400, par ex. --wait 3600.</translation>
    </message>
    <message>
        <source>No reminder is due.</source>
        <translation>Aucun rappel n&apos;est dû.</translation>
    </message>
    <message>
        <source>Due: %1 (%2)</source>
        <translation>Dû : %1 (%2)</translation>
    </message>
    <message>
        <source>Reminded: %1 (%2)</source>
        <translation>Rappel envoyé : %1 (%2)</translation>
    </message>
    <message>
        <source>monime-portal-cli: error: %1</source>
        <translation>monime-portal-cli : erreur : %1</translation>
    </message>
    <message>
        <source>Those reminders were not recorded as sent; the next `remind` tries them again.</source>
        <translation>Ces rappels n&apos;ont pas été enregistrés comme envoyés ; le prochain `remind` les réessaiera.</translation>
    </message>
    <message>
        <source>monime-portal-cli: error: could not start the desktop app (monime-portal); is it installed? Open it yourself: monime-portal %1</source>
        <translation>monime-portal-cli : erreur : impossible de lancer l&apos;application de bureau (monime-portal) ; est-elle installée ? Ouvrez-la vous-même : monime-portal %1</translation>
    </message>
    <message>
        <source>Opened the app: monime-portal %1</source>
        <translation>Application ouverte : monime-portal %1</translation>
    </message>
</context>
<context>
    <name>monime::cli::ReportOptions</name>
    <message>
        <source>--status must be active, expired or revoked.</source>
        <translation>--status doit valoir active, expired ou revoked.</translation>
    </message>
    <message>
        <source>--environment must be test or live.</source>
        <translation>--environment doit valoir test ou live.</translation>
    </message>
    <message>
        <source>--rotation-days must be a whole number of days, 1 or more (default 90).</source>
        <translation>--rotation-days doit être un nombre entier de jours, au moins 1 (par défaut 90).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
</context>
<context>
    <name>monime::cli::RevokeCommand</name>
    <message>
        <source>Revoke a token, at once and for good.</source>
        <translation>Révoquer un jeton, immédiatement et définitivement.</translation>
    </message>
    <message>
        <source>revoke takes one token id.</source>
        <translation>revoke prend un seul identifiant de jeton.</translation>
    </message>
    <message>
        <source>Revoked %1 (&quot;%2&quot;): it stops working at once.</source>
        <translation>%1 (« %2 ») révoqué : il cesse de fonctionner immédiatement.</translation>
    </message>
    <message>
        <source>Why it is revoked (kept in the history; required for a teammate&apos;s token).</source>
        <translation>Motif de la révocation (conservé dans l&apos;historique ; obligatoire pour le jeton d&apos;un coéquipier).</translation>
    </message>
    <message>
        <source>Revoke only if the token is still at this version (from show or list --json): another&apos;s edit since is never overwritten.</source>
        <translation>Ne révoquer que si le jeton est toujours à cette version (indiquée par show ou list --json) : une modification faite entre-temps par quelqu&apos;un d&apos;autre n&apos;est jamais écrasée.</translation>
    </message>
    <message>
        <source>--if-version takes the token&apos;s version, a whole number from 1 (see `show ID`).</source>
        <translation>--if-version attend la version du jeton, un nombre entier à partir de 1 (voir `show ID`).</translation>
    </message>
</context>
<context>
    <name>monime::cli::RotateCommand</name>
    <message>
        <source>Replace a token with a new one with the same settings; the new secret is printed once.</source>
        <translation>Remplacer un jeton par un nouveau jeton aux mêmes paramètres ; le nouveau secret est affiché une seule fois.</translation>
    </message>
    <message>
        <source>Hours the old token stays valid (default 0: revoked at once).</source>
        <translation>Nombre d&apos;heures pendant lesquelles l&apos;ancien jeton reste valide (par défaut 0 : révoqué immédiatement).</translation>
    </message>
    <message>
        <source>rotate takes one token id.</source>
        <translation>rotate prend un seul identifiant de jeton.</translation>
    </message>
    <message>
        <source>--grace must be a whole number of hours, e.g. --grace 24.</source>
        <translation>--grace doit être un nombre entier d&apos;heures, par ex. --grace 24.</translation>
    </message>
    <message numerus="yes">
        <source>%1 stays valid for %n more hour(s).</source>
        <translation>
            <numerusform>%1 reste valide encore %n heure.</numerusform>
            <numerusform>%1 reste valide encore %n heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is revoked.</source>
        <translation>%1 est révoqué.</translation>
    </message>
</context>
<context>
    <name>monime::cli::ScanCommand</name>
    <message>
        <source>Find Monime tokens in files, folders or a repository&apos;s history; exit status 1 when one is found.</source>
        <translation>Rechercher des jetons Monime dans des fichiers, des dossiers ou l&apos;historique d&apos;un dépôt ; code de sortie 1 si un jeton est trouvé.</translation>
    </message>
    <message>
        <source>Scan every commit of every branch of the repository at PATH (not its working files).</source>
        <translation>Analyser chaque commit de chaque branche du dépôt situé à PATH (pas ses fichiers de travail).</translation>
    </message>
    <message>
        <source>Scan the changes staged for the next commit (for a pre-commit hook; PATH defaults to .).</source>
        <translation>Analyser les modifications indexées pour le prochain commit (pour un hook pre-commit ; PATH vaut . par défaut).</translation>
    </message>
    <message>
        <source>Also write the findings as SARIF 2.1.0 to FILE.</source>
        <translation>Écrire aussi les résultats au format SARIF 2.1.0 dans FILE.</translation>
    </message>
    <message>
        <source>Show only the prefix of each token, not even the hint&apos;s last four characters.</source>
        <translation>N&apos;afficher que le préfixe de chaque jeton, sans même les quatre derniers caractères de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Scan files that .gitignore excludes too.</source>
        <translation>Analyser aussi les fichiers exclus par .gitignore.</translation>
    </message>
    <message>
        <source>Skip files larger than MB megabytes (default 32).</source>
        <translation>Ignorer les fichiers de plus de MB mégaoctets (par défaut 32).</translation>
    </message>
    <message>
        <source>Revoke every known, active token found, with its location as the reason.</source>
        <translation>Révoquer chaque jeton connu et actif trouvé, avec son emplacement comme motif.</translation>
    </message>
    <message>
        <source>With --revoke: do not ask for each token (for scripts).</source>
        <translation>Avec --revoke : ne pas demander de confirmation pour chaque jeton (pour les scripts).</translation>
    </message>
    <message>
        <source>Write a gitleaks rule file for Monime tokens to FILE.</source>
        <translation>Écrire dans FILE un fichier de règle gitleaks pour les jetons Monime.</translation>
    </message>
    <message>
        <source>error: could not write %1: %2</source>
        <translation>erreur : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote the gitleaks rule to %1.</source>
        <translation>Règle gitleaks écrite dans %1.</translation>
    </message>
    <message>
        <source>--git and --staged cannot be combined.</source>
        <translation>--git et --staged ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <source>scan takes at least one file or folder.</source>
        <translation>scan attend au moins un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>--max-size takes a positive number of megabytes.</source>
        <translation>--max-size attend un nombre positif de mégaoctets.</translation>
    </message>
    <message>
        <source>--yes goes with --revoke.</source>
        <translation>--yes s&apos;utilise avec --revoke.</translation>
    </message>
    <message>
        <source>error: the inventory could not be opened, so nothing can be revoked.</source>
        <translation>erreur : l&apos;inventaire n&apos;a pas pu être ouvert, donc rien ne peut être révoqué.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: could not record where %1 was found: %2</source>
        <translation>avertissement : impossible de noter où %1 a été trouvé : %2</translation>
    </message>
    <message>
        <source>(split across two lines)</source>
        <translation>(réparti sur deux lignes)</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n commit(s).</source>
        <translation>
            <numerusform>%n commit analysé.</numerusform>
            <numerusform>%n commits analysés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scanned %n file(s)</source>
        <translation>
            <numerusform>%n fichier analysé</numerusform>
            <numerusform>%n fichiers analysés</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 MB); skipped %2 binary and %3 larger than %4 MB.</source>
        <translation>(%1 Mo) ; ignorés : %2 binaires et %3 de plus de %4 Mo.</translation>
    </message>
    <message>
        <source>No Monime tokens found.</source>
        <translation>Aucun jeton Monime trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n token(s)</source>
        <translation>
            <numerusform>%n jeton trouvé</numerusform>
            <numerusform>%n jetons trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n place(s).</source>
        <translation>
            <numerusform>à %n endroit.</numerusform>
            <numerusform>à %n endroits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read, e.g. %1.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu, par ex. %1.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus, par ex. %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n allowed by .monime-scan-ignore or monime-scan:allow.</source>
        <translation>
            <numerusform>%n occurrence autorisée par .monime-scan-ignore ou monime-scan:allow.</numerusform>
            <numerusform>%n occurrences autorisées par .monime-scan-ignore ou monime-scan:allow.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (unknown): rotate it where it was made, then remove it from %2.</source>
        <translation>%1 (inconnu) : renouvelez-le là où il a été créé, puis retirez-le de %2.</translation>
    </message>
    <message>
        <source>%1 (%2): not revoked: standard input is not a terminal; pass --yes to revoke without asking.</source>
        <translation>%1 (%2) : non révoqué : l&apos;entrée standard n&apos;est pas un terminal ; passez --yes pour révoquer sans confirmation.</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot; (%2, %3)? It stops working at once. [y/N] </source>
        <translation>Révoquer « %1 » (%2, %3) ? Il cessera de fonctionner immédiatement. [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>%1 (%2): kept, as you answered.</source>
        <translation>%1 (%2) : conservé, selon votre réponse.</translation>
    </message>
    <message numerus="yes">
        <source>and %n other place(s)</source>
        <translation>
            <numerusform>et %n autre endroit</numerusform>
            <numerusform>et %n autres endroits</numerusform>
        </translation>
    </message>
    <message>
        <source>leaked: found at %1</source>
        <translation>fuite : trouvé dans %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; (%2).</source>
        <translation>« %1 » (%2) révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n jeton révoqué.</numerusform>
            <numerusform>%n jetons révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs you: %1</source>
        <translation>Action requise : %1</translation>
    </message>
</context>
<context>
    <name>monime::cli::ShowCommand</name>
    <message>
        <source>Show a token&apos;s details and history.</source>
        <translation>Afficher les détails et l&apos;historique d&apos;un jeton.</translation>
    </message>
    <message>
        <source>show takes one token id.</source>
        <translation>show prend un seul identifiant de jeton.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TEST (mon_test_)</source>
        <translation>TEST (mon_test_)</translation>
    </message>
    <message>
        <source>LIVE (mon_)</source>
        <translation>LIVE (mon_)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 (expires soon)</source>
        <translation>%1 (expire bientôt)</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqués</translation>
    </message>
    <message>
        <source>API release</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>any</source>
        <translation>sans restriction</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2 (%3)</source>
        <translation>%1 par %2 (%3)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source> (by %1)</source>
        <translation> (par %1)</translation>
    </message>
</context>
<context>
    <name>monime::cli::SpaceCommand</name>
    <message>
        <source>Add a Space (or change your role in it), or list your Spaces.</source>
        <translation>Ajouter un Space (ou changer votre rôle dans celui-ci), ou lister vos Spaces.</translation>
    </message>
    <message>
        <source>The Space&apos;s name.</source>
        <translation>Le nom du Space.</translation>
    </message>
    <message>
        <source>Your role in the Space: owner, admin, developer, finance, viewer.</source>
        <translation>Votre rôle dans le Space : owner, admin, developer, finance, viewer.</translation>
    </message>
    <message>
        <source>space add takes one Space id, e.g. space add spc-k6PWMZvKxSJ1 --name &quot;Acme&quot; --role developer.</source>
        <translation>space add prend un seul identifiant de Space, par ex. space add spc-k6PWMZvKxSJ1 --name &quot;Acme&quot; --role developer.</translation>
    </message>
    <message>
        <source>--role is required: your role in the Space (%1).</source>
        <translation>--role est obligatoire : votre rôle dans le Space (%1).</translation>
    </message>
    <message>
        <source>Space %1 (%2) saved; your role there: %3.</source>
        <translation>Space %1 (%2) enregistré ; votre rôle dans ce Space : %3.</translation>
    </message>
    <message>
        <source>No Spaces yet. Add one: monime-portal-cli space add spc-ID --name NAME --role ROLE</source>
        <translation>Aucun Space pour l&apos;instant. Ajoutez-en un : monime-portal-cli space add spc-ID --name NAME --role ROLE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>space needs a subcommand: add or list.</source>
        <translation>space attend une sous-commande : add ou list.</translation>
    </message>
    <message>
        <source>Unknown space subcommand &quot;%1&quot;; use add or list.</source>
        <translation>Sous-commande space « %1 » inconnue ; utilisez add ou list.</translation>
    </message>
</context>
<context>
    <name>monime::cli::TeamCommand</name>
    <message>
        <source>Who shares a team inventory, and with which role (owner, admin, member, viewer).</source>
        <translation>Qui partage un inventaire d&apos;équipe, et avec quel rôle (owner, admin, member, viewer).</translation>
    </message>
    <message>
        <source>Your Monime account&apos;s email (team me).</source>
        <translation>L&apos;adresse e-mail de votre compte Monime (team me).</translation>
    </message>
    <message>
        <source>A display name.</source>
        <translation>Un nom d&apos;affichage.</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL login: the user name in their postgresql:// URL (team add).</source>
        <translation>L&apos;identifiant de connexion PostgreSQL de la personne : le nom d&apos;utilisateur de son URL postgresql:// (team add).</translation>
    </message>
    <message>
        <source>Their team role: owner, admin, member or viewer (team add).</source>
        <translation>Son rôle dans l&apos;équipe : owner, admin, member ou viewer (team add).</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4.</source>
        <translation>%1 %2 (%3) : %4.</translation>
    </message>
    <message>
        <source>team %1 takes: %2.</source>
        <translation>team %1 s&apos;utilise ainsi : %2.</translation>
    </message>
    <message>
        <source>EMAIL / NAME</source>
        <translation>E-MAIL / NOM</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>(local)</source>
        <translation>(local)</translation>
    </message>
    <message>
        <source>  (you)</source>
        <translation>  (vous)</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Vous êtes</translation>
    </message>
    <message>
        <source>--%1 is required: team add EMAIL --db-user LOGIN --role owner|admin|member|viewer.</source>
        <translation>--%1 est obligatoire : team add EMAIL --db-user LOGIN --role owner|admin|member|viewer.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>They open the team inventory as postgresql://%1@…/%2; their secrets stay in their own keychain.</source>
        <translation>Cette personne ouvre l&apos;inventaire d&apos;équipe avec postgresql://%1@…/%2 ; ses secrets restent dans son propre trousseau de clés.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>team needs a subcommand: list, me, add, role or remove.</source>
        <translation>team attend une sous-commande : list, me, add, role ou remove.</translation>
    </message>
    <message>
        <source>Unknown team subcommand &quot;%1&quot;; use list, me, add, role or remove.</source>
        <translation>Sous-commande team « %1 » inconnue ; utilisez list, me, add, role ou remove.</translation>
    </message>
</context>
<context>
    <name>monime::cli::TestCommand</name>
    <message>
        <source>Test a token against the root endpoint (default: the local sandbox) and say what it means.</source>
        <translation>Tester un jeton sur le point de terminaison racine (par défaut : le bac à sable local) et expliquer le résultat.</translation>
    </message>
    <message>
        <source>sandbox (a local sandbox over this inventory, the default), monime (https://api.monime.io) or a base URL.</source>
        <translation>sandbox (un bac à sable local sur cet inventaire, par défaut), monime (https://api.monime.io) ou une URL de base.</translation>
    </message>
    <message>
        <source>Send this Monime-Space-Id (id or name).</source>
        <translation>Envoyer ce Monime-Space-Id (identifiant ou nom).</translation>
    </message>
    <message>
        <source>Send a live token to a non-local target without asking (needed when not on a terminal).</source>
        <translation>Envoyer un jeton de production à une cible non locale sans demander de confirmation (nécessaire hors d&apos;un terminal).</translation>
    </message>
    <message>
        <source>Give up after MS milliseconds (default 10000).</source>
        <translation>Abandonner après MS millisecondes (10000 par défaut).</translation>
    </message>
    <message>
        <source>test takes one token id, e.g. test tok-… --target sandbox.</source>
        <translation>test prend un seul identifiant de jeton, par ex. test tok-… --target sandbox.</translation>
    </message>
    <message>
        <source>--timeout must be a number of milliseconds between 1 and 600000.</source>
        <translation>--timeout doit être un nombre de millisecondes compris entre 1 et 600000.</translation>
    </message>
    <message>
        <source>--target must be sandbox, monime, or an http(s):// base URL such as https://api.monime.io.</source>
        <translation>--target doit valoir sandbox, monime ou une URL de base http(s):// telle que https://api.monime.io.</translation>
    </message>
    <message>
        <source>warning: %1 is a LIVE token (real money); sending it to %2 as --yes says.</source>
        <translation>avertissement : %1 est un jeton LIVE (argent réel) ; envoi à %2, comme le demande --yes.</translation>
    </message>
    <message>
        <source>monime-portal-cli: error: refusing to send a live token to a non-local target without confirmation; standard input is not a terminal, so I cannot ask. Pass --yes to confirm, or test against --target sandbox.</source>
        <translation>monime-portal-cli : erreur : refus d&apos;envoyer un jeton de production à une cible non locale sans confirmation ; l&apos;entrée standard n&apos;est pas un terminal, la confirmation ne peut donc pas être demandée. Passez --yes pour confirmer, ou testez avec --target sandbox.</translation>
    </message>
    <message>
        <source>%1 [y/N] </source>
        <extracomment>a yes/no question on a terminal; y or yes answers yes, in every language</extracomment>
        <translation>%1 [y/N] </translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>%1 (local sandbox)</source>
        <translation>%1 (bac à sable local)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>%1 (release %2, %3, deprecated)</source>
        <translation>%1 (version %2, %3, obsolète)</translation>
    </message>
    <message>
        <source>%1 (release %2, %3)</source>
        <translation>%1 (version %2, %3)</translation>
    </message>
    <message>
        <source>Request origin</source>
        <translation>Origine de la requête</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
</context>
</TS>
