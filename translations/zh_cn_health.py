# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the health checks (core/segments/segmenthealth.cpp, docs/health-checks.md)
# and the snapshots (core/segments/segmentsnapshot.cpp, core/project/snapshotstore.cpp,
# core/segments/migrationmatrix.cpp). Terms of docs/domain.md, "Chinese terms": 细分 (segment), 价值层级,
# 白金 / 黄金 / 铁 / 铅, 购买可能性. Field names inside parentheses (growth, trend, ...) are what users type in
# rules: kept.
ZH_CN = {
    # Segmenta::Health
    "The project has no segments yet: define segments, each with an objective, before planning campaigns.":
        "项目还没有细分：在策划营销活动之前，请先定义细分，并为每个细分写明目标。",
    "Customers are not each in exactly one segment: %1 customers, but %2 assigned plus %3 unassigned, %4 invalid segment numbers and %5 segment counts that do not match. A customer could appear on two target lists.":
        "并非每位客户都恰好属于一个细分：共 %1 位客户，但已分配 %2 位、未分配 %3 位，"
        "另有 %4 个无效的细分编号和 %5 个不一致的细分人数。同一位客户可能出现在两份目标客户名单上。",
    "The segmentation has never been used: no target list was exported from its %1 segments.":
        "这套客户细分从未被使用：它的 %1 个细分都还没有导出过目标客户名单。",
    "The segments were last refreshed on %1, %2 days before %3 (more than %4 days): customers have moved since.":
        "细分最近一次更新是在 %1，距 %3 已有 %2 天（超过 %4 天）：客户此后已经发生了变化。",
    "The data is stale: the last order is from %1, %2 days before %3 (more than %4 days). Import recent orders before acting on these segments.":
        "数据已过时：最近一笔订单是 %1，距 %3 已有 %2 天（超过 %4 天）。"
        "请先导入最新订单，再根据这些细分采取行动。",
    "%1 % of the customers (%2 of %3) are in no segment (more than %4 %): give them a segment of their own or widen the rules.":
        "%1 % 的客户（%3 位中的 %2 位）不属于任何细分（超过 %4 %）：请为他们单独设立一个细分，或放宽规则。",
    "%1 of the %2 platinum and gold customers (%3 %) are declining, but no segment rule uses a growth measure (growth, trend, lifecycle, value_group, p_alive, purchase_probability, clv).":
        "%2 位白金和黄金客户中有 %1 位（%3 %）正在衰退，但没有任何细分规则使用成长性指标"
        "（growth、trend、lifecycle、value_group、p_alive、purchase_probability、clv）。",
    "Frequent low-asset customers bring %1 % of the profit (%2 customers), but %3 % of them sit in the iron or lead tier.":
        "高频低资产客户带来了 %1 % 的利润（%2 位客户），但其中 %3 % 处于铁或铅价值层级。",
    "Segment “%1” has no objective: write down what it is for and what sales should achieve with it.":
        "细分“%1”没有目标：请写明它的用途，以及销售要通过它达成什么。",
    "Segment “%1” has no customers: its rule matches nobody.":
        "细分“%1”没有客户：它的规则没有匹配到任何人。",
    "Segment “%1” has no customers: the %2 customers its rule matches are all taken by segments above it.":
        "细分“%1”没有客户：它的规则匹配到的 %2 位客户都已被排在它前面的细分占用。",
    "Segment “%1” is defined only by the product bought (%2): it labels products, not customers.":
        "细分“%1”只按购买的产品类型划分（%2）：它识别的是产品，而不是客户。",
    "Segment “%1” is defined only by assets (%2): assets show the ability to pay, not the wish to buy.":
        "细分“%1”只按资产划分（%2）：资产反映的是支付能力，而不是购买意愿。",
    "Segment “%1” is defined only by signup date (%2): when customers arrived says little about what they need.":
        "细分“%1”只按注册时间划分（%2）：客户何时到来，很难说明他们需要什么。",
    "Segment “%1” plans for a %2 % response, but its customers' mean purchase probability is %3 % and %4 % of them bought in the last %5 days.":
        "细分“%1”预计的响应率为 %2 %，但其客户的平均购买可能性为 %3 %，"
        "最近 %5 天内购买过的客户占 %4 %。",
    "Segment “%1” plans for a %2 % response, but only %3 % of its customers bought in the last %4 days.":
        "细分“%1”预计的响应率为 %2 %，但最近 %4 天内只有 %3 % 的客户购买过。",
    # Segmenta::Project (snapshots)
    "A snapshot needs customer ids, and this project has none.":
        "快照需要客户编号，而这个项目没有客户编号。",
    "The segments or tiers do not match the %1 customers of the project: run the analysis again before taking a snapshot.":
        "细分或价值层级与项目的 %1 位客户不一致：请重新运行分析后再保存快照。",
    "The customer ids are too long to keep in a snapshot.":
        "客户编号太长，无法保存在快照中。",
    "The project file is damaged (snapshot %1).":
        "项目文件已损坏（快照 %1）。",
    "There is no snapshot with the number %1.":
        "没有编号为 %1 的快照。",
    "Snapshot “%1” lists the customer “%2” twice.":
        "快照“%1”中客户“%2”出现了两次。",
}
