#include "demogenerator.h"

#include "taskcontrol.h"

#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace Segmenta {

namespace {

constexpr const char *kContext = "Segmenta::Demo";
constexpr qint64 kMaxCustomers = 99999999;
constexpr double kMaxOrdersPerCustomer = 500.0;
constexpr int kHistoryDays = 3 * 365; // existing customers signed up before the period
constexpr int kMaxDays = 65535 - kHistoryDays; // day indexes are stored in 16 bits
constexpr quint8 kNone = 255;
// Customers per generation task, each with its own random stream: fixed, so the output does
// not depend on the number of threads.
constexpr int kBlockSize = 2048;
constexpr qsizetype kLinesPerChunk = 65536;
constexpr qsizetype kCustomersPerChunk = 16384;
constexpr qsizetype kMaxOrderLineBytes = 256;
constexpr qsizetype kMaxCustomerLineBytes = 512;
constexpr double kRefundChance = 0.0105;
constexpr double kTwoPi = 6.283185307179586;

// ---------------------------------------------------------------------------------------------
// Random numbers. The distributions are our own: std::gamma_distribution & co. differ between
// standard libraries, and the same seed must give the same files with every compiler.

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    quint32 below(quint32 n) { return std::min(quint32(uniform() * n), n - 1); }
    bool chance(double p) { return uniform() < p; }
    double exponential() { return -std::log1p(-uniform()); }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * uniform());
    }
    // Marsaglia & Tsang, scale 1.
    double gamma(double shape)
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(1.0 - uniform(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x
                || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }
    template<size_t N>
    int pick(const std::array<double, N> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < N; ++i) {
            x -= weights[i];
            if (x < 0)
                return int(i);
        }
        return int(N - 1);
    }
    // cumulative: increasing partial sums.
    int pickCumulative(const double *cumulative, int n)
    {
        const double x = uniform() * cumulative[n - 1];
        return std::min(int(std::upper_bound(cumulative, cumulative + n, x) - cumulative), n - 1);
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------------------------------------
// Vocabulary.

struct Weighted
{
    std::string_view text;
    double weight;
};

// Approximate shares (per mille) of the most common surnames in mainland China.
constexpr Weighted kSurnames[] = {
    {"王", 71}, {"李", 70}, {"张", 67}, {"刘", 54}, {"陈", 45}, {"杨", 31}, {"黄", 22},
    {"赵", 20}, {"吴", 20}, {"周", 19}, {"徐", 14}, {"孙", 14}, {"马", 13}, {"朱", 13},
    {"胡", 12}, {"郭", 11}, {"何", 10}, {"高", 10}, {"林", 10}, {"罗", 9},  {"郑", 9},
    {"梁", 8},  {"谢", 7},  {"宋", 6},  {"唐", 6},  {"许", 6},  {"韩", 5},  {"冯", 5},
    {"邓", 5},  {"曹", 5},  {"彭", 5},  {"曾", 5},  {"肖", 5},  {"田", 4},  {"董", 4},
    {"袁", 4},  {"潘", 4},  {"于", 4},  {"蒋", 4},  {"蔡", 4},  {"余", 4},  {"杜", 3},
    {"叶", 3},  {"程", 3},  {"苏", 3},  {"魏", 3},  {"吕", 3},  {"丁", 3},  {"任", 3},
    {"沈", 3},  {"姚", 3},  {"卢", 3},  {"姜", 3},  {"崔", 3},  {"钟", 3},  {"谭", 3},
    {"陆", 3},  {"汪", 3},  {"范", 3},  {"金", 3},  {"石", 2},  {"廖", 2},  {"贾", 2},
    {"夏", 2},  {"韦", 2},  {"付", 2},  {"方", 2},  {"白", 2},  {"邹", 2},  {"孟", 2},
    {"熊", 2},  {"秦", 2},  {"邱", 2},  {"江", 2},  {"尹", 2},  {"薛", 2},  {"闫", 2},
    {"段", 2},  {"雷", 2},  {"侯", 2},  {"龙", 2},  {"史", 2},  {"陶", 2},  {"黎", 2},
    {"贺", 2},  {"顾", 2},  {"毛", 2},  {"郝", 2},  {"龚", 2},  {"邵", 2},  {"万", 2},
    {"钱", 2},  {"严", 1},  {"覃", 1},  {"武", 1},  {"戴", 1},  {"莫", 1},  {"孔", 1},
    {"向", 1},  {"汤", 1},  {"欧阳", 0.4}, {"司马", 0.1}, {"诸葛", 0.05}, {"上官", 0.05},
};
constexpr int kSurnameCount = int(std::size(kSurnames));

// Given-name characters: male, female, then neutral ones.
constexpr std::string_view kGiven[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
    "飞", "鑫", "波", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建",
    "国", "峰", "亮", "成", "志", "博", "轩", "睿", "泽", "诚", "铭", "豪", "锋", "毅", "庆",
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "琳", "颖",
    "倩", "洁", "莉", "萍", "红", "梅", "晶", "怡", "悦", "涵", "琪", "雯", "璐", "瑶", "蕾",
    "薇", "楠", "婧", "萱", "诗", "月", "兰", "凤", "秀", "美", "露", "岚", "彤", "瑾", "茜",
    "文", "子", "一", "思", "雨", "晨", "佳", "宇", "欣", "安", "乐", "清", "语", "可", "心",
    "嘉", "天", "晓", "海", "春",
};
constexpr int kMaleGiven = 45;
constexpr int kFemaleGiven = 45;
constexpr int kNeutralGiven = int(std::size(kGiven)) - kMaleGiven - kFemaleGiven;

constexpr std::string_view kRegions[] = {"华东", "华北", "华南", "华中", "西南", "西北", "东北"};
constexpr double kRegionSpend[] = {1.15, 1.1, 1.1, 0.95, 0.9, 0.85, 0.85};

struct City
{
    std::string_view name;
    int region;
    double weight;
};
constexpr City kCities[] = {
    {"上海", 0, 10},   {"杭州", 0, 5},     {"南京", 0, 4.5},  {"苏州", 0, 4.5},  {"宁波", 0, 3},
    {"合肥", 0, 3},    {"济南", 0, 3},     {"青岛", 0, 3},    {"福州", 0, 2.5},  {"厦门", 0, 2},
    {"北京", 1, 10},   {"天津", 1, 5},     {"石家庄", 1, 3},  {"太原", 1, 2},    {"呼和浩特", 1, 1.5},
    {"广州", 2, 8},    {"深圳", 2, 9},     {"东莞", 2, 3.5},  {"佛山", 2, 3},    {"南宁", 2, 2.5},
    {"海口", 2, 1.5},  {"武汉", 3, 6},     {"长沙", 3, 4},    {"郑州", 3, 5},    {"南昌", 3, 2.5},
    {"成都", 4, 7},    {"重庆", 4, 7},     {"昆明", 4, 3},    {"贵阳", 4, 2.5},  {"拉萨", 4, 0.3},
    {"西安", 5, 5},    {"兰州", 5, 1.5},   {"乌鲁木齐", 5, 1.5}, {"银川", 5, 0.8}, {"西宁", 5, 0.6},
    {"沈阳", 6, 3.5},  {"大连", 6, 3},     {"哈尔滨", 6, 3},  {"长春", 6, 2.5},
};
constexpr int kCityCount = int(std::size(kCities));

enum CustomerType : quint8 { Consumer, Business, Channel, Internal };
constexpr std::string_view kTypesZh[] = {"消费者", "企业", "渠道分销商", "内部"};
constexpr std::string_view kTypesEn[] = {"consumer", "business", "channel", "internal"};
constexpr std::string_view kGenderZh[] = {"男", "女"};
constexpr std::string_view kGenderEn[] = {"male", "female"};

constexpr std::string_view kLifestyles[] = {"追求潮流", "注重品质", "精打细算", "居家务实",
                                            "户外运动"};
constexpr double kLifestyleSpend[] = {1.15, 1.6, 0.65, 0.9, 1.1};
constexpr double kLifestyleFrequency[] = {1.3, 0.9, 1.2, 1.0, 1.0};

constexpr std::string_view kPersonalities[] = {"外向", "内向", "理性", "感性", "谨慎", "冲动"};
constexpr double kPersonalitySpend[] = {1.05, 0.95, 1.0, 1.05, 0.9, 1.2};
constexpr std::array<std::array<double, 6>, 5> kPersonalityWeights = {{
    {3, 1, 1, 2, 0.5, 2},
    {1.5, 1.5, 2.5, 1.5, 1.5, 0.5},
    {1, 2, 2.5, 1, 3, 0.3},
    {1, 2.5, 1.5, 2, 2, 0.5},
    {3, 1, 1.5, 1.5, 1, 1},
}};

constexpr std::string_view kValues[] = {"家庭至上", "事业导向", "环保健康",
                                        "性价比优先", "品牌信赖", "享受生活"};
constexpr std::array<std::array<double, 6>, 5> kValueWeights = {{
    {0.5, 1, 0.7, 0.7, 1.5, 3},
    {1, 1.5, 1.2, 0.3, 3, 1.5},
    {1.5, 0.8, 0.8, 4, 0.3, 0.5},
    {3.5, 0.7, 1, 1.5, 0.8, 0.7},
    {1, 1, 3, 0.8, 0.8, 1.5},
}};

enum Interest { Travel, Food, Fitness, Reading, Gaming, Photography, Music, Gardening, Film, Pets };
constexpr std::string_view kInterests[] = {"旅行", "美食", "健身", "阅读", "游戏",
                                           "摄影", "音乐", "园艺", "电影", "宠物"};
constexpr std::array<std::array<double, 10>, 5> kInterestWeights = {{
    {1.5, 1.5, 1, 0.5, 2, 2, 3, 0.1, 2.5, 1},
    {2.5, 2, 1, 2, 0.5, 1.5, 1.5, 0.8, 1, 1},
    {0.5, 2.5, 0.5, 1.5, 1.5, 0.3, 1, 1, 2, 0.8},
    {0.5, 2.5, 0.5, 1, 0.7, 0.3, 0.8, 2.5, 1.5, 2},
    {3.5, 1, 4, 0.5, 0.5, 2, 1, 0.5, 0.5, 1},
}};
constexpr std::string_view kInterestSeparator = "、"; // Chinese enumeration comma, not ','

enum Category { Clothing, Digital, Home, Beauty, Groceries, Sports, Baby, Office, CategoryCount };
constexpr std::string_view kCategories[] = {"服装", "数码", "家居", "美妆",
                                            "食品", "运动", "母婴", "办公"};
constexpr std::string_view kMarginText[] = {"0.45", "0.12", "0.30", "0.55",
                                            "0.20", "0.35", "0.28", "0.22"};
constexpr double kMargin[] = {0.45, 0.12, 0.30, 0.55, 0.20, 0.35, 0.28, 0.22};
using CategoryWeights = std::array<double, CategoryCount>;
constexpr std::array<CategoryWeights, 5> kLifestyleCategories = {{
    {5, 3, 1, 4, 1.5, 1.5, 0.5, 0.3},
    {2, 3, 3, 3, 2, 1.5, 1, 0.5},
    {1.5, 1, 2.5, 1, 4, 1, 1.5, 0.5},
    {1, 1, 4, 1, 3.5, 0.7, 2, 0.5},
    {2, 2, 1, 0.7, 2, 5, 0.7, 0.3},
}};
constexpr CategoryWeights kBusinessCategories = {0.5, 3, 2, 0.3, 2, 0.5, 0.2, 5};
constexpr CategoryWeights kChannelCategories = {2, 2, 2, 2, 2, 1.5, 1, 1};

struct Product
{
    std::string_view name;
    int category;
    double price; // list price in yuan
};
constexpr Product kProducts[] = {
    {"纯棉T恤", Clothing, 79},    {"牛仔裤", Clothing, 199},   {"羽绒服", Clothing, 599},
    {"连衣裙", Clothing, 259},    {"衬衫", Clothing, 169},     {"卫衣", Clothing, 189},
    {"风衣", Clothing, 459},      {"针织衫", Clothing, 219},   {"无线耳机", Digital, 399},
    {"智能手表", Digital, 1299},  {"蓝牙音箱", Digital, 299},  {"充电宝", Digital, 129},
    {"平板电脑", Digital, 2999},  {"机械键盘", Digital, 459},  {"移动硬盘", Digital, 499},
    {"智能手机", Digital, 3299},  {"床上四件套", Home, 329},   {"乳胶枕", Home, 199},
    {"收纳箱", Home, 59},         {"香薰蜡烛", Home, 89},      {"电饭煲", Home, 399},
    {"空气炸锅", Home, 459},      {"台灯", Home, 149},         {"保温杯", Home, 99},
    {"精华液", Beauty, 399},      {"面霜", Beauty, 299},       {"口红", Beauty, 229},
    {"面膜", Beauty, 129},        {"防晒霜", Beauty, 169},     {"洁面乳", Beauty, 89},
    {"香水", Beauty, 699},        {"粉底液", Beauty, 329},     {"坚果礼盒", Groceries, 168},
    {"有机大米", Groceries, 89},  {"进口牛奶", Groceries, 69}, {"绿茶", Groceries, 128},
    {"咖啡豆", Groceries, 99},    {"橄榄油", Groceries, 119},  {"零食大礼包", Groceries, 59},
    {"月饼礼盒", Groceries, 238}, {"跑步鞋", Sports, 599},     {"瑜伽垫", Sports, 129},
    {"运动背包", Sports, 259},    {"速干衣", Sports, 159},     {"登山杖", Sports, 189},
    {"帐篷", Sports, 699},        {"羽毛球拍", Sports, 299},   {"健身手环", Sports, 249},
    {"婴儿奶粉", Baby, 329},      {"纸尿裤", Baby, 139},       {"婴儿推车", Baby, 1299},
    {"儿童玩具", Baby, 199},      {"婴儿湿巾", Baby, 39},      {"儿童绘本", Baby, 59},
    {"安全座椅", Baby, 999},      {"辅食机", Baby, 399},       {"打印纸", Office, 35},
    {"签字笔", Office, 29},       {"文件柜", Office, 899},     {"办公椅", Office, 699},
    {"投影仪", Office, 2999},     {"碎纸机", Office, 599},     {"白板", Office, 299},
    {"硒鼓墨盒", Office, 189},
};
constexpr int kProductCount = int(std::size(kProducts));
constexpr int kProductsPerCategory = 8; // kProducts is grouped by category, 8 each
static_assert(kProductCount == kProductsPerCategory * CategoryCount);

constexpr std::string_view kChannels[] = {"门店", "官网", "小程序", "电商平台", "电话"};
using ChannelWeights = std::array<double, 5>;

constexpr std::string_view kPhonePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"};

// Lines per order (1 to 4) by customer type: organisations buy several items at once.
constexpr std::array<std::array<double, 4>, 4> kLinesPerOrder = {{
    {0.55, 0.27, 0.12, 0.06},
    {0.35, 0.30, 0.20, 0.15},
    {0.20, 0.30, 0.25, 0.25},
    {0.55, 0.27, 0.12, 0.06},
}};
constexpr double kMeanOrderValue[] = {220, 800, 1500, 100}; // yuan, by type
constexpr double kTypeFrequency[] = {1.0, 0.9, 1.4, 0.8};
constexpr double kPriceLevel[] = {1.0, 1.0, 0.72, 0.8};    // wholesale and staff discounts
constexpr double kPremiumExponent[] = {0.5, 0.15, 0.1, 0.5}; // buy dearer vs. buy more
constexpr int kMaxQuantity[] = {12, 300, 2000, 6};
constexpr double kHighMaintenance[] = {0.03, 0.06, 0.08, 0.02};

ChannelWeights channelWeights(int type, int age)
{
    switch (type) {
    case Business: return {1, 3, 0.5, 1, 4};
    case Channel: return {0.5, 2, 0.3, 0.3, 5};
    case Internal: return {2, 2, 2, 1, 0.5};
    default: break;
    }
    if (age < 35)
        return {1, 1, 3, 4, 0.1};
    if (age <= 55)
        return {2, 1.5, 2, 2.5, 0.3};
    return {4, 0.5, 1, 1, 1.2};
}

// ---------------------------------------------------------------------------------------------
// Model state.

struct Customer
{
    double rate = 0;        // purchases per day before calibration (BG/NBD lambda)
    float dropout = 0;      // BG/NBD p: chance of leaving after each repeat purchase
    float growth = 0;       // trend of frequency and spend, per year
    float spend = 0;        // mean order value in yuan (gamma-gamma)
    qint32 firstOrder = -1; // day index; -1: never orders
    qint64 costCents = 0;
    qint64 income = -1; // yuan; -1 for organisations
    qint64 assets = -1;
    quint16 signup = 0; // index into m_dates, which starts kHistoryDays before the period
    quint8 type = Consumer;
    quint8 female = 0;
    quint8 age = 0;
    quint8 city = 0;
    quint8 lifestyle = kNone;
    quint8 personality = kNone;
    quint8 values = kNone;
    quint8 interest1 = kNone;
    quint8 interest2 = kNone;
    quint8 surname = 0;
    quint8 given1 = 0;
    quint8 given2 = kNone;
    quint8 phonePrefix = 0;
    quint8 channel = 0; // preferred channel
};

bool isPerson(const Customer &c)
{
    return c.type == Consumer || c.type == Internal;
}

struct Line
{
    quint32 customer;
    quint32 priceCents;
    quint16 day;
    qint16 quantity; // negative: refund
    quint8 product;
    quint8 flags; // bits 0-2 channel, bit 3 first line of an order
};
constexpr quint8 kFirstLine = 8;

// ---------------------------------------------------------------------------------------------
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

// Runs task(0..count-1) on all cores. The calling thread works too and alone calls progress,
// so TaskControl's callback never runs on a helper thread.
template<typename Task, typename Progress>
void parallelFor(int count, TaskControl *control, const Task &task, const Progress &progress)
{
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    auto work = [&](bool reporting) {
        for (;;) {
            if (control && control->isCancelled())
                return;
            const int i = next.fetch_add(1);
            if (i >= count)
                return;
            task(i);
            const int finished = done.fetch_add(1) + 1;
            if (reporting)
                progress(finished);
        }
    };
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int helpers = std::min(cores, count) - 1;
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back(work, false);
    work(true);
    for (std::thread &t : threads)
        t.join();
}

Message cancelled()
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Demo", "The demo data generation was cancelled."));
}

