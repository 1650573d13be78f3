// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace monime::json {

/// Fast JSON text for the large outputs (`list --json`, JSON and CSV reports): appends straight to bytes,
/// no QJsonDocument per object.

/// `s` as a quoted JSON string (UTF-8, control characters escaped).
void appendString(QByteArray& out, QStringView s);
/// A quoted string, or `null` when empty.
void appendStringOrNull(QByteArray& out, QStringView s);
/// A JSON array of strings.
void appendList(QByteArray& out, const QStringList& list);
/// ISO 8601 UTC to the second, unquoted ("2026-11-23T12:00:00Z"); nothing for an invalid time.
void appendIsoTime(QByteArray& out, const QDateTime& time);
/// A quoted ISO 8601 time, or `null` when invalid.
void appendTime(QByteArray& out, const QDateTime& time);

} // namespace monime::json
