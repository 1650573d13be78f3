// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/AuthorizationHeader.h"

namespace monime {

namespace {
bool isToken68(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}
} // namespace

std::optional<QByteArrayView> AuthorizationHeader::bearerToken(QByteArrayView value)
{
    constexpr QByteArrayView scheme("bearer");
    if (value.size() <= scheme.size() || value.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QByteArrayView rest = value.sliced(scheme.size());
    if (rest.front() != ' ')
        return std::nullopt;
    while (!rest.isEmpty() && rest.front() == ' ')
        rest = rest.sliced(1);
    while (!rest.isEmpty() && (rest.back() == ' ' || rest.back() == '\t'))
        rest.chop(1);
    if (rest.isEmpty() || rest.size() > kMaxTokenLength)
        return std::nullopt;
    // token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    qsizetype i = 0;
    while (i < rest.size() && isToken68(rest.at(i)))
        ++i;
    if (i == 0)
        return std::nullopt;
    while (i < rest.size() && rest.at(i) == '=')
        ++i;
    if (i != rest.size())
        return std::nullopt;
    return rest;
}

} // namespace monime
