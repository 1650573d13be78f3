// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/monite/MoniteSandbox.h"

#include "sandbox/SandboxServer.h"

namespace monime {

MoniteSandbox::MoniteSandbox(MoniteSandboxConfig config, const Clock& clock, MoniteApiOptions options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_api(std::move(config), clock, options)
{ }

MoniteSandbox::~MoniteSandbox()
{
    stop();
}

Result<quint16> MoniteSandbox::listen(const QHostAddress& address, quint16 port, SandboxOptions server)
{
    if (isListening())
        return this->port();
    if (auto valid = m_api.config().validate(); !valid.ok())
        return valid.error();
    server.address = address;
    server.port = port;
    m_server = std::make_unique<SandboxServer>(m_api, m_clock, server);
    auto started = m_server->start();
    if (!started.ok())
        m_server.reset();
    return started;
}

void MoniteSandbox::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

bool MoniteSandbox::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 MoniteSandbox::port() const
{
    return m_server ? m_server->port() : 0;
}

QUrl MoniteSandbox::baseUrl() const
{
    if (!m_server)
        return {};
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

} // namespace monime
