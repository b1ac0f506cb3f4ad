// SPDX-License-Identifier: GPL-3.0-or-later
// Target-list export benchmark (docs/performance.md, "Export"): N synthetic customers with Chinese
// names, phones, e-mails, regions, purchase probability, CLV and tier, spread over 8 segments (one
// in ten unassigned); every list written as CSV (UTF-8 with BOM), as CSV in GB18030 and as one
// XLSX workbook. Prints one JSON object with the seconds of each and the peak memory.
//
//   bench_export [--customers N] [--folder DIR] [--suppress N] [--only csv,csv_gb18030,xlsx]
#include "benchsupport.h"

#include "segments/rules/customerfields.h"
#include "data/dataset.h"
#include "base/seededrandom.h"
#include "segments/segmentation.h"
#include "export/suppressionlist.h"
#include "export/targetlistexporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <string>

using namespace Segmenta;

namespace {

Column textColumn(const QString &name, Role role, const std::vector<std::string> &values)
{
    Column c(name, ColumnType::Text, role);
    auto pool = std::make_shared<StringPool>();
    c.codes().reserve(values.size());
    for (const std::string &v : values)
        c.codes().push_back(pool->intern(v));
    c.setPool(std::move(pool));
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("Where to write (default: a temporary folder)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("suppress"), QStringLiteral("Entries in a suppression list (phones)."), QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only these: csv, csv_gb18030, xlsx (comma-separated)."), QStringLiteral("LIST"), QStringLiteral("csv,csv_gb18030,xlsx")});
    parser.process(app);
    const QStringList only = parser.value(QStringLiteral("only")).split(u',');
    const qint64 n = parser.value(QStringLiteral("customers")).toLongLong();
    QTemporaryDir temp;
    const QString folder = parser.isSet(QStringLiteral("folder"))
                               ? parser.value(QStringLiteral("folder"))
                               : temp.path();

    static const char *const surnames[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    static const char *const given[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋",
                                        "勇", "艳", "杰", "娟", "涛", "明"};
    static const char *const regions[] = {"北京", "上海", "广东", "浙江", "江苏", "四川", "湖北", "山东"};
    static const char *const tiers[] = {"platinum", "gold", "iron", "lead"};
    SeededRandom random(20240305);
    std::vector<std::string> ids, names, phones, emails, regionValues, tierValues;
    std::vector<double> probability(static_cast<size_t>(n)), clv(static_cast<size_t>(n));
    std::vector<qint16> segmentOf(static_cast<size_t>(n));
    for (qint64 i = 0; i < n; ++i) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "C%08lld", static_cast<long long>(i + 1));
        ids.emplace_back(buffer);
        names.push_back(std::string(surnames[random.below(10)]) + given[random.below(16)]
                        + (random.uniform() < 0.5 ? given[random.below(16)] : ""));
        std::snprintf(buffer, sizeof buffer, "13%09lld", static_cast<long long>(i * 7919 % 1000000000));
        phones.emplace_back(buffer);
        std::snprintf(buffer, sizeof buffer, "user%lld@example.com", static_cast<long long>(i + 1));
        emails.emplace_back(buffer);
        regionValues.emplace_back(regions[random.below(8)]);
        tierValues.emplace_back(tiers[random.below(4)]);
        probability[size_t(i)] = random.uniform() < 0.05 ? std::nan("") : random.uniform();
        clv[size_t(i)] = 1000 * random.uniform() * random.uniform();
        segmentOf[size_t(i)] = random.uniform() < 0.1 ? -1 : qint16(random.below(8));
    }
    Dataset data;
    data.customers.addColumn(textColumn(QStringLiteral("客户编号"), Role::Customer, ids));
    data.customers.addColumn(textColumn(QStringLiteral("姓名"), Role::Name, names));
    data.customers.addColumn(textColumn(QStringLiteral("手机"), Role::Phone, phones));
    data.customers.addColumn(textColumn(QStringLiteral("邮箱"), Role::Email, emails));
    data.customers.addColumn(textColumn(QStringLiteral("地区"), Role::Region, regionValues));
    Column p(QStringLiteral("purchase_probability"), ColumnType::Number);
    p.numbers() = probability;
    data.customers.addColumn(std::move(p));
    Column v(QStringLiteral("clv"), ColumnType::Number);
    v.numbers() = clv;
    data.customers.addColumn(std::move(v));
    data.customers.addColumn(textColumn(QStringLiteral("tier"), Role::None, tierValues));
    const CustomerFields fields = CustomerFields::build(data, nullptr);
    Segmentation segmentation;
    for (int s = 0; s < 8; ++s) {
        Segment seg;
        seg.name = QStringLiteral("细分 %1").arg(s + 1);
        seg.rule = QStringLiteral("true");
        seg.offer = QStringLiteral("会员专享八折券");
        seg.message = QStringLiteral("感谢您一直以来的支持，本月为您准备了专属优惠");
        seg.owner = QStringLiteral("销售经理 %1").arg(s + 1);
        segmentation.segments.append(seg);
    }
    std::string suppressText;
    const qint64 suppressed = parser.value(QStringLiteral("suppress")).toLongLong();
    for (qint64 i = 0; i < suppressed; ++i)
        suppressText += "+86 " + phones[size_t(random.below(quint64(n)))] + "\n";
    const SuppressionList suppression = SuppressionList::fromText(suppressText);

    QJsonObject out{{QStringLiteral("customers"), n}};
    auto run = [&](const QString &key, TargetListOptions::Format format,
                   TargetListOptions::Encoding encoding) {
        if (!only.contains(key))
            return;
        TargetListOptions o;
        o.folder = QDir(folder).filePath(key);
        o.format = format;
        o.encoding = encoding;
        o.suppression = &suppression;
        QElapsedTimer timer;
        timer.start();
        auto r = TargetListExporter::write(data, fields, segmentation, segmentOf, o);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
            std::exit(1);
        }
        qint64 bytes = 0;
        for (const QString &f : r->files)
            bytes += QFileInfo(f).size();
        out.insert(key, QJsonObject{{QStringLiteral("seconds"), seconds},
                                    {QStringLiteral("rows"), r->rows},
                                    {QStringLiteral("suppressed"), r->suppressed},
                                    {QStringLiteral("megabytes"), double(bytes) / 1e6}});
    };
    run(QStringLiteral("csv"), TargetListOptions::Format::Csv, TargetListOptions::Encoding::Utf8);
    run(QStringLiteral("csv_gb18030"), TargetListOptions::Format::Csv,
        TargetListOptions::Encoding::Gb18030);
    run(QStringLiteral("xlsx"), TargetListOptions::Format::Xlsx, TargetListOptions::Encoding::Utf8);
    out.insert(QStringLiteral("peak_mb"), Bench::peakMegabytes());
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
