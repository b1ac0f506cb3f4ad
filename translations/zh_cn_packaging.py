# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the About dialog (ui/aboutdialog.cpp): version and the licences of
# the shipped components. Licence names follow the usual Chinese names of the licences.
ZH_CN = {
    "<h3>Segmenta %1</h3><p>Customer segmentation for marketing managers.</p>":
        "<h3>Segmenta %1</h3><p>面向市场经理的客户细分工具。</p>",
    "Segmenta is built with these components, under their licences:":
        "Segmenta 使用了以下组件，并遵循各自的许可证：",
    "Qt is used as shared libraries, which can be replaced by other builds of the same version.":
        "Qt 以共享库的形式使用，可以替换为同一版本的其他构建。",
    "The licence texts are in <a href=\"%1\">%2</a>.":
        "许可证全文位于 <a href=\"%1\">%2</a>。",
    "About &Qt": "关于 Qt(&Q)",
    "GNU Lesser General Public License 3.0": "GNU 宽通用公共许可证 3.0",
    "GNU General Public License 3.0": "GNU 通用公共许可证 3.0",
    "Segmenta is free software under the GNU General Public License 3.0 or later, and comes "
    "with no warranty.":
        "Segmenta 是自由软件，以 GNU 通用公共许可证 3.0 或更高版本发布，不提供任何担保。",
    "Mozilla Public License 2.0": "Mozilla 公共许可证 2.0",
    "Public domain": "公有领域",
    "zlib licence": "zlib 许可证",
    "BSD 2-clause licence": "BSD 两条款许可证",
}
