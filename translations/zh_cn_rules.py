# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the segment rule language (core/segments/rules/rule*.cpp,
# core/segments/segmentassignment.cpp). Keywords of the language (and, or, not, in, between,
# contains, starts with, is missing, date) stay in English: they are what the user types.
ZH_CN = {
    "Position %1: the text that starts here has no closing quote.":
        "第 %1 个字符：从这里开始的文本缺少结尾的引号。",
    "Position %1: the field name that starts here has no closing “]”.":
        "第 %1 个字符：从这里开始的字段名缺少结尾的“]”。",
    "Position %1: the brackets hold no field name.":
        "第 %1 个字符：方括号中没有字段名。",
    "Position %1: “%2” is not part of the rule language.":
        "第 %1 个字符：“%2”不是规则语言的一部分。",
    "Position %1: the rule is empty; write a condition such as tier = \"gold\".":
        "第 %1 个字符：规则为空；请写一个条件，例如 tier = \"gold\"。",
    "Position %1: expected “and”, “or” or the end of the rule, found “%2”.":
        "第 %1 个字符：此处应为“and”、“or”或规则结尾，实际为“%2”。",
    "Position %1: expected a condition after “%2”, found the end of the rule.":
        "第 %1 个字符：“%2”之后应有一个条件，但规则已结束。",
    "Position %1: expected “)” to close the “(” at position %2, found the end of the rule.":
        "第 %1 个字符：应有“)”来闭合第 %2 个字符处的“(”，但规则已结束。",
    "Position %1: expected “)” to close the “(” at position %2, found “%3”.":
        "第 %1 个字符：应有“)”来闭合第 %2 个字符处的“(”，实际为“%3”。",
    "Position %1: no field is called “%2”.":
        "第 %1 个字符：没有名为“%2”的字段。",
    "Position %1: no field is called “%2”; did you mean “%3”?":
        "第 %1 个字符：没有名为“%2”的字段；您是否指的是“%3”？",
    "Position %1: expected a field name, found “%2”.":
        "第 %1 个字符：此处应为字段名，实际为“%2”。",
    "Position %1: expected in, between, contains or starts with after “not”, found the end of "
    "the rule.":
        "第 %1 个字符：“not”之后应为 in、between、contains 或 starts with，但规则已结束。",
    "Position %1: expected in, between, contains or starts with after “not”, found “%2”.":
        "第 %1 个字符：“not”之后应为 in、between、contains 或 starts with，实际为“%2”。",
    "Position %1: expected “and” between the two bounds of “between”, found the end of the rule.":
        "第 %1 个字符：“between”的两个边界之间应有“and”，但规则已结束。",
    "Position %1: expected “and” between the two bounds of “between”, found “%2”.":
        "第 %1 个字符：“between”的两个边界之间应有“and”，实际为“%2”。",
    "Position %1: expected “with” after “starts”, found the end of the rule.":
        "第 %1 个字符：“starts”之后应为“with”，但规则已结束。",
    "Position %1: expected “with” after “starts”, found “%2”.":
        "第 %1 个字符：“starts”之后应为“with”，实际为“%2”。",
    "Position %1: expected “missing” after “%2”, found the end of the rule.":
        "第 %1 个字符：“%2”之后应为“missing”，但规则已结束。",
    "Position %1: expected “missing” after “%2”, found “%3”.":
        "第 %1 个字符：“%2”之后应为“missing”，实际为“%3”。",
    "Position %1: expected a comparison such as =, <, between, in, contains or is missing after "
    "“%2”, found the end of the rule.":
        "第 %1 个字符：“%2”之后应有比较，例如 =、<、between、in、contains 或 is missing，"
        "但规则已结束。",
    "Position %1: expected a comparison such as =, <, between, in, contains or is missing after "
    "“%2”, found “%3”.":
        "第 %1 个字符：“%2”之后应有比较，例如 =、<、between、in、contains 或 is missing，"
        "实际为“%3”。",
    "Position %1: expected a quoted date such as \"2024-03-01\" after “date”, found the end of "
    "the rule.":
        "第 %1 个字符：“date”之后应为带引号的日期，例如 \"2024-03-01\"，但规则已结束。",
    "Position %1: expected a quoted date such as \"2024-03-01\" after “date”, found “%2”.":
        "第 %1 个字符：“date”之后应为带引号的日期，例如 \"2024-03-01\"，实际为“%2”。",
    "Position %1: expected a value after “%2”, found the end of the rule.":
        "第 %1 个字符：“%2”之后应有一个值，但规则已结束。",
    "Position %1: expected a value after “%2”, found “%3”.":
        "第 %1 个字符：“%2”之后应有一个值，实际为“%3”。",
    "Position %1: expected “(” and a list of values after “%2”, found the end of the rule.":
        "第 %1 个字符：“%2”之后应为“(”和值列表，但规则已结束。",
    "Position %1: expected “(” and a list of values after “%2”, found “%3”.":
        "第 %1 个字符：“%2”之后应为“(”和值列表，实际为“%3”。",
    "Position %1: expected “,” or “)” in the list of values, found the end of the rule.":
        "第 %1 个字符：值列表中此处应为“,”或“)”，但规则已结束。",
    "Position %1: expected “,” or “)” in the list of values, found “%2”.":
        "第 %1 个字符：值列表中此处应为“,”或“)”，实际为“%2”。",
    "Position %1: “%2” works on text only, and “%3” is not text.":
        "第 %1 个字符：“%2”只能用于文本，而“%3”不是文本。",
    "Position %1: “%2” is a number; compare it with a number without quotes, such as 100.":
        "第 %1 个字符：“%2”是数字；请与不带引号的数字比较，例如 100。",
    "Position %1: “%2” is a date; compare it with a date such as date \"2024-03-01\".":
        "第 %1 个字符：“%2”是日期；请与日期比较，例如 date \"2024-03-01\"。",
    "Position %1: “%2” is not a date; write dates year first, such as \"2024-03-01\".":
        "第 %1 个字符：“%2”不是日期；日期请以年份开头，例如 \"2024-03-01\"。",
    "Position %1: “%2” is text and has no order; use =, !=, in, contains or starts with.":
        "第 %1 个字符：“%2”是文本，没有大小顺序；请使用 =、!=、in、contains 或 starts with。",
    "Position %1: “%2” is text; compare it with a quoted value such as \"%3\".":
        "第 %1 个字符：“%2”是文本；请与带引号的值比较，例如 \"%3\"。",
    "Position %1: “%2” is not a value of “%3”; the values are: %4.":
        "第 %1 个字符：“%2”不是“%3”的取值；可用的取值为：%4。",
    "Position %1: the lower bound %2 is above the upper bound %3.":
        "第 %1 个字符：下限 %2 大于上限 %3。",
    "Position %1: the rule nests brackets and “not” more than %2 levels deep; write it with fewer levels.":
        "第 %1 个字符：规则中括号和“not”的嵌套超过 %2 层；请减少嵌套层数。",
    "Segment “%1”, position %2: %3":
        "细分“%1”，第 %2 个字符：%3",
    "Assigning customers to segments was cancelled.":
        "客户细分分配已取消。",
}
