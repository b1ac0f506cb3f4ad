// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineParser;

namespace Segmenta::Cli {

// Every date option of the command line goes through here: exactly yyyy-MM-dd, nothing before
// or after it (QDate's ISO reading alone accepts "2024-01-01xyz" as 2024-01-01). Leaves `day`
// (days since 1970-01-01) alone when the option is not given; false, after a message naming
// the option, when it is not such a date.
bool readDateOption(const QCommandLineParser &parser, const QString &command, const QString &name,
                    qint32 &day);

} // namespace Segmenta::Cli
