# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the words and numbers of the pages (ui/numberformat.cpp, ui/termnames.cpp,
# the lifetime-value panel, the plural messages). Terms of docs/domain.md, "Chinese terms":
# 最近消费 / 消费频率 / 消费金额. The model's t_x is 首次与末次购买的间隔, never 最近消费.
ZH_CN = {
    # Plural messages (%n): Chinese has one form.
    "%1: %Ln customers. Click a column header to sort.": "%1：%Ln 位客户。点击列标题可排序。",
    "%1 customers on %n lists in %2.": "%1 位客户，共 %n 份名单，位于 %2。",
    "%n findings to look at before the lists go to sales.":
        "名单交给销售人员之前，有 %n 个问题需要查看。",
    "%n segments with a rule error are left out.": "%n 个规则有错误的细分未计入。",
    # Segmenta::LifetimePanel
    "<b>Purchase model (BG/NBD)</b>, time in %1: r = %2 and α = %3 say how often active customers "
    "buy (on average %4 purchases per %5); a = %6 and b = %7 how soon they stop (after each "
    "purchase %8 of customers stop buying); ":
        "<b>购买模型（BG/NBD）</b>，时间单位：%1。r = %2 和 α = %3 表示活跃客户购买的频繁程度"
        "（平均每%5购买 %4 次）；a = %6 和 b = %7 表示客户多快停止购买（每次购买后有 %8 的客户不再购买）；",
    "day": "天",
    "week": "周",
    "month": "月",
    "<b>Spend model (Gamma-Gamma)</b>: p = %1 says how much one customer's orders vary around "
    "their own average, q = %2 and γ = %3 how much those averages differ between customers (an "
    "average order of about %4); ":
        "<b>消费金额模型（Gamma-Gamma）</b>：p = %1 表示同一位客户的各笔订单围绕其自身平均值的波动程度，"
        "q = %2 和 γ = %3 表示不同客户的平均订单金额相差多少（平均每笔订单约 %4）；",
    "Repeat purchases (x)": "重复购买次数（x）",
    "Time between first and last purchase, in %1 (t_x)": "首次与末次购买的间隔（%1，t_x）",
    "%1 repeat purchases, %2 %3 between first and last purchase: no customers":
        "重复购买 %1 次，首次与末次购买间隔 %2 %3：没有客户",
    "%1 repeat purchases, %2 %3 between first and last purchase: %L4 customers\n"
    "Mean probability alive: %5\n"
    "Mean expected purchases in the next %6 %3: %7\nClick to see them.":
        "重复购买 %1 次，首次与末次购买间隔 %2 %3：%L4 位客户\n"
        "平均存活概率：%5\n"
        "未来 %6 %3 的平均预期购买次数：%7\n点击查看这些客户。",
    "Probability alive by repeat purchases and time between first and last purchase":
        "按重复购买次数和首次与末次购买间隔划分的存活概率",
    # Segmenta::Analysis: the models' symbols as on the Value & CLV page.
    "The purchase model did not converge: the estimates ran off to a boundary (r = %1, α = %2, a = %3, b = %4), so the data do not pin the model down; %5 of %6 customers are repeat buyers.":
        "购买模型未收敛：估计值趋向边界（r = %1，α = %2，a = %3，b = %4），说明数据不足以确定模型；"
        "%6 位客户中有 %5 位是重复购买客户。",
    "The spend model did not converge: the estimates ran off to a boundary (p = %1, q = %2, γ = %3); spend per purchase may vary too little between or within customers.":
        "消费金额模型未收敛：估计值趋向边界（p = %1，q = %2，γ = %3）；每次购买的消费金额在客户之间或同一客户内部的差异可能太小。",
    # Segmenta::TableBrowser: 空 is the filter word for empty cells in Chinese (RowFilter).
    "text, = exact, > 100, 10..20, 2024-03, or blank": "文字、= 精确、> 100、10..20、2024-03 或 空",
    # Segmenta::TermNames
    "Intercept": "截距",
    "Recency (log)": "最近消费（对数）",
    "Frequency (log)": "消费频率（对数）",
    "Monetary value (log)": "消费金额（对数）",
    "%1. PC1 is mostly %2; PC2 mostly %3.": "%1。PC1 主要反映%2；PC2 主要反映%3。",
    "%1 and %2": "%1和%2",
    "recency": "最近消费",
    "frequency": "消费频率",
    "monetary value": "消费金额",
    ", ": "、",
}
