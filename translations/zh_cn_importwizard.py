# SPDX-License-Identifier: GPL-3.0-or-later
"""Simplified Chinese of the import wizard's keyboard labels (see update.py)."""

ZH_CN = {
    "&Encoding:": "编码(&E)：",
    "&Delimiter:": "分隔符(&D)：",
    "S&heet:": "工作表(&H)：",
    "First &row holds the column names": "首行为列名(&R)",
}
