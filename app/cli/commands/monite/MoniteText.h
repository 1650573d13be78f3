// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portal/MoniteService.h"

#include <QCoreApplication>

class QTextStream;

namespace monime::cli {

/// The text shapes the `monite` subcommands share. Never a secret.
class MoniteText
{
    Q_DECLARE_TR_FUNCTIONS(monime::cli::MoniteText)

public:
    /// "partner" or "entity user Ada (0b7a…)".
    static QString grantName(const MoniteProfile& profile, const MoniteAuthGrant& grant);
    /// One indented line per token: grant, status, expiry.
    static void printTokens(QTextStream& out, const MoniteProfileView& view, const QDateTime& now);
    static void printTest(QTextStream& out, const QString& profileName, const MoniteTestResult& result);
};

} // namespace monime::cli
