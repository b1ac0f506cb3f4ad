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
}
