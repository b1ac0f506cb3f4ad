// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Segmenta::Cli {

// Parses a command's options in place of QCommandLineParser::process, which ends the program
// with status 1 on a bad option: here it is 2, as docs/user/cli.md ("Exit status") says, with
// the parser's sentence on stderr. Returns the exit status when the command is done (help
// shown: 0; bad option: 2), nothing when it should go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments);

} // namespace Segmenta::Cli
