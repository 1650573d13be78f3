// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/pdf/PdfReportWriter.h"

#include "reports/pdf/TextWrap.h"

#include "reports/CheckedOutputDevice.h"
#include "reports/ReportExporter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <functional>
#include <vector>

namespace monime {

namespace {

const QColor kInk(29, 39, 51);
const QColor kMuted(74, 88, 102);
const QColor kRule(201, 210, 220);
const QColor kHeaderFill(232, 237, 242);
const QColor kZebra(246, 248, 250);
const QColor kBar(47, 111, 179);

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::High:
        return { 164, 22, 26 };
    case Severity::Medium:
        return { 154, 91, 0 };
    case Severity::Low:
        break;
    }
    return kMuted;
}

/// One table cell: a main text, an optional smaller grey line under it, a colour and weight.
struct Cell
{
    Cell(QString m = {}, QString s = {}, QColor c = kInk, bool b = false)
        : main(std::move(m))
        , sub(std::move(s))
        , color(c)
        , bold(b)
    { }

    QString main;
    QString sub;
    QColor color = kInk;
    bool bold = false;
};

struct Column
{
    QString title;
    double weight = 1;
    std::function<Cell(qsizetype row)> cell;
};

/// A table with a header that repeats on every page, paginated between rows.
struct Table
{
    QString title; ///< the section title above it: "Tokens (12)"
    QString emptyText; ///< shown when it has no rows
    QList<Column> columns;
    qsizetype rows = 0;
    std::vector<double> rowHeights;
    std::vector<double> widths;
    double headerHeight = 0;
    struct Page
    {
        qsizetype first = 0;
        qsizetype count = 0;
    };
    QList<Page> pages;
};

/// Lays the report out and draws it. All lengths are given in points and converted to device units with pt().
class PdfLayout
{
public:
    PdfLayout(QPdfWriter& pdf, const CheckedOutputDevice& output, const Report& report, ReportProgress& progress)
        : m_pdf(pdf)
        , m_output(output)
        , m_report(report)
        , m_progress(progress)
        , m_k(pdf.resolution() / 72.0)
    {
        m_body = font(7);
        m_bodyBold = font(7, true);
        m_small = font(6.2);
        m_fmBody.emplace(m_body, &m_pdf);
        m_fmBold.emplace(m_bodyBold, &m_pdf);
        m_fmSmall.emplace(m_small, &m_pdf);
        m_pageWidth = m_pdf.width();
        m_pageHeight = m_pdf.height();
        m_left = pt(kMargin);
        m_contentWidth = m_pageWidth - 2 * pt(kMargin);
        m_top = pt(kMargin);
        m_bottom = m_pageHeight - pt(kMargin);
    }

    /// False when cancelled.
    bool layout()
    {
        m_tokens = tokenTable();
        m_monite = moniteTable();
        m_health = healthTable();
        m_pageCount = 1;
        for (Table* t : tables()) {
            if (!paginate(*t))
                return false;
            m_pageCount += int(t->pages.size());
        }
        return true;
    }

    /// The tables in their order; the Monite one only when the report has Monite clients.
    QList<Table*> tables()
    {
        if (m_report.moniteClients.isEmpty())
            return { &m_tokens, &m_health };
        return { &m_tokens, &m_monite, &m_health };
    }

    /// False when cancelled, the painter could not start or the output failed (then `problem` says why).
    bool paint(QString* problem)
    {
        QPainter p;
        if (!p.begin(&m_pdf)) {
            *problem = PdfReportWriter::tr("the PDF could not be started");
            return false;
        }
        p.setRenderHint(QPainter::Antialiasing);
        int page = 1;
        paintSummary(p);
        paintFooter(p, page);
        for (Table* t : tables()) {
            for (qsizetype i = 0; i < t->pages.size(); ++i) {
                m_pdf.newPage(); // writes the page before
                if (m_output.failed()) {
                    // No use drawing the rest: nothing more reaches the file.
                    p.end();
                    *problem = m_output.errorString();
                    return false;
                }
                ++page;
                if (!paintTablePage(p, *t, i)) {
                    p.end();
                    return false;
                }
                paintFooter(p, page);
            }
        }
        p.end(); // writes the last page, the fonts and the cross-reference table
        if (m_output.failed()) {
            *problem = m_output.errorString();
            return false;
        }
        return true;
    }

private:
    static constexpr double kMargin = 34; // points
    static constexpr double kPadX = 3.5;
    static constexpr double kPadY = 2.6;
    static constexpr int kMaxLines = 8;

