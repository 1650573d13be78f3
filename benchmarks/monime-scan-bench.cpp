// SPDX-License-Identifier: GPL-3.0-or-later
// The leak scanner's throughput against ripgrep on one core, in one run on the same trees:
//   build/benchmarks/monime-scan-bench [--mb N] [--real DIR] [--commits N]
// 1. a generated tree of N MB (default 2048) of source-like text with tokens planted at known places;
// 2. a real source tree (default /usr/include);
// 3. a generated git history of N commits (default 10000), tokens planted on a side branch and in a deleted file.
// Both tools read from the page cache (each tree is read once before timing), `rg -j1 --no-ignore` with the
// scanner's own pattern; each is timed three times, alternating, and the best run counts. Prints MB/s and ratio.
#include "domain/TokenSecret.h"
#include "scan/LeakScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sched.h>
#include <sys/resource.h>

#include <cstdio>

using namespace monime;

namespace {

const char* kWords[] = { "int",   "return", "const", "auto", "std::string", "common_prefix", "mon_",  "monitor",
                         "value", "for",    "if",    "else", "QString",     "nullptr",       "=",     "+",
                         "(",     ")",      "{",     "}",    "mon_thing",   "// comment",    "token", "payment",
                         "0x1f",  "42" };

long maxRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

QByteArray line(QRandomGenerator& rng)
{
    QByteArray l;
    const int n = 4 + int(rng.bounded(10));
    for (int i = 0; i < n; ++i) {
        l += kWords[rng.bounded(int(sizeof kWords / sizeof *kWords))];
        l += ' ';
    }
    l += '\n';
    return l;
}

/// Writes `mb` MB of files under `root` (about 256 KiB each, 64 a folder); plants a token every ~16 MB.
int generateTree(const QString& root, int mb)
{
    QRandomGenerator rng(15);
    QByteArray block;
    while (block.size() < 256 * 1024)
        block += line(rng);
    const qint64 total = qint64(mb) * 1024 * 1024;
    qint64 written = 0;
    int planted = 0;
    for (int i = 0; written < total; ++i) {
        const QString dir = root + QStringLiteral("/d%1").arg(i / 64);
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/f%1.txt").arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        QByteArray content = block;
        if (i % 64 == 0) {
            const QByteArray token = TokenSecret::generate(i % 128 == 0 ? Environment::Live : Environment::Test);
            content.insert(content.size() / 2, "\nkey = \"" + token + "\"\n");
            ++planted;
        }
        f.write(content);
        written += content.size();
    }
    return planted;
}

qint64 treeBytes(const QString& root)
{
    qint64 n = 0;
    QProcess p;
    // Warms the page cache for both tools and counts the bytes.
    p.start(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("find \"$0\" -type f -print0 | xargs -0 cat | wc -c"), root });
    p.waitForFinished(-1);
    n = p.readAllStandardOutput().trimmed().toLongLong();
    return n;
}

struct Timing
{
    double seconds = 1e9;
    int found = -1;
};

Timing timeScanner(const QString& root)
{
    ScanOptions options;
    options.followIgnore = false;
    options.maxFileBytes = qint64(1) << 40;
    LeakScanner scanner(options, nullptr);
    QElapsedTimer t;
    t.start();
    auto r = scanner.scan({ root });
    Timing out;
    out.seconds = double(t.nsecsElapsed()) / 1e9;
    out.found = r.ok() ? int(r->findings.size()) : -1;
    return out;
}

Timing timeRipgrep(const QString& root)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("taskset"),
            { QStringLiteral("-c"), QStringLiteral("0"), QStringLiteral("rg"), QStringLiteral("-j1"),
              QStringLiteral("--no-ignore"), QStringLiteral("--hidden"), QStringLiteral("-c"),
              QStringLiteral("--no-messages"), QStringLiteral("\\bmon_(test_)?[0-9A-Za-z]{16,128}"), root });
    p.waitForFinished(-1);
    Timing out;
    out.seconds = double(t.nsecsElapsed()) / 1e9;
    out.found = 0;
    for (const QByteArray& l : p.readAllStandardOutput().split('\n'))
        if (!l.isEmpty())
            out.found += l.mid(l.lastIndexOf(':') + 1).toInt();
    return out;
}

