// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/LeakScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace monime {

namespace {

QString gitProgram()
{
    return QStringLiteral("git");
}

/// Runs git in `folder` and returns its standard output, or an error naming what failed.
Result<QByteArray> gitOutput(const QString& folder, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(gitProgram(), args, QIODevice::ReadOnly);
    if (!p.waitForStarted(10000) || !p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit
        || p.exitCode() != 0)
        return makeError(QStringLiteral("git_failed"), QString(),
                         QCoreApplication::translate("monime::LeakScanner", "git %1 failed in %2: %3")
                             .arg(args.value(0), folder, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    return p.readAllStandardOutput();
}

bool insideWorkTree(const QString& folder)
{
    auto out = gitOutput(folder, { QStringLiteral("rev-parse"), QStringLiteral("--is-inside-work-tree") });
    return out.ok() && out->trimmed() == "true";
}

/// Whether the line of `data` around `offset` carries the inline allow marker.
bool lineAllows(QByteArrayView data, qsizetype offset)
{
    const char* begin = data.data();
    const char* end = begin + data.size();
    const char* lineStart = begin + offset;
    while (lineStart > begin && lineStart[-1] != '\n')
        --lineStart;
    const char* lineEnd = static_cast<const char*>(std::memchr(begin + offset, '\n', size_t(end - (begin + offset))));
    if (!lineEnd)
        lineEnd = end;
    return memmem(lineStart, size_t(lineEnd - lineStart), ScanAllowlist::kInlineMarker,
                  std::strlen(ScanAllowlist::kInlineMarker))
        != nullptr;
}

/// Counts lines lazily: matches come in order, so each count starts where the last one stopped.
struct LineCounter
{
    QByteArrayView data;
    qsizetype counted = 0;
    qint64 line = 1;
    qsizetype lineStart = 0;

    void advanceTo(qsizetype offset)
    {
        const char* begin = data.data();
        while (counted < offset) {
            const void* nl = std::memchr(begin + counted, '\n', size_t(offset - counted));
            if (!nl) {
                counted = offset;
                break;
            }
            counted = static_cast<const char*>(nl) - begin + 1;
            ++line;
            lineStart = counted;
        }
    }
};

/// Every regular file under `root`/`relative` (readdir's d_type, no stat per entry), `.git` left out, symbolic
/// links not followed.
void walk(const QString& root, const QString& relative, QStringList* files)
{
    const QString folder = relative.isEmpty() ? root : root + QLatin1Char('/') + relative;
    DIR* dir = ::opendir(QFile::encodeName(folder).constData());
    if (!dir)
        return;
    QStringList subfolders;
    while (const dirent* entry = ::readdir(dir)) {
        const char* name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        const QString rel
            = relative.isEmpty() ? QFile::decodeName(name) : relative + QLatin1Char('/') + QFile::decodeName(name);
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st
            {
            };
            if (::lstat(QFile::encodeName(root + QLatin1Char('/') + rel).constData(), &st) != 0)
                continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_LNK;
        }
        if (type == DT_DIR) {
            if (std::strcmp(name, ".git") != 0)
                subfolders.append(rel);
        } else if (type == DT_REG) {
            files->append(rel);
        }
    }
    ::closedir(dir);
    for (const QString& sub : std::as_const(subfolders))
        walk(root, sub, files);
}

} // namespace

QString LeakLocation::displayPath() const
{
    if (root.isEmpty() || root == QLatin1String("."))
        return relativePath;
    return QDir::cleanPath(root + QLatin1Char('/') + relativePath);
}

QString LeakLocation::text() const
{
    const QString place = displayPath() + QLatin1Char(':') + QString::number(line);
    return commit.isEmpty() ? place : commit.left(12) + QLatin1Char(':') + place;
}

QString LeakFinding::fingerprint() const
{
    QString fp;
    if (!location.commit.isEmpty())
        fp = location.commit + QLatin1Char(':');
    return fp + location.relativePath + QLatin1Char(':') + QString::number(location.line) + QLatin1Char(':')
        + digest.left(16);
}

ScanAllowlist ScanAllowlist::load(const QString& folder)
{
    ScanAllowlist list;
    QFile file(QDir(folder).filePath(QLatin1String(kFileName)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return list;
    static const QRegularExpression fingerprint(QStringLiteral(":\\d+:[0-9a-f]{16}$"));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (fingerprint.match(line).hasMatch())
            list.m_fingerprints.insert(line);
        else
            list.m_paths.append(QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                line, QRegularExpression::UnanchoredWildcardConversion)));
    }
    return list;
}

