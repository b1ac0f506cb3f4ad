// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateoption.h"

#include "clioutput.h"

#include "data/column.h"

#include <QCommandLineParser>
#include <QDate>
#include <QRegularExpression>

namespace Segmenta::Cli {

bool readDateOption(const QCommandLineParser &parser, const QString &command, const QString &name,
                    qint32 &day)
{
    if (!parser.isSet(name))
        return true;
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = parser.value(name);
    const QDate date = pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        printError(QStringLiteral("%1: --%2 must be a date written yyyy-MM-dd, such as 2024-06-30; “%3” is not.")
                       .arg(command, name, text));
        return false;
    }
    day = Column::toDays(date);
    return true;
}

} // namespace Segmenta::Cli
