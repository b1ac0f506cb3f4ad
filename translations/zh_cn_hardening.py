# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the hardening of import, save and warehouse: a header in another
# encoding than its lines (core/import/tableimporter.cpp).
ZH_CN = {
    "The header (line %1) of “%2” is in another encoding than the lines below it, which are read as %3: its column names would be garbled. Save the file in one encoding and import it again.":
        "“%2”的表头（第 %1 行）与其下各行的编码不同（各行按 %3 读取）：列名会变成乱码。请将文件保存为同一种编码后重新导入。",
}