Message fileError(const QString &path, const QString &reason)
{
    return Message(kContext,
                   QT_TRANSLATE_NOOP("Segmenta::Demo", "Cannot write the file “%1”: %2"),
                   {QDir::toNativeSeparators(path), reason});
}

// ---------------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(const DemoOptions &options, TaskControl *control);

    Status run(QFile &customersFile, QFile &ordersFile);
    qint64 orderLines() const { return m_lineCount; }

private:
    bool isCancelled() const { return m_control && m_control->isCancelled(); }
    void progress(double fraction) const
    {
        if (m_control)
            m_control->reportProgress(fraction);
    }

    void makeCustomers();
    void makeCustomer(Random &random, Customer &c) const;
    double calibrate() const;
    void makeOrders(int block, double rateScale);
    void sortLines();
    Status writeOrders(QFile &file);
    Status writeCustomers(QFile &file);
    Status writeChunked(QFile &file, qsizetype chunks, qsizetype maxChunkBytes,
                        const std::function<char *(qsizetype chunk, char *out)> &format,
                        double progressFrom, double progressTo);

    DemoOptions m_options;
    TaskControl *m_control;
    int m_days = 0;
    int m_customerIdWidth = 6;
    quint64 m_phoneOffset = 0;
    std::vector<std::array<char, 10>> m_dates; // yyyy-MM-dd from kHistoryDays before start
    std::vector<qint32> m_promotion;           // day index of a shopping festival soon after
    std::vector<Customer> m_customers;
    std::vector<std::vector<Line>> m_blockLines;
    std::unique_ptr<Line[]> m_lines; // all lines sorted by day
    qint64 m_lineCount = 0;
    std::array<double, kSurnameCount> m_surnameCumulative{};
    std::array<double, kCityCount> m_cityCumulative{};
    std::array<double, kProductsPerCategory> m_productCumulative{};
};

