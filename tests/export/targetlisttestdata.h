// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hand-made projects for the target-list tests: customer columns built directly, segment
// assignment filled by hand (the rule engine is tested elsewhere), CSV and XLSX read back by
// code of the tests' own (RFC 4180 parser; minizip + QXmlStreamReader).
#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "segments/segmentation.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QXmlStreamReader>

#include <unzip.h>

#include <cmath>
#include <memory>
#include <vector>

namespace TargetListTest {

using namespace Segmenta;

inline Column textColumn(const QString &name, Role role, const QStringList &values)
{
    Column c(name, ColumnType::Text, role);
    auto pool = std::make_shared<StringPool>();
    for (const QString &v : values) {
        if (v.isNull()) {
            c.codes().push_back(Column::kMissingCode);
            continue;
        }
        const QByteArray u = v.toUtf8();
        c.codes().push_back(pool->intern(std::string_view(u.constData(), size_t(u.size()))));
    }
    c.setPool(std::move(pool));
    return c;
}

inline Column numberColumn(const QString &name, const std::vector<double> &values)
{
    Column c(name, ColumnType::Number);
    c.numbers() = values;
    return c;
}

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

// One customer of a test project.
struct Customer
{
    QString id, name, phone, email, region;
    double probability = NA;
    double clv = NA;
    QString tier;
    int segment = -1;
    QString note;
};

struct Project
{
    Dataset data;
    CustomerFields fields;
    Segmentation segmentation;
    std::vector<qint16> segmentOf;
};

// Customers and segments as given; CustomerFields built over the imported columns only
// (purchase_probability, clv and tier are imported columns of those names here).
inline std::unique_ptr<Project> makeProject(const QList<Customer> &customers,
                                            const QList<Segment> &segments,
                                            bool contacts = true)
{
    auto p = std::make_unique<Project>();
    QStringList ids, names, phones, emails, regions, tiers, notes;
    std::vector<double> prob, clv;
    for (const Customer &c : customers) {
        ids << c.id;
        names << c.name;
        phones << c.phone;
        emails << c.email;
        regions << c.region;
        tiers << c.tier;
        notes << c.note;
        prob.push_back(c.probability);
        clv.push_back(c.clv);
        p->segmentOf.push_back(qint16(c.segment));
    }
    Table &t = p->data.customers;
    t.addColumn(textColumn("客户编号", Role::Customer, ids));
    t.addColumn(textColumn("姓名", Role::Name, names));
    if (contacts) {
        t.addColumn(textColumn("手机", Role::Phone, phones));
        t.addColumn(textColumn("邮箱", Role::Email, emails));
    }
    t.addColumn(textColumn("地区", Role::Region, regions));
    t.addColumn(numberColumn("purchase_probability", prob));
    t.addColumn(numberColumn("clv", clv));
    t.addColumn(textColumn("tier", Role::None, tiers));
    t.addColumn(textColumn("备注", Role::None, notes));
    p->fields = CustomerFields::build(p->data, nullptr);
    p->segmentation.segments = segments;
    return p;
}

inline Segment segment(const QString &name, const QString &offer = {},
                       const QString &message = {}, const QString &owner = {})
{
    Segment s;
    s.name = name;
    s.rule = QStringLiteral("true");
    s.offer = offer;
    s.message = message;
    s.owner = owner;
    return s;
}

// RFC 4180: quoted fields with doubled quotes, CRLF or LF line ends.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

// A UTF-8 CSV file with BOM: its rows, or nothing when the BOM is missing.
inline QList<QStringList> readUtf8Csv(const QString &path, bool *hadBom = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    if (hadBom)
        *hadBom = bom;
    if (bom)
        bytes.remove(0, 3);
    return parseCsv(QString::fromUtf8(bytes));
}

// The entries of a zip file, by name.
inline QHash<QString, QByteArray> unzipAll(const QString &path)
{
    QHash<QString, QByteArray> out;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return out;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        char name[512];
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        QByteArray data(qsizetype(info.uncompressed_size), '\0');
        const int read = unzReadCurrentFile(zip, data.data(), unsigned(data.size()));
        unzCloseCurrentFile(zip);
        if (read == int(data.size()))
            out.insert(QString::fromUtf8(name), data);
    }
    unzClose(zip);
    return out;
}

