// The workspace the desktop program has open (one SQLite file, models/store), shared by the
// navigator and the main window; changed() tells views to list it again.
#pragma once

#include "store/workspace.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace cr::ui {

class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    // Opens (creating when missing) the workspace at `path`. On failure the previous workspace
    // is closed, nothing is written to the file, and lastError() names it.
    bool open(const QString& path);
    void close();
    bool isOpen() const { return m_workspace.has_value(); }
    // Only while isOpen().
    Workspace& workspace() { return *m_workspace; }
    QString path() const;

    // Runs `work` on the open workspace; on an exception keeps its text in lastError() and
    // returns false. Emits changed() after a successful `work` when `changes` is true.
    bool attempt(const std::function<void(Workspace&)>& work, bool changes);
    QString lastError() const { return m_lastError; }

    void notifyChanged() { emit changed(); }

signals:
    void changed();

private:
    std::optional<Workspace> m_workspace;
    QString m_lastError;
};

} // namespace cr::ui
