// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/TokenRules.h"
#include "store/SpaceRepository.h"

#include <QLabel>
#include <QWizard>

namespace monime {

class TokenService;
struct CreatedToken;
class TokenBasicsPage;
class RestrictionsPage;
class PermissionsPage;
class ReviewPage;

/// The create-token form of the portal, field by field, as a wizard: Token, Restrictions, Permissions,
/// Review. Every rule comes from TokenRules; the pages only show its verdict beside the field concerned.
/// Create stays disabled until the form is valid; the keychain write runs asynchronously.
class CreateTokenWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { BasicsPageId, RestrictionsPageId, PermissionsPageId, ReviewPageId };
    /// Create a new token, or import one made in the real Monime portal (pasted, never shown again).
    enum class Mode { Create, Import };

    CreateTokenWizard(TokenService& service, const QList<SpaceInfo>& spaces, const QString& defaultRelease,
                      QWidget* parent = nullptr, Mode mode = Mode::Create);
    Mode mode() const { return m_mode; }

    TokenDraft draft() const;
    const DraftVerdict& verdict() const { return m_verdict; }
    /// Re-runs the rules over the whole form and tells every page.
    void revalidate();
    bool isTestMode() const;

Q_SIGNALS:
    void verdictChanged(const monime::DraftVerdict& verdict);
    /// A token was created (with its secret, to show once) or imported (secret empty: the user has it).
    void tokenCreated(const monime::CreatedToken& created);

public Q_SLOTS:
    void accept() override;
    /// Ignored while the token is being written: the keychain's answer must find the wizard there.
    void reject() override;

private:
    TokenService& m_service;
    Mode m_mode = Mode::Create;
    QStringList m_existingNames;
    DraftVerdict m_verdict;
    bool m_creating = false;
    TokenBasicsPage* m_basics = nullptr;
    RestrictionsPage* m_restrictions = nullptr;
    PermissionsPage* m_permissions = nullptr;
    ReviewPage* m_review = nullptr;
};

/// Shows the first error (or warning) for `fields` in `label`; true when there is an error.
bool showIssue(QLabel* label, const DraftVerdict& verdict, const QStringList& fields);

} // namespace monime
