// SPDX-License-Identifier: GPL-3.0-or-later
// The report model and the CSV, JSON and HTML writers, through ReportExporter and QSaveFile: escaping,
// formula injection, the JSON schema, unwritable places, a full disk, a read-only disk and Cancel half-way.
#include "FullDevice.h"
#include "ReportSamples.h"
#include "reports/CsvReader.h"
#include "reports/CsvReportWriter.h"
#include "reports/HtmlReportWriter.h"
#include "reports/JsonReportWriter.h"
#include "reports/ReportExporter.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace monime;

Q_DECLARE_METATYPE(monime::ReportFormat)

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

/// A writer that ignores what write() returns, as QPdfEngine does: the exporter must notice for it.
class CarelessWriter final : public ReportWriter
{
public:
    Result<void> write(const Report& report, QIODevice& out, ReportProgress& progress) override
    {
        progress.begin(report.tokens.size());
        const QByteArray row(200, 'x');
        for (qsizetype i = 0; i < report.tokens.size(); ++i) {
            out.write(row);
            progress.advance();
        }
        return {};
    }
};

/// A tmpfs of `kib` KiB mounted on a new folder under `parent`, unmounted when it goes; needs root.
struct TinyDisk
{
    QString path;
    bool mounted = false;

    TinyDisk(const QString& parent, int kib, bool readOnly = false)
        : path(parent + QStringLiteral("/tiny"))
    {
        QDir().mkpath(path);
        QString options = QStringLiteral("size=%1k").arg(kib);
        if (readOnly)
            options += QStringLiteral(",ro");
        mounted = QProcess::execute(QStringLiteral("mount"),
                                    { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                      QStringLiteral("tmpfs"), path })
            == 0;
    }
    ~TinyDisk()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), { path });
    }
};

} // namespace

class TestReportWriters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Report sample(int n = 12) { return Report::build(samples::tokens(n, samples::trickyNames()), {}, samples::now()); }

