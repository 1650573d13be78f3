// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/Commands.h"

namespace monime::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SpaceCommand>());
    commands.push_back(std::make_unique<CreateCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<RevokeCommand>());
    commands.push_back(std::make_unique<RotateCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<TestCommand>());
    commands.push_back(std::make_unique<DoctorCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<HealthCommand>());
    commands.push_back(std::make_unique<ScanCommand>());
    commands.push_back(std::make_unique<RemindCommand>());
    commands.push_back(std::make_unique<CatalogCommand>());
    commands.push_back(std::make_unique<MoniteCommand>());
    commands.push_back(std::make_unique<TeamCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    return commands;
}

} // namespace monime::cli
