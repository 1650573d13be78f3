// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QString>

namespace monime {

/// Breaks `text` into lines no wider than `width` (joined with QChar::LineSeparator): between words; a word
/// longer than a whole line is broken after one of `_ - / . : , @` where one is near enough, and anywhere only
/// where nothing else fits. Qt's own WrapAtWordBoundaryOrAnywhere breaks every word of a paragraph anywhere as
/// soon as one word is too long ("not_authenticat/ed").
QString wrapText(const QFontMetricsF& metrics, double width, const QString& text);

} // namespace monime
