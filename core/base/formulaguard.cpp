// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/formulaguard.h"

#include <QByteArray>

namespace Segmenta {

namespace {

// The code point at utf8[i] and its length in bytes; 0 at the end or on a malformed sequence.
int decode(std::string_view utf8, size_t i, char32_t &cp)
{
    if (i >= utf8.size())
        return 0;
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(utf8[k]); };
    const unsigned char b = byte(i);
    int length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + size_t(length) > utf8.size())
        return 0;
    cp = length == 1 ? b : length == 2 ? (b & 0x1F) : length == 3 ? (b & 0x0F) : (b & 0x07);
    for (int k = 1; k < length; ++k) {
        if ((byte(i + size_t(k)) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(i + size_t(k)) & 0x3F);
    }
    return length;
}

bool isBlank(char32_t c)
{
    return c == U' ' || (c >= 0x09 && c <= 0x0D) || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isFormulaStart(char32_t c)
{
    switch (c) {
    case U'=':
    case U'+':
    case U'-':
    case U'@':
    case U'＝':
    case U'＋':
    case U'－':
    case U'＠':
        return true;
    default:
        return false;
    }
}

} // namespace

bool FormulaGuard::startsLikeFormula(std::string_view utf8)
{
    char32_t c = 0;
    for (size_t i = 0; int n = decode(utf8, i, c); i += size_t(n))
        if (!isBlank(c))
            return isFormulaStart(c);
    return false;
}

QString FormulaGuard::neutralised(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!needsNeutralising(std::string_view(utf8.constData(), size_t(utf8.size()))))
        return text;
    return u'\'' + text;
}

bool FormulaGuard::isPlainNumber(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    const auto digits = [&] {
        const size_t from = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i - from;
    };
    size_t count = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        count += digits();
    }
    if (count == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

} // namespace Segmenta
