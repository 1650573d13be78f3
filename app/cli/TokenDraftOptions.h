// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/TokenService.h"

class QCommandLineParser;

namespace monime::cli {

/// The create form from `--name --release --permission --expiry --space --ip` (create and import). An
/// unreadable `--expiry` leaves its message, naming the flag, in `problem`.
TokenDraft draftFromOptions(const QCommandLineParser& parser, QString* problem);

} // namespace monime::cli