void compare(const char* label, const QString& root)
{
    const qint64 bytes = treeBytes(root);
    Timing best, bestRg;
    for (int i = 0; i < 3; ++i) {
        const Timing rg = timeRipgrep(root);
        const Timing us = timeScanner(root);
        if (rg.seconds < bestRg.seconds)
            bestRg = rg;
        if (us.seconds < best.seconds)
            best = us;
    }
    const double mb = double(bytes) / 1e6;
    std::printf("%-34s %9.1f MB  monime scan %7.1f MB/s (%d found)  ripgrep -j1 %7.1f MB/s (%d lines)  "
                "ratio %.2f\n",
                label, mb, mb / best.seconds, best.found, mb / bestRg.seconds, bestRg.found,
                bestRg.seconds / best.seconds);
    std::fflush(stdout);
}

int git(const QString& repo, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setWorkingDirectory(repo);
    p.start(QStringLiteral("git"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "git %s: %s\n", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
    return p.exitCode();
}

void gitHistory(const QString& repo, int commits)
{
    QDir().mkpath(repo);
    git(repo, { QStringLiteral("init"), QStringLiteral("-q") });
    // git fast-import: 10,000 commits in a second, each changing one of 50 files by a few lines.
    QByteArray stream;
    QRandomGenerator rng(7);
    QList<QByteArray> files(50);
    int planted = 0;
    for (int c = 1; c <= commits; ++c) {
        const int f = c % 50;
        files[f] += line(rng) + line(rng) + line(rng);
        QByteArray content = files[f];
        const bool side = c == commits / 2;
        if (c % 1000 == 0 || side) {
            content += "token = \"" + TokenSecret::generate(Environment::Test) + "\"\n";
            ++planted;
        }
        const QByteArray branch = side ? "refs/heads/side" : "refs/heads/main";
        stream += "commit " + branch + "\nauthor B <b@example.org> " + QByteArray::number(1700000000 + c)
            + " +0000\ncommitter B <b@example.org> " + QByteArray::number(1700000000 + c) + " +0000\ndata 2\nc\n";
        stream += "M 644 inline f" + QByteArray::number(f) + ".txt\ndata " + QByteArray::number(content.size()) + "\n"
            + content + "\n";
        if (!side)
            files[f] = content;
    }
    git(repo, { QStringLiteral("fast-import"), QStringLiteral("--quiet") }, stream);
    ScanOptions options;
    options.mode = ScanOptions::Mode::GitHistory;
    LeakScanner scanner(options, nullptr);
    QElapsedTimer t;
    t.start();
    auto r = scanner.scan({ repo });
    std::printf(
        "git history: %d commits, %.1f MB of diffs scanned in %.2f s; %d findings (%d planted; a token "
        "is found once per commit that adds it: the side branch's root commit re-adds its file's earlier ones)\n",
        r.ok() ? r->commits : -1, r.ok() ? double(r->bytes) / 1e6 : 0, double(t.nsecsElapsed()) / 1e9,
        r.ok() ? int(r->findings.size()) : -1, planted);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int mb = value(QStringLiteral("--mb"), QStringLiteral("2048")).toInt();
    const QString real = value(QStringLiteral("--real"), QStringLiteral("/usr/include"));
    const int commits = value(QStringLiteral("--commits"), QStringLiteral("10000")).toInt();

    // One core for both tools: this process (the scanner) and rg (taskset) on CPU 0.
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    sched_setaffinity(0, sizeof one, &one);

    QTemporaryDir dir;
    std::printf("load average at start: ");
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("%s", load.readAll().constData());
    const int planted = generateTree(dir.filePath(QStringLiteral("tree")), mb);
    std::printf("generated tree: %d tokens planted\n", planted);
    compare("generated tree", dir.filePath(QStringLiteral("tree")));
    std::printf("max RSS after the generated tree: %ld KiB\n", maxRssKb());
    compare(qPrintable(QStringLiteral("real tree (%1)").arg(real)), real);
    std::printf("max RSS after both: %ld KiB\n", maxRssKb());
    gitHistory(dir.filePath(QStringLiteral("repo")), commits);
    return 0;
}
