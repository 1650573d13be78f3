// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace monime {

/// Gives a field its own Enter: Enter (or Return) runs `action` and goes no further, so it never also presses
/// the dialog's default button (the wizard's Next or Create). The filter is owned by `field`.
class EnterAction : public QObject
{
    Q_OBJECT

public:
    static void install(QWidget* field, std::function<void()> action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EnterAction(QWidget* field, std::function<void()> action);
    std::function<void()> m_action;
};

} // namespace monime
