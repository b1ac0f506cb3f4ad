// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <unordered_set>

namespace Segmenta {

// Customers who must not be contacted (opted out, complained, already called): a list of
// customer ids, phone numbers or e-mail addresses, one per line or in the first column of a
// CSV file. Every entry and every customer value is normalised the same way before matching
// (docs/export.md):
//   id     trimmed, case-insensitive;
//   e-mail trimmed, lower-cased (an entry with an @ is an e-mail);
//   phone  digits only; a country prefix +86, 0086 (or 86 before an 11-digit mobile) dropped,
//          then leading zeros (the trunk 0 of 010-...) dropped; entries with fewer than 5
//          digits are not phone numbers.
// An entry counts as an id and, when it looks like one, also as a phone or an e-mail, so a
// file need not say which kind it lists.
class SuppressionList
{
public:
    // Text in UTF-8 or GB18030 (detected as on import, or named by encoding).
    static Result<SuppressionList> readFile(const QString &path, const QByteArray &encoding = {});
    static SuppressionList fromText(std::string_view utf8);

    void add(std::string_view entry);
    qsizetype entryCount() const { return m_entries; }
    bool isEmpty() const { return m_entries == 0; }

    bool matchesId(std::string_view id) const;
    bool matchesPhone(std::string_view phone) const;
    bool matchesEmail(std::string_view email) const;

    static std::string normalizedId(std::string_view text);
    static std::string normalizedEmail(std::string_view text);
    // Empty when the text has fewer than 5 digits.
    static std::string normalizedPhone(std::string_view text);

private:
    qsizetype m_entries = 0;
    std::unordered_set<std::string> m_ids;
    std::unordered_set<std::string> m_phones;
    std::unordered_set<std::string> m_emails;
};

} // namespace Segmenta
