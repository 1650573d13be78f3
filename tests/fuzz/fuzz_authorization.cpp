// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the bytes a stranger controls on the sandbox's request path — the whole request as the
// HTTP parser sees it, the Authorization header, and the token shape check behind it.
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DMONIME_BUILD_FUZZERS=ON
//   ninja -C build-fuzz fuzz_authorization && build-fuzz/tests/fuzz/fuzz_authorization -max_total_time=60
#include "domain/TokenSecret.h"
#include "sandbox/AuthorizationHeader.h"
#include "sandbox/HttpRequestParser.h"

#include <cstddef>
#include <cstdint>

using namespace monime;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));

    // 1. The input as an Authorization header value.
    if (const auto token = AuthorizationHeader::bearerToken(input)) {
        if (token->isEmpty() || token->size() > AuthorizationHeader::kMaxTokenLength || !input.contains(*token))
            __builtin_trap();
        (void)TokenSecret::parse(*token);
    }
    // 2. The input as a token by itself.
    if (auto parsed = TokenSecret::parse(input); parsed.ok()) {
        if (!input.startsWith("mon_"))
            __builtin_trap();
    }
    // 3. The input as a request, whole and pipelined; then every header that came out of it.
    HttpLimits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 4096;
    const HttpRequestParser parser(limits);
    QByteArray buffer = input;
    for (int round = 0; round < 8 && !buffer.isEmpty(); ++round) {
        HttpRequest request;
        HttpParseError error;
        qsizetype consumed = 0;
        const auto status = parser.parse(buffer, request, consumed, error);
        if (status != HttpRequestParser::Status::Complete)
            break;
        if (consumed <= 0 || consumed > buffer.size() || request.body.size() > limits.maxBodyBytes
            || !request.path.startsWith('/'))
            __builtin_trap();
        // RFC 9112 §3.2: an accepted HTTP/1.1 request has exactly one Host, and every accepted Host is valid.
        int hosts = 0;
        for (const auto& h : request.headers)
            hosts += h.first == "host" ? 1 : 0;
        if (hosts > 1 || (request.minorVersion == 1 && hosts != 1) || !HttpRequestParser::isValidHost(request.host))
            __builtin_trap();
        if (const auto token = AuthorizationHeader::bearerToken(request.header("authorization")))
            (void)TokenSecret::parse(*token);
        buffer.remove(0, consumed);
    }
    return 0;
}
