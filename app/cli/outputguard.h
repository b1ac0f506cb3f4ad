// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Segmenta::Cli {

// Checks run before a command writes a file, so that no input is ever replaced by an output
// (docs/project-file.md "Nothing replaced by mistake").

// True when both names lead to one file: same canonical path, or same device and inode
// (hard links, symbolic links); for a file not yet there, the same name in the same folder.
bool sameFile(const QString &a, const QString &b);

// Prints "COMMAND: OPTION FILE is also an input (…); choose another file." and returns false
// when output is one of inputs. Empty names are ignored.
bool outputIsNotAnInput(const QString &command, const QString &option, const QString &output,
                        const QStringList &inputs);

// A project output may replace an older project, but not some other file (a CSV named by
// mistake) unless --force: prints the reason and returns false.
bool mayWriteProject(const QString &command, const QString &output, bool force);

} // namespace Segmenta::Cli
