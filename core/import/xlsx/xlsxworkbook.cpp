// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxworkbook.h"

#include "import/importlimits.h"
#include "import/xlsx/xlsxarchive.h"
#include "import/xlsx/xlsxmessages.h"
#include "import/xlsx/xlsxpart.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <QUrl>

#include <string_view>

namespace Segmenta::Xlsx {

using namespace Qt::StringLiterals;

namespace {

struct Relationship
{
    QString type;
    QString target; // resolved to an entry name
};

QString folderOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// Resolves a relationship target against the folder of the part that owns it; targets may be
// relative ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString &folder, QString target)
{
    if (target.contains(u'%'))
        target = QUrl::fromPercentEncoding(target.toUtf8());
    target.replace(u'\\', u'/');
    QStringList parts;
    if (!target.startsWith(u'/'))
        parts = folder.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : target.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (segment != u".") {
            parts.append(segment);
        }
    }
    return parts.join(u'/');
}

// Reads the relationships of a part ("" for the package itself), keyed by id.
Message readRelationships(Archive &archive, const QString &owner, const QString &path,
                          QHash<QString, Relationship> &out)
{
    const QString folder = folderOf(owner);
    const QString fileName = owner.mid(owner.lastIndexOf(u'/') + 1);
    const QString relsName = (folder.isEmpty() ? QString() : folder + u'/')
                             + QStringLiteral("_rels/") + fileName + QStringLiteral(".rels");
    XmlPart part(archive);
    if (!part.open(relsName))
        return {};
    for (;;) {
        const QXmlStreamReader::TokenType token = part.readNext();
        if (token == QXmlStreamReader::Invalid)
            return partError(part, path);
        if (token == QXmlStreamReader::EndDocument)
            return {};
        if (token == QXmlStreamReader::StartElement && part.xml().name() == u"Relationship") {
            const QXmlStreamAttributes attributes = part.xml().attributes();
            if (attributes.value("TargetMode"_L1) == u"External")
                continue;
            out.insert(attributes.value("Id"_L1).toString(),
                       {attributes.value("Type"_L1).toString(),
                        resolveTarget(folder, attributes.value("Target"_L1).toString())});
        }
    }
}

// A relationship of the given kind ("/styles"), whatever namespace (transitional or strict).
QString findTarget(const QHash<QString, Relationship> &relationships, QStringView kind)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.type.endsWith(kind))
            return relationship.target;
    }
    return {};
}

// Legacy .xls files and password-protected .xlsx files are both OLE compound documents.
Message checkFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” could not be opened: %2."),
                       {fileNameOf(path), file.errorString()});
    }
    static const char oleSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    const QByteArray head = file.read(8);
    if (head.startsWith("PK\x05\x06")) // a ZIP's end record first: it has no entries
        return emptyArchive(path);
    if (head != QByteArray::fromRawData(oleSignature, 8))
        return {};

    // An encrypted workbook keeps the real .xlsx in a stream named "EncryptedPackage"; stream
    // names are UTF-16LE.
    QByteArray needle;
    for (const char c : std::string_view("EncryptedPackage"))
        needle.append(c).append('\0');
    bool encrypted = false;
    QByteArray tail;
    while (!encrypted && !file.atEnd()) {
        const QByteArray block = tail + file.read(1 << 20);
        if (block.size() <= tail.size())
            break;
        encrypted = block.contains(needle);
        tail = block.right(needle.size());
    }
    if (encrypted) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is protected with a password. Open it in Excel, save a "
                                   "copy without the password as an Excel workbook (.xlsx) or "
                                   "as CSV, and import that copy."),
                       {fileNameOf(path)});
    }
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is an Excel 97–2003 workbook (.xls), which cannot be "
                               "read. Open it in Excel and save it as an Excel workbook (.xlsx) "
                               "or as CSV."),
                   {fileNameOf(path)});
}

