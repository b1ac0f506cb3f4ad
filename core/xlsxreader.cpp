#include "xlsxreader.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

#include <unzip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>


namespace Segmenta {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *kContext = "Segmenta::Import";
constexpr int kMaxColumns = 16384;   // column XFD, the last one Excel has
constexpr int kChunkSize = 64 * 1024; // decompressed bytes handed to the XML reader at a time

enum DateKind : quint8 { NoDate, DateFormat, TimeFormat };
enum class CellType { Number, Shared, Inline, FormulaText, Boolean, Error, IsoDate };

QString fileNameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

Message notAWorkbook(const QString &path)
{
    return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not an Excel workbook (.xlsx)."),
                   {fileNameOf(path)});
}

Message damaged(const QString &path)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is damaged and could not be read completely. Open it "
                               "in Excel and save it again."),
                   {fileNameOf(path)});
}

// Zip entry names are compared the way Excel does: case-insensitively, either slash.
QString entryKey(QString name)
{
    name.replace(u'\\', u'/');
    while (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.toLower();
}

// minizip file callbacks over QFile, so that paths with non-ASCII names open on every platform.
voidpf ZCALLBACK openFile(voidpf, const void *filename, int mode)
{
    if (mode & ZLIB_FILEFUNC_MODE_WRITE)
        return nullptr;
    auto file = std::make_unique<QFile>(*static_cast<const QString *>(filename));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file.release();
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 n = static_cast<QFile *>(stream)->read(static_cast<char *>(buffer), qint64(size));
    return n < 0 ? 0 : uLong(n);
}

uLong ZCALLBACK writeFile(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto file = static_cast<QFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

// A zip file with an index of its entries.
class Archive
{
public:
    Archive() = default;
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;
    ~Archive()
    {
        if (m_zip)
            unzClose(m_zip);
    }

    bool open(const QString &path)
    {
        zlib_filefunc64_def io = {openFile, readFile, writeFile, tellFile,
                                  seekFile, closeFile, fileError, nullptr};
        m_zip = unzOpen2_64(&path, &io);
        if (!m_zip)
            return false;
        std::vector<char> name(65536);
        for (int rc = unzGoToFirstFile(m_zip); rc == UNZ_OK; rc = unzGoToNextFile(m_zip)) {
            unz_file_info64 info;
            if (unzGetCurrentFileInfo64(m_zip, &info, name.data(), uLong(name.size()), nullptr,
                                        0, nullptr, 0) != UNZ_OK) {
                break;
            }
            unz64_file_pos position;
            if (unzGetFilePos64(m_zip, &position) != UNZ_OK)
                break;
            const qsizetype length = qsizetype(std::min<uLong>(info.size_filename, 65535));
            m_entries.insert(entryKey(QString::fromUtf8(name.data(), length)), position);
        }
        return true;
    }

    bool contains(const QString &name) const { return m_entries.contains(entryKey(name)); }

    bool openEntry(const QString &name, quint64 *size)
    {
        const auto it = m_entries.constFind(entryKey(name));
        if (it == m_entries.constEnd() || unzGoToFilePos64(m_zip, &it.value()) != UNZ_OK)
            return false;
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return false;
        *size = info.uncompressed_size;
        return unzOpenCurrentFile(m_zip) == UNZ_OK;
    }

    int read(char *data, unsigned size) { return unzReadCurrentFile(m_zip, data, size); }
    void closeEntry() { unzCloseCurrentFile(m_zip); }

private:
    unzFile m_zip = nullptr;
    QHash<QString, unz64_file_pos> m_entries;
};

// Parses one XML entry of the archive, decompressing it as the reader asks for more.
class XmlPart
{
public:
    explicit XmlPart(Archive &archive) : m_archive(archive) {}
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;
    ~XmlPart() { close(); }

    // False when the archive has no such entry.
    bool open(const QString &name)
    {
        close();
        m_xml.clear();
        m_name = name;
        m_size = 0;
        m_read = 0;
        m_end = false;
        m_damaged = false;
        m_open = m_archive.openEntry(name, &m_size);
        return m_open;
    }

    void close()
    {
        if (m_open)
            m_archive.closeEntry();
        m_open = false;
    }

    QXmlStreamReader &xml() { return m_xml; }
    const QXmlStreamReader &xml() const { return m_xml; }
    const QString &name() const { return m_name; }
    // The compressed data was corrupt, as opposed to the XML in it.
    bool isDamaged() const { return m_damaged; }
    double progress() const
    {
        return m_size ? std::min(1.0, double(m_read) / double(m_size)) : 1.0;
    }

    QXmlStreamReader::TokenType readNext()
    {
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token != QXmlStreamReader::Invalid || m_end
                || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
                return token;
            }
            feed();
        }
    }

    // Reads past the end of the element whose start was just read.
    void skipElement()
    {
        for (int depth = 1; depth > 0;) {
            switch (readNext()) {
            case QXmlStreamReader::StartElement: ++depth; break;
            case QXmlStreamReader::EndElement: --depth; break;
            case QXmlStreamReader::Invalid: return;
            default: break;
            }
        }
    }

    // Appends the text of the element whose start was just read. Text may come in several
    // tokens when it straddles two decompressed chunks.
    void readText(QString &out)
    {
        for (int depth = 1; depth > 0;) {
            switch (readNext()) {
            case QXmlStreamReader::Characters: out += m_xml.text(); break;
            case QXmlStreamReader::StartElement: ++depth; break;
            case QXmlStreamReader::EndElement: --depth; break;
            case QXmlStreamReader::Invalid: return;
            default: break;
            }
        }
    }

    // Appends the text of an <si> or <is>: its <t>, or the <t> of each <r> run. Phonetic
    // guides (<rPh>) are annotations, not part of the value.
    void readRichText(QString &out)
    {
        for (int depth = 1; depth > 0;) {
            switch (readNext()) {
            case QXmlStreamReader::StartElement: {
                const QStringView name = m_xml.name();
                if (name == u"t")
                    readText(out);
                else if (name == u"r")
                    ++depth;
                else
                    skipElement();
                break;
            }
            case QXmlStreamReader::EndElement: --depth; break;
            case QXmlStreamReader::Invalid: return;
            default: break;
            }
        }
    }

private:
    void feed()
    {
        QByteArray chunk(kChunkSize, Qt::Uninitialized);
        const int n = m_archive.read(chunk.data(), unsigned(chunk.size()));
        if (n <= 0) {
            m_damaged = n < 0;
            m_end = true;
            return;
        }
        chunk.truncate(n);
        m_read += quint64(n);
        m_xml.addData(chunk);
    }

    Archive &m_archive;
    QXmlStreamReader m_xml;
    QString m_name;
    quint64 m_size = 0;
    quint64 m_read = 0;
    bool m_open = false;
    bool m_end = false;
    bool m_damaged = false;
};

