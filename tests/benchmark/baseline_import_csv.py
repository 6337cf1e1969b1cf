#!/usr/bin/env python3
"""Python baseline for importing a form tool's CSV: the csv module (streaming, row by row) and sqlite3 executemany
in one transaction, with the same checks as the program (UTF-8, separator ; or , by the first line, header columns
known and each once: item ids, role/rol, id, remark:<dimension>; as many fields as the header; answers on their
item's scale, nvt / weet niet / empty; known roles; remarks within 4,000 characters; empty rows skipped, rows
answering fewer than half of the file's items kept as unfinished; a uid from round, team and row, so importing the
same file twice stores it once).
usage: baseline_import_csv.py FILE.csv QUESTIONNAIRE.xml DB ROUND TEAM"""
import csv
import datetime
import hashlib
import os
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(__file__))
from baseline_import import SCHEMA, answer_bytes, flush, refuse  # noqa: E402
from questionnaire_model import Model  # noqa: E402

ROLES = {"", "practitioner", "expert-by-experience", "manager", "other"}
NVT = {"nvt", "n.v.t.", "n.v.t", "n/a", "na"}
DONT_KNOW = {"weet-niet", "weet niet", "?", "wn", "don't know", "dk"}
MAX_REMARK = 4000


def answer(text):
    t = text.strip().lower()
    if not t:
        return None
    if t in NVT:
        return -1
    if t in DONT_KNOW:
        return -2
    return int(t) if t.isdigit() and len(t) <= 3 else 0


def main(path, questionnaire, db_path, label, team):
    if os.path.getsize(path) > 200 * 1024 * 1024:
        refuse(path, 0, "file too large")
    with open(questionnaire, encoding="utf-8") as f:
        model = Model(f.read())
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA)
    db.execute("BEGIN IMMEDIATE")
    row = db.execute("SELECT id FROM rounds WHERE label = ?", (label,)).fetchone()
    round_id = row[0] if row else db.execute("INSERT INTO rounds (label, date, definition) VALUES (?, ?, '')",
                                             (label, "2026-10-01")).lastrowid
    row = db.execute("SELECT id FROM teams WHERE name = ?", (team,)).fetchone()
    team_id = row[0] if row else db.execute("INSERT INTO teams (name) VALUES (?)", (team,)).lastrowid
    next_id = (db.execute("SELECT max(id) FROM responses").fetchone()[0] or 0) + 1
    now = datetime.datetime.utcnow().isoformat()
    responses, remarks, problems = [], [], []
    with open(path, encoding="utf-8-sig", newline="") as f:  # strict UTF-8: a decoding error refuses the file
        first = f.readline()
        f.seek(0)
        reader = csv.reader(f, delimiter=";" if first.count(";") >= first.count(",") else ",")
        header = [h.strip() for h in next(reader)]
        columns, seen = [], set()
        for name in header:
            low = name.lower()
            if name in model.item_index:
                col = ("item", model.item_index[name])
            elif low in ("role", "rol"):
                col = ("role", 0)
            elif low == "id":
                col = ("id", 0)
            elif low.startswith(("remark:", "opmerking:")) and name.split(":", 1)[1] in model.dimension_index:
                col = ("remark", model.dimension_index[name.split(":", 1)[1]])
            else:
                refuse(path, 1, f"column '{name}' is not an item")
            if col in seen:
                refuse(path, 1, f"column '{name}' appears twice")
            seen.add(col)
            columns.append(col)
        asked = sum(1 for kind, _ in columns if kind == "item")
        count = {}
        for fields in reader:
            line = reader.line_num
            if not any(x.strip() for x in fields):
                continue
            if len(fields) != len(columns):
                problems.append((line, "fields where the header has more or fewer"))
                continue
            rows, notes, role, rid, answered = [], [], "", "", 0
            for (kind, index), text in zip(columns, fields):
                if kind == "item":
                    v = answer(text)
                    if v is not None:
                        if v not in model.items[index]["codes"]:
                            problems.append((line, "answer outside its scale"))
                        rows.append((index, v))
                        answered += 1
                elif kind == "role":
                    role = text.strip().lower()
                    if role not in ROLES:
                        problems.append((line, "unknown role"))
                elif kind == "id":
                    rid = text.strip()
                elif text.strip():
                    if len(text) > MAX_REMARK:
                        problems.append((line, "remark too long"))
                    notes.append((index, text))
            if answered == 0 and not notes:
                continue
            status = "complete" if answered >= (asked + 1) // 2 else "in-progress"
            key = "id:" + rid if rid else "\x1f".join(fields) + str(count.setdefault("\x1f".join(fields), 0))
            if not rid:
                count["\x1f".join(fields)] += 1
            uid = "csv-" + hashlib.blake2b(f"{label}\x1e{team}\x1e{key}".encode(), digest_size=16).hexdigest()
            if problems or db.execute("SELECT 1 FROM responses WHERE uid = ?", (uid,)).fetchone():
                continue
            responses.append((next_id, uid, "", round_id, team_id, role, 0, status, 0, now, "team", "import", answer_bytes(rows)))
            remarks.extend((next_id, d, t) for d, t in notes)
            next_id += 1
            if len(responses) >= 1000:
                flush(db, responses, remarks)
    if problems:
        db.execute("ROLLBACK")
        refuse(path, problems[0][0], problems[0][1])
    flush(db, responses, remarks)
    db.execute("COMMIT")


if __name__ == "__main__":
    main(*sys.argv[1:6])
