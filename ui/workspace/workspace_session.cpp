// WorkspaceSession: opening, closing and error capture around the store.
#include "workspace/workspace_session.h"

#include <exception>

namespace cr::ui {

WorkspaceSession::WorkspaceSession(QObject* parent) : QObject(parent) {}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::open(const QString& path) {
    m_workspace.reset();
    try {
        m_workspace.emplace(Workspace::open(path.toStdString()));
        m_lastError.clear();
    } catch (const std::exception& e) {
        m_lastError = QString::fromUtf8(e.what());
    }
    emit changed();
    return m_workspace.has_value();
}

void WorkspaceSession::close() {
    m_workspace.reset();
    emit changed();
}

QString WorkspaceSession::path() const {
    return m_workspace ? QString::fromStdString(m_workspace->path().string()) : QString();
}

bool WorkspaceSession::attempt(const std::function<void(Workspace&)>& work, bool changes) {
    if (!m_workspace) {
        m_lastError = tr("No workspace is open.");
        return false;
    }
    try {
        work(*m_workspace);
    } catch (const std::exception& e) {
        m_lastError = QString::fromUtf8(e.what());
        return false;
    }
    m_lastError.clear();
    if (changes) {
        emit changed();
    }
    return true;
}

} // namespace cr::ui