struct XlsxCell
{
    QString type; // the t attribute: "" (number), "s", "inlineStr", "str"
    QString text; // the value, shared strings resolved
    int style = 0;
};

struct XlsxSheet
{
    QString name;
    QMap<QPair<int, int>, XlsxCell> cells; // (row, column), 0-based
    QString pane;      // attributes of <pane>: "xSplit=.. ySplit=.. topLeftCell=.. state=.."
    QString autoFilter; // the ref of <autoFilter>
    int rows = 0;       // 1 + the highest row index seen
};

inline int columnIndex(QStringView ref, int &row)
{
    int col = 0;
    qsizetype i = 0;
    while (i < ref.size() && ref[i].isLetter())
        col = col * 26 + (ref[i++].unicode() - 'A' + 1);
    row = ref.mid(i).toInt() - 1;
    return col - 1;
}

// Worksheets in workbook order, read straight from the XML parts.
inline QList<XlsxSheet> readXlsx(const QString &path)
{
    const QHash<QString, QByteArray> parts = unzipAll(path);
    QStringList shared;
    {
        QXmlStreamReader x(parts.value("xl/sharedStrings.xml"));
        QString current;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"si")
                current.clear();
            else if (x.isStartElement() && x.name() == u"t")
                current += x.readElementText();
            else if (x.isEndElement() && x.name() == u"si")
                shared << current;
        }
    }
    // workbook.xml sheet order -> r:id -> target via workbook.xml.rels
    QHash<QString, QString> targets;
    {
        QXmlStreamReader x(parts.value("xl/_rels/workbook.xml.rels"));
        while (!x.atEnd())
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"Relationship")
                targets.insert(x.attributes().value("Id").toString(),
                               x.attributes().value("Target").toString());
    }
    QList<XlsxSheet> sheets;
    QXmlStreamReader wb(parts.value("xl/workbook.xml"));
    while (!wb.atEnd()) {
        if (wb.readNext() != QXmlStreamReader::StartElement || wb.name() != u"sheet")
            continue;
        XlsxSheet sheet;
        sheet.name = wb.attributes().value("name").toString();
        QString target = targets.value(wb.attributes().value(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id")
                                           .toString());
        if (target.startsWith(u'/'))
            target = target.mid(1);
        else
            target = "xl/" + target;
        QXmlStreamReader x(parts.value(target));
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (x.name() == u"pane") {
                QStringList attrs;
                for (const QXmlStreamAttribute &a : x.attributes())
                    attrs << a.name().toString() + "=" + a.value().toString();
                attrs.sort();
                sheet.pane = attrs.join(' ');
            } else if (x.name() == u"autoFilter") {
                sheet.autoFilter = x.attributes().value("ref").toString();
            } else if (x.name() == u"c") {
                int row = 0;
                const int col = columnIndex(x.attributes().value("r"), row);
                XlsxCell cell;
                cell.type = x.attributes().value("t").toString();
                cell.style = x.attributes().value("s").toInt();
                QString v;
                while (!(x.isEndElement() && x.name() == u"c") && !x.atEnd()) {
                    x.readNext();
                    if (x.isStartElement() && (x.name() == u"v" || x.name() == u"t"))
                        v += x.readElementText();
                }
                cell.text = cell.type == u"s" ? shared.value(v.toInt()) : v;
                sheet.cells.insert({row, col}, cell);
                sheet.rows = std::max(sheet.rows, row + 1);
            }
        }
        sheets << sheet;
    }
    return sheets;
}

// Every file in a folder (hidden ones too), sorted.
inline QStringList folderEntries(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

} // namespace TargetListTest
