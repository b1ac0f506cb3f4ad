# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the target-list export (context Segmenta::Export); merged by update.py.
# Terms per docs/domain.md, "Chinese terms": target list = 目标客户名单, segment = 细分, purchase
# probability = 购买可能性.
ZH_CN = {
    "The suppression list “%1” cannot be read: %2":
        "无法读取排除名单“%1”：%2",
    "The target list has no column “%1”: name a customer column, a computed measure or one of "
    "segment, offer, message, owner, channel, id, expected_value.":
        "目标客户名单没有“%1”这一列：请填写客户列、计算指标，或 segment、offer、message、owner、"
        "channel、id、expected_value 之一。",
    "The target list has no columns.":
        "目标客户名单没有任何列。",
    "The export was cancelled; no file was changed.":
        "导出已取消，没有文件被更改。",
    "The segment assignment does not match the customers (%1 assigned, %2 customers); assign the "
    "segments again.":
        "细分分配与客户不一致（已分配 %1 个，客户 %2 个）；请重新分配细分。",
    "The project has no segments to export.":
        "该项目没有可导出的细分。",
    "There is no segment “%1”.":
        "没有名为“%1”的细分。",
    "Customer “%1” would be on two target lists (“%2” and “%3”); nothing was exported.":
        "客户“%1”会同时出现在两份目标客户名单中（“%2”和“%3”）；未导出任何内容。",
    "The segment “%1” has %2 customers, more than a worksheet holds; export it as CSV.":
        "细分“%1”有 %2 位客户，超过一个工作表的容量；请导出为 CSV。",
    "The folder “%1” cannot be created.":
        "无法创建文件夹“%1”。",
}