Message partError(const XmlPart &part, const QString &path)
{
    if (part.isDamaged())
        return damaged(path);
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "The workbook “%1” could not be read: %2 (%3, line %4)."),
                   {fileNameOf(path), part.xml().errorString(), part.name(),
                    QString::number(part.xml().lineNumber())});
}

struct Relationship
{
    QString type;
    QString target; // resolved to an entry name
};

struct SheetEntry
{
    QString name;
    QString part;
    bool hidden = false;
};

struct Workbook
{
    std::vector<SheetEntry> sheets;
    bool date1904 = false;
    QString sharedStrings;
    QString styles;
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

Result<Workbook> readWorkbook(Archive &archive, const QString &path)
{
    QHash<QString, Relationship> packageRelationships;
    if (Message error = readRelationships(archive, QString(), path, packageRelationships);
        !error.isEmpty()) {
        return error;
    }
    QString workbookPart = findTarget(packageRelationships, u"/officeDocument");
    if (workbookPart.isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    if (!archive.contains(workbookPart)) {
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

    Workbook workbook;
    struct Sheet
    {
        QString name;
        QString id;
        bool hidden;
    };
    std::vector<Sheet> sheets;
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
                workbook.date1904 = value == u"1" || value == u"true";
            } else if (name == u"sheet") {
                // r:id is the only attribute of <sheet> in a namespace; its prefix may vary.
                QString id;
                for (const QXmlStreamAttribute &attribute : attributes) {
                    if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                        id = attribute.value().toString();
                }
                const QStringView state = attributes.value("state"_L1);
                sheets.push_back(Sheet{attributes.value("name"_L1).toString(), id,
                                       state == u"hidden" || state == u"veryHidden"});
            }
            break;
        }
        default:
            break;
        }
    }
    part.close();

    QHash<QString, Relationship> relationships;
    if (Message error = readRelationships(archive, workbookPart, path, relationships);
        !error.isEmpty()) {
        return error;
    }
    for (const Sheet &sheet : sheets) {
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
    workbook.styles = partOrDefault(u"/styles", u"styles.xml");
    return workbook;
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
    if (file.read(8) != QByteArray::fromRawData(oleSignature, 8))
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

Message openArchive(Archive &archive, const QString &path)
{
    if (Message error = checkFile(path); !error.isEmpty())
        return error;
    if (!archive.open(path))
        return notAWorkbook(path);
    return {};
}

// Whether a number format shows dates or times: it has y, m, d, h or s outside quoted text,
// escapes and [..] sections (colours, locales, conditions); [h] [mm] [ss] are elapsed times.
DateKind classifyFormat(QStringView code)
{
    bool year = false, month = false, day = false, hour = false, second = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = QChar::toLower(code[i].unicode());
        if (c == u';') {
            break; // the first section, for positive numbers, decides
        } else if (c == u'"') {
            while (++i < code.size() && code[i] != u'"') {
            }
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped character, a space as wide as a character, a fill character
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inner = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            const bool elapsed = !inner.isEmpty() && std::all_of(inner.begin(), inner.end(),
                [](QChar ch) { return QStringView(u"hHmMsS").contains(ch); });
            if (elapsed)
                hour = true;
            if (close < 0)
                break;
            i = close;
        } else if (c == u'y') {
            year = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'd') {
            day = true;
        } else if (c == u'h') {
            hour = true;
        } else if (c == u's') {
            second = true;
        }
    }
    // m is minutes next to h or s, months otherwise.
    if (year || day || (month && !hour && !second))
        return DateFormat;
    if (hour || second || month)
        return TimeFormat;
    return NoDate;
}

