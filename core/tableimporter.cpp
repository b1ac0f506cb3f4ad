#include "tableimporter.h"

#include "columninference.h"
#include "delimitedreader.h"
#include "numberparser.h"
#include "sourcebuffer.h"
#include "taskcontrol.h"
#include "xlsxreader.h"

#include <QFileInfo>

#include <cmath>

namespace Segmenta {

namespace {

#define IMPORT_TEXT(text) QT_TRANSLATE_NOOP("Segmenta::Import", text)
const char kContext[] = "Segmenta::Import";

enum class Kind { Key, Text, Number, Date, Attribute };

struct ColumnPlan
{
    int source = -1;
    QString name;
    Role role = Role::None;
    Kind kind = Kind::Attribute;
    QString format;
    bool required = false;
    // Date columns: distinct texts and their tokens, resolved once the order is known.
    StringPool dateTexts;
    std::vector<DateToken> dateTokens;
    std::vector<qint32> dateCodes;
    bool dateHasTime = false;
};

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

// Per-row parse results, committed only when every field of the row is good.
struct Staged
{
    std::string_view text;
    double number = 0;
    qint32 code = 0;
};

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
                           IMPORT_TEXT("“%1” is an old Excel (.xls) workbook. Save it as .xlsx "
                                       "or CSV and import that."),
                           {options.path});
    }
    auto buffer = SourceBuffer::open(options.path, options.encoding);
    if (!buffer)
        return buffer.error();
    std::shared_ptr<SourceBuffer> text = buffer.takeValue();
    if (trimmed(text->text()).find_first_not_of("\r\n \t") == std::string_view::npos)
        return Message(kContext, IMPORT_TEXT("The file “%1” is empty."), {options.path});
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

