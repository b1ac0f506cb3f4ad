// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

// The tokens of XML as UTF-8 bytes that SheetScanner reads a sheet with: start and end tags,
// and character data with the five entities and character references decoded. Strict: what
// a sheet does not hold, or what QXmlStreamReader would read differently or refuse, is
// Unsupported (docs/architecture.md, "XLSX fast path").
namespace Segmenta::Xlsx::XmlBytes {

// Deeper nesting than sheets have is left to QXmlStreamReader (the recursion stays shallow).
inline constexpr int kMaxDepth = 64;
inline constexpr size_t kMaxAttributes = 32;

enum class Status { Ok, NeedMore, Unsupported };

struct Cursor
{
    const char *p;
    const char *end;
    bool need(size_t n) const { return size_t(end - p) >= n; }
};

struct Tag
{
    // Plain pointers, so that the array is not zeroed for every tag.
    struct Attribute
    {
        const char *nameData;
        size_t nameSize;
        const char *valueData;
        size_t valueSize;
        std::string_view name() const { return {nameData, nameSize}; }
        std::string_view value() const { return {valueData, valueSize}; }
    };
    std::string_view name; // qualified
    std::string_view local;
    bool selfClosing = false;
    bool prefixed = false; // a name of the element or of an attribute has a prefix
    std::array<Attribute, kMaxAttributes> attributes;
    size_t count = 0;

    std::string_view value(std::string_view attribute) const
    {
        for (size_t i = 0; i < count; ++i) {
            if (attributes[i].name() == attribute)
                return attributes[i].value();
        }
        return {};
    }
};

inline bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline std::string_view prefixOf(std::string_view qualifiedName)
{
    const size_t colon = qualifiedName.find(':');
    return colon == std::string_view::npos ? std::string_view() : qualifiedName.substr(0, colon);
}

inline std::string_view localOf(std::string_view qualifiedName)
{
    const size_t colon = qualifiedName.find(':');
    return colon == std::string_view::npos ? qualifiedName : qualifiedName.substr(colon + 1);
}

// At "<name": the start tag, attribute values as written (values with references or white
// space to normalise are Unsupported).
Status startTag(Cursor &cursor, Tag &tag);
// At "</": the end tag of qualifiedName.
Status endTag(Cursor &cursor, std::string_view qualifiedName);
// Character data up to the next '<', decoded into out (or only checked when out is null).
Status text(Cursor &cursor, std::string *out);

} // namespace Segmenta::Xlsx::XmlBytes
