// changerisk: the desktop program. --version and --help work without a display (handled before
// the QApplication exists); --screenshot renders the window to a PNG and exits.
#include "main/first_start.h"
#include "main/main_window.h"
#include "main/screenshot.h"
#include "main/template_locator.h"
#include "main/translation.h"

#include "changerisk/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <cstring>

namespace {

constexpr const char* kUsage =
    "Usage: changerisk [SCENARIO.json]\n"
    "       changerisk --screenshot FILE.png [--template NAME | --open SCENARIO.json] [--run]\n"
    "                  [--page environment|simulation|overview|results] [--workspace FILE]\n"
    "       changerisk --version | --help\n"
    "Options for every form: --lang en|de|system (default: the setting ui/language, else the\n"
    "system locale)\n";

} // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("changerisk %s\n", cr::kProgramVersion);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::fputs(kUsage, stdout);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ChangeRisk"));
    QApplication::setApplicationVersion(QString::fromLatin1(cr::kProgramVersion));
    QApplication::setOrganizationName(QStringLiteral("ChangeRisk"));
    // The installed desktop entry and icon carry this id (installer/).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.changerisk.ChangeRisk"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.changerisk.ChangeRisk")));

    QCommandLineParser parser;
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to FILE.png and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption templ(QStringLiteral("template"),
                                   QStringLiteral("Open the template NAME."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption open(QStringLiteral("open"), QStringLiteral("Open the scenario file."),
                                  QStringLiteral("SCENARIO.json"));
    const QCommandLineOption run(QStringLiteral("run"), QStringLiteral("Run the simulation."));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("The page to show."),
                                  QStringLiteral("PAGE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Interface language: en, de or system."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QStringLiteral("--screenshot: show this workspace in the navigator (created with the "
                       "examples when missing)."),
        QStringLiteral("FILE"));
    parser.addOptions({screenshot, templ, open, run, page, lang, workspace});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QStringLiteral("A scenario JSON file to open."));
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "changerisk: %s\n%s", qPrintable(parser.errorText()), kUsage);
        return 2;
    }
    const QString language = parser.value(lang);
    if (parser.isSet(lang) && language != QLatin1String("en") && language != QLatin1String("de") &&
        language != QLatin1String("system")) {
        std::fprintf(stderr, "changerisk: --lang: must be en, de or system, got %s\n",
                     qPrintable(language));
        return 2;
    }
    // Before any window exists: every text is translated when its widget is built.
    cr::ui::installTranslations(language);
    if (parser.isSet(templ) && parser.isSet(open)) {
        std::fprintf(stderr, "changerisk: --template and --open exclude each other\n");
        return 2;
    }
    if (parser.isSet(screenshot)) {
        return cr::ui::takeScreenshot({parser.value(screenshot), parser.value(templ),
                                       parser.value(open), parser.isSet(run), parser.value(page),
                                       parser.value(workspace)});
    }

    cr::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    // First start: the default workspace, with the templates as the client "Examples".
    const QString workspaceProblem =
        cr::ui::prepareWorkspace(cr::ui::defaultWorkspaceFile(), cr::ui::templatesDir());
    if (!workspaceProblem.isEmpty()) {
        QMessageBox::warning(
            &window, QApplication::translate("main", "Workspace"),
            QApplication::translate("main", "The workspace could not be opened: %1")
                .arg(workspaceProblem));
    } else {
        window.openWorkspace(cr::ui::defaultWorkspaceFile()); // the navigator lists it
    }
    if (parser.isSet(templ)) {
        window.openTemplate(parser.value(templ));
    } else if (parser.isSet(open)) {
        window.openFile(parser.value(open));
    } else if (!parser.positionalArguments().isEmpty()) {
        window.openFile(parser.positionalArguments().front());
    }
    if (parser.isSet(run)) {
        window.startRun();
    }
    return QApplication::exec();
}
