// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <iterator>
#include <string_view>

// The words and numbers the demo data is made of: names, places, customer attributes,
// categories and products, and the per-type parameters of the purchase model. Internals of
// DemoGenerator (demogenerator.h).
namespace Segmenta::Demo {

struct Weighted
{
    std::string_view text;
    double weight;
};

// Approximate shares (per mille) of the most common surnames in mainland China.
inline constexpr Weighted kSurnames[] = {
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
inline constexpr int kSurnameCount = int(std::size(kSurnames));

// Given-name characters: male, female, then neutral ones.
inline constexpr std::string_view kGiven[] = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
    "飞", "鑫", "波", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建",
    "国", "峰", "亮", "成", "志", "博", "轩", "睿", "泽", "诚", "铭", "豪", "锋", "毅", "庆",
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "琳", "颖",
    "倩", "洁", "莉", "萍", "红", "梅", "晶", "怡", "悦", "涵", "琪", "雯", "璐", "瑶", "蕾",
    "薇", "楠", "婧", "萱", "诗", "月", "兰", "凤", "秀", "美", "露", "岚", "彤", "瑾", "茜",
    "文", "子", "一", "思", "雨", "晨", "佳", "宇", "欣", "安", "乐", "清", "语", "可", "心",
    "嘉", "天", "晓", "海", "春",
};
inline constexpr int kMaleGiven = 45;
inline constexpr int kFemaleGiven = 45;
inline constexpr int kNeutralGiven = int(std::size(kGiven)) - kMaleGiven - kFemaleGiven;

inline constexpr std::string_view kRegions[] = {"华东", "华北", "华南", "华中", "西南", "西北", "东北"};
inline constexpr double kRegionSpend[] = {1.15, 1.1, 1.1, 0.95, 0.9, 0.85, 0.85};

struct City
{
    std::string_view name;
    int region;
    double weight;
};
inline constexpr City kCities[] = {
    {"上海", 0, 10},   {"杭州", 0, 5},     {"南京", 0, 4.5},  {"苏州", 0, 4.5},  {"宁波", 0, 3},
    {"合肥", 0, 3},    {"济南", 0, 3},     {"青岛", 0, 3},    {"福州", 0, 2.5},  {"厦门", 0, 2},
    {"北京", 1, 10},   {"天津", 1, 5},     {"石家庄", 1, 3},  {"太原", 1, 2},    {"呼和浩特", 1, 1.5},
    {"广州", 2, 8},    {"深圳", 2, 9},     {"东莞", 2, 3.5},  {"佛山", 2, 3},    {"南宁", 2, 2.5},
    {"海口", 2, 1.5},  {"武汉", 3, 6},     {"长沙", 3, 4},    {"郑州", 3, 5},    {"南昌", 3, 2.5},
    {"成都", 4, 7},    {"重庆", 4, 7},     {"昆明", 4, 3},    {"贵阳", 4, 2.5},  {"拉萨", 4, 0.3},
    {"西安", 5, 5},    {"兰州", 5, 1.5},   {"乌鲁木齐", 5, 1.5}, {"银川", 5, 0.8}, {"西宁", 5, 0.6},
    {"沈阳", 6, 3.5},  {"大连", 6, 3},     {"哈尔滨", 6, 3},  {"长春", 6, 2.5},
};
inline constexpr int kCityCount = int(std::size(kCities));

enum CustomerType : quint8 { Consumer, Business, Channel, Internal };
inline constexpr std::string_view kTypesZh[] = {"消费者", "企业", "渠道分销商", "内部"};
inline constexpr std::string_view kTypesEn[] = {"consumer", "business", "channel", "internal"};
inline constexpr std::string_view kGenderZh[] = {"男", "女"};
inline constexpr std::string_view kGenderEn[] = {"male", "female"};

inline constexpr std::string_view kLifestyles[] = {"追求潮流", "注重品质", "精打细算", "居家务实",
                                            "户外运动"};
inline constexpr double kLifestyleSpend[] = {1.15, 1.6, 0.65, 0.9, 1.1};
inline constexpr double kLifestyleFrequency[] = {1.3, 0.9, 1.2, 1.0, 1.0};

inline constexpr std::string_view kPersonalities[] = {"外向", "内向", "理性", "感性", "谨慎", "冲动"};
inline constexpr double kPersonalitySpend[] = {1.05, 0.95, 1.0, 1.05, 0.9, 1.2};
inline constexpr std::array<std::array<double, 6>, 5> kPersonalityWeights = {{
    {3, 1, 1, 2, 0.5, 2},
    {1.5, 1.5, 2.5, 1.5, 1.5, 0.5},
    {1, 2, 2.5, 1, 3, 0.3},
    {1, 2.5, 1.5, 2, 2, 0.5},
    {3, 1, 1.5, 1.5, 1, 1},
}};

inline constexpr std::string_view kValues[] = {"家庭至上", "事业导向", "环保健康",
                                        "性价比优先", "品牌信赖", "享受生活"};
inline constexpr std::array<std::array<double, 6>, 5> kValueWeights = {{
    {0.5, 1, 0.7, 0.7, 1.5, 3},
    {1, 1.5, 1.2, 0.3, 3, 1.5},
    {1.5, 0.8, 0.8, 4, 0.3, 0.5},
    {3.5, 0.7, 1, 1.5, 0.8, 0.7},
    {1, 1, 3, 0.8, 0.8, 1.5},
}};

enum Interest { Travel, Food, Fitness, Reading, Gaming, Photography, Music, Gardening, Film, Pets };
inline constexpr std::string_view kInterests[] = {"旅行", "美食", "健身", "阅读", "游戏",
                                           "摄影", "音乐", "园艺", "电影", "宠物"};
inline constexpr std::array<std::array<double, 10>, 5> kInterestWeights = {{
    {1.5, 1.5, 1, 0.5, 2, 2, 3, 0.1, 2.5, 1},
    {2.5, 2, 1, 2, 0.5, 1.5, 1.5, 0.8, 1, 1},
    {0.5, 2.5, 0.5, 1.5, 1.5, 0.3, 1, 1, 2, 0.8},
    {0.5, 2.5, 0.5, 1, 0.7, 0.3, 0.8, 2.5, 1.5, 2},
    {3.5, 1, 4, 0.5, 0.5, 2, 1, 0.5, 0.5, 1},
}};
inline constexpr std::string_view kInterestSeparator = "、"; // Chinese enumeration comma, not ','

enum Category { Clothing, Digital, Home, Beauty, Groceries, Sports, Baby, Office, CategoryCount };
inline constexpr std::string_view kCategories[] = {"服装", "数码", "家居", "美妆",
                                            "食品", "运动", "母婴", "办公"};
inline constexpr std::string_view kMarginText[] = {"0.45", "0.12", "0.30", "0.55",
                                            "0.20", "0.35", "0.28", "0.22"};
inline constexpr double kMargin[] = {0.45, 0.12, 0.30, 0.55, 0.20, 0.35, 0.28, 0.22};
using CategoryWeights = std::array<double, CategoryCount>;
inline constexpr std::array<CategoryWeights, 5> kLifestyleCategories = {{
    {5, 3, 1, 4, 1.5, 1.5, 0.5, 0.3},
    {2, 3, 3, 3, 2, 1.5, 1, 0.5},
    {1.5, 1, 2.5, 1, 4, 1, 1.5, 0.5},
    {1, 1, 4, 1, 3.5, 0.7, 2, 0.5},
    {2, 2, 1, 0.7, 2, 5, 0.7, 0.3},
}};
inline constexpr CategoryWeights kBusinessCategories = {0.5, 3, 2, 0.3, 2, 0.5, 0.2, 5};
inline constexpr CategoryWeights kChannelCategories = {2, 2, 2, 2, 2, 1.5, 1, 1};

struct Product
{
    std::string_view name;
    int category;
    double price; // list price in yuan
};
inline constexpr Product kProducts[] = {
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
inline constexpr int kProductCount = int(std::size(kProducts));
inline constexpr int kProductsPerCategory = 8; // kProducts is grouped by category, 8 each
static_assert(kProductCount == kProductsPerCategory * CategoryCount);

inline constexpr std::string_view kChannels[] = {"门店", "官网", "小程序", "电商平台", "电话"};
using ChannelWeights = std::array<double, 5>;

inline constexpr std::string_view kPhonePrefixes[] = {
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "173", "176", "177", "178", "180", "181",
    "182", "183", "184", "185", "186", "187", "188", "189", "191", "198", "199"};

// Lines per order (1 to 4) by customer type: organisations buy several items at once.
inline constexpr std::array<std::array<double, 4>, 4> kLinesPerOrder = {{
    {0.55, 0.27, 0.12, 0.06},
    {0.35, 0.30, 0.20, 0.15},
    {0.20, 0.30, 0.25, 0.25},
    {0.55, 0.27, 0.12, 0.06},
}};
inline constexpr double kMeanOrderValue[] = {220, 800, 1500, 100}; // yuan, by type
inline constexpr double kTypeFrequency[] = {1.0, 0.9, 1.4, 0.8};
inline constexpr double kPriceLevel[] = {1.0, 1.0, 0.72, 0.8};    // wholesale and staff discounts
inline constexpr double kPremiumExponent[] = {0.5, 0.15, 0.1, 0.5}; // buy dearer vs. buy more
inline constexpr int kMaxQuantity[] = {12, 300, 2000, 6};
inline constexpr double kHighMaintenance[] = {0.03, 0.06, 0.08, 0.02};

inline ChannelWeights channelWeights(int type, int age)
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

} // namespace Segmenta::Demo