// Built-in number formats (ECMA-376 18.8.30) and the ones East Asian versions of Excel add.
DateKind builtinFormat(int id)
{
    if ((id >= 14 && id <= 17) || id == 22)
        return DateFormat;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return TimeFormat;
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return DateFormat;
    return NoDate;
}

Message readStyles(Archive &archive, const QString &name, const QString &path,
                   std::vector<quint8> &kinds)
{
    XmlPart part(archive);
    if (!part.open(name))
        return {};
    QHash<int, DateKind> custom;
    std::vector<int> formats;
    bool inNumFmts = false, inCellXfs = false;
    for (;;) {
        switch (part.readNext()) {
        case QXmlStreamReader::Invalid:
            return partError(part, path);
        case QXmlStreamReader::EndDocument:
            kinds.clear();
            for (const int id : formats)
                kinds.push_back(custom.contains(id) ? custom.value(id) : builtinFormat(id));
            return {};
        case QXmlStreamReader::StartElement: {
            const QStringView element = part.xml().name();
            const QXmlStreamAttributes attributes = part.xml().attributes();
            // <numFmt> and <xf> also appear in <dxfs> and <cellStyleXfs>, which cells do not use.
            if (element == u"numFmts") {
                inNumFmts = true;
            } else if (element == u"cellXfs") {
                inCellXfs = true;
            } else if (element == u"numFmt" && inNumFmts) {
                custom.insert(attributes.value("numFmtId"_L1).toInt(),
                              classifyFormat(attributes.value("formatCode"_L1)));
            } else if (element == u"xf" && inCellXfs) {
                formats.push_back(attributes.value("numFmtId"_L1).toInt());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (part.xml().name() == u"numFmts")
                inNumFmts = false;
            else if (part.xml().name() == u"cellXfs")
                inCellXfs = false;
            break;
        default:
            break;
        }
    }
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// Excel writes characters XML cannot hold as _xHHHH_, and a literal "_x" as "_x005F_x".
void decodeEscapes(QString &text)
{
    if (!text.contains(u"_x"))
        return;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text[i] == u'_' && i + 6 < n && text[i + 1] == u'x' && isHex(text[i + 2])
            && isHex(text[i + 3]) && isHex(text[i + 4]) && isHex(text[i + 5])
            && text[i + 6] == u'_') {
            out += QChar(char16_t(QStringView(text).mid(i + 2, 4).toUInt(nullptr, 16)));
            i += 7;
        } else {
            out += text[i++];
        }
    }
    text = out;
}

void appendUtf8(std::string &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append(utf8.constData(), size_t(utf8.size()));
}

Message readSharedStrings(Archive &archive, const QString &name, const QString &path,
                          std::string &text, std::vector<size_t> &offsets)
{
    offsets.assign(1, 0);
    XmlPart part(archive);
    if (!part.open(name))
        return {};
    QString item;
    for (;;) {
        switch (part.readNext()) {
        case QXmlStreamReader::Invalid:
            return partError(part, path);
        case QXmlStreamReader::EndDocument:
            return {};
        case QXmlStreamReader::StartElement:
            if (part.xml().name() == u"si") {
                item.clear();
                part.readRichText(item);
                decodeEscapes(item);
                appendUtf8(text, item);
                offsets.push_back(text.size());
            } else if (part.xml().name() == u"sst") {
                const qint64 count = part.xml().attributes().value("uniqueCount"_L1).toLongLong();
                offsets.reserve(size_t(std::clamp<qint64>(count, 0, 1 << 20)) + 1);
            }
            break;
        default:
            break;
        }
    }
}

// "C5" → 2; -1 when the reference is missing or malformed.
int columnIndex(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
    }
    if (i == 0 || (i < reference.size() && !reference[i].isDigit()))
        return -1;
    return column - 1;
}

