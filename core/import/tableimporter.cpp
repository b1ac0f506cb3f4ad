// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tableimporter.h"

#include "import/columninference.h"
#include "import/text/delimitedreader.h"
#include "import/text/sourcebuffer.h"
#include "import/tableimportworker.h"
#include "import/textpieces.h"
#include "base/taskcontrol.h"
#include "import/xlsx/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cmath>
#include <cstring>

namespace Segmenta {

namespace {

const char kContext[] = "Segmenta::Import";

using Kind = ColumnSpec::Kind;

Kind kindFor(Role role)
{
    switch (role) {
    case Role::Customer:
        return Kind::Key;
    case Role::Date:
    case Role::BirthDate:
    case Role::SignupDate:
        return Kind::Date;
    case Role::Amount:
    case Role::Quantity:
    case Role::UnitPrice:
    case Role::Margin:
    case Role::Age:
    case Role::Income:
    case Role::Assets:
    case Role::Credit:
    case Role::CostToServe:
        return Kind::Number;
    case Role::None:
        return Kind::Attribute;
    default:
        return Kind::Text;
    }
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

int resolveColumn(const QString &column, const QStringList &headers)
{
    if (column.startsWith(u'#')) {
        bool ok = false;
        const int n = column.mid(1).toInt(&ok);
        return ok && n >= 1 && n <= headers.size() ? n - 1 : -1;
    }
    int i = int(headers.indexOf(column));
    if (i < 0)
        for (int k = 0; k < headers.size(); ++k)
            if (headers[k].compare(column, Qt::CaseInsensitive) == 0)
                return k;
    return i;
}

} // namespace

std::optional<ColumnMapping> ColumnMapping::parse(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return std::nullopt;
    ColumnMapping m;
    m.role = Roles::fromName(text.left(eq).trimmed());
    if (m.role == Role::None)
        return std::nullopt;
    QString rest = text.mid(eq + 1);
    // The format follows the last ':' unless the column name itself is all that is there.
    const qsizetype colon = rest.indexOf(u':');
    if (colon > 0) {
        m.format = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    m.column = rest.trimmed();
    if (m.column.isEmpty())
        return std::nullopt;
    return m;
}

Result<std::unique_ptr<RecordSource>> TableImporter::openSource(const TableImportOptions &options,
                                                                TableImportReport &report)
{
    report.path = options.path;
    report.kind = options.kind;
    QFile probe(options.path);
    if (probe.open(QIODevice::ReadOnly)) {
        const QByteArray magic = probe.read(4);
        if (magic.startsWith("PK\x03\x04")) {
            auto reader = XlsxReader::open(options.path, options.sheet);
            if (!reader)
                return reader.error();
            report.encoding = QStringLiteral("UTF-8");
            report.delimiter = QStringLiteral("xlsx");
            report.sheet = (*reader)->sheetName();
            report.hasHeader = options.hasHeader.value_or(true);
            return std::unique_ptr<RecordSource>(reader.takeValue().release());
        }
        if (magic.startsWith("\xD0\xCF\x11\xE0"))
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is an old Excel (.xls) workbook. Save it as .xlsx "
                                       "or CSV and import that."),
                           {options.path});
    }
    auto buffer = SourceBuffer::open(options.path, options.encoding, options.previewBytes);
    if (!buffer)
        return buffer.error();
    std::shared_ptr<SourceBuffer> text = buffer.takeValue();
    if (trimmed(text->text()).find_first_not_of("\r\n \t") == std::string_view::npos)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The file “%1” is empty."), {options.path});
    DelimitedFormat format = DelimitedFormat::sniff(text->text());
    if (options.format) {
        format.delimiter = options.format->delimiter;
        format.spaceRuns = options.format->spaceRuns;
        format.hasHeader = DelimitedFormat::sniffHeader(text->text(), format);
    }
    if (options.hasHeader)
        format.hasHeader = *options.hasHeader;
    report.encoding = QString::fromLatin1(text->encoding());
    report.delimiter = format.delimiterName();
    report.hasHeader = format.hasHeader;
    return std::unique_ptr<RecordSource>(new DelimitedReader(std::move(text), format));
}

qsizetype TableImporter::estimateRows(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray head = file.read(256 << 10);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\x1f\x8b") || head.isEmpty())
        return 0;
    const qint64 lines = std::max<qint64>(1, head.count('\n'));
    return qsizetype(file.size() / std::max<qint64>(1, head.size() / lines));
}

Result<ImportedTable> TableImporter::run(const TableImportOptions &options, TaskControl *control)
{
    ImportedTable out;
    TableImportReport &report = out.report;
    auto opened = openSource(options, report);
    if (!opened)
        return opened.error();
    std::unique_ptr<RecordSource> source = opened.takeValue();
    auto *text = dynamic_cast<DelimitedReader *>(source.get());

    // Header (or the first record, to learn the width).
    Record record;
    QStringList headers;
    qint64 headerLine = 0;
    qint64 leadingBlank = 0;
    while (source->next(record)) {
        if (record.blank) {
            ++leadingBlank;
            continue;
        }
        headerLine = record.line;
        break;
    }
    if (headerLine == 0)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The file “%1” has no data."), {options.path});
    const qsizetype width = qsizetype(record.fields.size());
    for (qsizetype i = 0; i < width; ++i) {
        QString h = report.hasHeader ? qs(trimmed(record.fields[size_t(i)])) : QString();
        if (h.isEmpty() || headers.contains(h))
            h = h.isEmpty() ? QStringLiteral("column_%1").arg(i + 1)
                            : QStringLiteral("%1_%2").arg(h).arg(i + 1);
        headers.append(h);
    }

    // Roles: explicit mappings first, then header detection for the rest.
    std::vector<ColumnSpec> specs(static_cast<size_t>(width));
    for (qsizetype i = 0; i < width; ++i)
        specs[size_t(i)].name = headers[i];
    QList<Role> taken;
    for (const ColumnMapping &m : options.mappings) {
        if (!Roles::belongsTo(m.role, options.kind))
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a column role of this kind of file."),
                           {Roles::name(m.role)});
        const int c = resolveColumn(m.column, headers);
        if (c < 0)
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Import", "There is no column “%1” in “%2”. Its columns are: %3."),
                           {m.column, QFileInfo(options.path).fileName(),
                            headers.join(QStringLiteral(", "))});
        specs[size_t(c)].role = m.role;
        specs[size_t(c)].format = m.format;
        taken.append(m.role);
    }
    if (options.detectRoles && report.hasHeader) {
        for (ColumnSpec &p : specs) {
            if (p.role != Role::None)
                continue;
            const Role r = Roles::detect(p.name, options.kind);
            if (r != Role::None && !taken.contains(r)) {
                p.role = r;
                taken.append(r);
            }
        }
    }
    for (ColumnSpec &p : specs) {
        p.kind = kindFor(p.role);
        p.required = Roles::isRequired(p.role, options.kind);
        if (p.role != Role::None)
            report.roleColumns.insert(Roles::name(p.role), p.name);
    }

    const bool computeAmount = options.kind == TableKind::Transactions
                               && !taken.contains(Role::Amount) && taken.contains(Role::Quantity)
                               && taken.contains(Role::UnitPrice);
    for (Role required : {Role::Customer, Role::Date, Role::Amount}) {
        if (!Roles::isRequired(required, options.kind) || taken.contains(required)
            || (required == Role::Amount && computeAmount))
            continue;
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "No column of “%1” was recognised as “%2”. Its columns are: "
                                   "%3. Name the column with --map %2=COLUMN."),
                       {QFileInfo(options.path).fileName(), Roles::name(required),
                        headers.join(QStringLiteral(", "))})
            .withCode("missing-role");
    }
    if (computeAmount)
        report.roleColumns.insert(QStringLiteral("amount"),
                                  QStringLiteral("%1 × %2").arg(
                                      report.roleColumns.value(QStringLiteral("quantity")),
                                      report.roleColumns.value(QStringLiteral("unit_price"))));

    // Large text files of transactions are read in two halves on two cores. (Customer lists
    // are not cut: their duplicate-id check needs one reader, and they are read beside the
    // transactions anyway.)
    size_t split = 0, dataStart = 0;
    qint64 secondLine = 0;
    qsizetype expectedRows = 1024;
    double rowsPerByte = 0;
    if (text) {
        const std::string_view all = text->buffer()->text();
        dataStart = text->position();
        // Rows expected, from the line length of the first megabyte, to reserve the columns.
        const size_t sample = std::min<size_t>(all.size() - dataStart, 1 << 20);
        const qint64 sampleLines = std::max<qint64>(1, TextPieces::lineBreaks(all, dataStart, dataStart + sample));
        const qint64 bytesPerLine = std::max<qint64>(8, qint64(sample) / sampleLines);
        expectedRows = qsizetype(qint64(all.size() - dataStart) / bytesPerLine * 21 / 20 + 16);
        if (options.kind == TableKind::Transactions && QThread::idealThreadCount() > 1
            && all.size() >= dataStart + (16 << 20))
            split = TextPieces::splitPoint(all, dataStart, all.size(), text->format());
        if (split) {
            const qint64 breaks = TextPieces::lineBreaks(all, dataStart, split);
            if (breaks < 0)
                split = 0;
            else
                secondLine = text->line() + breaks;
        }
        rowsPerByte = 1.0 / double(bytesPerLine) * 21 / 20;
    }
    // The first worker is reserved for the whole table, as the later pieces' rows are appended
    // to it: capacity that is never written costs no memory.
    TableImportWorker first(specs, options.kind, expectedRows, options.expectedCustomers);
    first.report.lines += leadingBlank;
    first.report.blank += leadingBlank;
    if (!report.hasHeader)
        first.add(record); // the first record is data; the header is not a data line
    if (split) {
        TextPieces pieces(*text, first, split, secondLine, rowsPerByte,
                          [&](qsizetype rows) {
                              return std::make_unique<TableImportWorker>(
                                  specs, options.kind, rows, options.expectedCustomers);
                          },
                          control);
        pieces.run();
        if (control && control->isCancelled())
            first.cancelled = true;
        else
            pieces.mergeInto(first);
    } else {
        first.consume(*source, control, text ? text->buffer().get() : nullptr);
    }
    if (first.cancelled)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The import was cancelled.")).withCode("cancelled");
    if (const Message damaged = source->error(); !damaged.isEmpty())
        return damaged;
    if (control)
        control->reportProgress(1.0);

    report.lines = first.report.lines;
    report.loaded = first.report.loaded;
    report.rejected = first.report.rejected;
    report.blank = first.report.blank;
    report.rejections = std::move(first.report.rejections);
    Table &table = out.table;
    table = std::move(first.table);
    std::vector<qint32> &lines = first.lines;

    // Resolve date columns now that every value of each has been seen.
    std::vector<char> keep;
    for (qsizetype c = 0; c < width; ++c) {
        const ColumnSpec &p = specs[size_t(c)];
        if (p.kind != Kind::Date)
            continue;
        TableImportWorker::DateState &d = first.dates[size_t(c)];
        DateOrder order = DateParser::decideOrder(d.tokens);
        const bool needsOrder = std::any_of(d.tokens.begin(), d.tokens.end(), [](const DateToken &t) {
            return t.kind == DateToken::Numeric;
        });
        if (needsOrder && options.dateOrder != DateOrder::Unknown)
            order = options.dateOrder;
        if (needsOrder && order == DateOrder::Unknown) {
            QString example;
            for (qint32 k = 0; k < d.texts.size() && example.isEmpty(); ++k)
                if (d.tokens[size_t(k)].kind == DateToken::Numeric)
                    example = d.texts.text(k);
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Import", "The dates in column “%1” read both day-first and "
                                       "month-first (for example “%2”). Choose the order: "
                                       "--date-order dmy or --date-order mdy."),
                           {p.name, example})
                .withCode("date-order");
        }
        if (needsOrder)
            report.dateOrders.insert(p.name, dateOrderName(order));
        std::vector<std::optional<ResolvedDate>> resolved(d.tokens.size());
        bool hasTime = false;
        for (size_t k = 0; k < d.tokens.size(); ++k) {
            resolved[k] = DateParser::resolve(d.tokens[k], order);
            hasTime = hasTime || (resolved[k] && resolved[k]->seconds >= 0);
        }
        Column &col = table.column(c);
        // The text codes become days in place: both are int32, one row read before written.
        std::vector<qint32> &days = d.codes;
        if (hasTime)
            col.secondsOfDay().resize(d.codes.size());
        for (size_t row = 0; row < d.codes.size(); ++row) {
            const qint32 code = d.codes[row];
            if (code < 0) {
                days[row] = Column::kMissingDate;
                continue;
            }
            const auto &r = resolved[size_t(code)];
            if (!r) {
                if (keep.empty())
                    keep.assign(d.codes.size(), 1);
                if (keep[row]) {
                    keep[row] = 0;
                    ++report.rejected;
                    --report.loaded;
                    report.rejections.append(RejectedLine{
                        lines[row], p.name,
                        Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a date when read as %2."),
                                {d.texts.text(code), dateOrderName(order)}),
                        QString()});
                }
                days[row] = Column::kMissingDate;
                continue;
            }
            days[row] = r->days;
            if (hasTime)
                col.secondsOfDay()[row] = std::max(r->seconds, 0);
        }
        col.days() = std::move(days);
        d = {};
    }
    if (!keep.empty())
        table.compact(keep);
    // Rejections come from reading, from appending (duplicate ids) and from the dates above:
    // the report lists them by line.
    std::stable_sort(report.rejections.begin(), report.rejections.end(),
                     [](const RejectedLine &a, const RejectedLine &b) { return a.line < b.line; });

    if (computeAmount) {
        const Column *q = table.find(Role::Quantity);
        const Column *u = table.find(Role::UnitPrice);
        Column amount(QStringLiteral("amount"), ColumnType::Number, Role::Amount);
        amount.numbers().resize(size_t(table.rowCount()));
        for (size_t i = 0; i < amount.numbers().size(); ++i)
            amount.numbers()[i] = q->numbers()[i] * u->numbers()[i];
        table.addColumn(std::move(amount));
    }

    // Attributes get their type from all their distinct values.
    for (Column &col : table.columns())
        if (col.role() == Role::None && col.type() == ColumnType::Text)
            ColumnInference::retype(col, options.dateOrder, &report);

    // The hash indexes of the pools are only needed while strings are added.
    for (Column &col : table.columns())
        if (col.type() == ColumnType::Text)
            col.mutablePool().dropIndex();

    if (report.loaded == 0 && report.rejected > 0)
        report.warnings.append(Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "No line of “%1” could be loaded."),
                                       {QFileInfo(options.path).fileName()}));
    return out;
}

} // namespace Segmenta
