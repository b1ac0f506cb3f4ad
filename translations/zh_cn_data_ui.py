# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the data page (ui/tablebrowser.cpp, ui/columnprofileview.cpp,
# core/data/query/rowfilter.cpp), chart export (ui/chartframe.cpp, ui/chartexport.cpp) and the
# customer lists behind a chart (ui/customerlistdialog.cpp). Filter syntax words (blank, =, >, ..)
# are what users type: kept, with 空 accepted as well.
ZH_CN = {
    "The picture could not be written.": "无法写入图片。",
    "Exported from Segmenta": "由 Segmenta 导出",
    "The drawing could not be written.": "无法写入矢量图。",
    "The PDF could not be written.": "无法写入 PDF 文件。",
    "Choose a file ending in .png, .svg or .pdf.": "请选择以 .png、.svg 或 .pdf 结尾的文件名。",
    "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)":
        "PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)",
    "The chart could not be written.": "无法写入图表。",
    "The file %1 could not be replaced; is it open elsewhere?": "无法替换文件 %1；它是否在别的程序中打开？",
    "Export…": "导出…",
    "Save this chart as a PNG, SVG or PDF file": "将此图表保存为 PNG、SVG 或 PDF 文件",
    "Export Chart…": "导出图表…",
    "Export Chart": "导出图表",
    "Column profile": "列概况",
    "Select a column to see its profile.": "选择一列以查看其概况。",
    "<b>%1</b><br>%L2 rows, %L3 blank": "<b>%1</b><br>%L2 行，%L3 行为空",
    ", %L1 distinct values": "，%L1 个不同的值",
    "<br>from %1 to %2, mean %3": "<br>从 %1 到 %2，平均 %3",
    "<br>%Ln most frequent shown; %L1 rows hold other values":
        "<br>显示最常见的 %Ln 个值；另有 %L1 行为其他值",
    "Most frequent values": "最常见的值",
    "Distribution": "分布",
    "%1: %L2 rows": "%1：%L2 行",
    "Profile of %1": "%1 的概况",
    "%1: %Ln customer(s). Click a column header to sort.": "%1：%Ln 位客户。点击列标题可排序。",
    "Save as CSV…": "另存为 CSV…",
    "Save Customers": "保存客户",
    "80-20 curve": "二八曲线",
    "The top %1 % of customers bring %2 % of the value": "前 %1 % 的客户贡献了 %2 % 的价值",
    "%1: %L2 customers, %3 % of value. Click to see them.": "%1：%L2 位客户，占价值的 %3 %。点击查看这些客户。",
    "\"%1\" is not a number filter: type a number, or > 100, <= 5, 10..20, blank.":
        "“%1”不是有效的数字筛选：请输入一个数字，或 > 100、<= 5、10..20、blank（空）。",
    "\"%1\" is not a date filter: type a date such as 2024-03-05, a month (2024-03), a year (2024), > 2024-01-01, 2024-01-01..2024-06-30, or blank.":
        "“%1”不是有效的日期筛选：请输入日期如 2024-03-05、月份（2024-03）、年份（2024）、"
        "> 2024-01-01、2024-01-01..2024-06-30，或 blank（空）。",
    "&Filter:": "筛选(&F)：",
    "text, = exact, > 100, 10..20, 2024-03, blank": "文字、= 精确、> 100、10..20、2024-03、blank（空）",
    "%L1 rows": "%L1 行",
    "Working…": "正在处理…",
    "%L1 of %L2 rows match": "%L2 行中有 %L1 行符合",
}
