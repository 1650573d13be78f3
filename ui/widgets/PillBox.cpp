// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PillBox.h"

#include "widgets/FlowLayout.h"

#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace monime {

PillBox::PillBox(QWidget* parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
{
    setObjectName(QStringLiteral("permissionPillBox"));
    setAccessibleName(tr("Chosen permissions"));
    rebuild();
}

void PillBox::setValues(const QStringList& values)
{
    if (values == m_values)
        return;
    m_values = values;
    rebuild();
    Q_EMIT valuesChanged(m_values);
}

void PillBox::addValue(const QString& value)
{
    if (m_values.contains(value))
        return;
    m_values.append(value);
    rebuild();
    Q_EMIT valuesChanged(m_values);
}

void PillBox::removeValue(const QString& value)
{
    const qsizetype index = m_values.indexOf(value);
    if (index < 0)
        return;
    m_values.removeAt(index);
    rebuild();
    // Keep keyboard users where they were: focus the pill that took this one's place.
    const auto pills = findChildren<QToolButton*>();
    if (!pills.isEmpty())
        pills.at(qMin<qsizetype>(index, pills.size() - 1))->setFocus();
    Q_EMIT valuesChanged(m_values);
}

void PillBox::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_values.isEmpty()) {
        auto* empty = new QLabel(tr("No permissions chosen yet."), this);
        empty->setObjectName(QStringLiteral("pillBoxEmptyLabel"));
        empty->setEnabled(false);
        m_layout->addWidget(empty);
        empty->show();
    }
    for (const QString& value : m_values) {
        auto* pill = new QToolButton(this);
        pill->setObjectName(QStringLiteral("pill_") + value);
        pill->setText(value + QStringLiteral("  \u00d7"));
        pill->setAccessibleName(tr("%1, press Delete to remove").arg(value));
        pill->setToolTip(tr("Remove %1").arg(value));
        pill->setFocusPolicy(Qt::StrongFocus);
        pill->setAutoRaise(false);
        pill->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
                                           " padding: 2px 8px; background: palette(alternate-base); }"
                                           "QToolButton:focus { border: 2px solid palette(highlight); }"));
        pill->installEventFilter(this);
        connect(pill, &QToolButton::clicked, this, [this, value] { removeValue(value); });
        m_layout->addWidget(pill);
        pill->show(); // children added to a shown widget stay hidden otherwise
    }
    updateGeometry();
}

bool PillBox::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            const QString name = watched->objectName();
            if (name.startsWith(QLatin1String("pill_"))) {
                removeValue(name.mid(5));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace monime
