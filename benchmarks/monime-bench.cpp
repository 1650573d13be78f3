// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the figures of the core issue: create with the real keyring (p50), `list --json` over 100,000
// tokens, access decisions per second on one core. Run under tests/with-keyring.sh for the keyring figure.
#include "BenchSeed.h"
#include "domain/AccessPolicy.h"
#include "domain/TokenSecret.h"
#include "portal/TokenJson.h"
#include "portal/TokenService.h"
#include "reports/ReportExporter.h"
#include "reports/pdf/PdfReportWriter.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace monime;

namespace {

QTextStream out(stdout);

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5)));
}

void benchCreate(const QString& dir, int n)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        out << "create (real keyring):        skipped: no D-Bus session (run under tests/with-keyring.sh)\n";
        return;
    }
    auto db = Database::openSqlite(dir + QStringLiteral("/create.sqlite"));
    SystemClock clock;
    KeychainSecretStore secrets(QStringLiteral("io.monime.portal.bench"));
    TokenService service(*db.value(), secrets, clock, Catalog::builtIn());
    TokenDraft draft;
    draft.testMode = true;
    draft.apiRelease = Catalog::builtIn().defaultReleaseId();
    draft.permissions = { QStringLiteral("payments:read") };
    QList<double> ms;
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        draft.name = QStringLiteral("bench %1").arg(i);
        QElapsedTimer t;
        t.start();
        QEventLoop loop; // a benchmark's own top-level wait, not a nested loop inside app code
        bool ok = false;
        service.create(draft, [&](Result<CreatedToken> r) {
            ok = r.ok();
            if (ok)
                ids << r->token.id;
            loop.quit();
        });
        loop.exec();
        if (!ok) {
            out << "create (real keyring):        FAILED\n";
            return;
        }
        ms << t.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("create (real keyring):        p50 %1 ms, p90 %2 ms, max %3 ms over %4 creates\n")
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.9), 0, 'f', 2)
               .arg(percentile(ms, 1.0), 0, 'f', 2)
               .arg(n);
    for (const QString& id : ids) {
        QEventLoop loop;
        secrets.remove(id, [&](Result<void>) { loop.quit(); });
        loop.exec();
    }
}

void benchList(const QString& dir, int n)
{
    const QString path = dir + QStringLiteral("/list.sqlite");
    {
        auto db = Database::openSqlite(path);
        SystemClock clock;
        KeychainSecretStore secrets;
        TokenService service(*db.value(), secrets, clock, Catalog::builtIn());
        QElapsedTimer t;
        t.start();
        QString error;
        if (!seed(*db.value(), n, service.monimeer()->id, QDateTime::currentMSecsSinceEpoch(), &error)) {
            out << QStringLiteral("seed %1 tokens:           FAILED: %2\n").arg(n).arg(error);
            return;
        }
        out << QStringLiteral("seed %1 tokens:           %2 ms\n").arg(n).arg(t.elapsed());

        QList<double> ms;
        qsizetype bytes = 0;
        for (int run = 0; run < 3; ++run) {
            t.restart();
            auto tokens = service.list();
            const qint64 queryNs = t.nsecsElapsed();
            const QByteArray json = TokenJson::tokenArray(tokens.value(), clock.now());
            if (run == 0)
                out << QStringLiteral("  (query %1 ms, JSON %2 ms)\n")
                           .arg(queryNs / 1e6, 0, 'f', 1)
                           .arg((t.nsecsElapsed() - queryNs) / 1e6, 0, 'f', 1);
            bytes = json.size();
            ms << t.nsecsElapsed() / 1e6;
        }
        out << QStringLiteral("list --json, in process:      %1 ms median of 3 (%2 MB of JSON)\n")
                   .arg(percentile(ms, 0.5), 0, 'f', 1)
                   .arg(bytes / 1e6, 0, 'f', 1);
    }
    // End to end, as a script runs it: process start, open, recover, query, print.
    QList<double> ms;
    qsizetype bytes = 0;
    for (int run = 0; run < 3; ++run) {
        QProcess p;
        // As a shell runs `list --json > file`: the output goes to a file, not through this process.
        const QString outFile = dir + QStringLiteral("/list.json");
        p.setStandardOutputFile(outFile);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(MONIME_CLI_PATH),
                { QStringLiteral("--database"), path, QStringLiteral("list"), QStringLiteral("--json") });
        p.waitForFinished(60000);
        ms << t.nsecsElapsed() / 1e6;
        bytes = QFileInfo(outFile).size();
    }
    out << QStringLiteral("monime-portal-cli list --json: %1 ms median of 3 over %2 tokens (%3 MB; goal < 1000 ms)\n")
               .arg(percentile(ms, 0.5), 0, 'f', 1)
               .arg(n)
               .arg(bytes / 1e6, 0, 'f', 1);
}

