// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/TokenService.h"

#include <optional>

class QCommandLineParser;

namespace monime {
class Cli;
}

namespace monime::cli {

/// The create form from `--name --release --permission --expiry --space --ip` (create and import). An
/// unreadable `--expiry` is reported to `cli` (naming the flag; exit 2) and gives nullopt.
std::optional<TokenDraft> draftFromOptions(Cli& cli, const QCommandLineParser& parser);

} // namespace monime::cli
