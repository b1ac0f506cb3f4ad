// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/listlanguage.h"

#include "analysis/measures/measurevaluenames.h"

#include <QStringView>

namespace Segmenta {

namespace {

// English, Simplified, Traditional.
struct Names
{
    const char16_t *code;
    const char16_t *names[3];
};

const Names kHeaders[] = {
    {u"id", {u"Customer ID", u"客户编号", u"客戶編號"}},
    {u"name", {u"Name", u"姓名", u"姓名"}},
    {u"phone", {u"Phone", u"电话", u"電話"}},
    {u"email", {u"Email", u"邮箱", u"郵箱"}},
    {u"region", {u"Region", u"地区", u"地區"}},
    {u"segment", {u"Segment", u"客户群", u"客戶群"}},
    {u"offer", {u"Offer", u"优惠", u"優惠"}},
    {u"message", {u"Message", u"话术", u"話術"}},
    {u"owner", {u"Owner", u"负责人", u"負責人"}},
    {u"channel", {u"Channel", u"渠道", u"渠道"}},
    {u"purchase_probability", {u"Purchase probability", u"购买概率", u"購買概率"}},
    {u"p_alive", {u"Probability still active", u"仍活跃概率", u"仍活躍概率"}},
    {u"expected_value", {u"Expected value", u"预期价值", u"預期價值"}},
    {u"clv", {u"Customer lifetime value", u"客户终身价值", u"客戶終身價值"}},
    {u"monetary", {u"Amount spent", u"消费金额", u"消費金額"}},
    {u"profit", {u"Profit", u"利润", u"利潤"}},
    {u"recency", {u"Days since last purchase", u"距上次购买天数", u"距上次購買天數"}},
    {u"frequency", {u"Purchases", u"购买次数", u"購買次數"}},
    {u"r", {u"R score", u"R 评分", u"R 評分"}},
    {u"f", {u"F score", u"F 评分", u"F 評分"}},
    {u"m", {u"M score", u"M 评分", u"M 評分"}},
    {u"growth", {u"Growth", u"增长", u"增長"}},
    {u"trend", {u"Spending trend", u"消费趋势", u"消費趨勢"}},
    {u"tier", {u"Value tier", u"价值等级", u"價值等級"}},
    {u"lifecycle", {u"Lifecycle stage", u"生命周期阶段", u"生命週期階段"}},
    {u"value_group", {u"Value group", u"价值群组", u"價值群組"}},
    {u"rfm_segment", {u"RFM segment", u"RFM 分群", u"RFM 分群"}},
    {u"cluster", {u"Cluster", u"聚类", u"聚類"}},
};

// Values of any column (yes/no); the measures' values are MeasureValueNames'.
struct ValueNames
{
    const char16_t *value;
    const char16_t *names[3];
};

const ValueNames kValues[] = {
    {u"yes", {u"Yes", u"是", u"是"}},
    {u"no", {u"No", u"否", u"否"}},
    {u"true", {u"Yes", u"是", u"是"}},
    {u"false", {u"No", u"否", u"否"}},
};

} // namespace

bool ListLanguage::fromCode(const QString &code, Language &language)
{
    QString c = code.trimmed().toLower();
    c.replace(u'-', u'_');
    if (c == u"en")
        language = Language::English;
    else if (c == u"zh_cn")
        language = Language::SimplifiedChinese;
    else if (c == u"zh_tw")
        language = Language::TraditionalChinese;
    else
        return false;
    return true;
}

QString ListLanguage::code(Language language)
{
    switch (language) {
    case Language::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case Language::TraditionalChinese:
        return QStringLiteral("zh_TW");
    case Language::English:
        break;
    }
    return QStringLiteral("en");
}

bool ListLanguage::styleFromName(const QString &name, HeaderStyle &style)
{
    const QString n = name.trimmed().toLower();
    if (n == u"codes")
        style = HeaderStyle::Codes;
    else if (n == u"names")
        style = HeaderStyle::Names;
    else
        return false;
    return true;
}

QString ListLanguage::styleName(HeaderStyle style)
{
    return style == HeaderStyle::Codes ? QStringLiteral("codes") : QStringLiteral("names");
}

ListLanguage::Unit ListLanguage::unit(const QString &column)
{
    if (column == u"purchase_probability" || column == u"p_alive")
        return Unit::Probability;
    if (column == u"expected_value" || column == u"clv" || column == u"monetary"
        || column == u"profit")
        return Unit::Money;
    return Unit::None;
}

QString ListLanguage::header(const QString &column, Language language, const QString &currency)
{
    QString out = column;
    for (const Names &n : kHeaders)
        if (column == QStringView(n.code))
            out = QString::fromUtf16(n.names[int(language)]);
    switch (unit(column)) {
    case Unit::Probability:
        return out + QStringLiteral(" (%)");
    case Unit::Money:
        return currency.isEmpty() ? out : out + QStringLiteral(" (") + currency + u')';
    case Unit::None:
        break;
    }
    return out;
}

QString ListLanguage::value(const QString &column, const QString &value, Language language)
{
    if (const MeasureValueNames::Entry *e = MeasureValueNames::find(column, value)) {
        const char16_t *names[3] = {e->english, e->simplified, e->traditional};
        return QString::fromUtf16(names[int(language)]);
    }
    for (const ValueNames &v : kValues)
        if (value.compare(QStringView(v.value), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(v.names[int(language)]);
    return {};
}

} // namespace Segmenta
