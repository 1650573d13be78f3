// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/TokenScanner.h"

#include <cmath>
#include <cstring>

namespace monime {

namespace {
constexpr char kNeedle[] = "mon_";
constexpr qsizetype kNeedleLength = 4;
constexpr char kTestInfix[] = "test_";
constexpr int kAppBody = TokenSecret::kRandomLength + TokenSecret::kChecksumLength;

qsizetype base62Run(const char* p, const char* end)
{
    const char* q = p;
    while (q < end && TokenSecret::isBase62(*q))
        ++q;
    return q - p;
}
} // namespace

bool TokenScanner::looksRandom(QByteArrayView body)
{
    int counts[128] = {};
    bool digit = false, upper = false, lower = false;
    for (char c : body) {
        ++counts[static_cast<unsigned char>(c) & 0x7f];
        digit |= c >= '0' && c <= '9';
        upper |= c >= 'A' && c <= 'Z';
        lower |= c >= 'a' && c <= 'z';
    }
    if (!(digit && upper && lower))
        return false;
    double entropy = 0;
    for (int n : counts) {
        if (n == 0)
            continue;
        const double p = double(n) / double(body.size());
        entropy -= p * std::log2(p);
    }
    return entropy >= 3.0;
}

bool TokenScanner::matchAt(QByteArrayView data, qsizetype at, TokenMatch* match) const
{
    const char* begin = data.data();
    const char* end = begin + data.size();
    if (at > 0) {
        const char before = begin[at - 1];
        if (TokenSecret::isBase62(before) || before == '_')
            return false; // `common_…`, `xmon_…`: part of a longer word
    }
    const char* bodyStart = begin + at + kNeedleLength;
    Environment environment = Environment::Live;
    if (end - bodyStart >= 5 && std::memcmp(bodyStart, kTestInfix, 5) == 0) {
        bodyStart += 5;
        environment = Environment::Test;
    }
    const qsizetype bodyLength = base62Run(bodyStart, end);
    const char* bodyEnd = bodyStart + bodyLength;
    QByteArrayView token(begin + at, bodyEnd - (begin + at));

    // Cut by a line break: join the run that starts the next line and ask the checksum.
    if (bodyLength > 0 && bodyLength < kAppBody && bodyEnd < end) {
        const char* next = bodyEnd;
        if (*next == '\r' && next + 1 < end)
            ++next;
        if (*next == '\n') {
            ++next;
            const qsizetype rest = base62Run(next, end);
            if (bodyLength + rest == kAppBody) {
                QByteArray joined;
                joined.reserve(token.size() + rest);
                joined.append(token);
                joined.append(next, rest);
                if (TokenSecret::checksum(QByteArrayView(joined).first(joined.size() - TokenSecret::kChecksumLength))
                    == QByteArrayView(joined).last(TokenSecret::kChecksumLength)) {
                    match->offset = at;
                    match->length = (next + rest) - (begin + at);
                    match->digest = TokenSecret::digest(joined);
                    match->hint = TokenSecret::hint(joined);
                    match->environment = environment;
                    match->checksum = ChecksumState::Valid;
                    match->split = true;
                    return true;
                }
            }
        }
    }

    if (bodyLength < TokenSecret::kMinPastedBody || bodyLength > TokenSecret::kMaxPastedBody)
        return false;
    const auto parsed = TokenSecret::parse(token);
    if (!parsed.ok())
        return false;
    bool counts = parsed->checksum == ChecksumState::Valid
        || (bodyLength != kAppBody && looksRandom(QByteArrayView(bodyStart, bodyLength)));
    QString digest;
    if (m_known && !counts) {
        digest = TokenSecret::digest(token);
        counts = m_known->contains(digest);
    }
    if (!counts)
        return false;
    match->offset = at;
    match->length = token.size();
    match->digest = digest.isEmpty() ? TokenSecret::digest(token) : digest;
    match->hint = TokenSecret::hint(token);
    match->environment = parsed->environment;
    match->checksum = parsed->checksum;
    match->split = false;
    return true;
}

void TokenScanner::scan(QByteArrayView data, const std::function<void(const TokenMatch&)>& found, qsizetype limit) const
{
    const char* begin = data.data();
    const qsizetype size = data.size();
    if (limit < 0 || limit > size)
        limit = size;
    qsizetype pos = 0;
    TokenMatch match;
    while (pos < limit) {
        const void* hit = memmem(begin + pos, size_t(size - pos), kNeedle, kNeedleLength);
        if (!hit)
            return;
        const qsizetype at = static_cast<const char*>(hit) - begin;
        if (at >= limit)
            return;
        if (matchAt(data, at, &match)) {
            found(match);
            pos = at + match.length;
        } else {
            pos = at + 1;
        }
    }
}

} // namespace monime
