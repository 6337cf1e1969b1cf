#!/usr/bin/env python3
"""Python baseline for importing a portable response file: ElementTree.iterparse (streaming) and sqlite3
executemany in one transaction, with the same checks as the program (root and format, round label and date,
questionnaire, allowed elements and attributes, uid, team, role, consensus true/false, known items, no second
answer, answers on the scale, known dimensions, no second remark; the questionnaires of clients and relatives and
their responses' perspective and way of collecting; idempotent by uid).
usage: baseline_import.py FILE DB"""
import datetime
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from questionnaire_model import Model  # noqa: E402

ROLES = {"", "practitioner", "expert-by-experience", "manager", "other"}
ANSWERS = {"nvt": -1, "weet-niet": -2}
PERSPECTIVES = {"team", "client", "relative"}
COLLECTIONS = {"wizard", "kiosk", "paper", "form", "import"}
SCHEMA = """
CREATE TABLE IF NOT EXISTS teams (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS rounds (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, date TEXT NOT NULL, definition TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS responses (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, code TEXT NOT NULL, round INTEGER NOT NULL,
  team INTEGER NOT NULL, role TEXT NOT NULL, consensus INTEGER NOT NULL, status TEXT NOT NULL, last_page INTEGER NOT NULL, updated TEXT NOT NULL,
  perspective TEXT NOT NULL, collection TEXT NOT NULL, answers BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS responses_by_round_team ON responses (round, team);
CREATE TABLE IF NOT EXISTS remarks (response INTEGER NOT NULL, dimension INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (response, dimension)) WITHOUT ROWID;
"""


def answer_bytes(pairs):
    """A response's answers as the program stores them (src/core/store/answer_bytes.h): in the response's row, a
    signed byte per item, 0 for unanswered, trailing unanswered items left off."""
    stored = bytearray(max((i + 1 for i, _ in pairs), default=0))
    for i, v in pairs:
        stored[i] = v & 0xFF
    return bytes(stored).rstrip(b"\0")


def refuse(path, line, reason):
    sys.exit(f"{path}:{line}: {reason}")


def main(path, db_path):
    if os.path.getsize(path) > 200 * 1024 * 1024:
        refuse(path, 0, "file too large")
    db = sqlite3.connect(db_path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(SCHEMA)
    db.execute("BEGIN IMMEDIATE")
    teams = dict(db.execute("SELECT name, id FROM teams"))
    next_id = (db.execute("SELECT max(id) FROM responses").fetchone()[0] or 0) + 1
    now = datetime.datetime.utcnow().isoformat()
    models, round_id, label, date = {}, None, None, None
    responses, remarks = [], []
    inserted = present = 0
    parser = ET.iterparse(path, events=("start", "end"))
    depth = 0
    try:
        for event, el in parser:
            if event == "start":
                depth += 1
                allowed = {1: {"herstelspiegel-responses"}, 2: {"round", "questionnaire", "response"},
                           3: {"answer", "remark"}}.get(depth, set())
                if el.tag not in allowed:
                    refuse(path, 0, f"unknown element <{el.tag}>")
                continue
            depth -= 1
            tag = el.tag
            if tag == "round":
                if set(el.attrib) - {"label", "date"}:
                    refuse(path, 0, "unknown attribute on <round>")
                label, date = el.get("label", ""), el.get("date", "")
                datetime.date.fromisoformat(date)
                if not label.strip():
                    refuse(path, 0, "the round has no label")
            elif tag == "questionnaire" and "perspective" in el.attrib:
                if el.get("perspective") not in ("client", "relative") or el.get("perspective") in models:
                    refuse(path, 0, "unknown or second perspective on <questionnaire>")
                models[el.get("perspective")] = Model(el.text or "")
            elif tag == "questionnaire":
                models["team"] = Model(el.text or "")
                row = db.execute("SELECT id FROM rounds WHERE label = ?", (label,)).fetchone()
                round_id = row[0] if row else db.execute("INSERT INTO rounds (label, date, definition) VALUES (?, ?, ?)",
                                                         (label, date, el.text)).lastrowid
            elif tag == "response":
                a = el.attrib
                if set(a) - {"uid", "code", "team", "role", "consensus", "perspective", "collection"}:
                    refuse(path, 0, "unknown attribute on <response>")
                uid, team = a.get("uid", ""), a.get("team", "")
                if not uid or not team.strip() or a.get("role", "") not in ROLES:
                    refuse(path, 0, "response without uid, team or with an unknown role")
                if a.get("consensus", "false") not in ("true", "false"):
                    refuse(path, 0, "consensus must be true or false")
                perspective, collection = a.get("perspective", "team"), a.get("collection", "wizard")
                if perspective not in models or collection not in COLLECTIONS:
                    refuse(path, 0, "unknown perspective or way of collecting")
                model = models[perspective]
                seen, rows = set(), []
                for child in el:
                    if child.tag == "answer":
                        if set(child.attrib) - {"item", "value"}:
                            refuse(path, 0, "unknown attribute on <answer>")
                        i = model.item_index.get(child.get("item"))
                        if i is None or i in seen:
                            refuse(path, 0, "unknown item or a second answer")
                        seen.add(i)
                        text = child.get("value", "")
                        v = ANSWERS.get(text)
                        if v is None:
                            v = int(text) if text.isdigit() else 0
                        if v not in model.items[i]["codes"]:
                            refuse(path, 0, "answer outside its scale")
                        rows.append((i, v))
                    else:
                        d = model.dimension_index.get(child.get("dimension"))
                        if d is None:
                            refuse(path, 0, "remark for an unknown dimension")
                        remarks.append((next_id, d, child.text or ""))
                if db.execute("SELECT 1 FROM responses WHERE uid = ?", (uid,)).fetchone():
                    present += 1
                else:
                    if team not in teams:
                        teams[team] = db.execute("INSERT INTO teams (name) VALUES (?)", (team,)).lastrowid
                    responses.append((next_id, uid, a.get("code", ""), round_id, teams[team], a.get("role", ""),
                                      1 if a.get("consensus") == "true" else 0, "complete", 0, now, perspective, collection,
                                      answer_bytes(rows)))
                    next_id += 1
                    inserted += 1
                el.clear()
                if len(responses) >= 1000:
                    flush(db, responses, remarks)
    except (ET.ParseError, ValueError) as e:
        db.execute("ROLLBACK")
        refuse(path, getattr(e, "position", (0,))[0], str(e))
    flush(db, responses, remarks)
    db.execute("COMMIT")
    print(f"{path}: {inserted} responses imported, {present} already present")


def flush(db, responses, remarks):
    db.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", responses)
    db.executemany("INSERT INTO remarks VALUES (?, ?, ?)", remarks)
    responses.clear()
    remarks.clear()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
