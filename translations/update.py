#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refreshes the translation files from the sources and the Chinese tables.

    python3 translations/update.py

1. lupdate collects every tr() and QT_TRANSLATE_NOOP string of core/, ui/ and app/gui/;
2. segmenta_zh_CN.ts is filled from zh_cn_glossary.ZH_CN merged with the ZH_CN table of every
   translations/zh_cn_*.py (one per area, e.g. zh_cn_segments.py, so parallel work does not
   edit one file);
3. segmenta_zh_TW.ts from the same table through OpenCC s2twp (apt-get install opencc);
4. segmenta_en.ts holds only the plural messages (%n), their English singular and plural from
   en_plurals.EN_PLURALS, so that English says "1 finding" and "5 findings".
Strings with no entry stay "unfinished", and tests/gui/tst_translations fails on them.
"""
import glob
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
sys.path.insert(0, here)
import importlib  # noqa: E402

from zh_cn_glossary import ZH_CN  # noqa: E402

for _path in sorted(glob.glob(os.path.join(here, "zh_cn_*.py"))):
    _name = os.path.splitext(os.path.basename(_path))[0]
    if _name != "zh_cn_glossary":
        ZH_CN.update(importlib.import_module(_name).ZH_CN)

LUPDATE = "/usr/lib/qt6/bin/lupdate"
sources = [os.path.join(root, d) for d in ("ui", "app/gui")]
# core/ is in area folders (core/CMakeLists.txt), so its sources are looked for at any depth.
sources += sorted(glob.glob(os.path.join(root, "core", "**", "*.cpp"), recursive=True))
sources += sorted(glob.glob(os.path.join(root, "core", "**", "*.h"), recursive=True))


def to_traditional(text):
    out = subprocess.run(["opencc", "-c", "s2twp.json"], input=text, capture_output=True,
                         text=True, check=True).stdout
    return out[:-1] if out.endswith("\n") and not text.endswith("\n") else out


def fill(ts, convert):
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        text = ZH_CN.get(source)
        if text is None:
            missing.append(source)
            continue
        text = convert(text) if convert else text
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            # Chinese has one plural form: %n stays a number.
            if not forms:
                forms = [ET.SubElement(translation, "numerusform")]
            for form in forms:
                form.text = text
        else:
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


for locale, convert in (("zh_CN", None), ("zh_TW", to_traditional)):
    ts = os.path.join(here, "segmenta_%s.ts" % locale)
    subprocess.run([LUPDATE, "-no-obsolete", "-locations", "none", "-target-language", locale]
                   + sources + ["-ts", ts], check=True, capture_output=True)
    missing = fill(ts, convert)
    for m in missing:
        print("%s: no translation for: %s" % (locale, m))


def fill_english_plurals(ts):
    from en_plurals import EN_PLURALS
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        forms = EN_PLURALS.get(source)
        if forms is None:
            missing.append(source)
            continue
        for old in translation.findall("numerusform"):
            translation.remove(old)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


ts = os.path.join(here, "segmenta_en.ts")
subprocess.run([LUPDATE, "-pluralonly", "-no-obsolete", "-locations", "none", "-target-language",
                "en"] + sources + ["-ts", ts], check=True, capture_output=True)
for m in fill_english_plurals(ts):
    print("en: no plural forms for: %s" % m)
