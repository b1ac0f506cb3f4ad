# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the warehouse source (core/warehouse/warehousesource.cpp,
# warehousequery.cpp, warehouseimporter.cpp) and the warehouse summary
# (core/analysis/measures/summarycolumns.cpp). Option and role names (--map, customer, sslmode...)
# are what users type: kept.
ZH_CN = {
    # Segmenta::Warehouse
    "“%1” is not a postgresql://user@host:port/database address.":
        "“%1”不是 postgresql://用户@主机:端口/数据库 形式的地址。",
    "Do not put the password in the address; it is read from SEGMENTA_PG_PASSWORD or PGPASSWORD, or asked for.":
        "请不要把密码写在地址里；密码从 SEGMENTA_PG_PASSWORD 或 PGPASSWORD 读取，或在运行时询问。",
    "Name the database and the user to connect as.":
        "请指定要连接的数据库和用户。",
    "Give either an orders table or an orders query, not both.":
        "请给出订单表或订单查询之一，不能同时给出。",
    "Give either a customers table or a customers query, not both.":
        "请给出客户表或客户查询之一，不能同时给出。",
    "Unknown TLS mode “%1”; use one of %2.":
        "未知的 TLS 模式“%1”；请使用 %2 之一。",
    "The port, time limit or batch size is out of range.":
        "端口、时间限制或批量大小超出范围。",
    "The query is empty.":
        "查询为空。",
    "The query must be a single SELECT statement.":
        "查询必须是单条 SELECT 语句。",
    "There is no column “%1” for “%2”. The columns are: %3.":
        "没有可用作“%2”的列“%1”。现有的列：%3。",
    "No column was recognised as “%1”. The columns are: %2. Name it with --map %1=COLUMN.":
        "没有识别出作为“%1”的列。现有的列：%2。请用 --map %1=列名 指定。",
    "Qt's PostgreSQL driver (QPSQL) is not installed; on Debian and Ubuntu install libqt6sql6-psql.":
        "未安装 Qt 的 PostgreSQL 驱动（QPSQL）；在 Debian 和 Ubuntu 上请安装 libqt6sql6-psql。",
    "Could not connect to %1: %2":
        "无法连接到 %1：%2",
    "The import was cancelled.":
        "导入已取消。",
    "The warehouse did not finish within %1 seconds; the query was stopped. Raise the time limit or narrow the query.":
        "数据仓库未能在 %1 秒内完成，查询已被停止。请提高时间限制或缩小查询范围。",
    "The warehouse refused the query: %1":
        "数据仓库拒绝了查询：%1",
    "The orders hold no line with a customer, a date and an amount.":
        "订单中没有同时包含客户、日期和金额的行。",
    "%1 customers appeared more than once in the customers; the first row of each was kept.":
        "有 %1 位客户在客户数据中出现了不止一次；每位客户只保留了第一行。",
    # Segmenta::Analysis
    "This project holds a summary computed by the warehouse up to %1; to analyse another period, refresh it from the warehouse with that date.":
        "本项目保存的是数据仓库计算到 %1 为止的客户汇总；如需分析其他时间段，请用该日期从数据仓库重新刷新。",
    "The warehouse summary holds spending trends for windows of %1 days and a slope over %2 months only.":
        "数据仓库汇总中的消费趋势只按 %1 天的时间窗口和 %2 个月的斜率计算。",
    "The warehouse summary lacks the column “%1”.":
        "数据仓库汇总缺少列“%1”。",
    # Segmenta::WarehouseDialog: the customer limit and the sample seed (as segmenta-cli
    # --max-customers and --sample-seed)
    "Customers at &most:": "客户数上限(&M)：",
    "When the database has more customers than this, only a random sample of this many comes to this computer: every analysis, segment and target list then covers the sampled customers. The totals (customers, orders, revenue, 80/20 and the pyramid) are still counted exactly by the server over all customers. 0: bring every customer.":
        "数据库中的客户多于此数时，只有这么多客户的随机样本会传到本机：此后的各项分析、细分和目标客户名单都只涵盖样本中的客户。总数（客户数、订单数、收入、二八法则和客户金字塔）仍由服务器基于全部客户精确计算。0：传入全部客户。",
    "Which customers the sample takes. The same number draws the same customers again at every refresh; another number draws another sample.":
        "决定样本抽取哪些客户。相同的数字在每次刷新时抽取相同的客户；换一个数字则抽取另一个样本。",
    "Sample &seed:": "抽样种子(&S)：",
    "Enter a whole number as the sample seed, e.g. 0.": "请输入整数作为抽样种子，例如 0。",
    # Segmenta::WarehouseRefreshDialog
    "Beyond %1 customers, a sample of that many comes over (sample seed %2), with exact totals counted by the server.":
        "客户超过 %1 位时，只传入同样数量的客户样本（抽样种子 %2），总数由服务器精确计算。",
    "Every customer comes over (no customer limit).": "传入全部客户（不限客户数）。",
}
