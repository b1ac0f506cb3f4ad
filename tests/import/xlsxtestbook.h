// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/text/recordsource.h"
#include "import/xlsx/xlsxreader.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <string_view>

// Workbooks written at run time for the .xlsx reader's tests, with minizip's zip.h so that
// every XML part is under the test's control, and how to compare what the reader returns.
namespace XlsxTest {

struct Row
{
    qint64 line;
    bool blank;
    QStringList fields;
};
using Rows = QList<Row>;

struct SheetSpec
{
    QString name;
    QByteArray xml;
    bool hidden = false;
    bool absoluteTarget = false; // Target="/xl/worksheets/sheetN.xml"
    bool chart = false;          // a chart sheet, which has no cells
};

struct BookSpec
{
    QList<SheetSpec> sheets;
    QByteArray sharedStrings; // the <si> elements; no part when empty
    bool dropSharedStrings = false; // listed in the relationships but the part left out
    QByteArray date1904;      // the value of <workbookPr date1904="">; none when empty
    bool packageRelationships = true;
};

// A worksheet part around the given <row> elements, with the clutter Excel writes around them.
QByteArray worksheet(const QByteArray &sheetData, const QByteArray &dimension = {});
bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &entries);
bool writeBook(const QString &path, const BookSpec &book);

QString text(std::string_view field);
Rows readAll(Segmenta::XlsxReader &reader);
void compareRows(const Rows &actual, const Rows &expected);
QString sourceOf(const Segmenta::Message &message);

} // namespace XlsxTest

Q_DECLARE_METATYPE(XlsxTest::Rows)
