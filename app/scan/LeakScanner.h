// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scan/TokenScanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <functional>

namespace monime {

/// Where a token was found. `commit` is empty for a file on disk ("staged" for the index).
struct LeakLocation
{
    QString root; ///< the PATH given to the scan
    QString relativePath; ///< to `root` (or to the repository for --git and --staged)
    qint64 line = 0; ///< 1-based
    qint64 column = 0; ///< 1-based, in bytes
    QString commit;
    QDateTime authorDate;
    bool split = false;

    /// The path as the user passed it: root joined with the relative path.
    QString displayPath() const;
    /// "path:line" or "commit:path:line".
    QString text() const;
};

/// One occurrence of a token: what identifies it (digest, hint) and where; never the secret.
struct LeakFinding
{
    QString digest;
    QString hint;
    Environment environment = Environment::Test;
    ChecksumState checksum = ChecksumState::NotApplicable;
    LeakLocation location;

    /// Stable id of this occurrence for `.monime-scan-ignore`: `[commit:]path:line:` + 16 hex of the digest.
    QString fingerprint() const;
};

/// `.monime-scan-ignore`: one entry a line, `#` comments. A line that is a finding's fingerprint allows that
/// finding; any other line is a path pattern (`*`, `?`, `**`-free globs, relative to the scanned folder).
class ScanAllowlist
{
public:
    static constexpr const char* kFileName = ".monime-scan-ignore";
    /// The inline marker: a finding on a line that contains it is not reported.
    static constexpr const char* kInlineMarker = "monime-scan:allow";

    static ScanAllowlist load(const QString& folder);
    bool allowsPath(const QString& relativePath) const;
    bool allowsFingerprint(const QString& fingerprint) const { return m_fingerprints.contains(fingerprint); }

private:
    QSet<QString> m_fingerprints;
    QList<QRegularExpression> m_paths;
};

struct ScanOptions
{
    enum class Mode { Files, GitHistory, Staged };
    Mode mode = Mode::Files;
    bool followIgnore = true; ///< .gitignore (through `git ls-files`) when the folder is in a work tree
    qint64 maxFileBytes = 32 * 1024 * 1024;
};

struct ScanResult
{
    QList<LeakFinding> findings;
    int files = 0; ///< files read
    qint64 bytes = 0; ///< bytes read (files) or diff bytes (git)
    int commits = 0;
    int skippedBinary = 0;
    int skippedLarge = 0;
    int allowed = 0; ///< findings left out by the allowlist or an inline marker
    QStringList unreadable; ///< files that could not be opened
};

/// Scans files, folders, a repository's whole history (`git log --all -p`: every commit of every branch,
/// deleted files included) or its staged changes for Monime tokens, with TokenScanner. Files are read whole
/// into one reused buffer (at most `maxFileBytes`), so memory does not grow with the tree.
class LeakScanner
{
    Q_DECLARE_TR_FUNCTIONS(monime::LeakScanner)

public:
    LeakScanner(ScanOptions options, const QSet<QString>* known);

    /// Fails (code `bad_path`, `not_a_repository`, `git_failed`) on bad input; `cancel` stops between files.
    Result<ScanResult> scan(const QStringList& paths, const std::atomic_bool* cancel = nullptr,
                            const std::function<void(const ScanResult&)>& progress = {});

    /// Scans a file's bytes as if read from `relativePath` under `root` (used by the tests and the benchmark).
    /// Scans a file's bytes as if read from `relativePath` under `root` (used by the tests and the benchmark).
    void scanBytes(QByteArrayView data, const QString& root, const QString& relativePath, ScanResult* result);

private:
    /// Scans `data` (a file, or one git hunk starting at `firstLine`) and reports each match at `where` plus its
    /// line and column.
    void scanAt(QByteArrayView data, const LeakLocation& where, qint64 firstLine, ScanResult* result);
    Result<void> scanFolder(const QString& root, ScanResult* result);
    Result<void> scanGit(const QString& root, bool staged, ScanResult* result);
    void scanFile(const QString& root, const QString& relativePath, ScanResult* result);
    void add(const TokenMatch& match, const LeakLocation& location, ScanResult* result);

    ScanOptions m_options;
    TokenScanner m_scanner;
    ScanAllowlist m_allow;
    QByteArray m_buffer;
    const std::atomic_bool* m_cancel = nullptr;
    std::function<void(const ScanResult&)> m_progress;
};

} // namespace monime