bool ScanAllowlist::allowsPath(const QString& relativePath) const
{
    for (const QRegularExpression& re : m_paths) {
        // A pattern matches the whole path, or (without a slash) the file name, as in .gitignore.
        const QRegularExpressionMatch m = re.match(relativePath);
        if (m.hasMatch() && m.capturedStart() == 0 && m.capturedLength() == relativePath.size())
            return true;
        const QString name = relativePath.section(QLatin1Char('/'), -1);
        const QRegularExpressionMatch n = re.match(name);
        if (!re.pattern().contains(QLatin1Char('/')) && n.hasMatch() && n.capturedStart() == 0
            && n.capturedLength() == name.size())
            return true;
    }
    return false;
}

LeakScanner::LeakScanner(ScanOptions options, const QSet<QString>* known)
    : m_options(options)
    , m_scanner(known)
{ }

Result<ScanResult> LeakScanner::scan(const QStringList& paths, const std::atomic_bool* cancel,
                                     const std::function<void(const ScanResult&)>& progress)
{
    m_cancel = cancel;
    m_progress = progress;
    ScanResult result;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError(QStringLiteral("bad_path"), QStringLiteral("path"),
                             tr("%1 does not exist: give a file or a folder to scan.").arg(path));
        if (m_options.mode != ScanOptions::Mode::Files) {
            if (!info.isDir() || !insideWorkTree(path))
                return makeError(QStringLiteral("not_a_repository"), QStringLiteral("path"),
                                 tr("%1 is not a git repository: --git and --staged scan a repository's history "
                                    "or index; scan a folder without them.")
                                     .arg(path));
            m_allow = ScanAllowlist::load(path);
            if (auto r = scanGit(path, m_options.mode == ScanOptions::Mode::Staged, &result); !r.ok())
                return r.error();
        } else if (info.isDir()) {
            m_allow = ScanAllowlist::load(path);
            if (auto r = scanFolder(path, &result); !r.ok())
                return r.error();
        } else {
            m_allow = ScanAllowlist::load(info.absolutePath());
            scanFile(info.path(), info.fileName(), &result);
        }
        if (m_cancel && m_cancel->load())
            break;
    }
    return result;
}

Result<void> LeakScanner::scanFolder(const QString& root, ScanResult* result)
{
    QStringList files;
    if (m_options.followIgnore && insideWorkTree(root)) {
        // Tracked and untracked files that .gitignore (and .git/info/exclude, the global excludes) let through.
        auto listed = gitOutput(root,
                                { QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--cached"),
                                  QStringLiteral("--others"), QStringLiteral("--exclude-standard") });
        if (!listed.ok())
            return listed.error();
        QSet<QString> seen;
        for (const QByteArray& name : listed->split('\0')) {
            if (name.isEmpty())
                continue;
            const QString rel = QString::fromUtf8(name);
            if (!seen.contains(rel)) {
                seen.insert(rel);
                files.append(rel);
            }
        }
    } else {
        walk(root, QString(), &files);
        files.sort();
    }
    for (const QString& rel : std::as_const(files)) {
        if (m_cancel && m_cancel->load())
            break;
        scanFile(root, rel, result);
    }
    return {};
}

void LeakScanner::scanFile(const QString& root, const QString& relativePath, ScanResult* result)
{
    if (m_allow.allowsPath(relativePath))
        return;
    // One open, one fstat, one read: Qt's file classes stat the same file several times, which costs more than
    // scanning a small source file.
    const QString path = root + QLatin1Char('/') + relativePath;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno != ELOOP && errno != ENOENT) // a symbolic link is not followed; a listed file may be gone
            result->unreadable.append(path);
        return;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return;
    }
    if (st.st_size > m_options.maxFileBytes) {
        ::close(fd);
        ++result->skippedLarge;
        return;
    }
    const qint64 size = st.st_size;
    if (m_buffer.size() < size)
        m_buffer.resize(size);
    qint64 got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, m_buffer.data() + got, size_t(size - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += n;
    }
    ::close(fd);
    const QByteArrayView data(m_buffer.constData(), got);
    // Binary: a NUL in the first 8000 bytes, as git decides.
    if (std::memchr(data.data(), '\0', size_t(qMin<qint64>(got, 8000)))) {
        ++result->skippedBinary;
        return;
    }
    ++result->files;
    result->bytes += got;
    scanBytes(data, root, relativePath, result);
    if (m_progress && (result->files & 0xff) == 0)
        m_progress(*result);
}

void LeakScanner::scanBytes(QByteArrayView data, const QString& root, const QString& relativePath, ScanResult* result)
{
    LeakLocation where;
    where.root = root;
    where.relativePath = relativePath;
    scanAt(data, where, 1, result);
}

void LeakScanner::scanAt(QByteArrayView data, const LeakLocation& where, qint64 firstLine, ScanResult* result)
{
    LineCounter lines { data };
    m_scanner.scan(data, [&](const TokenMatch& match) {
        lines.advanceTo(match.offset);
        if (lineAllows(data, match.offset)) {
            ++result->allowed;
            return;
        }
        LeakLocation location = where;
        location.line = firstLine + lines.line - 1;
        location.column = match.offset - lines.lineStart + 1;
        location.split = match.split;
        add(match, location, result);
    });
}

