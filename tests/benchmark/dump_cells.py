#!/usr/bin/env python3
"""Dumps a workbook's cells for hs-bench-xlsx-cells (see xlsx_cells.c). usage: dump_cells.py IN.xlsx OUT.tsv"""
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for ws in wb.worksheets:
        out.write(f"sheet {ws.title}\n")
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    out.write(f"{r}\t{c}\tn\t{v!r}\n")
                else:
                    text = str(v).replace("\t", " ").replace("\n", " ")
                    out.write(f"{r}\t{c}\ts\t{text}\n")
