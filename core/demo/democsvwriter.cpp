// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democsvwriter.h"

#include "demo/demomessages.h"
#include "demo/demoparallel.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>

namespace Segmenta::Demo {

namespace {

constexpr qsizetype kLinesPerChunk = 65536;
constexpr qsizetype kCustomersPerChunk = 16384;
constexpr qsizetype kMaxOrderLineBytes = 256;
constexpr qsizetype kMaxCustomerLineBytes = 512;

// Text building: raw char pointers into pre-sized buffers, numbers through std::to_chars.

inline char *put(char *p, std::string_view s)
{
    std::memcpy(p, s.data(), s.size());
    return p + s.size();
}

inline char *putInt(char *p, qint64 v)
{
    return std::to_chars(p, p + 24, v).ptr;
}

inline char *putPadded(char *p, quint64 v, int width)
{
    char *end = p + width;
    for (char *q = end; q > p; v /= 10)
        *--q = char('0' + v % 10);
    return end;
}

inline char *putCents(char *p, qint64 cents)
{
    if (cents < 0) {
        *p++ = '-';
        cents = -cents;
    }
    p = putInt(p, cents / 100);
    *p++ = '.';
    *p++ = char('0' + (cents % 100) / 10);
    *p++ = char('0' + cents % 10);
    return p;
}

int digits(quint64 v)
{
    int n = 1;
    while (v >= 10) {
        v /= 10;
        ++n;
    }
    return n;
}

} // namespace

CsvWriter::CsvWriter(const DemoOptions &options, int days, TaskControl *control)
    : m_options(options), m_control(control)
{
    m_customerIdWidth = std::max(6, digits(quint64(options.customers)));
    // A stream of its own, apart from the customers' blocks.
    m_phoneOffset = Random(splitMix(options.seed)).below(100000000);

    m_dates.resize(size_t(kHistoryDays + days));
    for (int d = 0; d < kHistoryDays + days; ++d) {
        int y = 0, m = 0, day = 0;
        options.start.addDays(d - kHistoryDays).getDate(&y, &m, &day);
        char *p = m_dates[size_t(d)].data();
        p = putPadded(p, quint64(y), 4);
        *p++ = '-';
        p = putPadded(p, quint64(m), 2);
        *p++ = '-';
        putPadded(p, quint64(day), 2);
    }
}

Status CsvWriter::writeChunked(QFile &file, qsizetype chunks, qsizetype maxChunkBytes,
                               const std::function<char *(qsizetype chunk, char *out)> &format,
                               double progressFrom, double progressTo)
{
    // Rounds of one chunk per core are formatted in parallel while a writer thread writes the
    // previous round, in order, from the other set of buffers.
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    std::array<std::vector<std::string>, 2> buffers;
    std::array<std::vector<qsizetype>, 2> sizes;
    for (int set = 0; set < 2; ++set) {
        buffers[size_t(set)].resize(size_t(cores));
        sizes[size_t(set)].assign(size_t(cores), 0);
    }
    std::thread writer;
    bool writeFailed = false;
    auto finishWriting = [&] {
        if (writer.joinable())
            writer.join();
        return !writeFailed;
    };
    auto writeError = [&] { return fileError(file.fileName(), file.errorString()); };

    for (qsizetype first = 0, round = 0; first < chunks; first += cores, ++round) {
        const size_t set = size_t(round % 2);
        const int count = int(std::min<qsizetype>(cores, chunks - first));
        parallelFor(
            count, m_control,
            [&](int k) {
                std::string &buffer = buffers[set][size_t(k)];
                if (qsizetype(buffer.size()) < maxChunkBytes)
                    buffer.resize(size_t(maxChunkBytes));
                sizes[set][size_t(k)] = format(first + k, buffer.data()) - buffer.data();
            },
            [](int) {});
        if (!finishWriting())
            return writeError();
        if (Demo::isCancelled(m_control))
            return cancelled();
        writer = std::thread([&, set, count] {
            for (int k = 0; k < count && !writeFailed; ++k) {
                const qsizetype size = sizes[set][size_t(k)];
                writeFailed = file.write(buffers[set][size_t(k)].data(), size) != size;
            }
        });
        reportProgress(m_control, progressFrom
                 + (progressTo - progressFrom) * double(first + count) / double(chunks));
    }
    if (!finishWriting())
        return writeError();
    return {};
}

Status CsvWriter::writeOrders(QFile &file, const Line *lines, qint64 lineCount)
{
    const bool zh = m_options.chineseHeaders;
    std::string header = "\xEF\xBB\xBF";
    header += zh ? "订单编号,客户编号,订单日期,商品,品类,数量,单价,金额,毛利率,渠道\n"
                 : "order_id,customer_id,order_date,product,category,quantity,unit_price,"
                   "amount,margin,channel\n";
    if (file.write(header.data(), qint64(header.size())) != qint64(header.size()))
        return fileError(file.fileName(), file.errorString());

    // Orders are numbered in date order; each chunk needs the number it starts after.
    const qsizetype chunks = qsizetype((lineCount + kLinesPerChunk - 1) / kLinesPerChunk);
    std::vector<quint64> ordersBefore(size_t(chunks) + 1, 0);
    quint64 orders = 0;
    for (qint64 i = 0; i < lineCount; ++i) {
        if (i % kLinesPerChunk == 0)
            ordersBefore[size_t(i / kLinesPerChunk)] = orders;
        orders += (lines[size_t(i)].flags & kFirstLine) ? 1 : 0;
    }
    const int orderWidth = std::max(8, digits(orders));
    const int idWidth = m_customerIdWidth;

    auto format = [&](qsizetype chunk, char *p) {
        quint64 order = ordersBefore[size_t(chunk)];
        const qint64 begin = chunk * kLinesPerChunk;
        const qint64 end = std::min<qint64>(lineCount, begin + kLinesPerChunk);
        for (qint64 i = begin; i < end; ++i) {
            const Line &line = lines[size_t(i)];
            const Product &product = kProducts[line.product];
            if (line.flags & kFirstLine)
                ++order;
            *p++ = 'O';
            p = putPadded(p, order, orderWidth);
            *p++ = ',';
            *p++ = 'C';
            p = putPadded(p, line.customer + 1ULL, idWidth);
            *p++ = ',';
            p = put(p, std::string_view(m_dates[size_t(kHistoryDays + line.day)].data(), 10));
            *p++ = ',';
            p = put(p, product.name);
            *p++ = ',';
            p = put(p, kCategories[product.category]);
            *p++ = ',';
            p = putInt(p, line.quantity);
            *p++ = ',';
            p = putCents(p, line.priceCents);
            *p++ = ',';
            p = putCents(p, qint64(line.quantity) * qint64(line.priceCents));
            *p++ = ',';
            p = put(p, kMarginText[product.category]);
            *p++ = ',';
            p = put(p, kChannels[line.flags & 7]);
            *p++ = '\n';
        }
        return p;
    };
    return writeChunked(file, chunks, kLinesPerChunk * kMaxOrderLineBytes, format, 0.45, 0.9);
}

Status CsvWriter::writeCustomers(QFile &file, const std::vector<Customer> &customers)
{
    const bool zh = m_options.chineseHeaders;
    std::string header = "\xEF\xBB\xBF";
    header += zh ? "客户编号,姓名,手机,邮箱,地区,城市,客户类型,性别,年龄,年收入,资产,"
                   "年服务成本,注册日期,生活方式,性格,价值观,兴趣\n"
                 : "customer_id,name,phone,email,region,city,customer_type,gender,age,income,"
                   "assets,cost_to_serve,signup_date,lifestyle,personality,values,interests\n";
    if (file.write(header.data(), qint64(header.size())) != qint64(header.size()))
        return fileError(file.fileName(), file.errorString());

    const qsizetype total = qsizetype(customers.size());
    const qsizetype chunks = (total + kCustomersPerChunk - 1) / kCustomersPerChunk;
    const int idWidth = m_customerIdWidth;
    auto format = [&](qsizetype chunk, char *p) {
        const qsizetype begin = chunk * kCustomersPerChunk;
        const qsizetype end = std::min(total, begin + kCustomersPerChunk);
        for (qsizetype i = begin; i < end; ++i) {
            const Customer &c = customers[size_t(i)];
            const bool person = isPerson(c);
            *p++ = 'C';
            p = putPadded(p, quint64(i) + 1, idWidth);
            *p++ = ',';
            p = put(p, kSurnames[c.surname].text);
            p = put(p, kGiven[c.given1]);
            if (c.given2 != kNone)
                p = put(p, kGiven[c.given2]);
            *p++ = ',';
            // An odd multiplier not divisible by 5 makes the numbers unique.
            p = put(p, kPhonePrefixes[c.phonePrefix]);
            p = putPadded(p, (quint64(i) * 73939133ULL + m_phoneOffset) % 100000000ULL, 8);
            *p++ = ',';
            *p++ = 'c';
            p = putPadded(p, quint64(i) + 1, idWidth);
            p = put(p, "@example.cn");
            *p++ = ',';
            p = put(p, kRegions[kCities[c.city].region]);
            *p++ = ',';
            p = put(p, kCities[c.city].name);
            *p++ = ',';
            p = put(p, zh ? kTypesZh[c.type] : kTypesEn[c.type]);
            *p++ = ',';
            if (person) // organisations have no gender, age, income or psychographics
                p = put(p, zh ? kGenderZh[c.female] : kGenderEn[c.female]);
            *p++ = ',';
            if (person)
                p = putInt(p, c.age);
            *p++ = ',';
            if (c.income >= 0)
                p = putInt(p, c.income);
            *p++ = ',';
            if (c.assets >= 0)
                p = putInt(p, c.assets);
            *p++ = ',';
            p = putCents(p, c.costCents);
            *p++ = ',';
            p = put(p, std::string_view(m_dates[c.signup].data(), 10));
            *p++ = ',';
            if (c.lifestyle != kNone)
                p = put(p, kLifestyles[c.lifestyle]);
            *p++ = ',';
            if (c.personality != kNone)
                p = put(p, kPersonalities[c.personality]);
            *p++ = ',';
            if (c.values != kNone)
                p = put(p, kValues[c.values]);
            *p++ = ',';
            if (c.interest1 != kNone)
                p = put(p, kInterests[c.interest1]);
            if (c.interest2 != kNone) {
                p = put(p, kInterestSeparator);
                p = put(p, kInterests[c.interest2]);
            }
            *p++ = '\n';
        }
        return p;
    };
    return writeChunked(file, chunks, kCustomersPerChunk * kMaxCustomerLineBytes, format, 0.9,
                        0.99);
}

} // namespace Segmenta::Demo
