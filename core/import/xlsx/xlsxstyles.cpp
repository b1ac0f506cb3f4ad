// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxstyles.h"

#include "import/xlsx/xlsxmessages.h"
#include "import/xlsx/xlsxpart.h"

#include <QHash>

#include <algorithm>

namespace Segmenta::Xlsx {

using namespace Qt::StringLiterals;

namespace {

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

} // namespace

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

} // namespace Segmenta::Xlsx