Generator::Generator(const DemoOptions &options, TaskControl *control)
    : m_options(options), m_control(control)
{
    m_days = int(options.start.daysTo(options.end)) + 1;
    m_customerIdWidth = std::max(6, digits(quint64(options.customers)));

    m_dates.resize(size_t(kHistoryDays + m_days));
    for (int d = 0; d < kHistoryDays + m_days; ++d) {
        int y = 0, m = 0, day = 0;
        options.start.addDays(d - kHistoryDays).getDate(&y, &m, &day);
        char *p = m_dates[size_t(d)].data();
        p = putPadded(p, quint64(y), 4);
        *p++ = '-';
        p = putPadded(p, quint64(m), 2);
        *p++ = '-';
        putPadded(p, quint64(day), 2);
    }

    // 618 and Double Eleven pull purchases of the preceding days onto the festival.
    m_promotion.assign(size_t(m_days), -1);
    for (int y = options.start.year(); y <= options.end.year(); ++y) {
        for (const QDate festival : {QDate(y, 6, 18), QDate(y, 11, 11)}) {
            const qint64 f = options.start.daysTo(festival);
            for (qint64 d = std::max<qint64>(0, f - 10); d < f && f < m_days; ++d)
                m_promotion[size_t(d)] = qint32(f);
        }
    }

    double sum = 0;
    for (int i = 0; i < kSurnameCount; ++i)
        m_surnameCumulative[size_t(i)] = sum += kSurnames[i].weight;
    sum = 0;
    for (int i = 0; i < kCityCount; ++i)
        m_cityCumulative[size_t(i)] = sum += kCities[i].weight;
    sum = 0;
    for (int i = 0; i < kProductsPerCategory; ++i) // a few best sellers in every category
        m_productCumulative[size_t(i)] = sum += 1.0 / (1.0 + 0.4 * i);
}

