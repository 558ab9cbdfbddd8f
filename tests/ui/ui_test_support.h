// Helpers shared by the GUI tests: template paths and a wait that keeps the event loop running.
#pragma once

#include <QElapsedTimer>
#include <QTest>

#include <string>

namespace cr::test {

inline std::string templateFile(const std::string& name) {
    return std::string(CHANGERISK_TEMPLATES_DIR) + "/" + name + ".json";
}

// Processes events until `done()` or `ms` milliseconds passed; returns done().
template <typename Predicate>
bool waitUntil(Predicate done, int ms = 30000) {
    return QTest::qWaitFor(done, ms);
}

} // namespace cr::test
