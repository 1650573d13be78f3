// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report (portal_pdf), read back with poppler's pdftotext: the summary page, the token table breaking
// between rows with its header on every page, the health findings, "Page N of M", Cancel, a full disk.
#include "FullDevice.h"
#include "ReportSamples.h"
#include "reports/ReportExporter.h"
#include "reports/pdf/PdfReportWriter.h"
#include "reports/pdf/TextWrap.h"

#include <QBuffer>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace monime;

class TestPdfReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The text of each page, from `pdftotext -layout`.
    static QStringList pages(const QString& pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        p.waitForFinished(60000);
        QStringList list = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!list.isEmpty() && list.last().trimmed().isEmpty())
            list.removeLast();
        return list;
    }

    static QStringList ids(const QString& text)
    {
        QStringList found;
        static const QRegularExpression re(QStringLiteral("tok-sample\\d{6}"));
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        return found;
    }

private Q_SLOTS:
    // Words stay whole wherever they fit on a line of their own; a long identifier breaks after _ - / . : , @
    // and anywhere only where nothing else fits (Qt broke "not_authenticated" mid-word).
    void wrapsAtWordsFirst()
    {
        const QFont font(QStringLiteral("DejaVu Sans"), 9);
        const QFontMetricsF fm(font);
        const double width = fm.horizontalAdvance(QStringLiteral("not_authenticated")) + 1;
        const QChar sep = QChar::LineSeparator;
        QCOMPARE(wrapText(fm, width, QStringLiteral("failed: not_authenticated")).split(sep),
                 (QStringList { QStringLiteral("failed:"), QStringLiteral("not_authenticated") }));
        QCOMPARE(wrapText(fm, width * 3, QStringLiteral("failed: not_authenticated")),
                 QStringLiteral("failed: not_authenticated"));

        const QString id = QStringLiteral("tok-AbCdEfGh_IjKlMnOp_QrStUvWx");
        const double narrow = fm.horizontalAdvance(QStringLiteral("IjKlMnOp_QrS"));
        const QStringList pieces = wrapText(fm, narrow, id).split(sep);
        QVERIFY(pieces.size() > 1);
        QCOMPARE(pieces.join(QString()), id); // nothing lost, nothing added
        for (qsizetype i = 0; i + 1 < pieces.size(); ++i)
            QVERIFY2(QStringLiteral("_-").contains(pieces.at(i).back()), qPrintable(pieces.join(u'|')));
        for (const QString& piece : pieces)
            QVERIFY(fm.horizontalAdvance(piece) <= narrow);

        const QString solid(40, QLatin1Char('x'));
        const QStringList forced = wrapText(fm, fm.horizontalAdvance(QStringLiteral("xxxxxxxxx")), solid).split(sep);
        QVERIFY(forced.size() >= 4);
        QCOMPARE(forced.join(QString()), solid);
    }

    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: packaging/install-deps.sh installs it");
        PdfReportWriter::registerWriter();
        QVERIFY(ReportExporter::isAvailable(ReportFormat::Pdf));
    }

    void summaryTablesAndPageNumbers()
    {
        QStringList names;
        names << QStringLiteral("Payments <script>alert(1)</script>") << QStringLiteral("Ünïcødé Ελληνικά Кириллица")
              << QString(100, QLatin1Char('W')) // one unbreakable 100-character name
              << QStringLiteral("A rather long integration name that has to wrap over several lines in its cell");
        const Report report = Report::build(samples::tokens(300, names), {}, samples::now());
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto r = ReportExporter::exportTo(ReportFormat::Pdf, report, path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));

        const QStringList text = pages(path);
        const int n = int(text.size());
        QVERIFY2(n >= 5, qPrintable(QString::number(n)));
        for (int i = 0; i < n; ++i)
            QVERIFY2(text.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(n)), qPrintable(text.at(i)));

        // Page 1: title, generated-at, filters, counts by status and type, the chart, findings by kind.
        const QString& first = text.at(0);
        QVERIFY(first.contains(QLatin1String("Monime token report")));
        QVERIFY(first.contains(QLatin1String("Generated 2026-11-23 12:00 UTC")));
        QVERIFY(first.contains(QLatin1String("Filters applied: none")));
        for (const QString& label : { QStringLiteral("Tokens"), QStringLiteral("Active"), QStringLiteral("Expired"),
                                      QStringLiteral("Revoked"), QStringLiteral("Test"), QStringLiteral("Live") })
            QVERIFY2(first.contains(label), qPrintable(label));
        for (int count : { report.counts.total, report.counts.active, report.counts.expired, report.counts.revoked,
                           report.counts.test, report.counts.live })
            QVERIFY2(first.contains(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(count))),
                     qPrintable(QString::number(count)));
        QVERIFY(first.contains(QLatin1String("Expiries over the next 12 months")));
        QVERIFY(first.contains(QLatin1String("Nov")) && first.contains(QLatin1String("Oct")));
        QVERIFY(first.contains(QLatin1String("Health findings by kind")));
        QVERIFY(ids(first).isEmpty());

        // The token table: every row exactly once, never split between pages, the header on every page.
        QHash<QString, int> pageOf;
        int tablePages = 0;
        for (int i = 1; i < n; ++i) {
            const QString& page = text.at(i);
            if (!page.contains(QLatin1String("Tokens (300)")))
                continue;
            ++tablePages;
            QVERIFY2(page.contains(QLatin1String("Permissions")) && page.contains(QLatin1String("Whitelists")),
                     "the table header is repeated on every page");
            for (const QString& id : ids(page)) {
                QVERIFY2(!pageOf.contains(id), qPrintable(id + QStringLiteral(" appears twice")));
                pageOf.insert(id, i);
            }
        }
        QVERIFY(tablePages >= 3);
        QVERIFY(text.at(2).contains(QLatin1String("Tokens (300), continued")));
        QCOMPARE(pageOf.size(), 300);
        for (int i = 4; i < 300; i += 37) {
            const QString name = QStringLiteral("Integration %1").arg(i);
            const QString id = report.tokens.at(i).id;
            QVERIFY2(text.at(pageOf.value(id)).contains(name), qPrintable(name + QStringLiteral(" not beside its id")));
        }
        QVERIFY(text.join(QString()).contains(QLatin1String("<script>alert(1)</script>")));
        for (const QString& word : QStringLiteral("Ünïcødé Ελληνικά Кириллица").split(QLatin1Char(' ')))
            QVERIFY2(text.join(QString()).contains(word), qPrintable(word)); // the cell may wrap between words

        // The health findings follow, with their fixes.
        const QString findingsTitle = QStringLiteral("Health findings (%1)").arg(report.health.size());
        int findingPages = 0;
        for (const QString& page : text)
            findingPages += page.contains(findingsTitle);
        QVERIFY(findingPages >= 1);
        QCOMPARE(tablePages + findingPages + 1, n);
        QVERIFY(text.last().contains(QLatin1String("Fix")));
    }

    void filtersAndEmptyReport()
    {
        ReportFilter filter;
        filter.status = TokenStatus::Active;
        filter.search = QStringLiteral("no such token");
        const Report report = Report::build(samples::tokens(20), filter, samples::now());
        const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(ReportExporter::exportTo(ReportFormat::Pdf, report, path).ok());
        const QStringList text = pages(path);
        QCOMPARE(text.size(), 3);
        QVERIFY(text.at(0).contains(QStringLiteral("status ACTIVE; search \u201cno such token\u201d")));
        QVERIFY(text.at(1).contains(QLatin1String("No token matches the filters.")));
        QVERIFY(text.at(2).contains(QLatin1String("No findings")));
    }

    void cancelHalfWay()
    {
        const Report report = Report::build(samples::tokens(400), {}, samples::now());
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        std::atomic_bool cancel { false };
        const auto r = ReportExporter::exportTo(
            ReportFormat::Pdf, report, path,
            [&cancel](qint64 done, qint64 total) {
                if (done * 2 >= total)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export_cancelled"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral("cancelled.pdf*") }, QDir::Files).isEmpty());
    }

    void fullDeviceFailsTheWrite_data()
    {
        QTest::addColumn<qint64>("room"); // bytes the device takes; negative: that many short of the whole PDF
        for (qint64 room : { 0, 1, 9, 100, 4096, 8192, 16384, 32768, -4096, -100, -1 })
            QTest::addRow("%lld bytes", room) << room;
    }

    void fullDeviceFailsTheWrite()
    {
        // QPdfEngine ignores a short write and drops everything after it: the writer must still say it failed.
        QFETCH(qint64, room);
        const Report report = Report::build(samples::tokens(88), {}, samples::now());
        QBuffer whole;
        QVERIFY(whole.open(QIODevice::WriteOnly));
        ReportProgress wholeProgress;
        QVERIFY(PdfReportWriter().write(report, whole, wholeProgress).ok());
        const qint64 size = whole.data().size();
        QVERIFY2(size > 40000, qPrintable(QString::number(size)));

        testing::FullDevice device(room < 0 ? size + room : room);
        ReportProgress progress;
        const auto r = PdfReportWriter().write(report, device, progress);
        QVERIFY2(
            !r.ok(),
            qPrintable(QStringLiteral("%1 of %2 bytes written, and no error").arg(device.data().size()).arg(size)));
        QCOMPARE(r.error().code, QStringLiteral("export_write_failed"));
        QVERIFY2(r.error().message.contains(qt_error_string(ENOSPC)), qPrintable(r.error().message));
        QVERIFY(device.data().size() < size);
    }

    void roomForTheWholePdf()
    {
        const Report report = Report::build(samples::tokens(88), {}, samples::now());
        QBuffer whole;
        QVERIFY(whole.open(QIODevice::WriteOnly));
        ReportProgress wholeProgress;
        QVERIFY(PdfReportWriter().write(report, whole, wholeProgress).ok());

        testing::FullDevice device(whole.data().size());
        ReportProgress progress;
        const auto r = PdfReportWriter().write(report, device, progress);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(device.failedWrites(), 0);
        QVERIFY(device.data().startsWith("%PDF-"));
        QVERIFY(device.data().trimmed().endsWith("%%EOF"));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