Status Generator::run(QFile &customersFile, QFile &ordersFile)
{
    makeCustomers();
    if (isCancelled())
        return cancelled();

    const double rateScale = calibrate();
    const int blocks = int((m_options.customers + kBlockSize - 1) / kBlockSize);
    m_blockLines.resize(size_t(blocks));
    parallelFor(
        blocks, m_control, [&](int block) { makeOrders(block, rateScale); },
        [&](int done) { progress(0.05 + 0.35 * done / blocks); });
    if (isCancelled())
        return cancelled();

    sortLines();
    if (isCancelled())
        return cancelled();
    progress(0.45);

    if (Status status = writeOrders(ordersFile); !status)
        return status;
    return writeCustomers(customersFile);
}

void Generator::makeCustomers()
{
    m_phoneOffset = Random(splitMix(m_options.seed)).below(100000000);
    m_customers.resize(size_t(m_options.customers));
    const int blocks = int((m_options.customers + kBlockSize - 1) / kBlockSize);
    parallelFor(
        blocks, m_control,
        [&](int block) {
            const quint64 stream = 0x9E3779B97F4A7C15ULL * quint64(block + 1);
            Random random(splitMix(m_options.seed ^ stream));
            const size_t first = size_t(block) * kBlockSize;
            const size_t last = std::min(m_customers.size(), first + kBlockSize);
            for (size_t i = first; i < last; ++i)
                makeCustomer(random, m_customers[i]);
        },
        [&](int done) { progress(0.05 * done / blocks); });
}

