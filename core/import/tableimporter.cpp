// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tableimporter.h"

#include "import/columninference.h"
#include "import/importeddates.h"
#include "import/importlimits.h"
#include "import/text/delimitedreader.h"
#include "import/text/sourcebuffer.h"
#include "import/tableimportworker.h"
#include "import/textpieces.h"
#include "base/taskcontrol.h"
#include "import/xlsx/xlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
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
    if (Status regular = ImportLimits::checkSourceFile(options.path); !regular)
        return regular.error();
    QFile probe(options.path);
    if (probe.open(QIODevice::ReadOnly)) {
        const QByteArray magic = probe.read(4);
        // An empty archive (its end record first) is refused by the reader with a sentence.
        if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
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
    if (!ImportLimits::checkSourceFile(path))
        return 0; // said by run()
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray head = file.read(256 << 10);
    if (head.startsWith("PK\x03\x04") || head.startsWith("\x1f\x8b") || head.isEmpty())
        return 0;
    const qint64 lines = std::max<qint64>(1, head.count('\n'));
    return qsizetype(file.size() / std::max<qint64>(1, head.size() / lines));
}

namespace {

// Rows reserved when nothing tells how many there will be.
constexpr qsizetype kDefaultRows = 1024;
// The stretch of text whose line length estimates the rows, to reserve the columns.
constexpr size_t kRowSampleBytes = size_t(1) << 20;
// Lines shorter than this are taken for this long: a sample of blank lines must not reserve
// a column per byte.
constexpr qint64 kShortestLine = 8;
// Smaller texts are read on one thread: cutting and merging would cost more than they save.
constexpr size_t kSmallestToCut = size_t(16) << 20;

// The header record (or the first record, to learn the width) and the blank lines before it.
struct FirstRecord
{
    Record record;
    qint64 line = 0; // 0: the source has no record that is not blank
    qint64 leadingBlank = 0;
};

FirstRecord readFirstRecord(RecordSource &source)
{
    FirstRecord first;
    while (source.next(first.record)) {
        if (first.record.blank) {
            ++first.leadingBlank;
            continue;
        }
        first.line = first.record.line;
        break;
    }
    return first;
}

// A header saved in another encoding than the lines below it: read either way, its column
// names or the data would be garbled, so the import stops (docs/user/import.md, "Encoding").
Message headerInOtherEncoding(const QString &path, qint64 line, const QByteArray &encoding)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import",
                                     "The header (line %1) of “%2” is in another encoding than "
                                     "the lines below it, which are read as %3: its column names "
                                     "would be garbled. Save the file in one encoding and import "
                                     "it again."),
                   {QString::number(line), QFileInfo(path).fileName(), QString::fromLatin1(encoding)})
        .withCode("header-encoding");
}

// Column names from the header; unnamed and repeated columns get names of their own. The names
// taken so far are a set: a header of thousands of columns is read in linear time.
QStringList columnNames(const Record &record, bool hasHeader)
{
    QStringList headers;
    QSet<QString> taken;
    const qsizetype width = qsizetype(record.fields.size());
    headers.reserve(width);
    taken.reserve(width);
    for (qsizetype i = 0; i < width; ++i) {
        QString h = hasHeader ? qs(trimmed(record.fields[size_t(i)])) : QString();
        if (h.isEmpty() || taken.contains(h))
            h = h.isEmpty() ? QStringLiteral("column_%1").arg(i + 1)
                            : QStringLiteral("%1_%2").arg(h).arg(i + 1);
        taken.insert(h);
        headers.append(h);
    }
    return headers;
}

// A mapping names a column the file does not have: the sentence lists the first names only, so
// a header of thousands of columns is not echoed (docs/user/import.md, "Limits").
Message noSuchColumn(const QString &column, const QString &path, const QStringList &headers)
{
    qsizetype more = 0;
    const QString named = ImportLimits::namedColumns(headers, &more);
    if (more > 0)
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "There is no column “%1” in “%2”. Its "
                                                             "columns are: %3 and %4 more."),
                       {column, QFileInfo(path).fileName(), named, QString::number(more)});
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Import", "There is no column “%1” in “%2”. Its columns are: %3."),
                   {column, QFileInfo(path).fileName(), named});
}

