// `changerisk --screenshot FILE.png`: open a scenario, optionally run it, render the window.
#pragma once

#include <QString>

namespace cr::ui {

struct ScreenshotRequest {
    QString outputPath;   // PNG file to write
    QString templateName; // open this template, or
    QString scenarioPath; // this scenario file
    bool run = false;     // run first and wait for the result
    QString page;         // "environment", "simulation", "overview" or "results"
    // A workspace shown in the navigator dock as in the real program (created with the
    // examples when missing); empty = no workspace, no dock.
    QString workspacePath;
};

// Renders the main window at 1280×800 and writes the PNG. Returns a process exit code
// (0 = written) and prints problems to stderr. Needs a QApplication.
int takeScreenshot(const ScreenshotRequest& request);

} // namespace cr::ui