CellType cellType(QStringView type)
{
    if (type == u"s")
        return CellType::Shared;
    if (type == u"inlineStr")
        return CellType::Inline;
    if (type == u"str")
        return CellType::FormulaText;
    if (type == u"b")
        return CellType::Boolean;
    if (type == u"e")
        return CellType::Error;
    if (type == u"d")
        return CellType::IsoDate;
    return CellType::Number;
}

std::optional<double> parseNumber(QStringView text)
{
    text = text.trimmed();
    char buffer[64];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() > 127)
            return std::nullopt;
        buffer[i] = char(text[i].unicode());
    }
    double value = 0;
    const char *end = buffer + text.size();
    const auto [ptr, ec] = std::from_chars(buffer, end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Excel keeps 15 significant digits and writes up to 17 (0.1 + 0.2 as 0.30000000000000004);
// rounding to 15 gives what Excel shows, then the shortest text that reads back the same.
void appendNumber(std::string &out, double value)
{
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                std::chars_format::general, 15);
    std::from_chars(buffer, result.ptr, value);
    if (value == 0)
        value = 0; // no "-0"
    const double magnitude = std::fabs(value);
    // Plain notation for ids and amounts: shortest-form would write 1000000 as "1e+06".
    if (magnitude == 0 || (magnitude >= 1e-5 && magnitude < 1e16))
        result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    else
        result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendDigits(std::string &out, int value, int width)
{
    char digits[12];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i)
        out += '0';
    while (n > 0)
        out += digits[--n];
}

void appendTime(std::string &out, qint64 seconds)
{
    appendDigits(out, int(seconds / 3600), 2);
    out += ':';
    appendDigits(out, int(seconds / 60 % 60), 2);
    out += ':';
    appendDigits(out, int(seconds % 60), 2);
}

// Appends an Excel serial day number as ISO text; false when it is outside what Excel shows as
// a date (negative, or after 9999-12-31).
bool appendDate(std::string &out, double serial, DateKind kind, bool date1904)
{
    if (!(serial >= 0) || serial >= 2958466)
        return false;
    const qint64 total = std::llround(serial * 86400.0);
    const qint64 days = total / 86400;
    const qint64 seconds = total % 86400;
    // A fraction of a day alone is a time of day, not a time on 1900-01-00.
    if (days == 0 && (kind == TimeFormat || seconds != 0)) {
        appendTime(out, seconds);
        return true;
    }
    // The 1900 system counts a 29 February 1900 that never was (serial 60), so serials before
    // it are one day off; 25569 is 1970-01-01. In the 1904 system serial 0 is 1904-01-01.
    qint64 sinceEpoch;
    if (date1904)
        sinceEpoch = days - 24107;
    else
        sinceEpoch = days - (days < 61 ? 25568 : 25569);
    const QDate date = QDate(1970, 1, 1).addDays(sinceEpoch);
    appendDigits(out, date.year(), 4);
    out += '-';
    appendDigits(out, date.month(), 2);
    out += '-';
    appendDigits(out, date.day(), 2);
    if (kind == TimeFormat || seconds != 0) {
        out += ' ';
        appendTime(out, seconds);
    }
    return true;
}

