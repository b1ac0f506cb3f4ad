# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the list language of target lists (ui/exportpage.cpp).
ZH_CN = {
    "Column codes (for scripts)": "列代码（供脚本使用）",
    "&List language:": "名单语言(&L)：",
}
