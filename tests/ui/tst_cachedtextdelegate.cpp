// SPDX-License-Identifier: GPL-3.0-or-later
// The token list's delegate keeps laid-out texts for speed; it must paint what the style's own delegate paints:
// colours from ForegroundRole, selection, alignment, eliding ("…"), the focus frame.
#include "widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QtTest>

using namespace monime;

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

    static QStandardItemModel* makeModel(QObject* parent)
    {
        auto* model = new QStandardItemModel(0, 3, parent);
        for (int r = 0; r < 8; ++r) {
            QList<QStandardItem*> row;
            row << new QStandardItem(QStringLiteral("Integration %1 with a name too long for its column").arg(r));
            auto* status = new QStandardItem(r % 2 ? QStringLiteral("ACTIVE") : QStringLiteral("REVOKED"));
            status->setForeground(r % 2 ? QColor(0x1a, 0x7f, 0x37) : QColor(0xcf, 0x22, 0x2e));
            row << status;
            auto* right = new QStandardItem(QStringLiteral("12/7/27 (in %1 days)").arg(r * 40));
            right->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row << right;
            model->appendRow(row);
        }
        return model;
    }

    static QImage render(QAbstractItemDelegate* delegate)
    {
        QTableView view;
        view.setAttribute(Qt::WA_DontShowOnScreen);
        auto* model = makeModel(&view);
        view.setModel(model);
        view.setItemDelegate(delegate);
        delegate->setParent(&view);
        view.setWordWrap(false);
        view.verticalHeader()->hide();
        view.resize(520, 260);
        view.setColumnWidth(0, 180);
        view.setColumnWidth(1, 90);
        view.setColumnWidth(2, 200);
        view.show();
        view.setFocus();
        view.selectionModel()->setCurrentIndex(model->index(2, 1), QItemSelectionModel::NoUpdate);
        view.selectRow(4);
        QCoreApplication::processEvents();
        return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private Q_SLOTS:
    void paintsWhatTheStylePaints()
    {
        const QImage expected = render(new QStyledItemDelegate);
        const QImage actual = render(new CachedTextDelegate);
        QCOMPARE(actual.size(), expected.size());
        // Glyphs drawn from a QStaticText may land a subpixel apart from the style's QTextLayout; everything
        // else (backgrounds, selection, colours, where each text starts and ends) must be the same.
        int differing = 0;
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x)
                differing += expected.pixel(x, y) != actual.pixel(x, y);
        const double share = double(differing) / (expected.width() * expected.height());
        qInfo("%d of %d pixels differ", differing, expected.width() * expected.height());
        if (share > 0.0005) {
            expected.save(QStringLiteral("delegate-expected.png"));
            actual.save(QStringLiteral("delegate-actual.png"));
        }
        QVERIFY2(share <= 0.0005, qPrintable(QStringLiteral("%1 of the pixels differ (images saved)").arg(share)));
    }

    void keepsABoundedCache()
    {
        CachedTextDelegate delegate;
        QImage image(200, 30, QImage::Format_RGB32);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 200, 30);
        option.state = QStyle::State_Enabled;
        option.textElideMode = Qt::ElideRight; // as a view sets it
        QStandardItemModel model(5000, 1);
        for (int r = 0; r < 5000; ++r) {
            model.setData(model.index(r, 0), QStringLiteral("text %1").arg(r));
            delegate.paint(&painter, option, model.index(r, 0));
        }
        QVERIFY(delegate.cachedTexts() > 0);
        QVERIFY2(delegate.cachedTexts() <= 4096, qPrintable(QString::number(delegate.cachedTexts())));
    }
};

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
