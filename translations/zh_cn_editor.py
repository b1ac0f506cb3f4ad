# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the segment editor's value warnings (core/segments/rules/ruletypecheck.cpp,
# ui/segmentspage.cpp): a rule value no customer has.
ZH_CN = {
    "No customer has “%1” in “%2”.": "没有客户的“%2”为“%1”。",
    "No customer has “%1” in “%2”; did you mean “%3”?": "没有客户的“%2”为“%1”；您是不是要找“%3”？",
    "Warning: %1": "警告：%1",
}
