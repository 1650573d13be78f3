// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TokenSearch.h"

#include <cstring>

namespace monime {

void TokenSearchIndex::build(const QList<TokenInfo>& tokens)
{
    m_text.clear();
    m_start.clear();
    m_start.reserve(tokens.size() + 1);
    for (const TokenInfo& t : tokens) {
        m_start.append(m_text.size());
        m_text.append(TokenSearch::haystack(t).toUtf8());
        m_text.append('\0');
    }
    m_frequency.fill(0);
    for (const char c : std::as_const(m_text))
        ++m_frequency[uchar(c)];
    m_start.append(m_text.size());
}

std::vector<char> TokenSearchIndex::find(const QString& needle, const QList<int>* candidates) const
{
    const int n = size();
    if (needle.isEmpty() && !candidates)
        return std::vector<char>(size_t(n), 1);
    std::vector<char> hits(size_t(n), 0);
    if (needle.isEmpty()) {
        for (int i : *candidates)
            hits[size_t(i)] = 1;
        return hits;
    }
    if (needle.contains(QLatin1Char('\n')) || needle.contains(QChar(0)))
        return hits;
    const QByteArray pattern = needle.toUtf8();
    const char* text = m_text.constData();
    // memchr (vectorised) for the needle's rarest byte in this inventory, then a compare: faster than memmem for
    // the short needles of the first keystrokes, which match most tokens.
    int rare = 0;
    for (int k = 1; k < pattern.size(); ++k)
        if (m_frequency[uchar(pattern.at(k))] < m_frequency[uchar(pattern.at(rare))])
            rare = k;
    const char rareByte = pattern.at(rare);
    const size_t length = size_t(pattern.size());
    auto indexIn = [&](qsizetype from, qsizetype to) -> qsizetype {
        const char* end = text + to;
        for (const char* at = text + from + rare; at < end;) {
            const char* hit = static_cast<const char*>(memchr(at, rareByte, size_t(end - at)));
            if (!hit)
                return -1;
            const char* start = hit - rare;
            if (start + length <= end && memcmp(start, pattern.constData(), length) == 0)
                return start - text;
            at = hit + 1;
        }
        return -1;
    };
    // A few candidates (a search narrowed by typing on): look at each. Many: one pass over the whole buffer,
    // jumping to the next token after each match, so a rare needle costs one scan of a few megabytes.
    if (candidates && candidates->size() < n / 4) {
        for (int i : *candidates)
            hits[size_t(i)] = indexIn(m_start.at(i), m_start.at(i + 1) - 1) >= 0;
        return hits;
    }
    std::vector<char> wanted;
    if (candidates) {
        wanted.assign(size_t(n), 0);
        for (int i : *candidates)
            wanted[size_t(i)] = 1;
    }
    int i = 0; // matches come in buffer order: walk the token starts along with them
    for (qsizetype offset = indexIn(0, m_text.size()); offset >= 0;) {
        while (m_start.at(i + 1) <= offset)
            ++i;
        if (!candidates || wanted[size_t(i)])
            hits[size_t(i)] = 1;
        offset = ++i < n ? indexIn(m_start.at(i), m_text.size()) : -1;
    }
    return hits;
}

} // namespace monime
