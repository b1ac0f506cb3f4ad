# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for lines in another encoding than the file's and for implausible dates
# (core/import/tableimportworker.cpp, core/import/importeddates.cpp) and for an analysis date
# no order supports (core/analysis/customeranalysis.cpp).
ZH_CN = {
    "Line %1 is not valid UTF-8 (the file is read as UTF-8).":
        "第 %1 行不是有效的 UTF-8（该文件按 UTF-8 读取）。",
    "“%1” is outside the dates accepted (%2 to %3): a placeholder or a typing error.":
        "“%1”超出可接受的日期范围（%2 至 %3）：可能是占位值或输入错误。",
    "The analysis date falls after 9999-12-31, where no real order lies. Import the orders again or choose an earlier analysis date.":
        "分析日期晚于 9999-12-31，那里不可能有真实订单。请重新导入订单，或选择更早的分析日期。",
    "No order lies before the analysis date %1: the first order is on %2. Choose a later date.":
        "分析日期 %1 之前没有任何订单：第一笔订单在 %2。请选择更晚的日期。",
}
