// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pdf/TextWrap.h"

#include <QStringList>

namespace monime {

namespace {

bool preferredBreakAfter(QChar c)
{
    static const QString points = QStringLiteral("_-/.:,@");
    return points.contains(c);
}

/// Splits a word wider than `width` into pieces that fit.
QStringList splitWord(const QFontMetricsF& fm, double width, QString word)
{
    QStringList pieces;
    while (word.size() > 1 && fm.horizontalAdvance(word) > width) {
        qsizetype fit = 1; // the longest prefix that fits (at least one character, whatever the width)
        while (fit < word.size() && fm.horizontalAdvance(word.left(fit + 1)) <= width)
            ++fit;
        qsizetype cut = fit;
        for (qsizetype i = fit; i >= 2; --i) {
            if (preferredBreakAfter(word.at(i - 1))) {
                cut = i;
                break;
            }
        }
        pieces << word.left(cut);
        word.remove(0, cut);
    }
    pieces << word;
    return pieces;
}

} // namespace

QString wrapText(const QFontMetricsF& fm, double width, const QString& text)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString& word : paragraph.split(QLatin1Char(' '))) {
            const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                current = candidate;
                continue;
            }
            if (!current.isEmpty())
                lines << current;
            const QStringList pieces = splitWord(fm, width, word);
            lines << pieces.mid(0, pieces.size() - 1);
            current = pieces.constLast();
        }
        lines << current;
    }
    return lines.join(QChar::LineSeparator);
}

} // namespace monime
