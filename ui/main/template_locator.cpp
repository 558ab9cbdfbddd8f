// Template lookup: the candidate folders and the names in them.
#include "main/template_locator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cr::ui {

namespace {

bool hasTemplates(const QString& dir) {
    return !dir.isEmpty() &&
           !QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty();
}

} // namespace

QString templatesDir() {
    QStringList candidates;
    candidates << qEnvironmentVariable("CHANGERISK_TEMPLATES_DIR");
    const QString exeDir = QCoreApplication::applicationDirPath();
    candidates << QDir(exeDir).filePath(QStringLiteral("../") +
                                        QStringLiteral(CHANGERISK_INSTALL_DATADIR) +
                                        QStringLiteral("/templates"));
    candidates << QStringLiteral(CHANGERISK_SOURCE_TEMPLATES_DIR);
    candidates << QStringLiteral("/usr/") + QStringLiteral(CHANGERISK_INSTALL_DATADIR) +
                      QStringLiteral("/templates");
    for (const QString& dir : candidates) {
        if (hasTemplates(dir)) {
            return QDir(dir).canonicalPath();
        }
    }
    return {};
}

QStringList templateNames() {
    const QString dir = templatesDir();
    if (dir.isEmpty()) {
        return {};
    }
    QStringList names;
    for (const QFileInfo& file :
         QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        names << file.completeBaseName();
    }
    return names;
}

QString templatePath(const QString& name) {
    const QString dir = templatesDir();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".json"));
    return !dir.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

} // namespace cr::ui
