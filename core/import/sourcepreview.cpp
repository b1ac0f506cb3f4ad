// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/sourcepreview.h"

#include "data/parse/dateparser.h"
#include "import/text/recordsource.h"
#include "import/tableimporter.h"
#include "import/xlsx/xlsxreader.h"

namespace Segmenta {

Result<SourcePreview> SourcePreview::read(const TableImportOptions &options, int maxRows)
{
    TableImportReport report;
    // The first megabyte is plenty for 50 rows; the import itself detects on the whole file.
    TableImportOptions head = options;
    head.previewBytes = 1 << 20;
    auto opened = TableImporter::openSource(head, report);
    if (!opened)
        return opened.error();
    SourcePreview p;
    p.encoding = report.encoding;
    p.delimiter = report.delimiter;
    p.hasHeader = report.hasHeader;
    if (report.delimiter == u"xlsx") {
        if (auto sheets = XlsxReader::sheetNames(options.path))
            p.sheets = *sheets;
    }
    Record r;
    bool first = true;
    while (int(p.rows.size()) < maxRows && (*opened)->next(r)) {
        if (r.blank)
            continue;
        QStringList fields;
        for (std::string_view v : r.fields)
            fields.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
        if (first && p.hasHeader) {
            p.headers = fields;
        } else {
            if (first)
                for (qsizetype i = 0; i < fields.size(); ++i)
                    p.headers.append(QStringLiteral("column_%1").arg(i + 1));
            p.rows.append(fields);
        }
        first = false;
    }
    // A limit met in the first rows (docs/user/import.md, "Limits") is said now, before the
    // import.
    if (const Message stopped = (*opened)->error(); !stopped.isEmpty())
        return stopped;
    QList<Role> taken;
    for (const QString &h : p.headers) {
        Role role = Role::None;
        for (const ColumnMapping &m : options.mappings)
            if (m.column == h)
                role = m.role;
        if (role == Role::None && p.hasHeader) {
            role = Roles::detect(h, options.kind);
            if (taken.contains(role))
                role = Role::None;
        }
        taken.append(role);
        p.roles.append(role);
    }
    // Date columns whose sample cannot tell day from month: the wizard asks about them now.
    for (qsizetype c = 0; c < p.headers.size(); ++c) {
        std::vector<DateToken> tokens;
        bool anyDate = false;
        for (const QStringList &row : p.rows) {
            if (c >= row.size() || row[c].isEmpty())
                continue;
            const QByteArray u = row[c].toUtf8();
            tokens.push_back(DateParser::tokenize(std::string_view(u.constData(), size_t(u.size()))));
            anyDate = anyDate || tokens.back().kind == DateToken::Numeric;
        }
        if (anyDate && DateParser::decideOrder(tokens) == DateOrder::Unknown)
            p.ambiguousDateColumns.append(p.headers[c]);
    }
    return p;
}

} // namespace Segmenta
