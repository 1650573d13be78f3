// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/EnterAction.h"

#include <QKeyEvent>
#include <QWidget>

namespace monime {

EnterAction::EnterAction(QWidget* field, std::function<void()> action)
    : QObject(field)
    , m_action(std::move(action))
{
    field->installEventFilter(this);
}

void EnterAction::install(QWidget* field, std::function<void()> action)
{
    new EnterAction(field, std::move(action));
}

bool EnterAction::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            m_action();
            return true;
        }
    }
    // The dialog also sees an unhandled Enter as a ShortcutOverride first: claim it.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            key->accept();
            return false;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace monime
