// SPDX-License-Identifier: GPL-3.0-or-later
// monime-seed N LOCATION...: writes the same N benchmark tokens (BenchSeed.h) into each inventory, an SQLite file
// or a postgresql:// URL, with one "now" for all of them, so the back ends hold identical rows. A benchmark's
// helper (benchmarks/postgres-bench.sh), not a test; prints the seconds each location took.
#include "BenchSeed.h"
#include "store/SpaceRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace monime;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool ok = false;
    const int n = args.size() > 2 ? args.at(1).toInt(&ok) : 0;
    if (!ok || n < 1) {
        err << "usage: monime-seed N LOCATION... (an SQLite file or a postgresql:// URL; each must hold no tokens)\n";
        return 2;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = QStringLiteral("me");
    for (const QString& location : args.mid(2)) {
        auto db = Database::open(location);
        if (!db.ok()) {
            err << "monime-seed: " << db.error().message << '\n';
            return 1;
        }
        // The inventory's own Monimeer, as the CLI would make it: `list` and `create` then find it there.
        SpaceRepository spaces(*db.value());
        auto me = spaces.localMonimeer(name, now);
        if (!me.ok()) {
            err << "monime-seed: " << me.error().message << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        QString error;
        if (!seed(*db.value(), n, me->id, now.toMSecsSinceEpoch(), &error)) {
            err << "monime-seed: " << location << ": " << error << '\n';
            return 1;
        }
        out << "seeded " << n << " tokens into " << location << " in " << QString::number(t.elapsed() / 1000.0, 'f', 1)
            << " s\n";
        out.flush();
    }
    return 0;
}