void benchDecisions(qint64 n)
{
    const Catalog& catalog = Catalog::builtIn();
    TokenGrant grant;
    grant.environment = Environment::Live;
    grant.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + 86400000;
    grant.ipRules = { IpRule::parse(QStringLiteral("198.51.100.0/24")).value(),
                      IpRule::parse(QStringLiteral("203.0.113.0/24")).value(),
                      IpRule::parse(QStringLiteral("2001:db8::/32")).value() };
    grant.spaceWhitelist = QStringLiteral("spc-acme01");
    grant.permissions = catalog.toSet({ QStringLiteral("payments:read"), QStringLiteral("financial-accounts:read") });
    const QString space = QStringLiteral("spc-acme01");
    AccessRequest r;
    r.token = &grant;
    r.apiEnvironment = Environment::Live;
    r.caller = *IpAddress::parse(u"203.0.113.77");
    r.spaceId = space;
    r.spaceKnown = true;
    r.isMember = true;
    r.rolePermissions = catalog.role(QStringLiteral("developer"))->permissions;
    r.nowMs = QDateTime::currentMSecsSinceEpoch();
    const int permissionCount = int(catalog.permissions().size());
    qint64 granted = 0;
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < n; ++i) {
        r.requiredPermission = int(i % permissionCount); // a mix of granted and denied
        r.caller.bytes[3] = quint8(i);
        granted += AccessPolicy::decide(r).allowed();
    }
    const double secs = t.nsecsElapsed() / 1e9;
    out << QStringLiteral("access decisions, one core:   %1 per second (%2 decisions, %3 granted; goal > 1,000,000)\n")
               .arg(QLocale(QLocale::English).toString(qint64(n / secs)))
               .arg(n)
               .arg(granted);
}

/// Peak resident memory of this process so far, in MB (Linux reports ru_maxrss in kB).
double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// Runs the CLI with `args` (output to /dev/null) and returns its wall time in ms and its own peak RSS in MB,
/// from wait4(): QProcess does not give a child's resource usage.
QPair<double, double> runMeasured(const QStringList& args)
{
    QList<QByteArray> bytes { QByteArrayLiteral(MONIME_CLI_PATH) };
    for (const QString& a : args)
        bytes << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    QElapsedTimer t;
    t.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return { -1, -1 };
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    return { t.nsecsElapsed() / 1e6, usage.ru_maxrss / 1024.0 };
}

/// Issue 5: CSV and JSON of all the tokens, PDF of 10,000, in process and through the CLI, over benchList's database.
void benchReports(const QString& dir)
{
    const QString path = dir + QStringLiteral("/list.sqlite");
    auto db = Database::openSqlite(path);
    SystemClock clock;
    KeychainSecretStore secrets;
    TokenService service(*db.value(), secrets, clock, Catalog::builtIn());
    const QList<TokenInfo> all = service.list().value();
    const qint64 pdfCount = qMin<qint64>(all.size(), 10000);
    for (const ReportFormat format : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html, ReportFormat::Pdf }) {
        const QList<TokenInfo> tokens = format == ReportFormat::Pdf ? all.mid(0, pdfCount) : all;
        QElapsedTimer t;
        t.start();
        const Report report = Report::build(tokens, {}, clock.now());
        const QString file = dir + QStringLiteral("/report.") + ReportExporter::formatName(format);
        const auto exported = ReportExporter::exportTo(format, report, file);
        const double ms = t.nsecsElapsed() / 1e6;
        out << QStringLiteral(
                   "report %1, in process:        %2 ms for %3 tokens, %4 findings (%5 MB%6; peak RSS %7 MB)\n")
                   .arg(ReportExporter::formatName(format).toUpper().leftJustified(4))
                   .arg(ms, 0, 'f', 1)
                   .arg(tokens.size())
                   .arg(report.health.size())
                   .arg(QFileInfo(file).size() / 1e6, 0, 'f', 1)
                   .arg(exported.ok() ? QString() : QStringLiteral(", FAILED: ") + exported.error().message)
                   .arg(peakRssMb(), 0, 'f', 0);
        out.flush();
    }
    // End to end, as a script runs it. The PDF covers "Integration 1…" (1, 10-19, 100-199, …: 11,111 of 100,000).
    const QList<QPair<QString, QStringList>> runs {
        { QStringLiteral("csv"), {} },
        { QStringLiteral("json"), {} },
        { QStringLiteral("pdf"), { QStringLiteral("--search"), QStringLiteral("Integration 1") } },
    };
    for (const auto& run : runs) {
        const auto [ms, rss]
            = runMeasured(QStringList { QStringLiteral("--database"), path, QStringLiteral("export"),
                                        QStringLiteral("--output"), dir + QStringLiteral("/cli-report.") + run.first }
                          << run.second);
        out << QStringLiteral("monime-portal-cli export %1:   %2 ms, peak RSS %3 MB%4\n")
                   .arg(run.first.leftJustified(4))
                   .arg(ms, 0, 'f', 1)
                   .arg(rss, 0, 'f', 0)
                   .arg(run.second.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + run.second.join(QLatin1Char(' ')) + QLatin1Char(')'));
        out.flush();
    }
    out << QStringLiteral("  (goals: CSV and JSON of 100,000 under 1 s each, PDF of 10,000 under 10 s)\n");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF report needs a QGuiApplication, not a display
    QGuiApplication app(argc, argv);
    PdfReportWriter::registerWriter();
    QTemporaryDir temp;
    // MONIME_BENCH_DIR keeps the seeded databases for profiling.
    const QString dir
        = qEnvironmentVariableIsEmpty("MONIME_BENCH_DIR") ? temp.path() : qEnvironmentVariable("MONIME_BENCH_DIR");
    const QStringList args = app.arguments();
    const int tokens = args.size() > 1 ? args.at(1).toInt() : 100000;
    out << "Monime Developer Portal benchmarks (" << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " cores)\n";
    out.flush();
    benchDecisions(20000000);
    out.flush();
    benchCreate(dir, 50);
    out.flush();
    benchList(dir, tokens);
    out.flush();
    benchReports(dir);
    out.flush();
    return 0;
}
