// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/xlsx/xlsxxmlbytes.h"

#include "import/importlimits.h"

#include <cstring>

namespace Segmenta::Xlsx::XmlBytes {

namespace {

bool isNameStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(unsigned char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// A character XML 1.0 allows.
bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
           || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Length of the well-formed UTF-8 sequence of an XML character at p (1 to 4), 0 when it is
// malformed or not an XML character, -1 when it runs past end.
int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    int n;
    char32_t min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < n)
        return -1;
    char32_t value = c & (0x3F >> (n - 1));
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3F);
    }
    return value >= min && isXmlChar(value) ? n : 0;
}

} // namespace

namespace {

// An XML name with at most one colon, ASCII only (what sheets use; the rest is Unsupported).
enum class NameResult { Ok, NeedMore, Bad };
NameResult scanName(const char *&p, const char *end, std::string_view &name, bool &prefixed)
{
    const char *start = p;
    bool colon = false;
    if (p == end)
        return NameResult::NeedMore;
    if (!isNameStart(static_cast<unsigned char>(*p)))
        return NameResult::Bad;
    for (++p; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == ':' && !colon && p + 1 < end && isNameStart(static_cast<unsigned char>(p[1]))) {
            colon = true;
            ++p;
        } else if (c == ':' && p + 1 == end) {
            return NameResult::NeedMore;
        } else if (!isNameChar(c)) {
            break;
        }
    }
    if (p == end)
        return NameResult::NeedMore;
    if (*p == ':' || static_cast<unsigned char>(*p) >= 0x80)
        return NameResult::Bad;
    name = std::string_view(start, size_t(p - start));
    prefixed = prefixed || colon;
    return NameResult::Ok;
}

} // namespace

Status startTag(Cursor &cursor, Tag &tag)
{
    const char *p = cursor.p + 1; // past '<'
    tag.prefixed = false;
    switch (scanName(p, cursor.end, tag.name, tag.prefixed)) {
    case NameResult::NeedMore: return Status::NeedMore;
    case NameResult::Bad: return Status::Unsupported;
    case NameResult::Ok: break;
    }
    tag.local = tag.prefixed ? localOf(tag.name) : tag.name;
    tag.count = 0;
    for (;;) {
        const char *before = p;
        while (p < cursor.end && isSpace(static_cast<unsigned char>(*p)))
            ++p;
        if (p == cursor.end)
            return Status::NeedMore;
        if (*p == '>') {
            tag.selfClosing = false;
            cursor.p = p + 1;
            return Status::Ok;
        }
        if (*p == '/') {
            if (p + 1 == cursor.end)
                return Status::NeedMore;
            if (p[1] != '>')
                return Status::Unsupported;
            tag.selfClosing = true;
            cursor.p = p + 2;
            return Status::Ok;
        }
        // Attributes are separated by white space; more than sheets use is left to the slow path.
        if (p == before || tag.count == kMaxAttributes)
            return Status::Unsupported;
        Tag::Attribute &attribute = tag.attributes[tag.count];
        std::string_view attributeName;
        switch (scanName(p, cursor.end, attributeName, tag.prefixed)) {
        case NameResult::NeedMore: return Status::NeedMore;
        case NameResult::Bad: return Status::Unsupported;
        case NameResult::Ok: break;
        }
        while (p < cursor.end && isSpace(static_cast<unsigned char>(*p)))
            ++p;
        if (p == cursor.end)
            return Status::NeedMore;
        if (*p++ != '=')
            return Status::Unsupported;
        while (p < cursor.end && isSpace(static_cast<unsigned char>(*p)))
            ++p;
        if (p == cursor.end)
            return Status::NeedMore;
        const char quote = *p++;
        if (quote != '"' && quote != '\'')
            return Status::Unsupported;
        // Values with references or white space to normalise are left to the slow path.
        const char *close = p;
        for (; close < cursor.end && *close != quote; ++close) {
            const unsigned char c = static_cast<unsigned char>(*close);
            if (c < 0x20 || c >= 0x80 || c == '<' || c == '&')
                return Status::Unsupported;
        }
        if (close == cursor.end)
            return Status::NeedMore;
        attribute = {attributeName.data(), attributeName.size(), p, size_t(close - p)};
        p = close + 1;
        for (size_t i = 0; i < tag.count; ++i) {
            if (tag.attributes[i].name() == attributeName)
                return Status::Unsupported; // redefined: an error for QXmlStreamReader
        }
        ++tag.count;
    }
}

