#!/usr/bin/env python3
"""Turns a portable response file into a CSV as a form tool would export it (role, one column per item, remarks),
for the benchmark's CSV import: the team's responses only (those of clients and relatives answer other versions).
usage: make_csv.py IN.xml OUT.csv (prints the number of answers written)"""
import csv
import sys
import xml.etree.ElementTree as ET

items, rows = [], []
for event, el in ET.iterparse(sys.argv[1], events=("end",)):
    if el.tag == "response" and el.get("perspective", "team") != "team":
        el.clear()
    elif el.tag == "response":
        row = {"rol": el.get("role", "")}
        for a in el.findall("answer"):
            if a.get("item") not in row:
                if a.get("item") not in items:
                    items.append(a.get("item"))
                row[a.get("item")] = a.get("value")
        rows.append(row)
        el.clear()
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.DictWriter(out, fieldnames=["rol"] + items, delimiter=";")
    w.writeheader()
    w.writerows(rows)
print(sum(len(row) - 1 for row in rows))
