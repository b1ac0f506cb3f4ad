# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the workshop report (ui/workshopreport.cpp, File → Workshop Report).
ZH_CN = {
    "&Workshop Report…": "研讨会报告(&W)…",
    "Ctrl+Shift+P": "Ctrl+Shift+P",
    "Workshop Report": "研讨会报告",
    "Open a project and let the analysis finish first.": "请先打开项目，并等待分析完成。",
    " workshop report": " 研讨会报告",
    "PDF documents (*.pdf)": "PDF 文档 (*.pdf)",
    "Report saved: %1": "报告已保存：%1",
    "Customer segmentation: %1": "客户细分：%1",
    "Workshop report, %1": "研讨会报告，%1",
    "Key figures": "关键数据",
    "No segments are defined yet.": "尚未定义任何细分。",
    "Health checks": "健康检查",
    "Note": "提示",
    "Warning": "警告",
    "Error": "错误",
    "Severity": "严重程度",
    "The report could not be written to %1.": "无法将报告写入 %1。",
}
