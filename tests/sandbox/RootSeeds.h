// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The root endpoint's documented answers (kept out of the test's .cpp: moc trips over raw strings).

#include <QByteArray>
#include <QStringList>

namespace {

// The documented answers of the root endpoint (seeds/003, Monime's "Authentication" page), verbatim.
const char kSeedNotAuthenticated[] = R"({
  "platform": "Monime - Ⓜ️",
  "tagline": "APIs Beyond Payments ⚡️⚙️💰️",
  "status": {
    "environment": null,
    "isAuthenticated": false
  },
  "apiVersion": null,
  "requestOrigin": {
    "country": "SL",
    "ipAddress": "2c0f:2a80:4ea:1f08:2c1b:e667:f921:ddcf"
  }
})";
const char kSeedAuthenticated[] = R"({
    "platform": "Monime - Ⓜ️",
    "tagline": "APIs Beyond Payments ⚡️⚙️💰️",
    "status": {
        "environment": "ENVIRONMENT",
        "isAuthenticated": true
    },
    "apiVersion": {
        "id": "caph.2025-08-23",
        "release": {
            "name": "caph",
            "date": "2025-06-20"
        },
        "deprecated": false,
        "apiSchemas": {
            "openApi": "https://github.com/monimesl/monime-developer-apis/blob/main/api-versions/-/specifications/openapi.yaml"
        }
    },
    "requestOrigin": {
        "country": "SL",
        "ipAddress": "2c0f:2a80:4ea:1f08:2c1b:e667:f921:ddcf"
    }
})";

/// Every object key of a JSON text, in the order written, with its nesting: "status.environment".
inline QStringList keyPaths(const QByteArray& json)
{
    QStringList out;
    QStringList stack; // the key that opened each enclosing object
    QString lastKey;
    QList<char> brackets;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype j = i + 1;
            QByteArray s;
            while (j < json.size() && json.at(j) != '"') {
                if (json.at(j) == '\\')
                    ++j;
                s += json.at(j++);
            }
            qsizetype k = j + 1;
            while (k < json.size() && (json.at(k) == ' ' || json.at(k) == '\n' || json.at(k) == '\r'))
                ++k;
            if (k < json.size() && json.at(k) == ':') {
                lastKey = QString::fromUtf8(s);
                QStringList path = stack;
                path.removeAll(QString());
                out.append((path + QStringList { lastKey }).join(QLatin1Char('.')));
            }
            i = j;
        } else if (c == '{' || c == '[') {
            stack.append(c == '{' ? lastKey : QString());
            lastKey.clear();
        } else if (c == '}' || c == ']') {
            stack.removeLast();
        }
    }
    return out;
}

} // namespace
