#!/usr/bin/env python3
"""Python baseline for the organisation comparison workbook: pandas reads the completed answers from the store,
computes the same dimension scores (reverse scoring, a dimension score when at least half its items are scored,
the anonymity threshold, consensus teams, the organisation mean of team means) and XlsxWriter writes the same
sheets (comparison of all teams in the round, the organisation across rounds with a line chart per part, the
questionnaire). Tuned: one query, vectorised group-bys, constant-memory XlsxWriter.
usage: baseline_compare.py DB ROUND_LABEL OUT.xlsx [THRESHOLD]"""
import math
import os
import sqlite3
import sys

import numpy as np
import pandas as pd
import xlsxwriter

sys.path.insert(0, os.path.dirname(__file__))
from questionnaire_model import Model  # noqa: E402


def main(db_path, round_label, out, threshold=3):
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rounds = pd.read_sql("SELECT r.id, r.label, r.date, q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire "
                         "ORDER BY r.date, r.label", db)
    model = Model(rounds[rounds.label == round_label].definition.iloc[0])
    teams = pd.read_sql("SELECT id, name FROM teams", db).set_index("id").name
    responses = pd.read_sql("SELECT id, round, team, consensus FROM responses WHERE status = 'complete'", db)
    # The answers as the store keeps them (src/core/store/answer_bytes.h): a signed byte per item in the response's
    # row, unpacked for all responses at once.
    stored = db.execute("SELECT id, answers FROM responses WHERE status = 'complete'").fetchall()
    lengths = np.fromiter((len(a) for _, a in stored), dtype=np.int64, count=len(stored))
    flat = np.frombuffer(b"".join(a for _, a in stored), dtype=np.int8)
    ids = np.repeat(np.fromiter((i for i, _ in stored), dtype=np.int64, count=len(stored)), lengths)
    positions = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    scored = flat > 0
    answers = pd.DataFrame({"response": ids[scored], "item": positions[scored], "value": flat[scored].astype(np.int64)})
    n_items = len(model.items)
    item_dim = np.array([it["dimension"] for it in model.items])
    reverse = np.array([it["reverse"] for it in model.items])
    flip = np.array([it["low"] + it["high"] for it in model.items])
    items = answers.item.to_numpy()
    values = answers.value.to_numpy()
    answers["score"] = np.where(reverse[items], flip[items] - values, values)
    answers["dim"] = item_dim[items]
    per = answers.groupby(["response", "dim"]).score.agg(["mean", "count"]).reset_index()
    need = np.array([math.ceil(len(d["items"]) / 2) for d in model.dimensions])
    per = per[per["count"] >= need[per.dim.to_numpy()]]
    per = per.merge(responses, left_on="response", right_on="id")
    size = responses.groupby(["round", "team"]).agg(n=("id", "size"), consensus=("consensus", "max")).reset_index()
    size["consensus"] = (size.n == 1) & (size.consensus == 1)
    dims = per.groupby(["round", "team", "dim"])["mean"].agg(["mean", "size"]).reset_index()
    dims = dims.merge(size, on=["round", "team"])
    dims = dims[dims.consensus | ((dims.n >= threshold) & (dims["size"] >= threshold))]
    table = dims.pivot_table(index=["round", "team"], columns="dim", values="mean")
    org = dims.groupby(["round", "dim"])["mean"].mean().unstack()
    with_numbers = dims.groupby("round").team.nunique()

    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    title, header, note, integer = (wb.add_format({"bold": True, "font_size": 14}), wb.add_format({"bold": True}),
                                    wb.add_format({"italic": True}), wb.add_format({"num_format": "0"}))
    number = wb.add_format({"num_format": "0.00"})
    current = int(rounds[rounds.label == round_label].id.iloc[0])
    ws = wb.add_worksheet("Vergelijking")
    ws.write(0, 0, f"Teams vergeleken {round_label}", title)
    ws.write(1, 0, f"Anonimiteitsdrempel {threshold}", note)
    ws.write_row(3, 0, ["Team", "Respondenten", "Wijze"] + [d["title"] for d in model.dimensions], header)
    here = size[size["round"] == current].copy()
    here["name"] = teams.reindex(here.team).to_numpy()
    here = here.sort_values("name")
    ws.conditional_format(4, 3, 4 + len(here), 2 + len(model.dimensions), {"type": "3_color_scale"})
    row = 4
    for team, n, consensus, name in zip(here.team, here.n, here.consensus, here.name):
        ws.write_string(row, 0, name)
        ws.write_number(row, 1, n, integer)
        ws.write_string(row, 2, "consensus" if consensus else "individueel")
        scores = table.loc[(current, team)] if (current, team) in table.index else None
        for d in range(len(model.dimensions)):
            v = None if scores is None else scores.get(d)
            if v is None or math.isnan(v):
                ws.write_string(row, 3 + d, "te weinig" if n < threshold and not consensus else "geen scores", note)
            else:
                ws.write_number(row, 3 + d, v, number)
        row += 1
    ws.write_string(row, 0, f"Organisatie (gemiddelde van de {int(with_numbers.get(current, 0))} teams met getallen)", header)
    for d in range(len(model.dimensions)):
        v = org.loc[current].get(d) if current in org.index else None
        if v is not None and not math.isnan(v):
            ws.write_number(row, 3 + d, v, number)

    ws = wb.add_worksheet("Organisatietrend")
    ws.write(0, 0, "Organisatie door de tijd", title)
    ws.write_row(2, 0, ["Ronde", "Datum", "Teams met getallen"] + [d["title"] for d in model.dimensions], header)
    row = 3
    for rid, label, date in zip(rounds.id, rounds.label, rounds.date):
        ws.write_string(row, 0, label)
        ws.write_string(row, 1, date)
        ws.write_number(row, 2, int(with_numbers.get(rid, 0)), integer)
        for d in range(len(model.dimensions)):
            v = org.loc[rid].get(d) if rid in org.index else None
            if v is not None and not math.isnan(v):
                ws.write_number(row, 3 + d, v, number)
        row += 1
    chart_row = row + 3
    for part in model.parts:
        chart = wb.add_chart({"type": "line"})
        chart.set_title({"name": "Trend: " + part["title"]})
        for d in part["dimensions"]:
            chart.add_series({"categories": ["Organisatietrend", 3, 0, row - 1, 0],
                              "values": ["Organisatietrend", 3, 3 + d, row - 1, 3 + d],
                              "name": ["Organisatietrend", 2, 3 + d]})
        chart.set_y_axis({"min": 1, "max": 5})
        ws.insert_chart(chart_row, 0, chart, {"x_scale": 1.8, "y_scale": 1.8})
        chart_row += 28

    ws = wb.add_worksheet("Vragenlijst")
    ws.write_row(0, 0, ["Item", "Thema", "Tekst", "Omgekeerd"], header)
    for r, it in enumerate(model.items, start=1):
        ws.write_row(r, 0, [it["id"], model.dimensions[it["dimension"]]["id"], it["text"], "ja" if it["reverse"] else ""])
    wb.close()
    print("Written:", out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 3)
