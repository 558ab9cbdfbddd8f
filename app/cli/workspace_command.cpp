// `changerisk-cli workspace …`: list, import, export, runs, backup, rename and delete in the
// SQLite workspace (models/store). Errors follow `simulate`: "error: FILE: WHERE: message",
// exit 2 for invalid input (unknown id, a name taken, a file that is no workspace), exit 1 for
// runtime failures (read-only, disk full, locked).
#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/scenario_input.h"
#include "cli/workspace_output.h"
#include "cli/workspace_save.h"

#include "format/atomic_file.h"
#include "store/assessments.h"
#include "store/backup.h"
#include "store/clients.h"
#include "store/default_path.h"
#include "store/import.h"
#include "store/listing.h"
#include "store/runs.h"
#include "store/scenario_versions.h"
#include "store/workspace.h"
#include "store/workspace_error.h"

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

namespace cr::cli {
namespace {

namespace fs = std::filesystem;

struct Args {
    std::string workspace; // empty: the default location
    std::optional<std::string> client;
    std::optional<std::string> assessment;
    std::vector<std::string> files;
    std::int64_t id = 0;
    std::optional<int> version;
    std::string output;
    std::string newName;
    bool json = false;
    bool yes = false;
};

// Runs a command body, turning the store's errors into the CLI's.
std::function<void()> guarded(std::function<void()> body) {
    return [body = std::move(body)] {
        try {
            body();
        } catch (const WorkspaceError& e) {
            throw CliError(workspaceExitCode(e.kind()), e.what());
        }
    };
}

fs::path workspacePath(const Args& args) {
    if (!args.workspace.empty()) {
        return args.workspace;
    }
    try {
        return defaultWorkspacePath();
    } catch (const std::runtime_error& e) {
        throw CliError(kExitInvalidInput, e.what());
    }
}

// Commands other than import never create a workspace.
Workspace openExisting(const Args& args) {
    return Workspace::open(workspacePath(args), {.create = false});
}

// Names are kept as given, even bytes that are not UTF-8; JSON shows those as U+FFFD.
std::string jsonText(const nlohmann::ordered_json& document) {
    return document.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

std::string quoted(const std::string& text) {
    return "\"" + displayText(text, 64) + "\"";
}

void list(const Args& args) {
    const fs::path path = workspacePath(args);
    std::vector<ClientListing> listing;
    if (fs::exists(path)) {
        Workspace ws = Workspace::open(path, {.create = false});
        listing = listWorkspace(ws, args.client);
    }
    if (args.json) {
        fmt::print("{}\n", jsonText(listingJson(listing)));
    } else if (args.client && listing.empty()) {
        fmt::print("Workspace {}\n\nNo client named {}.\n", path.string(), quoted(*args.client));
    } else {
        fmt::print("{}", listingTable(path.string(), listing));
    }
}

void import(const Args& args) {
    std::vector<ScenarioFile> files;
    std::string problems;
    for (const std::string& file : args.files) {
        try {
            LoadedScenario loaded = loadScenario(file);
            files.push_back({file, loaded.scenario.name, std::move(loaded.bytes)});
        } catch (const CliError& e) { // every bad file is reported, and none is imported
            problems += (problems.empty() ? "" : "\nerror: ") + std::string(e.what());
        }
    }
    if (!problems.empty()) {
        throw CliError(kExitInvalidInput, problems + "\nerror: nothing was imported");
    }
    Workspace ws = Workspace::open(workspacePath(args));
    const auto imported = importScenarios(ws, *args.client, args.assessment, files);
    const Client client = *findClient(ws, *args.client);
    for (std::size_t i = 0; i < files.size(); ++i) {
        const Assessment a = assessmentById(ws, imported[i].assessmentId);
        fmt::print("{}: {} version {} of assessment {} {} (client {} {})\n", files[i].source,
                   imported[i].unchanged ? "unchanged, same as" : "saved as",
                   imported[i].versionNumber, a.id, quoted(a.title), client.id,
                   quoted(client.name));
    }
}

void exportVersion(const Args& args) {
    Workspace ws = openExisting(args);
    const Assessment a = assessmentById(ws, args.id);
    std::optional<ScenarioVersion> version;
    if (args.version) {
        version = versionByNumber(ws, a.id, *args.version);
    } else {
        version = latestVersion(ws, a.id);
    }
    if (!version) {
        throw CliError(kExitInvalidInput, ws.path().string() + ": assessment " +
                                              std::to_string(a.id) + ": has no scenario version");
    }
    if (args.output == "-") {
        std::fwrite(version->text.data(), 1, version->text.size(), stdout);
        return;
    }
    try {
        AtomicFile out(args.output);
        out.write(version->text);
        out.commit();
    } catch (const std::exception& e) {
        throw CliError(kExitRuntime, e.what());
    }
    fmt::print("{}: version {} of assessment {} {}\n", args.output, version->number, a.id,
               quoted(a.title));
}

void runs(const Args& args) {
    Workspace ws = openExisting(args);
    const Assessment a = assessmentById(ws, args.id);
    const Client c = clientById(ws, a.clientId);
    const auto all = listRuns(ws, a.id);
    if (args.json) {
        fmt::print("{}\n", jsonText(runsJson(a, c, all)));
    } else {
        fmt::print("{}", runsTable(a, c, all));
    }
}

void backup(const Args& args) {
    Workspace ws = openExisting(args);
    backupWorkspace(ws, args.output);
    fmt::print("{}: backup of {} ({} bytes)\n", args.output, ws.path().string(),
               fs::file_size(args.output));
}

std::string plural(int n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// "2 assessments, 5 versions, 3 runs"; an assessment's own contents leave out the first.
std::string contentsText(const Contents& c, bool withAssessments) {
    return (withAssessments ? plural(c.assessments, "assessment") + ", " : "") +
           plural(c.versions, "version") + ", " + plural(c.runs, "run");
}

void refuseWithoutYes(const Workspace& ws, const std::string& what, const std::string& contents) {
    throw CliError(kExitInvalidInput, ws.path().string() + ": " + what + ": holds " + contents +
                                          "; add --yes to erase them for good");
}

void deleteClientCommand(const Args& args) {
    Workspace ws = openExisting(args);
    const Client c = clientById(ws, args.id);
    const std::string what = "client " + std::to_string(c.id) + " " + quoted(c.name);
    if (!args.yes) {
        refuseWithoutYes(ws, what, contentsText(clientContents(ws, c.id), true));
    }
    fmt::print("Erased {} with {}.\n", what, contentsText(deleteClient(ws, c.id), true));
}

void deleteAssessmentCommand(const Args& args) {
    Workspace ws = openExisting(args);
    const Assessment a = assessmentById(ws, args.id);
    const std::string what = "assessment " + std::to_string(a.id) + " " + quoted(a.title);
    if (!args.yes) {
        refuseWithoutYes(ws, what, contentsText(assessmentContents(ws, a.id), false));
    }
    fmt::print("Erased {} with {}.\n", what, contentsText(deleteAssessment(ws, a.id), false));
}

void renameClientCommand(const Args& args) {
    Workspace ws = openExisting(args);
    renameClient(ws, args.id, args.newName);
    fmt::print("Client {} is now {}.\n", args.id, quoted(args.newName));
}

void renameAssessmentCommand(const Args& args) {
    Workspace ws = openExisting(args);
    renameAssessment(ws, args.id, args.newName);
    fmt::print("Assessment {} is now {}.\n", args.id, quoted(args.newName));
}

CLI::App* subcommand(CLI::App* parent, const std::shared_ptr<Args>& args, const char* name,
                     const char* description, void (*run)(const Args&)) {
    CLI::App* cmd = parent->add_subcommand(name, description);
    cmd->callback(guarded([args, run] { run(*args); }));
    return cmd;
}

} // namespace

void registerWorkspaceCommand(CLI::App& app) {
    auto args = std::make_shared<Args>();
    CLI::App* ws = app.add_subcommand(
        "workspace", "Clients, assessments, scenario versions and runs kept in one SQLite file");
    ws->add_option("--workspace", args->workspace,
                   "Workspace file (default: $XDG_DATA_HOME/ChangeRisk/workspace.sqlite)");
    ws->require_subcommand(1);
    ws->fallthrough(); // --workspace may also follow the subcommand

    CLI::App* cmd = subcommand(ws, args, "list", "List clients and their assessments", list);
    cmd->add_option("--client", args->client, "Only this client");
    cmd->add_flag("--json", args->json, "Print JSON for scripts");

    cmd = subcommand(ws, args, "import", "Import scenario files (all or none)", import);
    cmd->add_option("SCENARIO", args->files, "Scenario JSON files")->required();
    cmd->add_option("--client", args->client, "Client (created when missing)")->required();
    cmd->add_option("--assessment", args->assessment,
                    "Save every file as a version of this assessment (default: one assessment "
                    "per scenario name)");

    cmd =
        subcommand(ws, args, "export", "Write a stored scenario version to a file", exportVersion);
    cmd->add_option("ASSESSMENT-ID", args->id, "Assessment id (see list)")->required();
    cmd->add_option("OUT", args->output, "Output file (- for stdout)")->required();
    cmd->add_option("--version", args->version, "Version number (default: the latest)")
        ->check(CLI::PositiveNumber);

    cmd = subcommand(ws, args, "runs", "List an assessment's runs, latest first", runs);
    cmd->add_option("ASSESSMENT-ID", args->id, "Assessment id (see list)")->required();
    cmd->add_flag("--json", args->json, "Print JSON for scripts");

    cmd = subcommand(ws, args, "backup", "Copy the whole workspace to a file", backup);
    cmd->add_option("OUT", args->output, "Backup file (replaced if it exists)")->required();

    cmd = subcommand(ws, args, "rename-client", "Rename a client", renameClientCommand);
    cmd->add_option("ID", args->id, "Client id (see list)")->required();
    cmd->add_option("NEW-NAME", args->newName, "New name")->required();

    cmd = subcommand(ws, args, "rename", "Rename an assessment", renameAssessmentCommand);
    cmd->add_option("ID", args->id, "Assessment id (see list)")->required();
    cmd->add_option("NEW-NAME", args->newName, "New title")->required();

    cmd = subcommand(ws, args, "delete-client",
                     "Erase a client with all its assessments, versions and runs",
                     deleteClientCommand);
    cmd->add_option("ID", args->id, "Client id (see list)")->required();
    cmd->add_flag("--yes", args->yes, "Confirm the erasure");

    cmd = subcommand(ws, args, "delete", "Erase an assessment with its versions and runs",
                     deleteAssessmentCommand);
    cmd->add_option("ID", args->id, "Assessment id (see list)")->required();
    cmd->add_flag("--yes", args->yes, "Confirm the erasure");
}

} // namespace cr::cli
