// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TokenSecret.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace monime {

namespace {
constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr QLatin1String kLivePrefix("mon_");
constexpr QLatin1String kTestPrefix("mon_test_");

// CRC-32 (IEEE 802.3, reflected, as zlib's crc32), table built once.
quint32 crc32Of(QByteArrayView text)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : text)
        crc = table[(crc ^ static_cast<quint8>(ch)) & 0xFFu] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}
} // namespace

QLatin1String TokenSecret::prefix(Environment environment)
{
    return environment == Environment::Test ? kTestPrefix : kLivePrefix;
}

QByteArray TokenSecret::checksum(QByteArrayView text)
{
    quint64 value = crc32Of(text);
    QByteArray out(kChecksumLength, '0');
    for (int i = kChecksumLength - 1; i >= 0; --i) {
        out[i] = kBase62[value % 62];
        value /= 62;
    }
    return out;
}

QByteArray TokenSecret::generate(Environment environment)
{
    const QLatin1String p = prefix(environment);
    QByteArray token;
    token.reserve(p.size() + kRandomLength + kChecksumLength);
    token.append(p.data(), p.size());
    token.append(randomBase62(kRandomLength));
    token.append(checksum(token));
    return token;
}

QByteArray TokenSecret::randomBase62(int length)
{
    QByteArray out(length, Qt::Uninitialized);
    auto* rng = QRandomGenerator::system();
    for (char& c : out)
        c = kBase62[rng->bounded(62)];
    return out;
}

Result<ParsedToken> TokenSecret::parse(QByteArrayView token)
{
    ParsedToken parsed;
    QByteArrayView body;
    if (token.startsWith(QByteArrayView(kTestPrefix.data(), kTestPrefix.size()))) {
        parsed.environment = Environment::Test;
        body = token.sliced(kTestPrefix.size());
    } else if (token.startsWith(QByteArrayView(kLivePrefix.data(), kLivePrefix.size()))) {
        parsed.environment = Environment::Live;
        body = token.sliced(kLivePrefix.size());
    } else {
        return makeError(QStringLiteral("invalid_token"), QStringLiteral("token"),
                         tr("This is not a Monime access token: it must start with mon_ (live) or mon_test_ (test). "
                            "Copy the whole token from the portal's one-time dialog and try again."));
    }
    for (char c : body) {
        if (!isBase62(c))
            return makeError(QStringLiteral("invalid_token"), QStringLiteral("token"),
                             tr("The token contains a character that Monime tokens never have (only letters and "
                                "digits follow the prefix). Check for spaces, quotes or a line break and try again."));
    }
    if (body.size() < kMinPastedBody || body.size() > kMaxPastedBody)
        return makeError(QStringLiteral("invalid_token"), QStringLiteral("token"),
                         tr("The token has %1 characters after its prefix; Monime tokens have between %2 and %3. "
                            "It may be cut short: copy it again in full.")
                             .arg(body.size())
                             .arg(kMinPastedBody)
                             .arg(kMaxPastedBody));
    if (body.size() == kRandomLength + kChecksumLength) {
        const auto head = token.first(token.size() - kChecksumLength);
        if (checksum(head) == token.last(kChecksumLength))
            parsed.checksum = ChecksumState::Valid;
    }
    return parsed;
}

QString TokenSecret::hint(QByteArrayView token)
{
    const bool test = token.startsWith(QByteArrayView(kTestPrefix.data(), kTestPrefix.size()));
    const QLatin1String p = test ? kTestPrefix : kLivePrefix;
    return p + QChar(0x2026) + QString::fromLatin1(token.last(qMin<qsizetype>(4, token.size())));
}

QString TokenSecret::digest(QByteArrayView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

} // namespace monime
