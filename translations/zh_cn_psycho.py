# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the groups on chosen attributes (core/analysis/clusters/
# attributeclustering.cpp, clusterfeatures.cpp, groupprofile.cpp; docs/clusters.md).
ZH_CN = {
    "%1 customers have no “%2”; they are kept, clustered at its mean and shown as missing.":
        "%1 位客户没有“%2”；他们仍保留在内，按平均值参与聚类，并显示为缺失。",
    "%1 customers have no “%2”; they are kept, with “missing” as their value.":
        "%1 位客户没有“%2”；他们仍保留在内，取值记为“缺失”。",
    "The best mean silhouette is %1, below %2: these attributes show no clear groups, and the "
    "groups below are cuts through a continuum rather than types of customer.":
        "最佳平均轮廓系数为 %1，低于 %2：这些属性没有呈现明显的群组，下面的各组只是对连续分布的切分，"
        "而不是不同类型的客户。",
    "k was chosen on a random sample of %1 of the %2 customers (fixed seed); the groups cover "
    "every customer.":
        "k 是在 %2 位客户中随机抽取的 %1 位样本上选定的（固定种子）；分组覆盖全部客户。",
    "No customer attribute or value measure is called “%1”.":
        "没有名为“%1”的客户属性或价值指标。",
    "Group %1: %2 % of the customers. Set apart by (share in the group / overall): %3.":
        "第 %1 组：占客户的 %2 %。区别于其他客户的特征（组内占比 / 总体占比）：%3。",
    # ui/attributegroupspanel.cpp
    "Groups on Chosen Attributes": "按所选属性分组",
    "Tick the attributes to group the customers by.": "勾选用于给客户分组的属性。",
    "&Find Groups": "查找分组(&F)",
    "Tick attributes such as lifestyle, personality, values, age and region, then Find Groups.":
        "勾选生活方式、性格、价值观、年龄、地区等属性，然后点击“查找分组”。",
    "Group name": "组名",
    "P(alive)": "存活概率",
    "Revenue share": "收入占比",
    "Set apart by": "区别特征",
    "&Make Segment": "生成细分(&M)",
    "Add the selected group to the segments, with its name, rule and description.":
        "把所选分组加入细分，并带上它的名称、规则和描述。",
    "Tick at least one attribute.": "请至少勾选一个属性。",
    "Finding groups…": "正在查找分组…",
    "%1 groups (mean silhouette %2).": "%1 个分组（平均轮廓系数 %2）。",
    "Group %1": "第 %1 组",
    "%1 = %2 (×%3)": "%1 = %2（×%3）",
    "missing": "缺失",
    "“%1” is now a segment; its rule keeps %2 of the group's %3 customers and takes in %4 others.":
        "“%1”已成为细分；其规则保留了该组 %3 位客户中的 %2 位，并纳入了 %4 位其他客户。",
    "“%1” is now a segment, but its rule describes the group loosely: it keeps %2 of the group's "
    "%3 customers and takes in %4 others; refine it on the Segments page.":
        "“%1”已成为细分，但其规则对该组描述得较粗：保留了该组 %3 位客户中的 %2 位，并纳入了 %4 位其他客户；"
        "请在“细分”页面上细化。",
    "No attribute value sets this group apart, so it cannot become a segment.":
        "没有哪个属性取值能把这个群组区分出来，因此它不能成为细分。",
    "Value Clusters": "按价值聚类",
}
