# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the RFM page and the Value & CLV page (ui/rfmpage.cpp,
# ui/lifetimepanel.cpp, ui/valuegroupspanel.cpp, ui/valuepage.cpp, ui/heatmapwidget.cpp), and
# (the shared chart pieces are in zh_cn_data_ui.py).
# Terms of docs/domain.md, "Chinese terms": 最近消费 (R), 消费频率 (F), 消费金额 (M), 购买可能性, 客户终身价值,
# 最具价值 / 最具成长性 / 低于零点, 忠诚 / 潜在 / 边缘 / 流失; P(alive) = 存活概率.
ZH_CN = {
    # Navigation
    "RFM": "RFM",
    "Value & CLV": "价值与客户终身价值",

    # Segmenta::RfmPage
    "RFM heatmap": "RFM 热力图",
    "RFM segments": "RFM 细分",
    "Every customer gets three scores from 1 to 5: recency (R, how recently they bought), frequency (F, how often) and monetary value (M, how much they spent). 5 is best: R = 5 are the most recent buyers. Click a cell or a bar to see its customers.":
        "每位客户有三个 1 到 5 的得分：最近消费（R，最近一次消费距今多近）、消费频率（F，多常购买）"
        "和消费金额（M，花了多少钱）。5 分最好：R = 5 是最近刚购买过的客户。点击单元格或条形即可查看对应的客户。",
    "<b>Cut points</b> (a value at or above a cut point moves to the next score): recency (days since the last purchase) %1; frequency %2; monetary %3. %L4 customers scored, %L5 without purchases not scored.":
        "<b>分界点</b>（取值达到或超过分界点即进入下一个得分）：最近消费（距最近一次购买的天数）%1；"
        "消费频率 %2；消费金额 %3。已评分 %L4 位客户，%L5 位没有购买记录的客户未评分。",
    "R %1": "R %1",
    "F %1": "F %1",
    "Recency × frequency, coloured by mean monetary value": "最近消费 × 消费频率，颜色表示平均消费金额",
    "Recency score (R)": "最近消费得分（R）",
    "Frequency score (F)": "消费频率得分（F）",
    "Mean monetary value": "平均消费金额",
    "R = %1, F = %2: no customers": "R = %1，F = %2：没有客户",
    "R = %1, F = %2: %L3 customers\nMean monetary value: %4\nMean recency: %5 days\nClick to see them.":
        "R = %1，F = %2：%L3 位客户\n平均消费金额：%4\n平均最近消费：%5 天\n点击查看这些客户。",
    "%1: %L2 customers (%3 % of those scored). Click to see them.":
        "%1：%L2 位客户（占已评分客户的 %3 %）。点击查看这些客户。",
    "No RFM segment": "无 RFM 细分",
    "%L1 scored customers whose R-F-M code no segment rule claims.":
        "%L1 位已评分客户的 R-F-M 代码不属于任何细分规则。",
    "R = %1, F = %2": "R = %1，F = %2",

    # Segmenta::LifetimePanel
    "Probability alive matrix": "存活概率矩阵",
    "Expected purchases matrix": "预期购买次数矩阵",
    "<b>Lifetime value could not be computed.</b> %1": "<b>无法计算客户终身价值。</b>%1",
    "days": "天",
    "weeks": "周",
    "months": "个月",
    "<b>Purchase model (BG/NBD)</b>: r = %1, α = %2, a = %3, b = %4 (time in %5); ":
        "<b>购买模型（BG/NBD）</b>：r = %1，α = %2，a = %3，b = %4（时间单位：%5）；",
    "the fit converged on %L1 customers, %L2 of whom bought again.":
        "拟合已收敛，共 %L1 位客户，其中 %L2 位有重复购买。",
    "<b>the fit did not converge</b>: %1": "<b>拟合未收敛</b>：%1",
    "<b>Spend model (Gamma-Gamma)</b>: p = %1, q = %2, γ = %3; ":
        "<b>消费金额模型（Gamma-Gamma）</b>：p = %1，q = %2，γ = %3；",
    "the fit converged on %L1 repeat buyers.": "拟合已收敛，共 %L1 位重复购买客户。",
    "Forecasts cover the next %1 %2. P(alive) is the probability that a customer still buys from you; customers top right in the matrices bought often and recently.":
        "预测覆盖未来 %1 %2。存活概率是客户仍在向您购买的可能性；矩阵右上方的客户购买频繁且最近刚购买过。",
    "Frequency: repeat purchases (x)": "消费频率：重复购买次数（x）",
    "Recency: %1 from the first to the last purchase (t_x)": "最近消费：从首次到最近一次购买经过的%1（t_x）",
    "Frequency %1, recency %2 %3: no customers": "消费频率 %1，最近消费 %2 %3：没有客户",
    "Frequency %1, recency %2 %3: %L4 customers\nMean probability alive: %5\nMean expected purchases in the next %6 %3: %7\nClick to see them.":
        "消费频率 %1，最近消费 %2 %3：%L4 位客户\n平均存活概率：%5\n未来 %6 %3内的平均预期购买次数：%7\n点击查看这些客户。",
    "Probability alive by frequency and recency": "按消费频率和最近消费划分的存活概率",
    "Mean P(alive)": "平均存活概率",
    "Expected purchases in the next %1 %2": "未来 %1 %2内的预期购买次数",
    "Mean expected purchases": "平均预期购买次数",
    "Frequency %1, recency %2": "消费频率 %1，最近消费 %2",

    # Segmenta::ValueGroupsPanel
    "Value groups by customers": "各价值组的客户数",
    "Value groups by profit": "各价值组的利润",
    "Lifecycle stages": "生命周期阶段",
    "Most valuable": "最具价值",
    "Most growable": "最具成长性",
    "Other profitable": "其他盈利客户",
    "Below zero": "低于零点",
    "Potential": "潜在",
    "Marginal": "边缘",
    "Churned": "流失",
    "Profit is gross profit minus cost to serve. <b>Most valuable</b>: the top %1 % of the profitable customers by profit; <b>most growable</b>: the next %2 % with the largest growth potential (%3); <b>below zero</b>: customers who cost more than they bring. Total profit %4.":
        "利润 = 毛利 − 服务成本。<b>最具价值</b>：按利润排名前 %1 % 的盈利客户；<b>最具成长性</b>："
        "其后成长潜力最大的 %2 %（%3）；<b>低于零点</b>：服务成本高于所带来毛利的客户。总利润 %4。",
    "predicted lifetime value above present profit": "预测的客户终身价值高于当前利润",
    "from the spending trend": "依据消费趋势",
    "%1: %L2 customers (%3 %), profit %4 (%5 % of the total). Click to see them.":
        "%1：%L2 位客户（%3 %），利润 %4（占总利润的 %5 %）。点击查看这些客户。",
    "Value groups: customers": "价值组：客户数",
    "Value groups: profit": "价值组：利润",
    "%1: %L2 customers (%3 %), revenue %4. Click to see them.":
        "%1：%L2 位客户（%3 %），收入 %4。点击查看这些客户。",
    "Lifecycle stages (with the probability alive)": "生命周期阶段（参考存活概率）",

    # Segmenta::ValuePage
    "Lifetime value": "客户终身价值",
    "Value groups and lifecycle": "价值组与生命周期",



    # Segmenta::BacktestPanel
    "Backtest": "回测",
    "Backtest by frequency": "按消费频率的回测",
    "Backtest tracking": "回测跟踪曲线",
    "The data covers too short a time for a backtest (at least %1 days are needed).":
        "数据覆盖的时间太短，无法回测（至少需要 %1 天）。",
    "Testing the purchase model on the past: fitting it on the orders before %1…":
        "正在用历史数据检验购买模型：用 %1 之前的订单拟合…",
    "<b>No backtest</b>: %1": "<b>无法回测</b>：%1",
    "<b>Backtest</b>: the purchase model, fitted on the orders before %1, expected the %L2 customers who had bought by then to make <b>%3</b> repeat purchases from %1 to %4; they made <b>%L5</b> (forecast error %6 %). %7":
        "<b>回测</b>：用 %1 之前的订单拟合的购买模型预计，此前已购买过的 %L2 位客户在 %1 至 %4 期间"
        "会重复购买 <b>%3</b> 次；实际为 <b>%L5</b> 次（预测误差 %6 %）。%7",
    "The fit converged.": "拟合已收敛。",
    "The fit did not converge: %1": "拟合未收敛：%1",
    "Repeat purchases in the holdout, by purchases before it": "检验期内的重复购买，按检验期前的购买次数分组",
    "Actual": "实际",
    "Expected": "预期",
    "%1+": "%1+",
    "Repeat purchases before %1": "%1 之前的重复购买次数",
    "Mean repeat purchases in the holdout": "检验期内的平均重复购买次数",
    "%L1 customers: %2 repeat purchases each on average, %3 expected. Click to see them.":
        "%L1 位客户：平均每人重复购买 %2 次，预期 %3 次。点击查看这些客户。",
    "Cumulative repeat purchases": "累计重复购买次数",
    "Start of the holdout": "检验期开始",
    "Days": "天数",
    "Weeks": "周数",
    "Months": "月数",
    "%1 since %2": "%2 以来的%1",
    "Repeat purchases": "重复购买次数",
    "%1 %2: %3 repeat purchases": "%1 %2：重复购买 %3 次",
    "%1 repeat purchases before %2": "%2 之前重复购买 %1 次",
}