void LeakScanner::add(const TokenMatch& match, const LeakLocation& location, ScanResult* result)
{
    LeakFinding finding;
    finding.digest = match.digest;
    finding.hint = match.hint;
    finding.environment = match.environment;
    finding.checksum = match.checksum;
    finding.location = location;
    if (m_allow.allowsFingerprint(finding.fingerprint())) {
        ++result->allowed;
        return;
    }
    result->findings.append(finding);
}

Result<void> LeakScanner::scanGit(const QString& root, bool staged, ScanResult* result)
{
    // The format's \x01 marks each commit; -U0: only the lines a commit added are scanned, each where it was
    // introduced. `--all`: every branch and tag; deleted files appear in the commits that added them.
    QStringList args { QStringLiteral("-c"), QStringLiteral("core.quotePath=false") };
    if (staged)
        args << QStringLiteral("diff") << QStringLiteral("--cached");
    else
        args << QStringLiteral("log") << QStringLiteral("--all") << QStringLiteral("--format=%x01%H %aI");
    args << QStringLiteral("-p") << QStringLiteral("-U0") << QStringLiteral("--no-color")
         << QStringLiteral("--no-ext-diff") << QStringLiteral("--no-textconv");
    QProcess git;
    git.setWorkingDirectory(root);
    git.start(gitProgram(), args, QIODevice::ReadOnly);
    if (!git.waitForStarted(10000))
        return makeError(QStringLiteral("git_failed"), QString(), tr("git could not be started: is it installed?"));

    QString commit = staged ? QStringLiteral("staged") : QString();
    QDateTime date;
    QString path;
    bool inHunk = false;
    qint64 nextLine = 0;
    qint64 blockFirstLine = 0;
    QByteArray block;

    auto flush = [&] {
        if (block.isEmpty())
            return;
        if (!m_allow.allowsPath(path)) {
            LeakLocation where;
            where.root = root;
            where.relativePath = path;
            where.commit = commit;
            where.authorDate = date;
            scanAt(QByteArrayView(block), where, blockFirstLine, result);
        }
        block.clear();
    };

    auto handle = [&](const QByteArray& line) {
        result->bytes += line.size();
        if (line.startsWith('\x01')) {
            flush();
            inHunk = false;
            const QByteArray head = line.mid(1).trimmed();
            commit = QString::fromLatin1(head.left(head.indexOf(' ')));
            date = QDateTime::fromString(QString::fromLatin1(head.mid(head.indexOf(' ') + 1)), Qt::ISODate);
            ++result->commits;
            if (m_progress && (result->commits & 0xff) == 0)
                m_progress(*result);
            return;
        }
        if (line.startsWith("diff --git ")) {
            flush();
            inHunk = false;
            path.clear();
            return;
        }
        if (line.startsWith("@@ ")) {
            flush();
            inHunk = true;
            const qsizetype plus = line.indexOf(" +");
            qsizetype end = plus + 2;
            while (end < line.size() && line[end] >= '0' && line[end] <= '9')
                ++end;
            nextLine = line.mid(plus + 2, end - plus - 2).toLongLong();
            return;
        }
        if (!inHunk) {
            if (line.startsWith("+++ b/"))
                path = QString::fromUtf8(line.mid(6).chopped(line.endsWith('\n') ? 1 : 0));
            return;
        }
        switch (line.isEmpty() ? '\\' : line[0]) {
        case '+':
            if (block.isEmpty())
                blockFirstLine = nextLine;
            block.append(line.constData() + 1, line.size() - 1);
            if (!line.endsWith('\n'))
                block.append('\n');
            ++nextLine;
            break;
        case ' ':
            flush();
            ++nextLine;
            break;
        case '-':
            flush();
            break;
        default:
            break;
        }
    };

    for (;;) {
        while (git.canReadLine())
            handle(git.readLine());
        if (m_cancel && m_cancel->load()) {
            git.kill();
            git.waitForFinished(5000);
            return {};
        }
        if (git.state() == QProcess::NotRunning)
            break;
        git.waitForReadyRead(1000);
    }
    const QByteArray rest = git.readAll();
    if (!rest.isEmpty())
        handle(rest);
    flush();
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        const QString message = QString::fromLocal8Bit(git.readAllStandardError()).trimmed();
        // An empty repository has no history: nothing to scan, not an error.
        if (!message.contains(QLatin1String("does not have any commits")))
            return makeError(QStringLiteral("git_failed"), QString(), tr("git failed in %1: %2").arg(root, message));
    }
    return {};
}

} // namespace monime
