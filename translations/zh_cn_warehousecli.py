# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the warehouse checks (core/warehouse: SQL text, table names, time limit,
# confirmed queries), the refresh confirmation (ui/warehouseactions.cpp), file write errors
# (core/base/atomicfile.cpp), segment files (core/segments/segmentation.cpp) and the XLSX
# reader's sentences (core/import/xlsx/xlsxmessages.cpp).
ZH_CN = {
    "The query leaves a quoted text, quoted name or comment open.":
        "查询中有未闭合的引号文本、带引号的名称或注释。",
    "The query must be a single SELECT statement; a “;” outside quotes ends it.":
        "查询必须是单条 SELECT 语句；引号之外的“;”会结束语句。",
    "The query is empty.": "查询为空。",
    "“%1” is not a table name: write table, schema.table or \"Schema\".\"Table\", with \"\" for a quote inside quotes.":
        "“%1”不是表名：请写 table、schema.table 或 \"Schema\".\"Table\"，引号内的引号写作 \"\"。",
    "Give an orders table or an orders query.": "请给出订单表或订单查询。",
    "The time limit must be from %1 to %2 seconds.": "时间限制必须在 %1 到 %2 秒之间。",
    "The port or batch size is out of range.": "端口或批量大小超出范围。",
    "Could not remember the confirmed query in %1: %2": "无法在 %1 中记录已确认的查询：%2",
    "This project runs a query you have not written or confirmed on this computer; it may have been changed outside Segmenta. Read it before running it with your password.":
        "此项目会运行一条您未在这台电脑上编写或确认过的查询；它可能已在 Segmenta 之外被修改。请先阅读，再用您的密码运行它。",
    "&Run This Query": "运行此查询(&R)",
    "“%1” cannot be written: No space left on device. Free some space and try again.":
        "无法写入“%1”：设备上没有剩余空间。请释放一些空间后重试。",
    "“%1” cannot be written: your disk quota is used up.": "无法写入“%1”：您的磁盘配额已用完。",
    "“%1” cannot be written: permission denied.": "无法写入“%1”：权限不足。",
    "“%1” cannot be written: the disk is read-only.": "无法写入“%1”：磁盘为只读。",
    "“%1” cannot be written: the file would be larger than this disk allows.":
        "无法写入“%1”：文件将超过此磁盘允许的大小。",
    "The segment file “%1” holds a JSON array; it must hold a JSON object: {\"version\": 1, \"segments\": [...]}.":
        "分群文件“%1”中是 JSON 数组；它必须是 JSON 对象：{\"version\": 1, \"segments\": [...]}。",
    "Segment “%1”: forecast_response must be a number from 0 to 1 (0.05 for 5 %).":
        "分群“%1”：forecast_response 必须是 0 到 1 之间的数（5% 写作 0.05）。",
    "“%1” is incomplete: the text of its cells (%2) is missing. Open it in Excel and save it again.":
        "“%1”不完整：缺少单元格文本（%2）。请在 Excel 中打开并重新保存。",
    "The sheet “%1” of “%2” is damaged: its XML breaks off or is malformed at line %3 (%4). Open it in Excel and save it again.":
        "“%2”中的工作表“%1”已损坏：其 XML 在第 %3 行中断或格式错误（%4）。请在 Excel 中打开并重新保存。",
    "“%1” is an empty ZIP archive, not an Excel workbook: it holds no files at all.":
        "“%1”是空的 ZIP 压缩包，不是 Excel 工作簿：其中没有任何文件。",
}
