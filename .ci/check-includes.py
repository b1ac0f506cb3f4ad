#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when an #include goes against the area graph declared in core/CMakeLists.txt.

Each `segmenta_area(NAME FOLDERS ... USES ...)` there is a static library; an area may include
its own folders and those of the areas it uses, directly or through them. The declared graph
must have no cycle. Core includes no GUI module, and ui/ is not included by core.
Usage: check-includes.py [REPO]   (exit 0: clean; 1: violations, one line each)
"""
import os
import re
import sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..'))
core = os.path.join(root, 'core')
text = open(os.path.join(core, 'CMakeLists.txt'), encoding='utf-8').read()

areas = {}  # name -> (folders, uses)
for m in re.finditer(r'^segmenta_area\(([^)]*)\)', text, re.M):
    words = m.group(1).split()
    name, section, folders, uses = words[0], None, [], []
    for w in words[1:]:
        if w in ('FOLDERS', 'USES', 'PUBLIC', 'PRIVATE'):
            section = w
        elif section == 'FOLDERS':
            folders.append(w)
        elif section == 'USES':
            uses.append(w)
    areas[name] = (folders, uses)

problems = []
folder_area = {f: a for a, (fs, _) in areas.items() for f in fs}


def reach(a, seen=None):
    seen = set() if seen is None else seen
    for u in areas[a][1]:
        if u not in areas:
            problems.append(f'core/CMakeLists.txt: area {a} uses unknown area {u}')
        elif u not in seen:
            seen.add(u)
            reach(u, seen)
    return seen


allowed = {a: reach(a) for a in areas}
for a in areas:
    if a in allowed[a]:
        problems.append(f'core/CMakeLists.txt: area {a} depends on itself through {sorted(allowed[a])}')

gui = re.compile(r'#include\s*<(Qt(Gui|Widgets|Charts|Svg|PrintSupport)|Q(Widget|Application|'
                 r'GuiApplication|Painter|Image|Color|Pixmap|Font|Icon|MessageBox)\b)')
include = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
for dirpath, _, files in os.walk(core):
    for f in sorted(files):
        if not f.endswith(('.cpp', '.h')):
            continue
        path = os.path.join(dirpath, f)
        rel = os.path.relpath(path, core)
        folder = os.path.dirname(rel)
        area = folder_area.get(folder)
        if area is None:
            problems.append(f'core/{rel}: folder {folder or "."} belongs to no area in core/CMakeLists.txt')
            continue
        src = open(path, encoding='utf-8').read()
        if gui.search(src):
            problems.append(f'core/{rel}: includes a GUI header (core is Qt Core/Sql/Concurrent only)')
        for m in include.finditer(src):
            target = m.group(1)
            tfolder = os.path.dirname(target)
            if not os.path.exists(os.path.join(core, target)):
                problems.append(f'core/{rel}: #include "{target}" is not a path from core/')
                continue
            tarea = folder_area.get(tfolder)
            if tarea != area and tarea not in allowed[area]:
                problems.append(f'core/{rel}: area {area} includes "{target}" of area {tarea}, '
                                f'which it does not use (core/CMakeLists.txt)')

for p in problems:
    print(p)
print(f'{len(problems)} include problem(s) in {len(areas)} areas' if problems
      else f'include graph of {len(areas)} areas: clean')
sys.exit(1 if problems else 0)
