// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/suppressionlist.h"

#include "import/text/sourcebuffer.h"

#include <QString>

namespace Segmenta {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Lower-cased and trimmed; non-ASCII text (full-width spaces, Unicode letters) through
// QString, plain ASCII without an allocation beyond the result.
std::string foldAndTrim(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            const QByteArray folded = QString::fromUtf8(text.data(), qsizetype(text.size()))
                                          .trimmed()
                                          .toLower()
                                          .toUtf8();
            return std::string(folded.constData(), size_t(folded.size()));
        }
    }
    std::string out(text);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

// The first field of a CSV line (quoted or not), or the whole line.
std::string_view firstField(std::string_view line, std::string &unquoted)
{
    size_t start = 0;
    while (start < line.size() && isAsciiSpace(line[start]))
        ++start;
    if (start < line.size() && line[start] == '"') {
        unquoted.clear();
        for (size_t i = start + 1; i < line.size(); ++i) {
            if (line[i] == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    unquoted.push_back('"');
                    ++i;
                    continue;
                }
                break;
            }
            unquoted.push_back(line[i]);
        }
        return unquoted;
    }
    const size_t end = line.find_first_of(",;\t");
    return end == std::string_view::npos ? line : line.substr(0, end);
}

} // namespace

std::string SuppressionList::normalizedId(std::string_view text)
{
    return foldAndTrim(text);
}

std::string SuppressionList::normalizedEmail(std::string_view text)
{
    return foldAndTrim(text);
}

std::string SuppressionList::normalizedPhone(std::string_view text)
{
    std::string digits;
    bool plus = false;
    for (char c : text) {
        if (c >= '0' && c <= '9')
            digits.push_back(c);
        else if (c == '+' && digits.empty())
            plus = true;
    }
    // The country code of China written three ways: +86, 0086, or 86 before a mobile number.
    if (digits.starts_with("0086"))
        digits.erase(0, 4);
    else if (digits.starts_with("86") && (plus || digits.size() == 13))
        digits.erase(0, 2);
    const size_t firstNonZero = digits.find_first_not_of('0');
    digits.erase(0, firstNonZero == std::string::npos ? digits.size() : firstNonZero);
    if (digits.size() < 5)
        digits.clear();
    return digits;
}

void SuppressionList::add(std::string_view entry)
{
    std::string id = normalizedId(entry);
    if (id.empty())
        return;
    ++m_entries;
    if (id.find('@') != std::string::npos)
        m_emails.insert(id);
    // Only text made of digits and phone punctuation is taken as a phone number.
    if (entry.find_first_not_of("0123456789+-() .\t\r") == std::string_view::npos) {
        std::string phone = normalizedPhone(entry);
        if (!phone.empty())
            m_phones.insert(std::move(phone));
    }
    m_ids.insert(std::move(id));
}

bool SuppressionList::matchesId(std::string_view id) const
{
    return !m_ids.empty() && m_ids.contains(normalizedId(id));
}

bool SuppressionList::matchesPhone(std::string_view phone) const
{
    if (m_phones.empty())
        return false;
    const std::string p = normalizedPhone(phone);
    return !p.empty() && m_phones.contains(p);
}

bool SuppressionList::matchesEmail(std::string_view email) const
{
    return !m_emails.empty() && m_emails.contains(normalizedEmail(email));
}

SuppressionList SuppressionList::fromText(std::string_view text)
{
    SuppressionList list;
    std::string scratch;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        list.add(firstField(line, scratch));
        pos = end + 1;
    }
    return list;
}

Result<SuppressionList> SuppressionList::readFile(const QString &path, const QByteArray &encoding)
{
    auto buffer = SourceBuffer::open(path, encoding);
    if (!buffer)
        return Message("Segmenta::Export",
                       QT_TRANSLATE_NOOP("Segmenta::Export",
                                         "The suppression list “%1” cannot be read: %2"),
                       {path, buffer.errorString()});
    return fromText((*buffer)->text());
}

} // namespace Segmenta
