# SPDX-License-Identifier: GPL-3.0-or-later
# Chinese (Simplified) for the names of computed measures and target list columns as the
# Export page lists them (ui/fieldnames.cpp). Words of docs/domain.md, "Chinese terms".
ZH_CN = {
    "Recency": "最近消费",
    "Frequency": "消费频率",
    "Monetary value": "消费金额",
    "Monetary score (M)": "消费金额得分（M）",
    "RFM segment": "RFM 细分",
    "Value tier": "价值层级",
    "Value group": "价值组",
    "Lifecycle stage": "生命周期阶段",
    "Probability alive": "存活概率",
    "Growth": "成长性",
    "Spending trend": "消费趋势",
    "Offer": "推荐产品",
    "Message": "话术",
    "Owner": "负责人",
    "Expected value": "预期价值",
}