void Generator::makeCustomer(Random &random, Customer &c) const
{
    const double t = random.uniform();
    c.type = t < 0.85 ? Consumer : t < 0.95 ? Business : t < 0.99 ? Channel : Internal;
    c.city = quint8(random.pickCumulative(m_cityCumulative.data(), kCityCount));

    // The name is a person's: for organisations, their contact's.
    c.female = random.chance(c.type == Consumer ? 0.55 : 0.45) ? 1 : 0;
    c.surname = quint8(random.pickCumulative(m_surnameCumulative.data(), kSurnameCount));
    auto givenChar = [&] {
        if (random.chance(0.3))
            return quint8(kMaleGiven + kFemaleGiven + int(random.below(kNeutralGiven)));
        return quint8(c.female ? kMaleGiven + int(random.below(kFemaleGiven))
                               : int(random.below(kMaleGiven)));
    };
    c.given1 = givenChar();
    c.given2 = random.chance(0.72) ? givenChar() : kNone;
    c.phonePrefix = quint8(random.below(quint32(std::size(kPhonePrefixes))));

    double spend = kMeanOrderValue[c.type] * kRegionSpend[kCities[c.city].region];
    double frequency = kTypeFrequency[c.type];
    if (isPerson(c)) {
        int age = 0;
        do
            age = 18 + int(random.gamma(3.0) * 6.5);
        while (age > 75);
        c.age = quint8(age);
        // Income peaks in the mid-forties; students earn little.
        const double bump = std::exp(-std::pow((age - 45) / 16.0, 2));
        const double logIncome = std::log(55000.0) + 0.8 * bump - (age < 23 ? 0.5 : 0.0)
                                 + 0.55 * random.normal();
        c.income = std::max<qint64>(6000, std::llround(std::exp(logIncome) / 100.0) * 100);
        const double logAssets = 0.6 + 0.035 * (age - 18) + 1.1 * random.normal();
        c.assets = std::llround(double(c.income) * std::exp(logAssets) / 100.0) * 100;

        const double relIncome = std::log(double(c.income) / 80000.0);
        const std::array<double, 5> lifestyleWeights = {
            0.3 + 3.0 * std::exp(-std::pow((age - 25) / 10.0, 2)),
            0.5 + 2.0 * std::clamp(relIncome + 0.5, 0.0, 2.0),
            0.5 + 2.0 * std::clamp(-relIncome + 0.5, 0.0, 2.0),
            0.5 + (age > 35 ? 1.5 : 0.3),
            0.8 + (c.female ? 0.0 : 0.5) + (age < 50 ? 0.4 : 0.0),
        };
        c.lifestyle = quint8(random.pick(lifestyleWeights));
        c.personality = quint8(random.pick(kPersonalityWeights[c.lifestyle]));
        c.values = quint8(random.pick(kValueWeights[c.lifestyle]));
        std::array<double, 10> interests = kInterestWeights[c.lifestyle];
        if (age > 50) {
            interests[Gardening] *= 3;
            interests[Gaming] *= 0.2;
        }
        c.interest1 = quint8(random.pick(interests));
        if (random.chance(0.45)) {
            interests[c.interest1] = 0;
            c.interest2 = quint8(random.pick(interests));
        }
        spend *= std::pow(double(c.income) / 60000.0, 0.45) * kLifestyleSpend[c.lifestyle]
                 * kPersonalitySpend[c.personality];
        frequency *= kLifestyleFrequency[c.lifestyle] * (c.personality == 5 ? 1.1 : 1.0);
    }
    const ChannelWeights channels = channelWeights(c.type, c.age);
    c.channel = quint8(random.pick(channels));

    // Gamma-gamma: the customer's mean order value is spend / nu, nu ~ Gamma(3, 2), E[1/nu] = 1.
    c.spend = float(spend * 2.0 / random.gamma(3.0));
    // BG/NBD: lambda ~ Gamma(r = 0.7), p ~ Beta(a, b); organisations stay longer.
    c.rate = frequency * random.gamma(0.7);
    const double b = c.type == Channel ? 25 : c.type == Business ? 14 : 9;
    c.dropout = float(random.beta(1.3, b));
    const double g = random.uniform();
    c.growth = float(g < 0.55   ? 0.08 * random.normal()
                     : g < 0.8 ? 0.25 + 0.65 * random.uniform()
                               : -(0.3 + 0.7 * random.uniform()));

    // A third are existing customers; new ones sign up more often as the business grows, and
    // their first order follows within days.
    const int last = m_days - 1;
    const bool existing = random.chance(0.35);
    int joined = 0; // day index in the period
    if (existing) {
        c.signup = quint16(random.below(kHistoryDays));
    } else {
        joined = std::min(last, int(m_days * std::pow(random.uniform(), 0.85)));
        c.signup = quint16(kHistoryDays + joined);
    }
    if (random.chance(0.05) || m_options.ordersPerCustomer <= 0) {
        c.firstOrder = -1;
    } else {
        int delay = existing ? int(random.exponential() * 150.0)
                             : random.chance(0.3) ? 0 : int(random.exponential() * 10.0);
        if (joined + delay > last)
            delay = int(random.below(quint32(last - joined + 1)));
        c.firstOrder = joined + delay;
    }
}

