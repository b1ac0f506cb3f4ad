# SPDX-License-Identifier: GPL-3.0-or-later
# -*- coding: utf-8 -*-
"""Simplified Chinese for "why this segment" (ui/segmentexplanationdialog.cpp, the customer list
and the Segments page), the Health page's busy state and the drivers chart's confidence
intervals. Terms per docs/domain.md, "Chinese terms" (segment = 细分, customer list = 客户名单)."""
ZH_CN = {
    # Why this segment
    "(missing)": "（缺失）",
    "Why This Segment": "为何属于此细分",
    "Why This Segment?": "为何属于此细分？",
    "Why This Segment: %1": "为何属于此细分：%1",
    "Segment and condition": "细分与条件",
    "Result": "结果",
    "Customer's value": "客户的值",
    "The segments have not been counted yet; try again in a moment.":
        "细分尚未统计完成，请稍后再试。",
    "No customer has the id “%1”.": "没有客户编号为“%1”的客户。",
    "Customer <b>%1</b> is in no segment: there are no segments yet.":
        "客户 <b>%1</b> 不属于任何细分：目前还没有细分。",
    "Customer <b>%1</b> is in no segment: no rule matches.":
        "客户 <b>%1</b> 不属于任何细分：没有规则匹配。",
    "Customer <b>%1</b> is in <b>%2</b>: the first segment in priority order whose rule matches.":
        "客户 <b>%1</b> 属于 <b>%2</b>：按优先级顺序第一个规则匹配的细分。",
    "%1. %2": "%1. %2",
    "Rule error: left out": "规则有错误：未计入",
    "Matched: the customer is here": "匹配：客户属于此细分",
    "Matched, but a segment above came first": "匹配，但优先级更高的细分已先占用",
    "Did not match": "不匹配",
    "Held": "成立",
    "Failed": "不成立",
    "%1 = %2": "%1 = %2",
    "Which segment the selected customer is in, the rules tried in priority order and which of their conditions held.":
        "所选客户属于哪个细分、按优先级依次检查的规则，以及其中哪些条件成立。",
    "Customer id": "客户编号",
    "Type a customer id and press Enter to see which segment the customer is in and why.":
        "输入客户编号并按回车，查看该客户属于哪个细分及原因。",
    "Show Customers…": "显示客户…",
    # Health page
    "Checking the segments…": "正在检查细分…",
    # Drivers chart
    "95 % confidence interval": "95% 置信区间",
}
