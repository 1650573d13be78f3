// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "reports/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

#include <atomic>
#include <functional>

namespace monime {

/// Progress and cancel for a long export, both optional; safe to use from a worker thread. Writers call
/// `advance()` once per row: it checks the cancel flag every row and calls the progress callback about
/// 200 times over the whole export (so a GUI is not flooded with signals).
class ReportProgress
{
public:
    /// Called with the rows done and the rows in all, on the writer's thread.
    using Callback = std::function<void(qint64 done, qint64 total)>;

    ReportProgress(Callback callback = {}, const std::atomic_bool* cancel = nullptr)
        : m_callback(std::move(callback))
        , m_cancel(cancel)
    { }

    /// Sets how many rows the whole export will take, and reports 0 of them.
    void begin(qint64 total)
    {
        m_total = qMax<qint64>(total, 1);
        m_step = qMax<qint64>(m_total / 200, 1);
        m_done = 0;
        if (m_callback)
            m_callback(0, m_total);
    }
    /// One row done; false when the export was cancelled and the writer should stop.
    bool advance()
    {
        ++m_done;
        if (m_callback && (m_done % m_step == 0 || m_done == m_total))
            m_callback(m_done, m_total);
        return !cancelled();
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    const std::atomic_bool* m_cancel = nullptr;
    qint64 m_total = 1;
    qint64 m_step = 1;
    qint64 m_done = 0;
};

/// Buffers bytes and writes them to a device in large chunks, remembering the first failure (the device's
/// errorString() says why).
class ChunkedOutput
{
public:
    explicit ChunkedOutput(QIODevice& device)
        : m_device(device)
    {
        m_buffer.reserve(kChunk + 4096);
    }
    QByteArray& buffer() { return m_buffer; }
    /// Writes the buffer out once it passes a chunk; false after a write failed.
    bool maybeFlush() { return m_buffer.size() < kChunk || flush(); }
    bool flush()
    {
        // A short write is no error to QFile: write the rest, which either goes or fails with the reason.
        for (qsizetype done = 0; !m_failed && done < m_buffer.size();) {
            const qint64 n = m_device.write(m_buffer.constData() + done, m_buffer.size() - done);
            if (n <= 0)
                m_failed = true;
            else
                done += n;
        }
        m_buffer.clear();
        return !m_failed;
    }
    bool failed() const { return m_failed; }

private:
    static constexpr qsizetype kChunk = 256 * 1024;
    QIODevice& m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

/// Writes a report in one format to a device. Writers never see a secret: a Report holds none.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    /// Writes the whole report to `out`. Returns an Error with code "export_cancelled" when `progress` says
    /// so, or "export_write_failed" when the device refused bytes; the caller discards the output then.
    virtual Result<void> write(const Report& report, QIODevice& out, ReportProgress& progress) = 0;
};

/// The Errors writers share.
struct ReportErrors
{
    Q_DECLARE_TR_FUNCTIONS(monime::ReportErrors)

public:
    static Error cancelled()
    {
        return makeError(QStringLiteral("export_cancelled"), QStringLiteral("output"),
                         tr("The export was cancelled; nothing was written."));
    }
    static Error writeFailed(const QString& detail)
    {
        return makeError(QStringLiteral("export_write_failed"), QStringLiteral("output"),
                         tr("Writing the report failed: %1.").arg(detail));
    }
    /// After each row: flush a full chunk, report progress, honour Cancel.
    static Result<void> rowDone(ChunkedOutput& out, const QIODevice& device, ReportProgress& progress)
    {
        if (!out.maybeFlush())
            return writeFailed(device.errorString());
        if (!progress.advance())
            return cancelled();
        return {};
    }
};

} // namespace monime
