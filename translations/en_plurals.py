# SPDX-License-Identifier: GPL-3.0-or-later
"""English singular and plural of every %n message (update.py writes segmenta_en.ts from it).

Qt picks the form by the number: without this file English would say "1 findings".
Source text -> (one, other).
"""
EN_PLURALS = {
    "<br>%Ln most frequent shown; %L1 rows hold other values":
        ("<br>%Ln most frequent shown; %L1 rows hold other values",
         "<br>%Ln most frequent shown; %L1 rows hold other values"),
    "%1: %Ln customers. Click a column header to sort.":
        ("%1: %Ln customer. Click a column header to sort.",
         "%1: %Ln customers. Click a column header to sort."),
    "%1 customers on %n lists in %2.":
        ("%1 customers on %n list in %2.", "%1 customers on %n lists in %2."),
    "%n findings to look at before the lists go to sales.":
        ("%n finding to look at before the lists go to sales.",
         "%n findings to look at before the lists go to sales."),
    "%n segments with a rule error are left out.":
        ("%n segment with a rule error is left out.",
         "%n segments with a rule error are left out."),
    "Connected. The orders have %n columns.":
        ("Connected. The orders have %n column.", "Connected. The orders have %n columns."),
}
