# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the warehouse sample (core/data/customersample.cpp,
# core/warehouse/warehousequery.cpp, warehouseimporter.cpp, warehousesource.cpp): beyond a
# limit of customers, a uniform sample plus exact totals computed on the server.
ZH_CN = {
    # Segmenta::Warehouse
    "The largest number of customers to bring over must be 0 (no limit) or more.":
        "要导入的客户数上限必须为 0（不限）或更大。",
    "Per-customer results come from a uniform sample of %1 of the %2 customers (%3 %). The numbers of customers and orders, the revenue, the 80/20 figures and the pyramid by revenue were computed on the server over all of them.":
        "逐个客户的结果来自从 %2 位客户中均匀随机抽取的 %1 位客户样本（%3%）。客户数、订单数、收入、二八法则的各项数字以及按收入划分的客户金字塔，都是在服务器上基于全部客户计算的。",
    "The record of the warehouse sample is damaged.":
        "数据仓库样本的记录已损坏。",
    "The warehouse returned totals Segmenta cannot read.":
        "数据仓库返回的汇总数字无法被 Segmenta 读取。",
    # Segmenta::OverviewPage
    "<p>Exact over all <b>%L1</b> customers on the server: <b>%L2</b> orders, revenue <b>%3</b>, Gini <b>%4</b>; the top 20 % bring <b>%5 %</b> of the value; <b>%L6</b> customers make up 80 % of it.</p>":
        "<p>服务器上全部 <b>%L1</b> 位客户的精确数字：订单 <b>%L2</b> 笔，收入 <b>%3</b>，基尼系数 <b>%4</b>；前 20% 的客户带来 <b>%5%</b> 的价值；<b>%L6</b> 位客户贡献了 80% 的价值。</p>",
}
