// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

namespace monime {

class FlowLayout;

/// The chosen permissions as removable pills ("payments:read ×"). Each pill is a focusable button:
/// click its ×, or press Delete/Backspace on it, to remove it.
class PillBox : public QWidget
{
    Q_OBJECT

public:
    explicit PillBox(QWidget* parent = nullptr);

    void setValues(const QStringList& values);
    QStringList values() const { return m_values; }
    void addValue(const QString& value);
    void removeValue(const QString& value);

Q_SIGNALS:
    void valuesChanged(const QStringList& values);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();

    FlowLayout* m_layout = nullptr;
    QStringList m_values;
    QString m_placeholder;
};

} // namespace monime
