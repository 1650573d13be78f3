// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

#include <cerrno>

namespace monime::testing {

/// An in-memory device that behaves like a disk with `capacity` bytes free: the write that crosses the limit is
/// cut short, as write(2) does, and every write after it fails with ENOSPC's message.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 capacity)
        : m_capacity(capacity)
    {
        open(QIODevice::WriteOnly);
    }

    const QByteArray& data() const { return m_data; }
    int failedWrites() const { return m_failedWrites; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 room = m_capacity - m_data.size();
        if (room <= 0 && size > 0) {
            ++m_failedWrites;
            setErrorString(qt_error_string(ENOSPC));
            return -1;
        }
        const qint64 n = qMin(room, size);
        m_data.append(data, n);
        return n;
    }

private:
    qint64 m_capacity;
    QByteArray m_data;
    int m_failedWrites = 0;
};

} // namespace monime::testing
