// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace monime {

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
int MessageBox::s_count = 0;

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    ++s_count;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    ++s_count;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    QMessageBox::critical(parent, title, text);
}

} // namespace monime