// ISO 8601 of t="d" cells ("2024-03-05T08:30:00Z") in the form the other dates have.
QString normalizeIsoDate(QString text)
{
    text = text.trimmed();
    if (text.endsWith(u'Z'))
        text.chop(1);
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0)
        text.truncate(dot);
    text.replace(u'T', u' ');
    if (text.endsWith(u" 00:00:00"))
        text.chop(9);
    return text;
}

} // namespace

struct XlsxReader::Stream
{
    Archive archive;
    XmlPart sheet{archive};
};

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader() = default;

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    Archive archive;
    if (Message error = openArchive(archive, path); !error.isEmpty())
        return error;
    Result<Workbook> workbook = readWorkbook(archive, path);
    if (!workbook)
        return workbook.error();
    QStringList names;
    for (const SheetEntry &sheet : workbook->sheets)
        names.append(sheet.name);
    return names;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    reader->m_stream = std::make_unique<Stream>();
    Archive &archive = reader->m_stream->archive;
    if (Message error = openArchive(archive, path); !error.isEmpty())
        return error;
    Result<Workbook> workbook = readWorkbook(archive, path);
    if (!workbook)
        return workbook.error();
    if (workbook->sheets.empty()) {
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” contains no worksheets."),
                       {fileNameOf(path)});
    }

    const SheetEntry *chosen = nullptr;
    if (sheet.isEmpty()) {
        const auto visible = std::find_if(workbook->sheets.begin(), workbook->sheets.end(),
                                          [](const SheetEntry &entry) { return !entry.hidden; });
        chosen = visible != workbook->sheets.end() ? &*visible : &workbook->sheets.front();
    } else {
        // Excel treats sheet names case-insensitively; an exact match still wins.
        for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (const SheetEntry &entry : workbook->sheets) {
                if (!chosen && entry.name.compare(sheet, cs) == 0)
                    chosen = &entry;
            }
        }
    }
    if (!chosen) {
        QStringList names;
        for (const SheetEntry &entry : workbook->sheets)
            names.append(QChar(u'“') + entry.name + QChar(u'”'));
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "The workbook has no sheet named “%1”. Its sheets are: %2."),
                       {sheet, names.join(QStringLiteral(", "))});
    }
    reader->m_sheetName = chosen->name;
    reader->m_date1904 = workbook->date1904;

    if (Message error = readStyles(archive, workbook->styles, path, reader->m_styleKinds);
        !error.isEmpty()) {
        return error;
    }
    if (Message error = readSharedStrings(archive, workbook->sharedStrings, path,
                                          reader->m_sharedText, reader->m_sharedOffsets);
        !error.isEmpty()) {
        return error;
    }

    XmlPart &part = reader->m_stream->sheet;
    if (!part.open(chosen->part))
        return damaged(path);
    // Read up to <sheetData>, taking the width from <dimension ref="A1:H100"> on the way.
    for (;;) {
        const QXmlStreamReader::TokenType token = part.readNext();
        if (token == QXmlStreamReader::Invalid) {
            reader->fail();
            return reader->m_error;
        }
        if (token == QXmlStreamReader::EndDocument) {
            reader->m_done = true;
            break;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (part.xml().name() == u"sheetData")
            break;
        if (part.xml().name() == u"dimension") {
            const QStringView ref = part.xml().attributes().value("ref"_L1);
            const int last = columnIndex(ref.mid(ref.indexOf(u':') + 1));
            // A dimension up to XFD means "the whole sheet", not the extent of the data.
            if (last >= 0 && last < kMaxColumns - 1)
                reader->m_width = last + 1;
        }
    }
    return reader;
}

bool XlsxReader::next(Record &record)
{
    if (m_done)
        return false;
    XmlPart &part = m_stream->sheet;
    for (;;) {
        switch (part.readNext()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() != u"row") {
                part.skipElement();
                break;
            }
            if (readRow(record))
                return true;
            fail();
            return false;
        case QXmlStreamReader::EndElement: // </sheetData>: what follows holds no cells
        case QXmlStreamReader::EndDocument:
            m_done = true;
            part.close();
            return false;
        case QXmlStreamReader::Invalid:
            fail();
            return false;
        default:
            break;
        }
    }
}

double XlsxReader::progress() const
{
    return m_done ? 1.0 : m_stream->sheet.progress();
}