double meanLinesPerOrder(int type)
{
    double mean = 0;
    for (int k = 0; k < 4; ++k)
        mean += (k + 1) * kLinesPerOrder[size_t(type)][size_t(k)];
    return mean;
}

// Operational time of a window of `days` for a rate growing by `growth` per year: the
// integral of exp(g t), so that a Poisson process in it has the trend's intensity.
double operationalTime(double days, double growth)
{
    const double g = growth / 365.25;
    return std::abs(g) < 1e-12 ? days : std::expm1(g * days) / g;
}

// Finds the factor on every customer's purchase rate that makes the expected number of lines
// ordersPerCustomer, from the BG/NBD expectation E[X(t)] = (1 - exp(-p lambda t)) / p.
double Generator::calibrate() const
{
    if (m_options.ordersPerCustomer <= 0)
        return 0;
    std::array<double, 4> linesPerOrder{};
    for (int t = 0; t < 4; ++t)
        linesPerOrder[size_t(t)] = meanLinesPerOrder(t) * (1.0 + kRefundChance);

    // A deterministic sample is enough and keeps a million customers fast.
    const size_t step = std::max<size_t>(1, m_customers.size() / 50000);
    struct Term { double lines, p, exposure; };
    std::vector<Term> terms;
    size_t sampled = 0;
    for (size_t i = 0; i < m_customers.size(); i += step, ++sampled) {
        const Customer &c = m_customers[i];
        if (c.firstOrder < 0)
            continue;
        const double window = operationalTime(m_days - c.firstOrder, c.growth);
        terms.push_back({linesPerOrder[c.type], double(c.dropout), c.rate * window});
    }
    const double target = m_options.ordersPerCustomer * double(sampled);
    auto expected = [&](double scale) {
        double sum = 0;
        for (const Term &t : terms)
            sum += t.lines * (1.0 + -std::expm1(-t.p * scale * t.exposure) / t.p);
        return sum;
    };
    double lo = -30, hi = 12; // natural log of the scale
    if (expected(std::exp(lo)) >= target)
        return 0; // even one order each is too much: nobody repeats
    if (expected(std::exp(hi)) <= target)
        return std::exp(hi);
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        (expected(std::exp(mid)) < target ? lo : hi) = mid;
    }
    return std::exp(0.5 * (lo + hi));
}

