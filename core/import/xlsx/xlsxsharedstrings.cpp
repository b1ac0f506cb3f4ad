// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxsharedstrings.h"

#include "import/importlimits.h"
#include "import/xlsx/xlsxmessages.h"
#include "import/xlsx/xlsxpart.h"
#include "import/xlsx/xlsxscannerfeed.h"
#include "import/xlsx/xlsxsheetscanner.h"

#include <algorithm>

namespace Segmenta::Xlsx {

using namespace Qt::StringLiterals;

namespace {

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

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

namespace {

// The fast path (docs/architecture.md, "XLSX fast path"); false when it leaves the part to
// QXmlStreamReader, which then reads it from the start.
bool scanSharedStrings(Archive &archive, const QString &name, std::string &text,
                       std::vector<size_t> &offsets)
{
    ScannerFeed feed(archive);
    if (!feed.open(name))
        return false;
    SheetScanner scanner(SheetScanner::Part::SharedStrings);
    int width = 0;
    for (;;) {
        switch (scanner.prologue(width)) {
        case SheetScanner::Step::NeedMore:
            feed.feed(scanner);
            continue;
        case SheetScanner::Step::Row:
            break;
        default:
            return false;
        }
        break;
    }
    for (;;) {
        switch (scanner.nextString(text)) {
        case SheetScanner::Step::Row: {
            const std::string_view item(text.data() + offsets.back(), text.size() - offsets.back());
            if (item.find("_x") != std::string_view::npos) {
                QString decoded = QString::fromUtf8(item.data(), qsizetype(item.size()));
                decodeEscapes(decoded);
                text.resize(offsets.back());
                appendUtf8(text, decoded);
            }
            if (text.size() - offsets.back() > size_t(ImportLimits::kMaxFieldBytes))
                return false; // the slow path says so
            offsets.push_back(text.size());
            break;
        }
        case SheetScanner::Step::NeedMore:
            feed.feed(scanner);
            break;
        case SheetScanner::Step::End:
            return true;
        case SheetScanner::Step::Unsupported:
            return false;
        }
    }
}

} // namespace

Message readSharedStrings(Archive &archive, const QString &name, const QString &path,
                          std::string &text, std::vector<size_t> &offsets, bool scan)
{
    offsets.assign(1, 0);
    if (scan && scanSharedStrings(archive, name, text, offsets))
        return {};
    text.clear();
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
                if (text.size() - offsets.back() > size_t(ImportLimits::kMaxFieldBytes))
                    return ImportLimits::cellTooLong(path);
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

} // namespace Segmenta::Xlsx
