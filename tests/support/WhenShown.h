// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace monime::testing {

/// Runs `body` as soon as a top-level widget of type T is visible (tests drive modal exec() loops this way). One
/// that does not show within 10 s fails the test there and then, and any modal box still up is closed, so a missing
/// dialog never holds the run until ctest's timeout.
template<typename T> void whenShown(QObject* context, std::function<void(T*)> body)
{
    auto* timer = new QTimer(context);
    timer->setInterval(20);
    auto since = std::make_shared<QElapsedTimer>();
    since->start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, body, since] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible()) {
                timer->stop();
                timer->deleteLater();
                body(d);
                return;
            }
        }
        if (since->elapsed() > 10000) {
            timer->stop();
            timer->deleteLater();
            QTest::qFail(
                qPrintable(QStringLiteral("the %1 never showed").arg(QLatin1String(T::staticMetaObject.className()))),
                __FILE__, __LINE__);
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    timer->start();
}

} // namespace monime::testing
