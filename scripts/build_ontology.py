#!/usr/bin/env python3
"""Builds ontology/cameo.tsv and ontology/plover.tsv from the facts in ../shared/ontology.

Usage: scripts/build_ontology.py [SHARED_ONTOLOGY_DIR] [OUT_DIR]

The inputs are the CAMEO event-code and Goldstein lookup tables (GDELT), the PLOVER type/mode
score table and the CAMEO->PLOVER conversion table (PLOVER manual draft 0.8). Decisions that are
ours, not the tables', are listed in ontology/README.md and marked in the `note` column.
"""
import csv
import os
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "ontology")
out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "ontology")


def read_tab(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                continue
            k, v = line.split("\t", 1)
            rows[k.strip()] = v.strip()
    return rows


names = read_tab(os.path.join(src, "CAMEO.eventcodes.txt"))
gold = read_tab(os.path.join(src, "CAMEO.goldsteinscale.txt"))

modes = {}
with open(os.path.join(src, "PLOVER_event_types_modes_scores.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        modes.setdefault(r["event_type"], {})[r["mode"]] = r["plover_score"]

mapping = {}
with open(os.path.join(src, "PLOVER_CAMEO2PLOVER-2021.txt"), encoding="utf-8") as f:
    for line in f:
        if line.startswith("~~~"):
            break
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        body = m.group(2).split("#", 1)[0]
        parts = [p.strip() for p in body.split(",")]
        ptype = parts[0]
        pmode = parts[1] if len(parts) > 1 else ""
        ctx = parts[2] if len(parts) > 2 else ""
        mapping[m.group(1)] = (ptype, pmode, ctx)

# Our decisions where the conversion table is silent (ontology/README.md explains them).
OURS = {
    "02": ("REQUEST", "", ""),  # CAMEO APPEAL: PLOVER dropped it; a request is what it names
    "015": ("AGREE", "", ""),   # acknowledge responsibility (manual's suggestion, ch. CAMEO)
    "016": ("REJECT", "", ""),  # deny responsibility (manual's suggestion)
}


def quad(code):
    r = int(code[:2])
    if r <= 5:
        return 1
    if r <= 9:
        return 2
    if r <= 14:
        return 3
    return 4


def plover(code):
    note = ""
    c = code
    while c:
        if c in OURS:
            return OURS[c] + ("dyad",)
        if c in mapping:
            t, m, ctx = mapping[c]
            if m and m not in modes.get(t, {}):
                m = ""  # a context or an old mode name in the mode column
            if c != code:
                ctx = ctx if len(c) > 2 else ""
                note = "from " + c
            return (t, m, ctx, note)
        c = c[:-1] if len(c) > 2 else ""
    return ("", "", "", "dropped")


os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "cameo.tsv"), "w", encoding="utf-8") as f:
    f.write("# CAMEO event codes with Goldstein scores, QuadClass and their PLOVER type and mode.\n")
    f.write("# source: CAMEO 1.1b3 codes and Goldstein scale as tabulated by GDELT; PLOVER manual draft 0.8\n")
    f.write("#   CAMEO->PLOVER conversion (2021-09-17); built by scripts/build_ontology.py\n")
    f.write("# licence: facts (code meanings and scores); PLOVER mapping CC BY-SA 4.0, Open Event Data Alliance\n")
    f.write("# note: 'from 19' = the mapping of a shorter code; 'dyad' = our decision (ontology/README.md);\n")
    f.write("#   'dropped' = PLOVER has no type for it (CAMEO 01 statements)\n")
    f.write("code\troot\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tnote\n")
    for code in sorted(names, key=lambda c: (c[:2], c)):
        if code not in gold:
            continue
        t, m, ctx, note = plover(code)
        f.write("\t".join([code, code[:2], names[code], gold[code], str(quad(code)), t, m, ctx, note]) + "\n")

with open(os.path.join(out, "plover.tsv"), "w", encoding="utf-8") as f:
    f.write("# PLOVER event types and modes with their PLOVER scores.\n")
    f.write("# source: PLOVER manual draft 0.8, table of scores (openeventdata/PLOVER)\n")
    f.write("# licence: CC BY-SA 4.0, Open Event Data Alliance\n")
    f.write("type\tmode\tscore\n")
    for t, ms in modes.items():
        for m, s in ms.items():
            f.write(f"{t}\t{m}\t{s}\n")