private Q_SLOTS:
    void buildFiltersCountsAndCharts()
    {
        const QList<TokenInfo> all = samples::tokens(60);
        Report r = Report::build(all, {}, samples::now());
        QCOMPARE(r.counts.total, 60);
        QCOMPARE(r.counts.active + r.counts.expired + r.counts.revoked, 60);
        QCOMPARE(r.counts.expired, 10); // i % 6 == 1
        QCOMPARE(r.counts.revoked, 10); // i % 6 == 2
        QCOMPARE(r.counts.live, 20);
        QCOMPARE(r.counts.test, 40);
        QCOMPARE(r.counts.expiringSoon, 10); // i % 6 == 0: five days left
        QCOMPARE(r.expiriesByMonth.size(), Report::kChartMonths);
        QCOMPARE(r.chartMonth(0), QDate(2026, 11, 1));
        QCOMPARE(r.expiriesByMonth.at(0), 10); // the five-day ones, 2026-11-28
        int charted = 0;
        for (int c : r.expiriesByMonth)
            charted += c;
        QVERIFY(charted <= r.counts.active);

        ReportFilter f;
        f.status = TokenStatus::Revoked;
        r = Report::build(all, f, samples::now());
        QCOMPARE(r.counts.total, 10);
        QCOMPARE(r.counts.revoked, 10);
        QVERIFY(r.health.isEmpty()); // nothing to fix on a revoked token

        f = {};
        f.environment = Environment::Live;
        f.search = QStringLiteral("INTEGRATION 1");
        r = Report::build(all, f, samples::now());
        for (const TokenInfo& t : r.tokens) {
            QCOMPARE(t.environment, Environment::Live);
            QVERIFY(t.name.startsWith(QLatin1String("Integration 1")));
        }
        QCOMPARE(r.counts.total, 3); // live is i % 3 == 0: "Integration 12", "… 15", "… 18"
        QVERIFY(r.filter.describe().contains(QLatin1String("live")));

        f = {};
        f.search = QStringLiteral("PAYOUTS:W");
        r = Report::build(all, f, samples::now());
        QCOMPARE(r.counts.total, 15); // i % 4 == 0
    }

    void parseColumns_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("error");
        QTest::newRow("three") << QStringLiteral("name,id,status")
                               << QStringList { QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("status") }
                               << QString();
        QTest::newRow("spaces, case, dashes, duplicates")
            << QStringLiteral(" Name , days-left,name")
            << QStringList { QStringLiteral("name"), QStringLiteral("days_left") } << QString();
        QTest::newRow("unknown") << QStringLiteral("name,secret") << QStringList {} << QStringLiteral("secret");
        QTest::newRow("empty") << QStringLiteral(",") << QStringList {} << QStringLiteral("at least one");
    }

    void parseColumns()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, keys);
        QFETCH(QString, error);
        const auto parsed = Report::parseColumns(input);
        if (!error.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().field, QStringLiteral("columns"));
            QVERIFY2(parsed.error().message.contains(error), qPrintable(parsed.error().message));
            QVERIFY(parsed.error().message.contains(QLatin1String("last_test_result"))); // lists the valid ones
            return;
        }
        QVERIFY(parsed.ok());
        QStringList got;
        for (ReportColumn c : parsed.value())
            got << Report::columnKey(c);
        QCOMPARE(got, keys);
    }

    void csvFieldEscaping_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("plain") << QStringLiteral("plain") << QByteArray("plain");
        QTest::newRow("empty") << QString() << QByteArray("");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("formula +") << QStringLiteral("+1") << QByteArray("'+1");
        QTest::newRow("formula -") << QStringLiteral("-1+2") << QByteArray("'-1+2");
        QTest::newRow("formula @") << QStringLiteral("@SUM(1)") << QByteArray("'@SUM(1)");
        QTest::newRow("formula tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        QTest::newRow("formula CR, quoted") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("formula and comma")
            << QStringLiteral("=HYPERLINK(\"x\",\"y\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        QTest::newRow("negative whole number") << QStringLiteral("-3") << QByteArray("-3");
        QTest::newRow("lone minus") << QStringLiteral("-") << QByteArray("'-");
        QTest::newRow("non-ASCII") << QStringLiteral("Ünï 日本 🚀") << QStringLiteral("Ünï 日本 🚀").toUtf8();
        QTest::newRow("equals later is fine") << QStringLiteral("a=b") << QByteArray("a=b");
    }

    void csvFieldEscaping()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, csv);
        QByteArray out;
        CsvReportWriter::appendField(out, field);
        QCOMPARE(out, csv);
    }

    void csvRoundTrip()
    {
        const Report report = sample();
        const QString path = m_dir.filePath(QStringLiteral("tokens.csv"));
        const auto exported = ReportExporter::exportTo(ReportFormat::Csv, report, path);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
        QVERIFY(bytes.endsWith("\r\n"));
        bool bareLf = false;
        const QList<QStringList> rows = CsvReader::parse(bytes, &bareLf);
        QVERIFY(!bareLf); // the only LF outside CRLF is inside the quoted "two\nlines"
        QCOMPARE(rows.size(), report.tokens.size() + 1);
        QStringList header;
        for (ReportColumn c : Report::allColumns())
            header << Report::columnKey(c);
        QCOMPARE(rows.at(0), header);
        const QStringList names = samples::trickyNames();
        const QSet<QChar> formulaStarts { QLatin1Char('='), QLatin1Char('+'),  QLatin1Char('-'),
                                          QLatin1Char('@'), QLatin1Char('\t'), QLatin1Char('\r') };
        for (qsizetype i = 0; i < report.tokens.size(); ++i) {
            const QStringList& row = rows.at(i + 1);
            const TokenInfo& t = report.tokens.at(i);
            QCOMPARE(row.size(), header.size());
            const QString expectName = formulaStarts.contains(t.name.at(0)) ? QLatin1Char('\'') + t.name : t.name;
            QCOMPARE(row.at(0), expectName);
            QCOMPARE(row.at(1), t.id);
            QCOMPARE(row.at(2), environmentName(t.environment));
            QCOMPARE(row.at(3), statusName(t.status(samples::now())));
            QCOMPARE(QDateTime::fromString(row.at(4), Qt::ISODate), t.createdAt);
            QCOMPARE(row.at(5).isEmpty(), !t.expiresAt.isValid());
            if (t.expiresAt.isValid())
                QCOMPARE(QDateTime::fromString(row.at(5), Qt::ISODate), t.expiresAt);
            QCOMPARE(row.at(8).split(QLatin1String("; ")), t.permissions);
            QCOMPARE(row.at(9), t.spaceWhitelist);
            QCOMPARE(row.at(10).split(QLatin1String("; "), Qt::SkipEmptyParts), t.ipWhitelist);
        }
        // The expired sample (index 1) has "-3" days left: a number, not neutralised.
        QCOMPARE(rows.at(2).at(6), QStringLiteral("-3"));
        QVERIFY(bytes.contains(QStringLiteral("Ünïcødé 日本語 🚀").toUtf8()));
        QVERIFY(!bytes.contains("mon_test_")); // not even the hint
    }

    void csvColumnSelection()
    {
        auto columns = Report::parseColumns(QStringLiteral("id,status"));
        const Report report = Report::build(samples::tokens(3), {}, samples::now(), columns.value());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportProgress progress;
        QVERIFY(CsvReportWriter().write(report, buffer, progress).ok());
        QCOMPARE(buffer.data(),
                 QByteArray("id,status\r\ntok-sample000000,ACTIVE\r\ntok-sample000001,EXPIRED\r\n"
                            "tok-sample000002,REVOKED\r\n"));
    }

    void jsonSchema()
    {
        ReportFilter filter;
        filter.environment = Environment::Live;
        Report report = Report::build(samples::tokens(12, samples::trickyNames()), filter, samples::now());
        const QString path = m_dir.filePath(QStringLiteral("tokens.json"));
        QVERIFY(ReportExporter::exportTo(ReportFormat::Json, report, path).ok());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(readAll(path), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("schema")).toString(), QStringLiteral("monime-portal/token-report"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("generatedAt")).toString(), Qt::ISODate), samples::now());
        const QJsonObject filters = o.value(QStringLiteral("filters")).toObject();
        QVERIFY(filters.value(QStringLiteral("status")).isNull());
        QCOMPARE(filters.value(QStringLiteral("environment")).toString(), QStringLiteral("live"));
        QVERIFY(filters.value(QStringLiteral("search")).isNull());
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("byType")).toObject().value(QStringLiteral("live")).toInt(), 4);
        QCOMPARE(counts.value(QStringLiteral("byType")).toObject().value(QStringLiteral("test")).toInt(), 0);
        const QJsonObject byStatus = counts.value(QStringLiteral("byStatus")).toObject();
        QCOMPARE(byStatus.value(QStringLiteral("ACTIVE")).toInt() + byStatus.value(QStringLiteral("EXPIRED")).toInt()
                     + byStatus.value(QStringLiteral("REVOKED")).toInt(),
                 4);
        QCOMPARE(o.value(QStringLiteral("expiriesByMonth")).toArray().size(), 12);
        QCOMPARE(o.value(QStringLiteral("expiriesByMonth")).toArray().at(0).toObject().value(QStringLiteral("month")),
                 QJsonValue(QStringLiteral("2026-11")));
        QCOMPARE(o.value(QStringLiteral("columns")).toArray().size(), Report::allColumns().size());

        const QJsonArray tokens = o.value(QStringLiteral("tokens")).toArray();
        QCOMPARE(tokens.size(), report.tokens.size());
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QJsonObject t = tokens.at(i).toObject();
            const TokenInfo& want = report.tokens.at(i);
            QCOMPARE(t.value(QStringLiteral("name")).toString(), want.name); // control characters and all
            QCOMPARE(t.value(QStringLiteral("id")).toString(), want.id);
            QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("live"));
            QCOMPARE(t.value(QStringLiteral("status")).toString(), statusName(want.status(samples::now())));
            QCOMPARE(t.value(QStringLiteral("expiresSoon")).toBool(), want.expiresSoon(samples::now()));
            QCOMPARE(t.value(QStringLiteral("expiresAt")).isNull(), !want.expiresAt.isValid());
            QCOMPARE(t.value(QStringLiteral("daysLeft")).isNull(), !want.expiresAt.isValid());
            QCOMPARE(t.value(QStringLiteral("ipWhitelist")).toArray().size(), want.ipWhitelist.size());
            QCOMPARE(t.value(QStringLiteral("spaceWhitelist")).isNull(), want.spaceWhitelist.isEmpty());
            QVERIFY(t.value(QStringLiteral("permissions")).isArray());
            QCOMPARE(t.value(QStringLiteral("owner")).toString(), QStringLiteral("mmr-owner"));
            QVERIFY(!t.contains(QStringLiteral("hint")));
            QVERIFY(!t.contains(QStringLiteral("token")));
        }
        const QJsonArray health = o.value(QStringLiteral("health")).toArray();
        QCOMPARE(health.size(), report.health.size());
        QVERIFY(!health.isEmpty());
        for (const QJsonValue& v : health) {
            const QJsonObject f = v.toObject();
            QVERIFY(HealthCheck::codes().contains(f.value(QStringLiteral("code")).toString()));
            QVERIFY(QStringList({ QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high") })
                        .contains(f.value(QStringLiteral("severity")).toString()));
            QVERIFY(!f.value(QStringLiteral("fix")).toString().isEmpty());
        }
    }

    void jsonColumnSelection()
    {
        const Report report = Report::build(samples::tokens(2), {}, samples::now(),
                                            Report::parseColumns(QStringLiteral("name,days_left")).value());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ReportProgress progress;
        QVERIFY(ReportExporter::writer(ReportFormat::Json)->write(report, buffer, progress).ok());
        const QJsonObject o = QJsonDocument::fromJson(buffer.data()).object();
        const QJsonObject first = o.value(QStringLiteral("tokens")).toArray().at(0).toObject();
        QCOMPARE(first.keys(), (QStringList { QStringLiteral("daysLeft"), QStringLiteral("name") }));
        QCOMPARE(first.value(QStringLiteral("daysLeft")).toInt(), 5);
    }

    void htmlEscapesEverything()
    {
        const Report report = sample();
        const QString path = m_dir.filePath(QStringLiteral("tokens.html"));
        QVERIFY(ReportExporter::exportTo(ReportFormat::Html, report, path).ok());
        const QByteArray html = readAll(path);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<meta charset=\"utf-8\">"));
        QVERIFY(html.contains("<style>"));
        QVERIFY2(!html.contains("<script"), "a token name became markup");
        QVERIFY(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co"));
        QVERIFY(html.contains("He said &quot;hi&quot;"));
        QVERIFY(html.contains(QStringLiteral("Ünïcødé 日本語 🚀").toUtf8()));
        // Self-contained: nothing fetched from elsewhere.
        QVERIFY(!html.contains("src="));
        QVERIFY(!html.contains("href="));
        QVERIFY(!html.contains("@import"));
        QVERIFY(html.contains("tok-sample000011"));
        QVERIFY(html.trimmed().endsWith("</html>"));
    }

    void pdfIsUnavailableWithoutPortalPdf()
    {
        // This test links portal_core only: nothing registered a PDF writer.
        QVERIFY(!ReportExporter::isAvailable(ReportFormat::Pdf));
        const QString path = m_dir.filePath(QStringLiteral("no.pdf"));
        const auto r = ReportExporter::exportTo(ReportFormat::Pdf, sample(), path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export_format_unavailable"));
        QVERIFY(!QFile::exists(path));
    }

    void unwritableDestination_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing folder") << QStringLiteral("missing/dir/tokens.csv") << QStringLiteral("does not exist");
        QTest::newRow("parent is a file") << QStringLiteral("a-file/tokens.csv") << QStringLiteral("not a folder");
        QTest::newRow("a folder") << QStringLiteral("a-folder") << QStringLiteral("is a folder");
    }

    void unwritableDestination()
    {
        QFETCH(QString, relative);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
        const QString path = dir.filePath(relative);
        for (ReportFormat format : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html }) {
            const auto r = ReportExporter::exportTo(format, sample(), path);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("export_unwritable"));
            QCOMPARE(r.error().field, QStringLiteral("output"));
            QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
            QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
        }
        QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("a-file") });
    }

    void cancelHalfWayLeavesNothing_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::newRow("csv") << ReportFormat::Csv;
        QTest::newRow("json") << ReportFormat::Json;
        QTest::newRow("html") << ReportFormat::Html;
    }

    void cancelHalfWayLeavesNothing()
    {
        QFETCH(ReportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.out"));
        // An earlier report under the same name must survive a cancelled export untouched.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous report");
        }
        const Report report = Report::build(samples::tokens(5000), {}, samples::now());
        std::atomic_bool cancel { false };
        qint64 lastDone = -1, calls = 0, cancelledAt = 0;
        auto progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone && done <= total);
            lastDone = done;
            ++calls;
            if (!cancel && done * 2 >= total) {
                cancel = true;
                cancelledAt = done;
            }
        };
        const auto r = ReportExporter::exportTo(format, report, path, progress, &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export_cancelled"));
        QVERIFY2(r.error().message.contains(QLatin1String("cancelled")) && r.error().message.contains(path),
                 qPrintable(r.error().message));
        QVERIFY(cancelledAt > 0);
        QVERIFY2(lastDone <= cancelledAt + 1, "the writer kept going after Cancel");
        QVERIFY2(calls < 150, "progress is reported about 200 times per export, not per row");
        QCOMPARE(readAll(path), QByteArray("the previous report"));
        QCOMPARE(filesIn(dir.path()), QStringList { QStringLiteral("report.out") }); // no temporary file left
    }

    void progressReachesTheEnd()
    {
        const Report report = Report::build(samples::tokens(1000), {}, samples::now());
        qint64 last = 0, total = 0;
        const auto r = ReportExporter::exportTo(ReportFormat::Csv, report, m_dir.filePath(QStringLiteral("p.csv")),
                                                [&](qint64 d, qint64 t) {
                                                    last = d;
                                                    total = t;
                                                });
        QVERIFY(r.ok());
        QCOMPARE(total, 1000);
        QCOMPARE(last, 1000);
    }

    void writersFailOnAFullDevice_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::addColumn<qint64>("room");
        for (ReportFormat format : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html })
            for (qint64 room : { 0, 1, 4096, 100000 })
                QTest::addRow("%s, %lld bytes", qPrintable(ReportExporter::formatName(format)), room) << format << room;
    }

    void writersFailOnAFullDevice()
    {
        QFETCH(ReportFormat, format);
        QFETCH(qint64, room);
        const Report report = Report::build(samples::tokens(3000), {}, samples::now());
        testing::FullDevice device(room);
        ReportProgress progress;
        const auto r = ReportExporter::writer(format)->write(report, device, progress);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export_write_failed"));
        QVERIFY2(r.error().message.contains(qt_error_string(ENOSPC)), qPrintable(r.error().message));
    }

    void fullDisk_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::addColumn<bool>("careless");
        QTest::newRow("csv") << ReportFormat::Csv << false;
        QTest::newRow("json") << ReportFormat::Json << false;
        QTest::newRow("html") << ReportFormat::Html << false;
        // Registered in the PDF slot, the one a test without portal_pdf can fill.
        QTest::newRow("a writer that ignores write errors") << ReportFormat::Pdf << true;
    }

    void fullDisk()
    {
#ifdef Q_OS_LINUX
        QFETCH(ReportFormat, format);
        QFETCH(bool, careless);
        if (::geteuid() != 0)
            QSKIP("mounting a tiny tmpfs needs root");
        QTemporaryDir dir;
        TinyDisk disk(dir.path(), 64);
        if (!disk.mounted)
            QSKIP("mount -t tmpfs is not permitted here");
        const QString path = disk.path + QStringLiteral("/tokens.out");
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous report");
        }
        if (careless)
            ReportExporter::setPdfWriterFactory([] { return std::make_unique<CarelessWriter>(); });
        const Report report = Report::build(samples::tokens(3000), {}, samples::now()); // ~600 kB of CSV
        const auto r = ReportExporter::exportTo(format, report, path);
        if (careless)
            ReportExporter::setPdfWriterFactory({});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("export_write_failed"));
        QVERIFY2(r.error().message.contains(path) && r.error().message.contains(QLatin1String("the disk is full"))
                     && r.error().message.contains(QLatin1String("Free some disk space")),
                 qPrintable(r.error().message));
        QCOMPARE(readAll(path), QByteArray("the previous report"));
        QCOMPARE(filesIn(disk.path), QStringList { QStringLiteral("tokens.out") }); // no temporary file left
#else
        QSKIP("tmpfs is Linux-only");
#endif
    }

    void readOnlyDisk()
    {
#ifdef Q_OS_LINUX
        if (::geteuid() != 0)
            QSKIP("mounting a tmpfs needs root");
        QTemporaryDir dir;
        TinyDisk disk(dir.path(), 64, true);
        if (!disk.mounted)
            QSKIP("mount -t tmpfs is not permitted here");
        const QString path = disk.path + QStringLiteral("/tokens.csv");
        for (ReportFormat format : { ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html }) {
            const auto r = ReportExporter::exportTo(format, sample(), path);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, QStringLiteral("export_unwritable"));
            QVERIFY2(r.error().message.contains(path) && r.error().message.contains(QLatin1String("read-only disk"))
                         && !r.error().message.contains(QLatin1String("disk space")),
                     qPrintable(r.error().message));
        }
        QVERIFY(filesIn(disk.path).isEmpty());
#else
        QSKIP("tmpfs is Linux-only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
