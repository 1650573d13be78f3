// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>

namespace monime {

CachedTextDelegate::CachedTextDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
    , m_texts(4096)
{ }

const QStaticText& CachedTextDelegate::laidOut(const QString& text, const QFont& font, int width) const
{
    const QString key = QString(QString::number(width) + QLatin1Char('\x1f') + font.key() + QLatin1Char('\x1f') + text);
    if (QStaticText* cached = m_texts.object(key))
        return *cached;
    const QFontMetrics metrics(font);
    auto* laid = new QStaticText(metrics.elidedText(text, Qt::ElideRight, width));
    laid->setTextFormat(Qt::PlainText);
    laid->setPerformanceHint(QStaticText::AggressiveCaching);
    laid->prepare(QTransform(), font);
    m_texts.insert(key, laid);
    return *m_texts.object(key);
}

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool plain = !(opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
        && !opt.text.contains(QLatin1Char('\n')) && opt.textElideMode == Qt::ElideRight;
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    painter->save();
    painter->setClipRect(opt.rect);
    // Background, hover and selection: the style's own primitive, as its CE_ItemViewItem draws it.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(
            opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QStaticText& text = laidOut(opt.text, opt.font, textRect.width());
        const QSizeF size = text.size();
        qreal x = textRect.left();
        if (opt.displayAlignment & Qt::AlignRight)
            x = textRect.right() + 1 - size.width();
        else if (opt.displayAlignment & Qt::AlignHCenter)
            x = textRect.left() + (textRect.width() - size.width()) / 2;
        // Whole pixels, as QStyle::alignedRect places the style's own text.
        const int y = textRect.top() + (textRect.height() - QFontMetrics(opt.font).height()) / 2;
        painter->setFont(opt.font);
        painter->drawStaticText(QPointF(x, y), text);
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor
            = opt.palette.color(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
                                opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace monime