// Roles: explicit mappings first, then header detection for the rest. `taken` collects the
// roles given to a column.
Result<std::vector<ColumnSpec>> columnSpecs(const TableImportOptions &options,
                                            const QStringList &headers, bool hasHeader,
                                            QList<Role> &taken)
{
    std::vector<ColumnSpec> specs(size_t(headers.size()));
    for (qsizetype i = 0; i < headers.size(); ++i)
        specs[size_t(i)].name = headers[i];
    for (const ColumnMapping &m : options.mappings) {
        if (!Roles::belongsTo(m.role, options.kind))
            return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "“%1” is not a column role of this kind of file."),
                           {Roles::name(m.role)});
        const int c = resolveColumn(m.column, headers);
        if (c < 0)
            return noSuchColumn(m.column, options.path, headers);
        specs[size_t(c)].role = m.role;
        specs[size_t(c)].format = m.format;
        taken.append(m.role);
    }
    if (options.detectRoles && hasHeader) {
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
    }
    return specs;
}

// The amount is quantity × unit price when transactions have those but no amount.
bool computesAmount(TableKind kind, const QList<Role> &taken)
{
    return kind == TableKind::Transactions && !taken.contains(Role::Amount)
           && taken.contains(Role::Quantity) && taken.contains(Role::UnitPrice);
}

// A required role no column has, as the message that names the columns there are.
std::optional<Message> missingRole(const TableImportOptions &options, const QStringList &headers,
                                   const QList<Role> &taken, bool computeAmount)
{
    for (Role required : {Role::Customer, Role::Date, Role::Amount}) {
        if (!Roles::isRequired(required, options.kind) || taken.contains(required)
            || (required == Role::Amount && computeAmount))
            continue;
        qsizetype more = 0;
        const QString named = ImportLimits::namedColumns(headers, &more);
        const QStringList args{QFileInfo(options.path).fileName(), Roles::name(required), named};
        if (more > 0)
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Import",
                                             "No column of “%1” was recognised as “%2”. Its "
                                             "columns are: %3 and %4 more. Name the column with "
                                             "--map %2=COLUMN."),
                           args + QStringList{QString::number(more)})
                .withCode("missing-role");
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Import", "No column of “%1” was recognised as “%2”. Its columns are: "
                                   "%3. Name the column with --map %2=COLUMN."),
                       args)
            .withCode("missing-role");
    }
    return std::nullopt;
}

// How the rest of a delimited text is read: the rows to reserve, and where it is cut in two
// for TextPieces (0: not cut).
struct TextPlan
{
    size_t split = 0;
    qint64 secondLine = 0;
    qsizetype expectedRows = kDefaultRows;
    double rowsPerByte = 0;
};

TextPlan planText(const DelimitedReader &text, TableKind kind)
{
    TextPlan plan;
    const std::string_view all = text.buffer()->text();
    const size_t dataStart = text.position();
    // Rows expected, from the line length of the sample, with a twentieth to spare.
    const size_t sample = std::min<size_t>(all.size() - dataStart, kRowSampleBytes);
    const qint64 sampleLines = std::max<qint64>(1, TextPieces::lineBreaks(all, dataStart, dataStart + sample));
    const qint64 bytesPerLine = std::max<qint64>(kShortestLine, qint64(sample) / sampleLines);
    plan.expectedRows = qsizetype(qint64(all.size() - dataStart) / bytesPerLine * 21 / 20 + 16);
    // Customer lists are not cut: their duplicate-id check needs one reader, and they are read
    // beside the transactions anyway.
    if (kind == TableKind::Transactions && QThread::idealThreadCount() > 1
        && all.size() >= dataStart + kSmallestToCut)
        plan.split = TextPieces::splitPoint(all, dataStart, all.size(), text.format());
    if (plan.split) {
        const qint64 breaks = TextPieces::lineBreaks(all, dataStart, plan.split);
        if (breaks < 0)
            plan.split = 0;
        else
            plan.secondLine = text.line() + breaks;
    }
    plan.rowsPerByte = 1.0 / double(bytesPerLine) * 21 / 20;
    return plan;
}

// Reads the records after the header into `first`: large text files of transactions in pieces
// on the machine's cores, the rest on this thread.
// Returns why a piece's reader stopped early (a limit), else an empty message.
Message readRows(RecordSource &source, DelimitedReader *text, const TextPlan &plan,
                 TableImportWorker &first, const std::vector<ColumnSpec> &specs,
                 const TableImportOptions &options, TaskControl *control)
{
    if (!plan.split) {
        first.consume(source, control, text ? text->buffer().get() : nullptr);
        return source.error();
    }
    TextPieces pieces(*text, first, plan.split, plan.secondLine, plan.rowsPerByte,
                      [&](qsizetype rows) {
                          auto worker = std::make_unique<TableImportWorker>(
                              specs, options.kind, rows, options.expectedCustomers);
                          worker->checkUtf8 = first.checkUtf8;
                          return worker;
                      },
                      control);
    pieces.run();
    if (control && control->isCancelled())
        first.cancelled = true;
    else if (Message stopped = pieces.error(); !stopped.isEmpty())
        return stopped;
    else
        pieces.mergeInto(first);
    return {};
}