void XlsxReader::fail()
{
    const XmlPart &part = m_stream->sheet;
    if (part.isDamaged()) {
        m_error = damaged(m_path);
    } else {
        m_error = Message(kContext,
                          QT_TRANSLATE_NOOP("Segmenta::Import", "The sheet “%1” could not be read: %2 (line %3)."),
                          {m_sheetName, part.xml().errorString(),
                           QString::number(part.xml().lineNumber())});
    }
    m_done = true;
    m_stream->sheet.close();
}

bool XlsxReader::readRow(Record &record)
{
    XmlPart &part = m_stream->sheet;
    bool ok = false;
    const qint64 number = part.xml().attributes().value("r"_L1).toLongLong(&ok);
    m_row = ok && number > 0 ? number : m_row + 1;
    m_rowText.clear();
    m_cells.clear();
    int column = -1;
    for (bool done = false; !done;) {
        switch (part.readNext()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() == u"c")
                readCell(column);
            else
                part.skipElement();
            break;
        case QXmlStreamReader::EndElement:
            done = true;
            break;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }

    int last = -1;
    for (const Cell &cell : m_cells) {
        if (cell.length > 0)
            last = std::max(last, cell.column);
    }
    // Without a <dimension>, the first row with data (the header) sets the width.
    if (!m_sawData && last >= 0) {
        m_width = std::max(m_width, last + 1);
        m_sawData = true;
    }
    const int width = std::max(m_width, last + 1);
    record.fields.assign(size_t(width), std::string_view());
    for (const Cell &cell : m_cells) {
        if (cell.column >= width)
            continue;
        const char *base = cell.shared ? m_sharedText.data() : m_rowText.data();
        record.fields[size_t(cell.column)] = std::string_view(base + cell.offset, cell.length);
    }
    record.line = m_row;
    record.blank = last < 0;
    record.raw = {};
    return true;
}

void XlsxReader::readCell(int &column)
{
    XmlPart &part = m_stream->sheet;
    int style = 0;
    CellType type = CellType::Number;
    {
        const QXmlStreamAttributes attributes = part.xml().attributes();
        const int index = columnIndex(attributes.value("r"_L1));
        column = index >= 0 ? index : column + 1;
        type = cellType(attributes.value("t"_L1));
        style = attributes.value("s"_L1).toInt();
    }
    m_text.clear();
    bool hasValue = false;
    for (bool done = false; !done;) {
        switch (part.readNext()) {
        case QXmlStreamReader::StartElement:
            if (part.xml().name() == u"v") {
                part.readText(m_text);
                hasValue = true;
            } else if (part.xml().name() == u"is") {
                part.readRichText(m_text);
                hasValue = true;
            } else {
                part.skipElement(); // <f>: the cached result in <v> is what Excel shows
            }
            break;
        case QXmlStreamReader::EndElement:
            done = true;
            break;
        case QXmlStreamReader::Invalid:
            return;
        default:
            break;
        }
    }
    if (!hasValue || column >= kMaxColumns)
        return;

    if (type == CellType::Shared) {
        bool ok = false;
        const qulonglong index = QStringView(m_text).trimmed().toULongLong(&ok);
        if (ok && index + 1 < m_sharedOffsets.size()) {
            const size_t begin = m_sharedOffsets[index];
            m_cells.push_back({column, true, begin, m_sharedOffsets[index + 1] - begin});
        }
        return;
    }

    const size_t begin = m_rowText.size();
    switch (type) {
    case CellType::Boolean:
        m_rowText += QStringView(m_text).trimmed() == u"1" ? "TRUE" : "FALSE";
        break;
    case CellType::Inline:
    case CellType::FormulaText:
        decodeEscapes(m_text);
        appendUtf8(m_rowText, m_text);
        break;
    case CellType::IsoDate:
        appendUtf8(m_rowText, normalizeIsoDate(m_text));
        break;
    case CellType::Number:
        if (const std::optional<double> value = parseNumber(m_text)) {
            const DateKind kind = size_t(style) < m_styleKinds.size()
                                      ? DateKind(m_styleKinds[size_t(style)])
                                      : NoDate;
            if (kind == NoDate || !appendDate(m_rowText, *value, kind, m_date1904))
                appendNumber(m_rowText, *value);
        } else {
            appendUtf8(m_rowText, m_text);
        }
        break;
    default: // errors ("#N/A") and anything unknown, as written
        appendUtf8(m_rowText, m_text);
        break;
    }
    m_cells.push_back({column, false, begin, m_rowText.size() - begin});
}

} // namespace Segmenta