// A zip without a workbook part: says what it is when it is another office format.
Message whatItIsInstead(const Archive &archive, const QString &path)
{
    if (archive.contains(QStringLiteral("xl/workbook.bin"))) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is an Excel binary workbook (.xlsb). Open it in "
                                   "Excel and save it as an Excel workbook (.xlsx) or as "
                                   "CSV."),
                       {fileNameOf(path)});
    }
    if (archive.contains(QStringLiteral("content.xml"))
        && archive.contains(QStringLiteral("mimetype"))) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is an OpenDocument spreadsheet (.ods). Open it in "
                                   "LibreOffice or Excel and save it as an Excel workbook "
                                   "(.xlsx) or as CSV."),
                       {fileNameOf(path)});
    }
    return notAWorkbook(path);
}

// A <sheet> of the workbook part; id names its relationship.
struct ListedSheet
{
    QString name;
    QString id;
    bool hidden;
};

// Reads the workbook part: its date system and its sheets in order.
Message readWorkbookPart(Archive &archive, const QString &workbookPart, const QString &path,
                         bool &date1904, std::vector<ListedSheet> &sheets)
{
    XmlPart part(archive);
    part.open(workbookPart);
    for (bool done = false; !done;) {
        switch (part.readNext()) {
        case QXmlStreamReader::Invalid:
            return partError(part, path);
        case QXmlStreamReader::EndDocument:
            done = true;
            break;
        case QXmlStreamReader::StartElement: {
            const QStringView name = part.xml().name();
            const QXmlStreamAttributes attributes = part.xml().attributes();
            if (name == u"workbookPr") {
                const QStringView value = attributes.value("date1904"_L1);
                date1904 = value == u"1" || value == u"true";
            } else if (name == u"sheet") {
                // r:id is the only attribute of <sheet> in a namespace; its prefix may vary.
                QString id;
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                        id = attribute.value().toString();
                }
                const QStringView state = attributes.value("state"_L1);
                sheets.push_back(ListedSheet{attributes.value("name"_L1).toString(), id,
                                             state == u"hidden" || state == u"veryHidden"});
            }
            break;
        }
        default:
            break;
        }
    }
    part.close();
    return {};
}

} // namespace

Result<Workbook> Workbook::read(Archive &archive, const QString &path)
{
    QHash<QString, Relationship> packageRelationships;
    if (Message error = readRelationships(archive, QString(), path, packageRelationships);
        !error.isEmpty()) {
        return error;
    }
    QString workbookPart = findTarget(packageRelationships, u"/officeDocument");
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!archive.contains(workbookPart))
        return whatItIsInstead(archive, path);

    Workbook workbook;
    std::vector<ListedSheet> sheets;
    if (Message error = readWorkbookPart(archive, workbookPart, path, workbook.date1904, sheets);
        !error.isEmpty()) {
        return error;
    }
    QHash<QString, Relationship> relationships;
    if (Message error = readRelationships(archive, workbookPart, path, relationships);
        !error.isEmpty()) {
        return error;
    }
    for (const ListedSheet &sheet : sheets) {
        const auto it = relationships.constFind(sheet.id);
        if (it == relationships.constEnd())
            continue;
        // Chart sheets and macro sheets hold no table.
        if (!it->type.isEmpty() && !it->type.endsWith(u"/worksheet"))
            continue;
        workbook.sheets.push_back({sheet.name, it->target, sheet.hidden});
    }

    const QString folder = folderOf(workbookPart);
    const auto partOrDefault = [&](QStringView kind, QStringView fallback) {
        const QString target = findTarget(relationships, kind);
        if (!target.isEmpty())
            return target;
        return (folder.isEmpty() ? QString() : folder + u'/') + fallback.toString();
    };
    workbook.sharedStrings = partOrDefault(u"/sharedStrings", u"sharedStrings.xml");
    workbook.sharedStringsListed = !findTarget(relationships, u"/sharedStrings").isEmpty();
    workbook.styles = partOrDefault(u"/styles", u"styles.xml");
    return workbook;
}

Message Workbook::openArchive(Archive &archive, const QString &path)
{
    if (Status regular = ImportLimits::checkSourceFile(path); !regular)
        return regular.error();
    if (Message error = checkFile(path); !error.isEmpty())
        return error;
    if (!archive.open(path))
        return notAWorkbook(path);
    return {};
}

} // namespace Segmenta::Xlsx
