// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/CheckedOutputDevice.h"

namespace monime {

CheckedOutputDevice::CheckedOutputDevice(QIODevice& target, QObject* parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 CheckedOutputDevice::readData(char*, qint64)
{
    return -1;
}

qint64 CheckedOutputDevice::writeData(const char* data, qint64 size)
{
    if (m_failed)
        return -1;
    qint64 done = 0;
    while (done < size) {
        // A short write is no error to QFile: ask again for the rest, which fails with the reason if any.
        const qint64 n = m_target.write(data + done, size - done);
        if (n <= 0) {
            m_failed = true;
            const QString reason = m_target.errorString();
            setErrorString(reason.isEmpty() || n == 0 ? tr("the device took no more bytes") : reason);
            return -1;
        }
        done += n;
        m_written += n;
    }
    return done;
}

} // namespace monime