void addComputedAmount(Table &table)
{
    const Column *q = table.find(Role::Quantity);
    const Column *u = table.find(Role::UnitPrice);
    Column amount(QStringLiteral("amount"), ColumnType::Number, Role::Amount);
    amount.numbers().resize(size_t(table.rowCount()));
    for (size_t i = 0; i < amount.numbers().size(); ++i)
        amount.numbers()[i] = q->numbers()[i] * u->numbers()[i];
    table.addColumn(std::move(amount));
}

// Attributes get their type from all their distinct values; the hash indexes of the pools are
// only needed while strings are added.
void settleColumns(Table &table, const TableImportOptions &options, TableImportReport &report)
{
    for (Column &col : table.columns())
        if (col.role() == Role::None && col.type() == ColumnType::Text)
            ColumnInference::retype(col, options.dateOrder, &report);
    for (Column &col : table.columns())
        if (col.type() == ColumnType::Text)
            col.mutablePool().dropIndex();
}

} // namespace

Result<ImportedTable> TableImporter::run(const TableImportOptions &options, TaskControl *control)
{
    ImportedTable out;
    TableImportReport &report = out.report;
    auto opened = openSource(options, report);
    if (!opened)
        return opened.error();
    std::unique_ptr<RecordSource> source = opened.takeValue();
    auto *text = dynamic_cast<DelimitedReader *>(source.get());

    const FirstRecord head = readFirstRecord(*source);
    if (const Message stopped = source->error(); !stopped.isEmpty())
        return stopped; // a header past a limit, or a damaged workbook
    if (head.line == 0)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The file “%1” has no data."), {options.path});
    if (text && report.hasHeader && text->buffer()->firstLineInOtherEncoding())
        return headerInOtherEncoding(options.path, head.line, text->buffer()->encoding());
    const QStringList headers = columnNames(head.record, report.hasHeader);
    QList<Role> taken;
    auto described = columnSpecs(options, headers, report.hasHeader, taken);
    if (!described)
        return described.error();
    const std::vector<ColumnSpec> specs = described.takeValue();
    for (const ColumnSpec &p : specs)
        if (p.role != Role::None)
            report.roleColumns.insert(Roles::name(p.role), p.name);
    const bool computeAmount = computesAmount(options.kind, taken);
    if (auto missing = missingRole(options, headers, taken, computeAmount))
        return *missing;
    if (computeAmount)
        report.roleColumns.insert(QStringLiteral("amount"),
                                  QStringLiteral("%1 × %2").arg(
                                      report.roleColumns.value(QStringLiteral("quantity")),
                                      report.roleColumns.value(QStringLiteral("unit_price"))));

    const TextPlan plan = text ? planText(*text, options.kind) : TextPlan{};
    // The first worker is reserved for the whole table, as the later pieces' rows are appended
    // to it: capacity that is never written costs no memory.
    TableImportWorker first(specs, options.kind, plan.expectedRows, options.expectedCustomers);
    first.checkUtf8 = text && text->buffer()->invalidUtf8Lines() > 0;
    first.report.lines += head.leadingBlank;
    first.report.blank += head.leadingBlank;
    if (!report.hasHeader)
        first.add(head.record); // the first record is data; the header is not a data line
    const Message stopped = readRows(*source, text, plan, first, specs, options, control);
    if (first.cancelled)
        return Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "The import was cancelled.")).withCode("cancelled");
    if (!stopped.isEmpty())
        return stopped;
    if (control)
        control->reportProgress(1.0);

    report.lines = first.report.lines;
    report.loaded = first.report.loaded;
    report.rejected = first.report.rejected;
    report.blank = first.report.blank;
    report.rejections = std::move(first.report.rejections);
    report.currency = QString::fromUtf8(first.currency().data(), qsizetype(first.currency().size()));
    Table &table = out.table;
    table = std::move(first.table);
    if (const Status dated = ImportedDates::resolve(first, specs, options, table, report); !dated)
        return dated.error();
    // Rejections come from reading, from appending (duplicate ids) and from the dates above:
    // the report lists them by line.
    std::stable_sort(report.rejections.begin(), report.rejections.end(),
                     [](const RejectedLine &a, const RejectedLine &b) { return a.line < b.line; });
    if (computeAmount)
        addComputedAmount(table);
    settleColumns(table, options, report);

    if (report.loaded == 0 && report.rejected > 0)
        report.warnings.append(Message(kContext, QT_TRANSLATE_NOOP("Segmenta::Import", "No line of “%1” could be loaded."),
                                       {QFileInfo(options.path).fileName()}));
    return out;
}

} // namespace Segmenta
