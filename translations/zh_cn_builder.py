# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the rule builder's field picker (ui/ruleeditor.cpp) and the laptop
# layouts of the Drivers, Value & CLV and Data pages. Field names written in rules (tier,
# p_alive, ...) are what users type: kept.
ZH_CN = {
    "In a rule: %1": "在规则中写作：%1",
    "Column “%1” of the customer list": "客户名单中的“%1”列",
}
