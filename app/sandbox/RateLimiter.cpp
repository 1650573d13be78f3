// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/RateLimiter.h"

namespace monime {

int RateLimiter::count(const QString& key, qint64 second)
{
    Window& w = m_windows[key];
    if (w.second != second) {
        w.second = second;
        w.count = 0;
    }
    return ++w.count;
}

std::optional<HttpResponse> RateLimiter::admit(qint64 nowMs, Environment environment, const QString& tokenId,
                                               const QString& spaceId, const QString& endpoint)
{
    if (m_windows.size() > 100000)
        m_windows.clear();
    const qint64 second = nowMs / 1000;
    const bool live = environment == Environment::Live;
    const QString env = environmentName(environment);
    const int endpointLimit = live ? 20 : 5;
    const int tokenLimit = live ? 80 : 20;
    const int spaceLimit = live ? 500 : 100;
    const bool endpointOver
        = count(QStringLiteral("e|") + tokenId + QLatin1Char('|') + endpoint, second) > endpointLimit;
    const bool tokenOver = count(QStringLiteral("t|") + tokenId, second) > tokenLimit;
    const bool spaceOver
        = !spaceId.isEmpty() && count(QStringLiteral("s|") + env + QLatin1Char('|') + spaceId, second) > spaceLimit;
    if (!endpointOver && !tokenOver && !spaceOver)
        return std::nullopt;
    QByteArray which;
    QString message;
    if (spaceOver) {
        which = "space-limit";
        message = tr("Too many requests for this Space: at most %1 per second in this environment. Wait for "
                     "Retry-After seconds, then try again.")
                      .arg(spaceLimit);
    } else if (tokenOver) {
        which = "token-limit";
        message = tr("Too many requests with this token: at most %1 per second in this environment. Wait for "
                     "Retry-After seconds, then try again.")
                      .arg(tokenLimit);
    } else {
        which = "endpoint-limit";
        message = tr("Too many requests to this endpoint with this token: at most %1 per second in this "
                     "environment. Wait for Retry-After seconds, then try again.")
                      .arg(endpointLimit);
    }
    HttpResponse r = envelope::error(429, QLatin1String("rate_limit_exceeded"), message);
    r.headers.append(HttpHeader { "Retry-After", "1" });
    r.headers.append(HttpHeader { "Monime-Rate-Limit", which });
    return r;
}

} // namespace monime
