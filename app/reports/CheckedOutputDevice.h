// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace monime {

/// A write-only QIODevice in front of another one that never lets a failed write pass unnoticed.
///
/// Some writers do not look at what `write()` returns: QPdfEngine writes through a QDataStream that, after one
/// short write, drops every later write without a word, so a PDF export to a full disk looked like a success.
/// This device hands each write on in full: a short write is retried with the rest, which either goes through
/// or fails with the real reason (a full disk fails there with ENOSPC, so the target's error says why). The
/// first failure is kept: `failed()` stays true and every later write fails at once.
///
/// Reading is not supported. The target must already be open for writing and outlive this device.
class CheckedOutputDevice final : public QIODevice
{
    Q_OBJECT

public:
    /// Opens itself write-only in front of `target`.
    explicit CheckedOutputDevice(QIODevice& target, QObject* parent = nullptr);

    /// True once a write to the target failed; `errorString()` then says why, in the target's words.
    [[nodiscard]] bool failed() const { return m_failed; }
    /// Bytes the target took, in all.
    [[nodiscard]] qint64 written() const { return m_written; }
    [[nodiscard]] QIODevice& target() const { return m_target; }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QIODevice& m_target;
    qint64 m_written = 0;
    bool m_failed = false;
};

} // namespace monime
