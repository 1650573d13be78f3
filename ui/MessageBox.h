// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace monime {

/// Confirmations go through here, so a test can answer them in advance (KeePassXC's MessageBox idea)
/// instead of blocking on a modal box.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    /// The next call returns `answer` without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    /// How many boxes were shown or pre-answered since the start (for tests).
    static int count() { return s_count; }

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static int s_count;
};

} // namespace monime
