# SPDX-License-Identifier: GPL-3.0-or-later
"""Simplified Chinese of the import limits (core/import/importlimits.*, see update.py)."""

ZH_CN = {
    "“%1” is not a regular file (it is a pipe, a device or a socket). Save the data to a file and import that.":
        "“%1”不是普通文件（而是管道、设备或套接字）。请把数据保存为文件，再导入该文件。",
    "Line %2 of “%1” has a field longer than %3 MB, the most one field may hold. Is this the right file, with the right delimiter?":
        "“%1”第 %2 行有一个字段超过 %3 MB，这是单个字段的上限。请确认文件和分隔符是否正确。",
    "Line %2 of “%1” is longer than %3 MB, the most one line may hold. Is this the right file, with the right delimiter and quotes?":
        "“%1”第 %2 行超过 %3 MB，这是单行的上限。请确认文件、分隔符和引号是否正确。",
    "Line %2 of “%1” has more than %3 columns, the most Segmenta reads. Keep the columns you need and import that.":
        "“%1”第 %2 行超过 %3 列，这是 Segmenta 能读取的上限。请只保留需要的列，再导入。",
    "“%1” expands to more than %2 times its compressed size, which real data does not. It is not read.":
        "“%1”解压后超过压缩大小的 %2 倍，真实数据不会如此。不读取该文件。",
    "A cell of “%1” holds more than %2 MB of text, the most one field may hold. It is not read.":
        "“%1”中有一个单元格的文本超过 %2 MB，这是单个字段的上限。不读取该文件。",
    "There is no column “%1” in “%2”. Its columns are: %3 and %4 more.":
        "“%2”中没有列“%1”。现有的列为：%3，以及另外 %4 列。",
    "No column of “%1” was recognised as “%2”. Its columns are: %3 and %4 more. Name the column with --map %2=COLUMN.":
        "“%1”中没有识别出“%2”列。现有的列为：%3，以及另外 %4 列。请用 --map %2=列名 指定该列。",
}
