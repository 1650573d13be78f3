// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace monime {

class TokenService;

/// A token's metadata, its effective access in each Space (granted, missing from the role, blocked by a
/// whitelist) and its audit history. Never the secret.
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(TokenService& service, QWidget* parent = nullptr);

    void showToken(const QString& id);
    void clear();
    QString currentId() const { return m_id; }
    QString text() const;

private:
    TokenService& m_service;
    QTextBrowser* m_browser = nullptr;
    QString m_id;
};

} // namespace monime