Result<ImportedTable> TableImporter::run(const TableImportOptions &options, TaskControl *control)
{
    ImportedTable out;
    TableImportReport &report = out.report;
    auto opened = openSource(options, report);
    if (!opened)
        return opened.error();
    std::unique_ptr<RecordSource> source = opened.takeValue();

    // Header (or the first record, to learn the width).
    Record record;
    QStringList headers;
    qint64 headerLine = 0;
    while (source->next(record)) {
        if (record.blank) {
            ++report.lines;
            ++report.blank;
            continue;
        }
        headerLine = record.line;
        break;
    }
    if (headerLine == 0)
        return Message(kContext, IMPORT_TEXT("The file “%1” has no data."), {options.path});
    const qsizetype width = qsizetype(record.fields.size());
    for (qsizetype i = 0; i < width; ++i) {
        QString h = report.hasHeader ? qs(trimmed(record.fields[size_t(i)])) : QString();
        if (h.isEmpty() || headers.contains(h))
            h = h.isEmpty() ? QStringLiteral("column_%1").arg(i + 1)
                            : QStringLiteral("%1_%2").arg(h).arg(i + 1);
        headers.append(h);
    }

    // Roles: explicit mappings first, then header detection for the rest.
    std::vector<ColumnPlan> plans(static_cast<size_t>(width));
    for (qsizetype i = 0; i < width; ++i) {
        plans[size_t(i)].source = int(i);
        plans[size_t(i)].name = headers[i];
    }
    QList<Role> taken;
    for (const ColumnMapping &m : options.mappings) {
        if (!Roles::belongsTo(m.role, options.kind))
            return Message(kContext, IMPORT_TEXT("“%1” is not a column role of this kind of file."),
                           {Roles::name(m.role)});
        const int c = resolveColumn(m.column, headers);
        if (c < 0)
            return Message(kContext,
                           IMPORT_TEXT("There is no column “%1” in “%2”. Its columns are: %3."),
                           {m.column, QFileInfo(options.path).fileName(),
                            headers.join(QStringLiteral(", "))});
        plans[size_t(c)].role = m.role;
        plans[size_t(c)].format = m.format;
        taken.append(m.role);
    }
    if (options.detectRoles && report.hasHeader) {
        for (ColumnPlan &p : plans) {
            if (p.role != Role::None)
                continue;
            const Role r = Roles::detect(p.name, options.kind);
            if (r != Role::None && !taken.contains(r)) {
                p.role = r;
                taken.append(r);
            }
        }
    }
    for (ColumnPlan &p : plans) {
        p.kind = kindFor(p.role);
        p.required = Roles::isRequired(p.role, options.kind);
        if (p.role != Role::None)
            report.roleColumns.insert(Roles::name(p.role), p.name);
    }

    const bool computeAmount = options.kind == TableKind::Transactions
                               && !taken.contains(Role::Amount) && taken.contains(Role::Quantity)
                               && taken.contains(Role::UnitPrice);
    auto missingRole = [&](Role role) -> std::optional<Message> {
        if (taken.contains(role) || (role == Role::Amount && computeAmount))
            return std::nullopt;
        return Message(kContext,
                       IMPORT_TEXT("No column of “%1” was recognised as “%2”. Its columns are: "
                                   "%3. Name the column with --map %2=COLUMN."),
                       {QFileInfo(options.path).fileName(), Roles::name(role),
                        headers.join(QStringLiteral(", "))})
            .withCode("missing-role");
    };
    for (Role required : {Role::Customer, Role::Date, Role::Amount}) {
        if (!Roles::isRequired(required, options.kind))
            continue;
        if (auto m = missingRole(required))
            return *m;
    }
    if (computeAmount) {
        report.roleColumns.insert(QStringLiteral("amount"),
                                  QStringLiteral("%1 × %2").arg(
                                      report.roleColumns.value(QStringLiteral("quantity")),
                                      report.roleColumns.value(QStringLiteral("unit_price"))));
    }

    // Output columns, in source order.
    Table &table = out.table;
    table = Table(options.kind);
    for (const ColumnPlan &p : plans) {
        const ColumnType t = p.kind == Kind::Number ? ColumnType::Number
                             : p.kind == Kind::Date ? ColumnType::Date
                                                    : ColumnType::Text;
        table.addColumn(Column(p.name, t, p.role));
    }
    std::vector<qint32> lines;       // source line of each loaded row
    std::vector<qint64> firstLineOfKey; // customers: where each id was first seen
    const bool uniqueKeys = options.kind == TableKind::Customers;
    std::vector<Staged> staged(static_cast<size_t>(width));

    // Without a header the first record is data: replay it. The header is not a data line.
    bool replay = !report.hasHeader;

    auto reject = [&](const Record &r, const QString &column, Message reason) {
        ++report.rejected;
        report.rejections.append(RejectedLine{r.line, column, std::move(reason), qs(r.raw)});
    };

    qint64 sinceReport = 0;
    const auto isMissing = [](std::string_view v) { return ColumnInference::isMissingToken(v); };
    while (replay || source->next(record)) {
        replay = false;
        ++report.lines;
        if (record.blank) {
            ++report.blank;
            continue;
        }
        if (++sinceReport >= 65536 && control) {
            sinceReport = 0;
            if (control->isCancelled())
                return Message(kContext, IMPORT_TEXT("The import was cancelled.")).withCode("cancelled");
            control->reportProgress(source->progress());
        }
        qsizetype n = qsizetype(record.fields.size());
        while (n > width && trimmed(record.fields[size_t(n - 1)]).empty())
            --n; // trailing empty fields, as left by some exports
        if (n != width) {
            reject(record, QString(),
                   Message(kContext, IMPORT_TEXT("Expected %1 fields but found %2."),
                           {QString::number(width), QString::number(record.fields.size())}));
            continue;
        }
        bool good = true;
        for (qsizetype c = 0; c < width && good; ++c) {
            ColumnPlan &p = plans[size_t(c)];
            const std::string_view v = trimmed(record.fields[size_t(c)]);
            Staged &s = staged[size_t(c)];
            switch (p.kind) {
            case Kind::Key:
                if (v.empty()) {
                    reject(record, p.name, Message(kContext, IMPORT_TEXT("The customer id is missing.")));
                    good = false;
                } else if (uniqueKeys) {
                    const qint32 code = table.column(c).pool().find(v);
                    if (code >= 0) {
                        reject(record, p.name,
                               Message(kContext,
                                       IMPORT_TEXT("The customer id “%1” already appeared on line %2."),
                                       {qs(v), QString::number(firstLineOfKey[size_t(code)])}));
                        good = false;
                    }
                }
                s.text = v;
                break;
            case Kind::Text:
            case Kind::Attribute:
                s.text = v;
                break;
            case Kind::Number: {
                if (isMissing(v)) {
                    if (p.required) {
                        reject(record, p.name, Message(kContext, IMPORT_TEXT("The amount is missing.")));
                        good = false;
                    }
                    s.number = std::nan("");
                    break;
                }
                const std::optional<double> x = NumberParser::parse(v);
                if (!x) {
                    reject(record, p.name,
                           Message(kContext, IMPORT_TEXT("“%1” is not a number."), {qs(v)}));
                    good = false;
                }
                s.number = x.value_or(0);
                break;
            }
            case Kind::Date: {
                if (isMissing(v)) {
                    if (p.required) {
                        reject(record, p.name, Message(kContext, IMPORT_TEXT("The date is missing.")));
                        good = false;
                    }
                    s.code = -1;
                    break;
                }
                const qint32 before = p.dateTexts.size();
                const qint32 code = p.dateTexts.intern(v);
                if (code == before) {
                    DateToken t;
                    if (p.format.isEmpty()) {
                        t = DateParser::tokenize(v, p.role == Role::Date || p.role == Role::BirthDate
                                                        || p.role == Role::SignupDate);
                    } else if (auto d = DateParser::parseWithFormat(v, p.format)) {
                        const QDate date = Column::fromDays(d->days);
                        t.kind = DateToken::Exact;
                        t.p1 = date.year(), t.p2 = date.month(), t.p3 = date.day();
                        t.hasTime = d->seconds >= 0;
                        t.seconds = std::max(d->seconds, 0);
                    }
                    p.dateTokens.push_back(t);
                }
                if (p.dateTokens[size_t(code)].kind == DateToken::Invalid) {
                    reject(record, p.name,
                           Message(kContext, IMPORT_TEXT("“%1” is not a date."), {qs(v)}));
                    good = false;
                }
                s.code = code;
                break;
            }
            }
        }
        if (!good)
            continue;
        for (qsizetype c = 0; c < width; ++c) {
            ColumnPlan &p = plans[size_t(c)];
            Column &col = table.column(c);
            const Staged &s = staged[size_t(c)];
            switch (p.kind) {
            case Kind::Key: {
                const qint32 code = col.mutablePool().intern(s.text);
                col.codes().push_back(code);
                if (uniqueKeys)
                    firstLineOfKey.push_back(record.line);
                break;
            }
            case Kind::Text:
            case Kind::Attribute:
                col.codes().push_back(isMissing(s.text) && s.text.empty()
                                          ? Column::kMissingCode
                                          : col.mutablePool().intern(s.text));
                break;
            case Kind::Number:
                col.numbers().push_back(s.number);
                break;
            case Kind::Date:
                p.dateCodes.push_back(s.code);
                break;
            }
        }
        lines.push_back(qint32(record.line));
        ++report.loaded;
    }
    if (const Message damaged = source->error(); !damaged.isEmpty())
        return damaged;
    if (control)
        control->reportProgress(1.0);

    // Resolve date columns now that every value of each has been seen.
    std::vector<char> keep;
    for (qsizetype c = 0; c < width; ++c) {
        ColumnPlan &p = plans[size_t(c)];
        if (p.kind != Kind::Date)
            continue;
        bool conflict = false;
        DateOrder order = DateParser::decideOrder(p.dateTokens, &conflict);
        const bool needsOrder = std::any_of(p.dateTokens.begin(), p.dateTokens.end(),
                                            [](const DateToken &t) { return t.kind == DateToken::Numeric; });
        if (needsOrder && options.dateOrder != DateOrder::Unknown)
            order = options.dateOrder;
        if (needsOrder && order == DateOrder::Unknown)
            return Message(kContext,
                           IMPORT_TEXT("The dates in column “%1” read both day-first and "
                                       "month-first (for example “%2”). Choose the order: "
                                       "--date-order dmy or --date-order mdy."),
                           {p.name, [&] {
                                for (qint32 k = 0; k < p.dateTexts.size(); ++k)
                                    if (p.dateTokens[size_t(k)].kind == DateToken::Numeric)
                                        return p.dateTexts.text(k);
                                return QString();
                            }()})
                .withCode("date-order");
        if (needsOrder)
            report.dateOrders.insert(p.name, dateOrderName(order));
        std::vector<std::optional<ResolvedDate>> resolved(p.dateTokens.size());
        for (size_t k = 0; k < p.dateTokens.size(); ++k) {
            resolved[k] = DateParser::resolve(p.dateTokens[k], order);
            p.dateHasTime = p.dateHasTime || (resolved[k] && resolved[k]->seconds >= 0);
        }
        Column &col = table.column(c);
        col.days().resize(p.dateCodes.size());
        if (p.dateHasTime)
            col.secondsOfDay().resize(p.dateCodes.size());
        for (size_t row = 0; row < p.dateCodes.size(); ++row) {
            const qint32 code = p.dateCodes[row];
            if (code < 0) {
                col.days()[row] = Column::kMissingDate;
                continue;
            }
            const auto &r = resolved[size_t(code)];
            if (!r) {
                if (keep.empty())
                    keep.assign(p.dateCodes.size(), 1);
                if (keep[row]) {
                    keep[row] = 0;
                    ++report.rejected;
                    --report.loaded;
                    report.rejections.append(RejectedLine{
                        lines[row], p.name,
                        Message(kContext, IMPORT_TEXT("“%1” is not a date when read as %2."),
                                {p.dateTexts.text(code), dateOrderName(order)}),
                        QString()});
                }
                col.days()[row] = Column::kMissingDate;
                continue;
            }
            col.days()[row] = r->days;
            if (p.dateHasTime)
                col.secondsOfDay()[row] = std::max(r->seconds, 0);
        }
        p.dateCodes = {};
    }
    if (!keep.empty()) {
        table.compact(keep);
        std::vector<qint32> kept;
        for (size_t i = 0; i < lines.size(); ++i)
            if (keep[i])
                kept.push_back(lines[i]);
        lines.swap(kept);
        std::sort(report.rejections.begin(), report.rejections.end(),
                  [](const RejectedLine &a, const RejectedLine &b) { return a.line < b.line; });
    }

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

    if (report.loaded == 0 && report.rejected > 0)
        report.warnings.append(Message(kContext, IMPORT_TEXT("No line of “%1” could be loaded."),
                                       {QFileInfo(options.path).fileName()}));
    return out;
}

} // namespace Segmenta