Status endTag(Cursor &cursor, std::string_view qualifiedName)
{
    const char *p = cursor.p + 2; // past "</"
    const size_t n = qualifiedName.size();
    if (size_t(cursor.end - p) < n)
        return Status::NeedMore;
    if (std::memcmp(p, qualifiedName.data(), n) != 0)
        return Status::Unsupported;
    p += n;
    while (p < cursor.end && isSpace(static_cast<unsigned char>(*p)))
        ++p;
    if (p == cursor.end)
        return Status::NeedMore;
    if (*p != '>')
        return Status::Unsupported;
    cursor.p = p + 1;
    return Status::Ok;
}

namespace {

// At '&': the entity or character reference, decoded into out (when not null).
Status reference(const char *&p, const char *end, std::string *out)
{
    const char *semicolon = p + 1;
    while (semicolon < end && semicolon - p < 12 && *semicolon != ';')
        ++semicolon;
    if (semicolon == end)
        return Status::NeedMore;
    if (*semicolon != ';')
        return Status::Unsupported;
    const std::string_view name(p + 1, size_t(semicolon - p - 1));
    char32_t value = 0;
    if (name == "lt") value = '<';
    else if (name == "gt") value = '>';
    else if (name == "amp") value = '&';
    else if (name == "quot") value = '"';
    else if (name == "apos") value = '\'';
    else if (name.size() >= 2 && name[0] == '#') {
        const bool hex = name[1] == 'x';
        const std::string_view digits = name.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7)
            return Status::Unsupported;
        for (char d : digits) {
            int digit;
            if (d >= '0' && d <= '9') digit = d - '0';
            else if (hex && d >= 'a' && d <= 'f') digit = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F') digit = d - 'A' + 10;
            else return Status::Unsupported;
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (!isXmlChar(value))
            return Status::Unsupported;
    } else {
        return Status::Unsupported; // an entity no DTD declared
    }
    if (out)
        appendUtf8(*out, value);
    p = semicolon + 1;
    return Status::Ok;
}

} // namespace

Status text(Cursor &cursor, std::string *out)
{
    const char *p = cursor.p;
    const char *const end = cursor.end;
    const char *const start = p;
    while (p < end) {
        const char *run = p;
        while (p < end) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x80 || c == '<' || c == '&' || c == ']')
                break;
            ++p;
        }
        if (out)
            out->append(run, size_t(p - run));
        if (size_t(p - start) > size_t(ImportLimits::kMaxFieldBytes))
            return Status::Unsupported;
        if (p == end)
            break;
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c == '<') {
            cursor.p = p;
            return Status::Ok;
        }
        if (c == '&') {
            if (Status status = reference(p, end, out); status != Status::Ok)
                return status;
        } else if (c == ']') {
            if (end - p < 3)
                return Status::NeedMore;
            if (p[1] == ']' && p[2] == '>')
                return Status::Unsupported; // not allowed in content
            if (out)
                *out += ']';
            ++p;
        } else if (c >= 0x80) {
            const int n = utf8Length(reinterpret_cast<const unsigned char *>(p),
                                     reinterpret_cast<const unsigned char *>(end));
            if (n < 0)
                return Status::NeedMore;
            if (n == 0)
                return Status::Unsupported;
            if (out)
                out->append(p, size_t(n));
            p += n;
        } else if (c == '\t' || c == '\n' || (c == '\r' && !out)) {
            // Line ends in kept text would need XML's normalisation of "\r\n": slow path.
            if (out)
                *out += char(c);
            ++p;
        } else {
            return Status::Unsupported;
        }
    }
    return Status::NeedMore;
}

} // namespace Segmenta::Xlsx::XmlBytes