void Generator::makeOrders(int block, double rateScale)
{
    Random random(splitMix(m_options.seed ^ (0xD1B54A32D192ED03ULL * quint64(block + 1))));
    const size_t first = size_t(block) * kBlockSize;
    const size_t last = std::min(m_customers.size(), first + kBlockSize);
    std::vector<Line> &lines = m_blockLines[size_t(block)];
    lines.reserve(size_t(double(last - first) * m_options.ordersPerCustomer * 1.15) + 16);
    std::vector<Line> refunds;
    const int lastDay = m_days - 1;

    for (size_t i = first; i < last; ++i) {
        Customer &c = m_customers[i];
        Random &r = random;
        double costBase = 0;
        switch (c.type) {
        case Consumer: costBase = 2 + 6 * r.exponential(); break;
        case Business: costBase = 40 + 60 * r.exponential(); break;
        case Channel: costBase = 80 + 150 * r.exponential(); break;
        default: costBase = 3 * r.exponential(); break;
        }
        if (c.firstOrder < 0) {
            c.costCents = std::llround(costBase * 100);
            continue;
        }

        // Category tastes follow lifestyle, gender, age, interests and type.
        CategoryWeights categories = c.type == Business ? kBusinessCategories
                                     : c.type == Channel ? kChannelCategories
                                                         : kLifestyleCategories[c.lifestyle];
        if (isPerson(c)) {
            if (c.female) {
                categories[Beauty] *= 2.5;
                categories[Clothing] *= 1.3;
                categories[Digital] *= 0.7;
            } else {
                categories[Beauty] *= 0.3;
                categories[Digital] *= 1.4;
                categories[Sports] *= 1.2;
            }
            if (c.age >= 25 && c.age <= 40)
                categories[Baby] *= 2.0;
            else if (c.age > 55) {
                categories[Baby] *= 0.5;
                categories[Home] *= 1.3;
                categories[Groceries] *= 1.3;
            }
            for (quint8 interest : {c.interest1, c.interest2}) {
                if (interest == Fitness || interest == Travel)
                    categories[Sports] *= 1.6;
                else if (interest == Gaming || interest == Photography)
                    categories[Digital] *= 1.6;
                else if (interest == Food)
                    categories[Groceries] *= 1.5;
            }
        }
        std::array<double, CategoryCount> categoryCumulative{};
        double sum = 0;
        for (int k = 0; k < CategoryCount; ++k)
            categoryCumulative[size_t(k)] = sum += categories[size_t(k)];
        const ChannelWeights channels = channelWeights(c.type, c.age);

        const double lambda = rateScale * c.rate;
        const double growthPerDay = double(c.growth) / 365.25;
        const double window = m_days - c.firstOrder;
        double margin = 0;

        auto order = [&](int day, double years) {
            const quint8 channel = quint8(r.chance(0.75) ? c.channel : r.pick(channels));
            const int lineCount = 1 + r.pick(kLinesPerOrder[c.type]);
            const double value = r.gamma(2.5) * double(c.spend) / 2.5
                                 * std::exp(0.5 * double(c.growth) * years);
            std::array<double, 4> shares{};
            double shareSum = 0;
            for (int k = 0; k < lineCount; ++k)
                shareSum += shares[size_t(k)] = 0.5 + r.uniform();
            std::array<int, 4> products{};
            for (int k = 0; k < lineCount; ++k) {
                int product = 0;
                for (int attempt = 0; attempt < 4; ++attempt) { // rather distinct products
                    const int category = r.pickCumulative(categoryCumulative.data(),
                                                          CategoryCount);
                    product = category * kProductsPerCategory
                              + r.pickCumulative(m_productCumulative.data(),
                                                 kProductsPerCategory);
                    if (std::find(products.begin(), products.begin() + k, product)
                        == products.begin() + k)
                        break;
                }
                products[size_t(k)] = product;
                // Big spenders buy dearer versions (consumers) or more units (organisations).
                const double lineValue = value * shares[size_t(k)] / shareSum;
                const double list = kProducts[product].price * kPriceLevel[c.type];
                const double premium = std::clamp(
                    std::pow(lineValue / list, kPremiumExponent[c.type]), 0.6, 5.0);
                const qint64 yuan = std::max<qint64>(
                    1, std::llround(list * premium * (0.9 + 0.2 * r.uniform())));
                const qint64 cents = yuan * 100 - (yuan >= 10 && r.chance(0.5) ? 10 : 0);
                const qint64 quantity = std::clamp<qint64>(
                    std::llround(lineValue * 100.0 / double(cents)), 1, kMaxQuantity[c.type]);
                const double rate = kMargin[kProducts[product].category];
                margin += double(quantity * cents) * rate;
                lines.push_back({quint32(i), quint32(cents), quint16(day), qint16(quantity),
                                 quint8(product), quint8(channel | (k == 0 ? kFirstLine : 0))});
                if (r.chance(kRefundChance)) {
                    const int refundDay = day + 1 + int(r.exponential() * 8.0);
                    const qint64 back = 1 + r.below(quint32(quantity));
                    if (refundDay <= lastDay) {
                        margin -= double(back * cents) * rate;
                        refunds.push_back({quint32(i), quint32(cents), quint16(refundDay),
                                           qint16(-back), quint8(product),
                                           quint8(channel | kFirstLine)});
                    }
                }
            }
            // A refund is an order of its own, after the purchase.
            lines.insert(lines.end(), refunds.begin(), refunds.end());
            refunds.clear();
        };

        // BG/NBD with a trend: purchases are a Poisson process in operational time
        // tau = (exp(g t) - 1) / g; after each repeat purchase the customer leaves with p.
        order(c.firstOrder, 0.0);
        double tau = 0;
        if (lambda > 0) {
            for (;;) {
                tau += r.exponential() / lambda;
                double t = tau;
                if (std::abs(growthPerDay) >= 1e-12) {
                    const double x = growthPerDay * tau;
                    if (x <= -1.0)
                        break; // a declining customer's purchases have run out
                    t = std::log1p(x) / growthPerDay;
                }
                if (t >= window)
                    break;
                int day = c.firstOrder + int(t);
                if (m_promotion[size_t(day)] >= 0 && r.chance(0.3))
                    day = m_promotion[size_t(day)];
                order(day, t / 365.25);
                if (r.chance(double(c.dropout)))
                    break;
            }
        }

        // Service cost is mostly proportional to activity; organisations carry account
        // management, and some customers (returns, complaints) cost more than they bring.
        double cost = costBase;
        if (r.chance(kHighMaintenance[c.type]))
            cost += std::max(0.0, margin / 100.0) * (1.15 + 1.5 * r.uniform());
        else
            cost += std::max(0.0, margin / 100.0) * (0.05 + 0.35 * r.uniform());
        c.costCents = std::llround(cost * 100);
    }
}

// Counting sort by day: stable, so an order's lines stay together and ties keep customer order.
void Generator::sortLines()
{
    std::vector<qint64> start(size_t(m_days) + 1, 0);
    m_lineCount = 0;
    for (const std::vector<Line> &block : m_blockLines) {
        m_lineCount += qint64(block.size());
        for (const Line &line : block)
            ++start[size_t(line.day) + 1];
    }
    for (size_t d = 1; d < start.size(); ++d)
        start[d] += start[d - 1];
    m_lines.reset(new Line[size_t(std::max<qint64>(1, m_lineCount))]);
    for (std::vector<Line> &block : m_blockLines) {
        for (const Line &line : block)
            m_lines[size_t(start[line.day]++)] = line;
        std::vector<Line>().swap(block);
    }
    m_blockLines.clear();
}

Status Generator::writeChunked(QFile &file, qsizetype chunks, qsizetype maxChunkBytes,
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
        if (isCancelled())
            return cancelled();
        writer = std::thread([&, set, count] {
            for (int k = 0; k < count && !writeFailed; ++k) {
                const qsizetype size = sizes[set][size_t(k)];
                writeFailed = file.write(buffers[set][size_t(k)].data(), size) != size;
            }
        });
        progress(progressFrom
                 + (progressTo - progressFrom) * double(first + count) / double(chunks));
    }
    if (!finishWriting())
        return writeError();
    return {};
}

