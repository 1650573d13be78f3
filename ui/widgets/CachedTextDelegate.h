// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace monime {

/// Paints plain-text cells as QStyledItemDelegate does — the style's background, selection and focus, the
/// palette's text colour or the model's ForegroundRole, elided at the right — but keeps each elided text laid
/// out (QStaticText) for reuse. The style's own path lays every cell's text out three times per paint (size,
/// elision, drawing): after a search keystroke over 100,000 tokens that repaint alone took longer than a frame.
/// Cells with an icon, a check box or rich decoration go to QStyledItemDelegate unchanged.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CachedTextDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// How many laid-out texts are kept (for a test: the cache is bounded).
    int cachedTexts() const { return int(m_texts.size()); }

private:
    const QStaticText& laidOut(const QString& text, const QFont& font, int width) const;

    mutable QCache<QString, QStaticText> m_texts;
};

} // namespace monime
