# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the Drivers, Clusters and Snapshots pages (ui/driverspage.cpp,
# ui/drivereffectchart.cpp, ui/clusterspage.cpp, ui/clusterprojection.cpp,
# ui/snapshotspage.cpp, ui/migrationtablemodel.cpp). Terms of docs/domain.md, "Chinese terms": 细分,
# 价值层级, 白金 / 黄金 / 铁 / 铅, 最近消费 / 消费频率 / 消费金额; 驱动因素, 聚类, 快照, 迁移.
ZH_CN = {
    # Main window
    "Drivers": "驱动因素",
    "Clusters": "聚类",
    "Snapshots": "快照",
    # Drivers
    "What drives value": "价值的驱动因素",
    "What makes a top-20 % customer": "哪些因素造就前 20 % 的客户",
    "Significant (p ≤ 0.05)": "显著（p ≤ 0.05）",
    "Not significant (p > 0.05)": "不显著（p > 0.05）",
    "Change in log-odds per SD of the attribute": "对数几率变化 / 属性标准差",
    "SDs of value per SD of the attribute": "价值标准差 / 属性标准差",
    "<b>%1</b><br>standardised effect %2 ± %3<br>estimate %4 (SE %5)<br>%6 = %7, p = %8":
        "<b>%1</b><br>标准化效应 %2 ± %3<br>估计值 %4（标准误 %5）<br>%6 = %7，p = %8",
    "Customer value (linear regression)": "客户价值（线性回归）",
    "In the top 20 % by revenue (logistic regression)": "按收入位于前 20 %（逻辑回归）",
    "Explain:": "解释：",
    "With these customer attributes:": "使用以下客户属性：",
    "Fit": "拟合",
    "The drivers are fitted when a project is open.": "打开项目后即拟合驱动因素。",
    "Drivers of value": "价值驱动因素",
    "Principal components": "主成分",
    "Choose at least one attribute.": "请至少选择一个属性。",
    "Fitting…": "正在拟合…",
    "Fitting the drivers": "正在拟合驱动因素",
    "<b>R² = %1</b> (adjusted %2): the attributes explain %3 % of the differences in value between customers. F = %4, p %5.":
        "<b>R² = %1</b>（调整后 %2）：这些属性解释了客户之间价值差异的 %3 %。F = %4，p %5。",
    "<b>McFadden pseudo-R² = %1</b>; AIC %2; iterations: %3.":
        "<b>McFadden 伪 R² = %1</b>；AIC %2；迭代 %3 次。",
    "%L1 customers used, %L2 left out for a missing value. Bars are faded where p > 0.05 (the effect may be chance).":
        "使用了 %L1 位客户，%L2 位因缺失值被排除。p > 0.05 的条形颜色较浅（该效应可能出于偶然）。",
    "Term": "项",
    "Standardised effect": "标准化效应",
    "Estimate": "估计值",
    "Std. error": "标准误",
    "VIF": "方差膨胀因子",
    "Principal components: variance explained": "主成分：解释的方差",
    "Variance explained": "解释的方差",
    "PC%1: %2 % of the variance, %3 % with the ones before<br>mostly %4":
        "主成分 %1：解释 %2 % 的方差，连同之前的主成分共 %3 %<br>主要由 %4 构成",
    # Clusters
    "Number of clusters (k)": "聚类数（k）",
    "The clusters are computed with the analysis.": "聚类随分析一起计算。",
    "Elbow": "肘部图",
    "Silhouette": "轮廓系数",
    "Double-click a cluster to see its customers.": "双击某个聚类即可查看其客户。",
    "Chosen: k = %1": "选定：k = %1",
    "Elbow: the spread left within the clusters": "肘部图：聚类内部剩余的离散程度",
    "Within-cluster sum of squares": "聚类内平方和",
    "Silhouette: how well the clusters separate": "轮廓系数：聚类之间的区分程度",
    "Mean silhouette": "平均轮廓系数",
    "<b>%1 clusters</b> of buyers by log recency, frequency and monetary value; k chosen by the largest mean silhouette (%2).":
        "按最近消费、消费频率和消费金额（取对数）将购买客户分为 <b>%1 个聚类</b>；"
        "k 按最大的平均轮廓系数（%2）选定。",
    "Clusters on the first two principal components": "前两个主成分上的聚类",
    "Clusters on the first two principal components (a sample of %L1 of %L2 customers)":
        "前两个主成分上的聚类（%L2 位客户中抽样 %L1 位）",
    "Cluster %1": "聚类 %1",
    "%1<br>PC1 %2, PC2 %3<br>Click its legend entry to see its customers.":
        "%1<br>主成分 1：%2，主成分 2：%3<br>点击图例中的该项即可查看其客户。",
    "%1: %2 % of the variance": "%1：%2 % 的方差",
    "Cluster": "聚类",
    "Share": "占比",
    "Mean recency (days)": "平均最近消费（天）",
    "Mean frequency (orders)": "平均消费频率（订单数）",
    "Mean monetary value": "平均消费金额",
    "Share of revenue": "收入占比",
    "The clusters have fewer than two features to draw.": "聚类的特征少于两个，无法绘图。",
    # Snapshots and migration
    "Not ranked": "未分级",
    "Total": "合计",
    "New since": "此后新增",
    "Gone since": "此后流失",
    "%1 → %2: %L3 customers, %4 % of the row": "%1 → %2：%L3 位客户，占该行的 %4 %",
    "Snapshots of the segments": "细分快照",
    "Snapshot": "快照",
    "A snapshot keeps every customer's segment and value tier as they are today. After the next import, compare two snapshots to see how customers moved.":
        "快照会保存每位客户当前所属的细分和价值层级。下次导入数据后，比较两个快照即可看到客户的迁移。",
    "Name (optional)": "名称（可选）",
    "Take a Snapshot of the Current Segments": "为当前细分拍摄快照",
    "Delete…": "删除…",
    "Migration between two snapshots": "两个快照之间的迁移",
    "By segment": "按细分",
    "By value tier": "按价值层级",
    "From:": "从：",
    "To:": "到：",
    "Taken": "拍摄时间",
    "Data as of": "数据截至",
    "No snapshots yet.": "还没有快照。",
    "Take a second snapshot (after the next import) to compare.": "请（在下次导入后）再拍摄一个快照以进行比较。",
    "The segments are still being counted; try again in a moment.": "细分仍在计数中，请稍后再试。",
    "Another task is running; try again when it is done.": "另一个任务正在运行，请在其完成后再试。",
    "Snapshot %1": "快照 %1",
    "Taking a snapshot": "正在拍摄快照",
    "Delete Snapshot": "删除快照",
    "Delete the snapshot “%1”? This cannot be undone.": "删除快照“%1”？此操作无法撤销。",
    "Comparing…": "正在比较…",
    "Comparing snapshots": "正在比较快照",
    "%L1 customers in both: %L2 (%3 %) stayed, %L4 moved; %L5 new since, %L6 gone since. Each row shows where that row's customers went; the deeper the colour, the larger its share of the row.":
        "两个快照中都有 %L1 位客户：%L2 位（%3 %）留在原处，%L4 位发生了迁移；此后新增 %L5 位，流失 %L6 位。"
        "每一行显示该行客户的去向；颜色越深，占该行的比例越大。",
    # Shared chart pieces (ui/chartframe.cpp, ui/chartexport.cpp, ui/customerlistdialog.cpp,
    # the overview's tooltips), untranslated on main when this branch started.
}