    double pt(double points) const { return points * m_k; }

    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        // Any letter spacing turns ligatures off in Qt 6.4 (there is no font-feature API before 6.6): with the
        // "fi" ligature, pdftotext, search and copy would see U+FB01 instead of "fi".
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // device pixels: 0.012 pt at 300 dpi
        return f;
    }

    /// Lays `text` out in lines of `width`, breaking between words (inside one only when it is longer than a
    /// line), at most kMaxLines lines. Returns the height.
    double wrap(QTextLayout& layout, double width) const
    {
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap); // the lines are broken already (wrapText): never mid-word
        layout.setTextOption(option);
        layout.beginLayout();
        double y = 0;
        for (int n = 0; n < kMaxLines; ++n) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
        return y;
    }

    static bool fitsOnOneLine(const QFontMetricsF& fm, double width, const QString& text)
    {
        return !text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width;
    }

    /// The text broken into lines that fit `width` (words whole wherever they fit on a line of their own).
    static QString forLayout(const QFontMetricsF& fm, double width, const QString& text)
    {
        return wrapText(fm, width, text);
    }

    /// Height of `text` wrapped to `width`; one line when empty.
    double textHeight(const QFont& f, const QFontMetricsF& fm, double width, const QString& text) const
    {
        if (text.isEmpty() || fitsOnOneLine(fm, width, text))
            return fm.height();
        QTextLayout layout(forLayout(fm, width, text), f, &m_pdf);
        return wrap(layout, width);
    }

    double cellHeight(const Cell& c, double width) const
    {
        double h = textHeight(c.bold ? m_bodyBold : m_body, c.bold ? *m_fmBold : *m_fmBody, width, c.main);
        if (!c.sub.isEmpty())
            h += textHeight(m_small, *m_fmSmall, width, c.sub);
        return h;
    }

    Table tokenTable() const
    {
        const Report& r = m_report;
        const QList<ReportColumn>& cols = r.columns;
        auto has = [&cols](ReportColumn c) { return cols.contains(c); };
        auto token = [&r](qsizetype row) -> const TokenInfo& { return r.tokens.at(row); };
        auto human = [&r](const TokenInfo& t, ReportColumn c) { return r.cell(t, c, Report::TextStyle::Human); };
        // Dates without the time of day: the columns stay narrow enough for every column to fit the page.
        auto date = [](const QDateTime& t, const QString& absent) {
            return Report::humanTime(t, absent).left(t.isValid() ? 10 : -1);
        };
        Table t;
        t.title = PdfReportWriter::tr("Tokens (%n)", nullptr, r.counts.total);
        t.emptyText = PdfReportWriter::tr("No token matches the filters.");
        t.rows = r.tokens.size();
        // Pairs that read better as one column in print: name and id, expiry and days left, the two whitelists,
        // the test's result and time.
        for (const ReportColumn c : cols) {
            Column col;
            col.title = Report::columnTitle(c);
            switch (c) {
            case ReportColumn::Name:
                col.weight = 15;
                col.cell = [=](qsizetype row) {
                    return Cell { token(row).name, has(ReportColumn::Id) ? token(row).id : QString() };
                };
                break;
            case ReportColumn::Id:
                if (has(ReportColumn::Name))
                    continue;
                col.weight = 11;
                col.cell = [=](qsizetype row) { return Cell { token(row).id }; };
                break;
            case ReportColumn::Type:
                col.weight = 4;
                col.cell = [=](qsizetype row) {
                    const TokenInfo& tk = token(row);
                    return Cell { human(tk, c),
                                  {},
                                  tk.environment == Environment::Live ? QColor(120, 40, 140) : kInk,
                                  tk.environment == Environment::Live };
                };
                break;
            case ReportColumn::Status:
                col.weight = 6.5;
                col.cell = [=](qsizetype row) {
                    const TokenInfo& tk = token(row);
                    Cell cell { statusName(tk.status(r.generatedAt)) };
                    if (tk.status(r.generatedAt) != TokenStatus::Active)
                        cell.color = kMuted;
                    if (tk.expiresSoon(r.generatedAt)) {
                        cell.sub = PdfReportWriter::tr("expires soon");
                        cell.color = severityColor(Severity::Medium);
                    }
                    return cell;
                };
                break;
            case ReportColumn::Expires:
                col.weight = 8;
                if (has(ReportColumn::DaysLeft))
                    col.title = PdfReportWriter::tr("Expires (days left)");
                col.cell = [=](qsizetype row) {
                    const TokenInfo& tk = token(row);
                    Cell cell { date(tk.expiresAt, PdfReportWriter::tr("never")) };
                    const auto days = r.daysLeft(tk);
                    if (has(ReportColumn::DaysLeft) && days && tk.status(r.generatedAt) == TokenStatus::Active)
                        cell.sub = PdfReportWriter::tr("%n day(s) left", nullptr, int(*days));
                    return cell;
                };
                break;
            case ReportColumn::DaysLeft:
                if (has(ReportColumn::Expires))
                    continue;
                col.weight = 5;
                col.cell = [=](qsizetype row) { return Cell { human(token(row), c) }; };
                break;
            case ReportColumn::Permissions:
                col.weight = 16;
                col.cell = [=](qsizetype row) { return Cell { token(row).permissions.join(QLatin1String(", ")) }; };
                break;
            case ReportColumn::SpaceWhitelist:
                col.weight = 9;
                if (has(ReportColumn::IpWhitelist)) {
                    col.title = PdfReportWriter::tr("Whitelists");
                    col.weight = 12;
                    col.cell = [=](qsizetype row) {
                        const TokenInfo& tk = token(row);
                        return Cell { PdfReportWriter::tr("Space: %1").arg(human(tk, ReportColumn::SpaceWhitelist)),
                                      PdfReportWriter::tr("IP: %1").arg(
                                          tk.ipWhitelist.isEmpty() ? human(tk, ReportColumn::IpWhitelist)
                                                                   : tk.ipWhitelist.join(QLatin1String(", "))) };
                    };
                } else {
                    col.cell = [=](qsizetype row) { return Cell { human(token(row), c) }; };
                }
                break;
            case ReportColumn::IpWhitelist:
                if (has(ReportColumn::SpaceWhitelist))
                    continue;
                col.weight = 10;
                col.cell = [=](qsizetype row) { return Cell { human(token(row), c) }; };
                break;
            case ReportColumn::LastTestResult:
                col.weight = 9;
                col.title = PdfReportWriter::tr("Last test");
                col.cell = [=](qsizetype row) {
                    const TokenInfo& tk = token(row);
                    Cell cell { tk.lastTestResult.isEmpty() ? PdfReportWriter::tr("not tested") : tk.lastTestResult };
                    if (tk.lastTestResult.isEmpty())
                        cell.color = kMuted;
                    else if (tk.lastTestPassed == false)
                        cell.color = severityColor(Severity::High);
                    if (has(ReportColumn::LastTested) && tk.lastTestedAt.isValid())
                        cell.sub = date(tk.lastTestedAt, QString());
                    return cell;
                };
                break;
            case ReportColumn::LastTested:
                if (has(ReportColumn::LastTestResult))
                    continue;
                col.weight = 7;
                col.cell = [=](qsizetype row) {
                    return Cell { date(token(row).lastTestedAt, PdfReportWriter::tr("never")) };
                };
                break;
            case ReportColumn::Created:
                col.weight = 7;
                col.cell = [=](qsizetype row) { return Cell { date(token(row).createdAt, QString()) }; };
                break;
            case ReportColumn::LastUsed:
                col.weight = 7;
                col.cell
                    = [=](qsizetype row) { return Cell { date(token(row).lastUsedAt, PdfReportWriter::tr("never")) }; };
                break;
            case ReportColumn::ApiRelease:
                col.weight = 9.5;
                col.cell = [=](qsizetype row) { return Cell { human(token(row), c) }; };
                break;
            case ReportColumn::Owner:
                col.weight = 13;
                col.cell = [=](qsizetype row) { return Cell { human(token(row), c) }; };
                break;
            }
            t.columns.append(col);
        }
        return t;
    }

    /// The Monite client profiles: what is stored about each (never a secret) and each grant's token.
    Table moniteTable() const
    {
        const Report& r = m_report;
        Table t;
        t.title = PdfReportWriter::tr("Monite clients (%n)", nullptr, int(r.moniteClients.size()));
        t.rows = r.moniteClients.size();
        auto client = [&r](qsizetype row) -> const ReportMoniteClient& { return r.moniteClients.at(row); };
        auto human = [&r, client](qsizetype row, MoniteReportColumn c) {
            return r.moniteCell(client(row), c, Report::TextStyle::Human);
        };
        using C = MoniteReportColumn;
        t.columns = {
            { Report::moniteColumnTitle(C::Profile), 12,
              [=](qsizetype row) {
                  return Cell { human(row, C::Profile), human(row, C::Environment), kInk, true };
              } },
            { Report::moniteColumnTitle(C::BaseUrl), 16,
              [=](qsizetype row) {
                  return Cell { human(row, C::BaseUrl),
                                PdfReportWriter::tr("API version %1").arg(human(row, C::ApiVersion)) };
              } },
            { Report::moniteColumnTitle(C::ClientId), 14,
              [=](qsizetype row) { return Cell { human(row, C::ClientId) }; } },
            { Report::moniteColumnTitle(C::EntityUsers), 6,
              [=](qsizetype row) { return Cell { human(row, C::EntityUsers) }; } },
            { Report::moniteColumnTitle(C::SecretStored), 10,
              [=](qsizetype row) {
                  return Cell { human(row, C::SecretStored),
                                PdfReportWriter::tr("%1 days old").arg(human(row, C::SecretAgeDays)) };
              } },
            { Report::moniteColumnTitle(C::LastUsed), 10,
              [=](qsizetype row) { return Cell { human(row, C::LastUsed) }; } },
            { Report::moniteColumnTitle(C::LastTestResult), 14,
              [=](qsizetype row) {
                  return Cell { human(row, C::LastTestResult), human(row, C::LastTested) };
              } },
            { PdfReportWriter::tr("Tokens"), 20,
              [=](qsizetype row) {
                  QStringList lines;
                  for (const ReportMoniteGrant& g : client(row).grants)
                      lines << r.moniteGrantText(g);
                  return Cell { lines.join(QLatin1Char('\n')) };
              } },
        };
        return t;
    }

    Table healthTable() const
    {
        const Report& r = m_report;
        Table t;
        t.title = PdfReportWriter::tr("Health findings (%n)", nullptr, int(r.health.size()));
        t.emptyText = PdfReportWriter::tr("No findings: every token in this report passes the health check.");
        t.rows = r.health.size();
        auto finding = [&r](qsizetype row) -> const HealthFinding& { return r.health.at(row); };
        t.columns = {
            { PdfReportWriter::tr("Severity"), 6,
              [=](qsizetype row) {
                  const HealthFinding& f = finding(row);
                  return Cell { HealthCheck::severityLabel(f.severity), {}, severityColor(f.severity), true };
              } },
            { PdfReportWriter::tr("Token"), 18,
              [=](qsizetype row) {
                  const HealthFinding& f = finding(row);
                  if (f.isMonite())
                      return Cell { f.moniteProfile, PdfReportWriter::tr("Monite client") };
                  return Cell { f.tokenName, f.tokenId + QStringLiteral(" \u00b7 ") + environmentName(f.environment) };
              } },
            { PdfReportWriter::tr("Finding"), 30,
              [=](qsizetype row) {
                  const HealthFinding& f = finding(row);
                  return Cell { f.title, f.message, kInk, true };
              } },
            { PdfReportWriter::tr("Fix"), 30, [=](qsizetype row) { return Cell { finding(row).fix }; } },
        };
        return t;
    }

    double sectionTitleHeight() const { return pt(22); }

    /// Column widths, row heights and page breaks; false when cancelled.
    bool paginate(Table& t)
    {
        double total = 0;
        for (const Column& c : t.columns)
            total += c.weight;
        t.widths.clear();
        for (const Column& c : t.columns)
            t.widths.push_back(m_contentWidth * c.weight / total);
        t.headerHeight = 0;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            t.headerHeight = qMax(t.headerHeight,
                                  textHeight(m_bodyBold, *m_fmBold, t.widths[i] - 2 * pt(kPadX), t.columns[i].title));
        t.headerHeight += 2 * pt(kPadY);

        const double start = m_top + sectionTitleHeight() + t.headerHeight;
        t.rowHeights.resize(size_t(t.rows));
        t.pages = { Table::Page {} };
        double y = start;
        for (qsizetype row = 0; row < t.rows; ++row) {
            double h = 0;
            for (qsizetype i = 0; i < t.columns.size(); ++i)
                h = qMax(h, cellHeight(t.columns[i].cell(row), t.widths[i] - 2 * pt(kPadX)));
            h += 2 * pt(kPadY);
            t.rowHeights[size_t(row)] = h;
            if (y + h > m_bottom && t.pages.last().count > 0) {
                t.pages.append({ row, 0 });
                y = start;
            }
            ++t.pages.last().count;
            y += h;
            if (!m_progress.advance())
                return false;
        }
        return true;
    }

    void drawText(QPainter& p, const QFont& f, const QFontMetricsF& fm, const QRectF& r, const QString& text,
                  const QColor& color, int align = Qt::AlignLeft)
    {
        p.setFont(f);
        p.setPen(color);
        if (align != Qt::AlignLeft) {
            p.drawText(r, align | Qt::AlignTop, text);
            return;
        }
        if (fitsOnOneLine(fm, r.width(), text)) {
            p.drawText(QPointF(r.left(), r.top() + fm.ascent()), text); // the fast path: no layout needed
            return;
        }
        QTextLayout layout(forLayout(fm, r.width(), text), f, &m_pdf);
        wrap(layout, r.width());
        layout.draw(&p, r.topLeft());
    }

    void paintSectionTitle(QPainter& p, const QString& title, double y)
    {
        const QFont f = font(12, true);
        drawText(p, f, QFontMetricsF(f, &m_pdf), QRectF(m_left, y, m_contentWidth, pt(18)), title, kInk);
    }

    bool paintTablePage(QPainter& p, const Table& t, qsizetype pageIndex)
    {
        const Table::Page& page = t.pages.at(pageIndex);
        double y = m_top;
        paintSectionTitle(p, pageIndex == 0 ? t.title : PdfReportWriter::tr("%1, continued").arg(t.title), y);
        y += sectionTitleHeight();
        if (t.rows == 0) {
            drawText(p, m_body, *m_fmBody, QRectF(m_left, y, m_contentWidth, pt(14)), t.emptyText, kMuted);
            return true;
        }
        // Header, repeated on every page.
        p.fillRect(QRectF(m_left, y, m_contentWidth, t.headerHeight), kHeaderFill);
        double x = m_left;
        for (qsizetype i = 0; i < t.columns.size(); ++i) {
            drawText(p, m_bodyBold, *m_fmBold,
                     QRectF(x + pt(kPadX), y + pt(kPadY), t.widths[i] - 2 * pt(kPadX), t.headerHeight),
                     t.columns[i].title, kInk);
            x += t.widths[i];
        }
        y += t.headerHeight;
        p.setPen(QPen(kMuted, pt(0.6)));
        p.drawLine(QPointF(m_left, y), QPointF(m_left + m_contentWidth, y));

        for (qsizetype row = page.first; row < page.first + page.count; ++row) {
            const double h = t.rowHeights[size_t(row)];
            if (row % 2)
                p.fillRect(QRectF(m_left, y, m_contentWidth, h), kZebra);
            x = m_left;
            for (qsizetype i = 0; i < t.columns.size(); ++i) {
                const Cell c = t.columns[i].cell(row);
                const double w = t.widths[i] - 2 * pt(kPadX);
                const QFontMetricsF& fm = c.bold ? *m_fmBold : *m_fmBody;
                const double mainH = textHeight(c.bold ? m_bodyBold : m_body, fm, w, c.main);
                drawText(p, c.bold ? m_bodyBold : m_body, fm, QRectF(x + pt(kPadX), y + pt(kPadY), w, mainH), c.main,
                         c.color);
                if (!c.sub.isEmpty())
                    drawText(p, m_small, *m_fmSmall,
                             QRectF(x + pt(kPadX), y + pt(kPadY) + mainH, w, textHeight(m_small, *m_fmSmall, w, c.sub)),
                             c.sub, kMuted);
                x += t.widths[i];
            }
            y += h;
            p.setPen(QPen(kRule, pt(0.4)));
            p.drawLine(QPointF(m_left, y), QPointF(m_left + m_contentWidth, y));
            if (!m_progress.advance())
                return false;
        }
        return true;
    }

    void paintFooter(QPainter& p, int page)
    {
        const QRectF r(m_left, m_bottom + pt(10), m_contentWidth, pt(12));
        p.setPen(QPen(kRule, pt(0.5)));
        p.drawLine(QPointF(m_left, m_bottom + pt(6)), QPointF(m_left + m_contentWidth, m_bottom + pt(6)));
        p.setFont(m_small);
        p.setPen(kMuted);
        p.drawText(r, Qt::AlignLeft | Qt::AlignTop,
                   PdfReportWriter::tr("Monime token report \u00b7 generated %1 UTC \u00b7 no secrets included")
                       .arg(Report::humanTime(m_report.generatedAt, QString())));
        p.drawText(r, Qt::AlignRight | Qt::AlignTop, PdfReportWriter::tr("Page %1 of %2").arg(page).arg(m_pageCount));
    }

    void paintCard(QPainter& p, const QRectF& r, int value, const QString& label, const QColor& accent)
    {
        p.setPen(QPen(kRule, pt(0.6)));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r, pt(3), pt(3));
        p.fillRect(QRectF(r.left(), r.top() + pt(1), pt(3), r.height() - pt(2)), accent);
        const QFont big = font(15, true);
        drawText(p, big, QFontMetricsF(big, &m_pdf),
                 QRectF(r.left() + pt(9), r.top() + pt(5), r.width() - pt(12), pt(20)),
                 QLocale(QLocale::English).toString(value), kInk);
        drawText(p, m_body, *m_fmBody, QRectF(r.left() + pt(9), r.top() + pt(25), r.width() - pt(12), pt(12)), label,
                 kMuted);
    }

    void paintSummary(QPainter& p)
    {
        const Report& r = m_report;
        double y = m_top;
        const QFont title = font(20, true);
        drawText(p, title, QFontMetricsF(title, &m_pdf), QRectF(m_left, y, m_contentWidth, pt(28)),
                 PdfReportWriter::tr("Monime token report"), kInk);
        y += pt(32);
        const QFont meta = font(9);
        const QFontMetricsF fmMeta(meta, &m_pdf);
        const QStringList lines {
            PdfReportWriter::tr("Generated %1 UTC").arg(Report::humanTime(r.generatedAt, QString())),
            PdfReportWriter::tr("Filters applied: %1").arg(r.filter.describe()),
            PdfReportWriter::tr("Health check: rotation period %1 days, expiring within %2 days, unused for %3 days. "
                                "Secrets are never part of a report.")
                .arg(r.healthSettings.rotationDays)
                .arg(r.healthSettings.expiringDays)
                .arg(r.healthSettings.unusedDays),
        };
        for (const QString& line : lines) {
            drawText(p, meta, fmMeta, QRectF(m_left, y, m_contentWidth, pt(13)), line, kMuted);
            y += pt(13);
        }
        y += pt(10);

        // Counts by status and by type.
        const ReportCounts& n = r.counts;
        int high = 0;
        for (const HealthFinding& f : r.health)
            high += f.severity == Severity::High;
        struct CardData
        {
            int value;
            QString label;
            QColor accent;
            bool gapBefore;
        };
        const QList<CardData> cards {
            { n.total, PdfReportWriter::tr("Tokens"), kInk, false },
            { n.active, PdfReportWriter::tr("Active"), QColor(46, 125, 50), true },
            { n.expired, PdfReportWriter::tr("Expired"), severityColor(Severity::Medium), false },
            { n.revoked, PdfReportWriter::tr("Revoked"), severityColor(Severity::High), false },
            { n.test, PdfReportWriter::tr("Test"), kBar, true },
            { n.live, PdfReportWriter::tr("Live"), QColor(120, 40, 140), false },
            { n.expiringSoon, PdfReportWriter::tr("Expiring in 14 days"), severityColor(Severity::Medium), true },
            { high, PdfReportWriter::tr("High findings"), severityColor(Severity::High), false },
        };
        const double gap = pt(6), groupGap = pt(16);
        const double cardWidth = (m_contentWidth - 4 * gap - 3 * groupGap) / cards.size();
        const double cardHeight = pt(40);
        const QFont groupFont = font(7, true);
        const QFontMetricsF fmGroup(groupFont, &m_pdf);
        double x = m_left;
        const QStringList groups { PdfReportWriter::tr("ALL"), PdfReportWriter::tr("BY STATUS"),
                                   PdfReportWriter::tr("BY TYPE"), PdfReportWriter::tr("ATTENTION") };
        int group = 0;
        for (qsizetype i = 0; i < cards.size(); ++i) {
            if (i > 0)
                x += cards[i].gapBefore ? groupGap : gap;
            if (i == 0 || cards[i].gapBefore)
                drawText(p, groupFont, fmGroup, QRectF(x, y, cardWidth * 3, pt(10)), groups.value(group++), kMuted);
            paintCard(p, QRectF(x, y + pt(11), cardWidth, cardHeight), cards[i].value, cards[i].label, cards[i].accent);
            x += cardWidth;
        }
        y += pt(11) + cardHeight + pt(18);

        // The chart on the left, the findings by kind on the right.
        const double chartWidth = m_contentWidth * 0.58;
        paintChart(p, QRectF(m_left, y, chartWidth, m_bottom - y - pt(4)));
        paintHealthSummary(p,
                           QRectF(m_left + chartWidth + pt(24), y, m_contentWidth - chartWidth - pt(24), m_bottom - y));
    }

    void paintChart(QPainter& p, const QRectF& area)
    {
        const Report& r = m_report;
        const QFont heading = font(10, true);
        drawText(p, heading, QFontMetricsF(heading, &m_pdf), QRectF(area.left(), area.top(), area.width(), pt(14)),
                 PdfReportWriter::tr("Expiries over the next 12 months (active tokens)"), kInk);
        int most = 0, later = 0, never = 0;
        for (int c : r.expiriesByMonth)
            most = qMax(most, c);
        const QDate end = r.chartMonth(Report::kChartMonths);
        for (const TokenInfo& t : r.tokens) {
            if (t.status(r.generatedAt) != TokenStatus::Active)
                continue;
            if (!t.expiresAt.isValid())
                ++never;
            else if (t.expiresAt.toUTC().date() >= end)
                ++later;
        }
        // A "nice" top for the axis: 1, 2 or 5 times a power of ten, split in 4 or 5 steps.
        int step = 1;
        for (int power = 1, i = 0; step * 5 < most;) {
            static constexpr int kSteps[] = { 1, 2, 5 };
            if (++i == 3) {
                i = 0;
                power *= 10;
            }
            step = kSteps[i] * power;
        }
        const int top = qMax(step * ((most + step - 1) / step), 1);

        const double labelWidth = pt(26);
        const QRectF plot(area.left() + labelWidth, area.top() + pt(26), area.width() - labelWidth,
                          area.height() - pt(26) - pt(40));
        p.setFont(m_small);
        for (int v = 0; v <= top; v += step) {
            const double y = plot.bottom() - plot.height() * v / top;
            p.setPen(QPen(v == 0 ? kMuted : kRule, pt(v == 0 ? 0.8 : 0.4)));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(kMuted);
            p.drawText(QRectF(area.left(), y - pt(5), labelWidth - pt(4), pt(10)), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(v));
        }
        const int months = int(r.expiriesByMonth.size());
        const double slot = plot.width() / qMax(months, 1);
        for (int i = 0; i < months; ++i) {
            const int count = r.expiriesByMonth.at(i);
            const double h = plot.height() * count / top;
            const QRectF bar(plot.left() + i * slot + slot * 0.18, plot.bottom() - h, slot * 0.64, h);
            if (count > 0)
                p.fillRect(bar, kBar);
            p.setPen(count > 0 ? kInk : kMuted);
            p.setFont(m_small);
            p.drawText(QRectF(bar.left() - pt(6), bar.top() - pt(10), bar.width() + pt(12), pt(9)), Qt::AlignCenter,
                       QString::number(count));
            const QDate month = r.chartMonth(i);
            p.setPen(kMuted);
            p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + pt(3), slot, pt(9)),
                       Qt::AlignHCenter | Qt::AlignTop,
                       QLocale(QLocale::English).monthName(month.month(), QLocale::ShortFormat));
            if (i == 0 || month.month() == 1)
                p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + pt(11), slot, pt(9)),
                           Qt::AlignHCenter | Qt::AlignTop, QString::number(month.year()));
        }
        drawText(
            p, m_body, *m_fmBody, QRectF(area.left(), plot.bottom() + pt(24), area.width(), pt(12)),
            PdfReportWriter::tr("Not in the chart: %1 expiring later, %2 that never expire.").arg(later).arg(never),
            kMuted);
    }

    void paintHealthSummary(QPainter& p, const QRectF& area)
    {
        const Report& r = m_report;
        const QFont heading = font(10, true);
        drawText(p, heading, QFontMetricsF(heading, &m_pdf), QRectF(area.left(), area.top(), area.width(), pt(14)),
                 PdfReportWriter::tr("Health findings by kind"), kInk);
        double y = area.top() + pt(24);
        if (r.health.isEmpty()) {
            drawText(p, m_body, *m_fmBody, QRectF(area.left(), y, area.width(), pt(24)),
                     PdfReportWriter::tr("No findings: every token in this report passes the health check."), kMuted);
            return;
        }
        struct Kind
        {
            QString title;
            Severity worst = Severity::Low;
            int count = 0;
        };
        QHash<QString, Kind> kinds;
        for (const HealthFinding& f : r.health) {
            Kind& k = kinds[f.code];
            k.title = f.title;
            k.worst = qMax(k.worst, f.severity);
            ++k.count;
        }
        const double countWidth = pt(40), sevWidth = pt(46);
        const double rowHeight = pt(15);
        p.fillRect(QRectF(area.left(), y, area.width(), rowHeight), kHeaderFill);
        auto row = [&](const QString& a, const QString& b, const QString& c, const QColor& color, bool bold) {
            const QFont& f = bold ? m_bodyBold : m_body;
            const QFontMetricsF& fm = bold ? *m_fmBold : *m_fmBody;
            const double ty = y + (rowHeight - fm.height()) / 2;
            drawText(p, f, fm, QRectF(area.left() + pt(kPadX), ty, sevWidth, fm.height()), a, color);
            drawText(p, f, fm,
                     QRectF(area.left() + sevWidth + pt(kPadX), ty, area.width() - sevWidth - countWidth, fm.height()),
                     b, kInk);
            drawText(p, f, fm, QRectF(area.right() - countWidth, ty, countWidth - pt(kPadX), fm.height()), c, kInk,
                     Qt::AlignRight);
            y += rowHeight;
            p.setPen(QPen(kRule, pt(0.4)));
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        };
        row(PdfReportWriter::tr("Severity"), PdfReportWriter::tr("Finding"), PdfReportWriter::tr("Tokens"), kInk, true);
        for (const QString& code : HealthCheck::codes()) {
            const auto it = kinds.constFind(code);
            if (it == kinds.cend())
                continue;
            row(HealthCheck::severityLabel(it->worst), it->title, QString::number(it->count), severityColor(it->worst),
                false);
        }
        y += pt(8);
        drawText(p, m_body, *m_fmBody, QRectF(area.left(), y, area.width(), pt(24)),
                 PdfReportWriter::tr("Each finding and its fix is listed after the token table."), kMuted);
    }

    QPdfWriter& m_pdf;
    const CheckedOutputDevice& m_output;
    const Report& m_report;
    ReportProgress& m_progress;
    const double m_k; // device units per point
    QFont m_body, m_bodyBold, m_small;
    std::optional<QFontMetricsF> m_fmBody, m_fmBold, m_fmSmall;
    double m_pageWidth = 0, m_pageHeight = 0, m_left = 0, m_contentWidth = 0, m_top = 0, m_bottom = 0;
    Table m_tokens, m_monite, m_health;
    int m_pageCount = 1;
};

} // namespace

Result<void> PdfReportWriter::write(const Report& report, QIODevice& out, ReportProgress& progress)
{
    // QPdfEngine ignores what its device's write() returns, and after one short write it silently drops the
    // rest: a full disk gave a truncated PDF and no error. This device keeps the failure for us to see.
    CheckedOutputDevice checked(out);
    QPdfWriter pdf(&checked);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(tr("Monime token report"));
    pdf.setCreator(QStringLiteral("Monime Developer Portal"));

    progress.begin(2 * (report.tokens.size() + report.moniteClients.size() + report.health.size()));
    PdfLayout layout(pdf, checked, report, progress);
    if (!layout.layout())
        return ReportErrors::cancelled();
    QString problem;
    if (!layout.paint(&problem))
        return problem.isEmpty() ? ReportErrors::cancelled() : ReportErrors::writeFailed(problem);
    return {};
}

void PdfReportWriter::registerWriter()
{
    ReportExporter::setPdfWriterFactory([] { return std::make_unique<PdfReportWriter>(); });
}

} // namespace monime
