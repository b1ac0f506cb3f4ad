# Simplified Chinese for the warehouse sample (core/warehousesample.cpp, warehousequery.cpp,
# warehouseimporter.cpp, warehousesource.cpp): beyond a limit of customers, a uniform sample
# plus exact totals computed on the server (issue 7).
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
}
