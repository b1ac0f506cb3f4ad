# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the segment editor's value warnings (core/segments/rules/ruletypecheck.cpp,
# ui/segmentspage.cpp): a rule value no customer has; the Export page's segments whose rule has an
# error (ui/exportpage.cpp).
ZH_CN = {
    "No customer has “%1” in “%2”.": "没有客户的“%2”为“%1”。",
    "No customer has “%1” in “%2”; did you mean “%3”?": "没有客户的“%2”为“%1”；您是不是要找“%3”？",
    "Warning: %1": "警告：%1",
    "%1 (rule error: %2)": "%1（规则错误：%2）",
}
