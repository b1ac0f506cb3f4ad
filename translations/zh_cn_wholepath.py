# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the project currency (ui/currencydialog.cpp, File menu) and the
# Export page's Alt+letters.
ZH_CN = {
    "Project C&urrency…": "项目货币(&U)…",
    "Project Currency": "项目货币",
    "Money is shown with this sign on the pages, in the workshop report and in the target lists. "
    "Leave it empty for the sign of your language's country.":
        "页面、研讨会报告和目标客户名单中的金额均带此符号。留空则使用您所用语言对应国家的货币符号。",
    "&Currency sign:": "货币符号(&C)：",
    # Export page: Alt+letters clear of the menu bar's (ui/exportpage.cpp).
    "List lan&guage:": "名单语言(&G)：",
    "F&older:": "文件夹(&O)：",
    "E&xport Target Lists": "导出目标客户名单(&X)",
}