Status Generator::writeOrders(QFile &file)
{
    const bool zh = m_options.chineseHeaders;
    std::string header = "\xEF\xBB\xBF";
    header += zh ? "订单编号,客户编号,订单日期,商品,品类,数量,单价,金额,毛利率,渠道\n"
                 : "order_id,customer_id,order_date,product,category,quantity,unit_price,"
                   "amount,margin,channel\n";
    if (file.write(header.data(), qint64(header.size())) != qint64(header.size()))
        return fileError(file.fileName(), file.errorString());

    // Orders are numbered in date order; each chunk needs the number it starts after.
    const qsizetype chunks = qsizetype((m_lineCount + kLinesPerChunk - 1) / kLinesPerChunk);
    std::vector<quint64> ordersBefore(size_t(chunks) + 1, 0);
    quint64 orders = 0;
    for (qint64 i = 0; i < m_lineCount; ++i) {
        if (i % kLinesPerChunk == 0)
            ordersBefore[size_t(i / kLinesPerChunk)] = orders;
        orders += (m_lines[size_t(i)].flags & kFirstLine) ? 1 : 0;
    }
    const int orderWidth = std::max(8, digits(orders));
    const int idWidth = m_customerIdWidth;

    auto format = [&](qsizetype chunk, char *p) {
        quint64 order = ordersBefore[size_t(chunk)];
        const qint64 begin = chunk * kLinesPerChunk;
        const qint64 end = std::min<qint64>(m_lineCount, begin + kLinesPerChunk);
        for (qint64 i = begin; i < end; ++i) {
            const Line &line = m_lines[size_t(i)];
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

Status Generator::writeCustomers(QFile &file)
{
    const bool zh = m_options.chineseHeaders;
    std::string header = "\xEF\xBB\xBF";
    header += zh ? "客户编号,姓名,手机,邮箱,地区,城市,客户类型,性别,年龄,年收入,资产,"
                   "年服务成本,注册日期,生活方式,性格,价值观,兴趣\n"
                 : "customer_id,name,phone,email,region,city,customer_type,gender,age,income,"
                   "assets,cost_to_serve,signup_date,lifestyle,personality,values,interests\n";
    if (file.write(header.data(), qint64(header.size())) != qint64(header.size()))
        return fileError(file.fileName(), file.errorString());

    const qsizetype total = qsizetype(m_customers.size());
    const qsizetype chunks = (total + kCustomersPerChunk - 1) / kCustomersPerChunk;
    const int idWidth = m_customerIdWidth;
    auto format = [&](qsizetype chunk, char *p) {
        const qsizetype begin = chunk * kCustomersPerChunk;
        const qsizetype end = std::min(total, begin + kCustomersPerChunk);
        for (qsizetype i = begin; i < end; ++i) {
            const Customer &c = m_customers[size_t(i)];
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

// Replaces `target` with the finished temporary file.
Status publish(QTemporaryFile &file, const QString &target)
{
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner
                        | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (QFile::exists(target) && !QFile::remove(target)) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "Cannot replace the existing file “%1”."),
                       {QDir::toNativeSeparators(target)});
    }
    if (!file.rename(target))
        return fileError(target, file.errorString());
    file.setAutoRemove(false);
    return {};
}

} // namespace

Result<DemoFiles> DemoGenerator::write(const QString &folder, const DemoOptions &options,
                                       TaskControl *control)
{
    if (options.customers < 1 || options.customers > kMaxCustomers) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "The demo data needs between 1 and %1 customers."),
                       {QString::number(kMaxCustomers)});
    }
    if (!(options.ordersPerCustomer >= 0 && options.ordersPerCustomer <= kMaxOrdersPerCustomer)) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "The mean number of order lines per customer must be "
                                         "between 0 and %1."),
                       {QString::number(kMaxOrdersPerCustomer)});
    }
    if (!options.start.isValid() || !options.end.isValid() || options.end < options.start
        || options.start.daysTo(options.end) >= kMaxDays) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "The demo period from %1 to %2 is not valid: the end "
                                         "must not be before the start, and it may span at most "
                                         "%3 days."),
                       {options.start.toString(Qt::ISODate), options.end.toString(Qt::ISODate),
                        QString::number(kMaxDays)});
    }

    const QDir dir(folder);
    if (folder.isEmpty() || !dir.mkpath(QStringLiteral("."))) {
        return Message(kContext,
                       QT_TRANSLATE_NOOP("Segmenta::Demo",
                                         "Cannot create the folder “%1” for the demo data."),
                       {QDir::toNativeSeparators(folder)});
    }
    DemoFiles files;
    files.customersPath = dir.absoluteFilePath(QStringLiteral("customers.csv"));
    files.ordersPath = dir.absoluteFilePath(QStringLiteral("orders.csv"));
    files.customers = options.customers;

    // Temporary names first, so a cancelled or failed run never leaves half a file behind.
    QTemporaryFile customersFile(dir.absoluteFilePath(QStringLiteral("customers.csv.XXXXXX")));
    QTemporaryFile ordersFile(dir.absoluteFilePath(QStringLiteral("orders.csv.XXXXXX")));
    for (QTemporaryFile *file : {&customersFile, &ordersFile}) {
        if (!file->open()) {
            return Message(kContext,
                           QT_TRANSLATE_NOOP("Segmenta::Demo",
                                             "Cannot write the demo data to the folder “%1”: "
                                             "%2"),
                           {QDir::toNativeSeparators(folder), file->errorString()});
        }
    }

    Generator generator(options, control);
    if (Status status = generator.run(customersFile, ordersFile); !status)
        return status.error();
    files.orderLines = generator.orderLines();
    if (control && control->isCancelled())
        return cancelled();

    if (Status status = publish(customersFile, files.customersPath); !status)
        return status.error();
    if (Status status = publish(ordersFile, files.ordersPath); !status)
        return status.error();
    if (control)
        control->reportProgress(1.0);
    return files;
}

} // namespace Segmenta
