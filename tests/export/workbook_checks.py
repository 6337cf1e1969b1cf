#!/usr/bin/python3
"""Reads the exported workbooks back, as a manager's spreadsheet program would, and checks them against the
store. The expected numbers are computed here, independently of the C++ analysis, straight from the SQLite
database and the questionnaire definition stored in it (README, "How scores are computed").

usage: workbook_checks.py CLI WORKDIR CHECK
"""
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

CLI, WORKDIR, CHECK = sys.argv[1], sys.argv[2], sys.argv[3]
DB = os.path.join(WORKDIR, "hs.db")
TREND = os.path.join(WORKDIR, "trend.xlsx")
TREND_EN = os.path.join(WORKDIR, "trend-en.xlsx")
COMPARE = os.path.join(WORKDIR, "compare.xlsx")


def cli(*args, expect=0):
    result = subprocess.run([CLI, "--db", DB, *args], capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"{args}: exit {result.returncode}, expected {expect}\n{result.stdout}{result.stderr}")
    return result.stdout


def write(name, text):
    path = os.path.join(WORKDIR, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def setup():
    """Two rounds; FACT Noord with 4 and 5 respondents, Klein with 2 (under the threshold), a formula-like remark."""
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    cli("new-round", "--label", "2025-najaar", "--date", "2025-10-01")
    cli("new-round", "--label", "2026-voorjaar", "--date", "2026-04-01")
    header = "rol,presentie.eerst-luisteren,presentie.leven-vragen,presentie.doelen-eigen-woorden," \
             "referentiekader.vaktermen-uitleggen,referentiekader.eigen-uitleg,referentiekader.diagnose-eerst," \
             "hoop.vooruitgang-benoemen,opmerking:presentie\n"
    r1 = header + "practitioner,2,3,2,3,3,4,3,\n" \
                  "practitioner,3,3,nvt,2,2,5,3,\n" \
                  "manager,2,2,3,3,3,4,2,\"=SUM(A1:A3)\"\n" \
                  "expert-by-experience,3,4,3,weet niet,3,3,4,Meer tijd nodig\n"
    r2 = header + "practitioner,4,4,4,5,4,2,4,\n" \
                  "practitioner,5,4,4,4,4,1,5,\n" \
                  "manager,4,5,5,4,3,2,4,\n" \
                  "practitioner,4,4,,4,4,2,4,\n" \
                  "practitioner,5,5,4,4,5,1,5,Veel beter dan vorig jaar\n"
    small = header + "practitioner,1,1,1,1,1,5,1,Geheim\npractitioner,2,2,2,2,2,4,2,\n"
    cli("import", "--round", "2025-najaar", "--team", "FACT Noord", write("r1.csv", r1))
    cli("import", "--round", "2026-voorjaar", "--team", "FACT Noord", write("r2.csv", r2))
    cli("import", "--round", "2026-voorjaar", "--team", "Klein", write("small.csv", small))
    cli("export-trend", "--team", "FACT Noord", "--out", TREND)
    cli("export-trend", "--team", "FACT Noord", "--out", TREND_EN, "--lang", "en")
    cli("export-compare", "--round", "2026-voorjaar", "--out", COMPARE)
    cli("export-trend", "--team", "Klein", "--out", os.path.join(WORKDIR, "klein.xlsx"))


def expected_dimension_means(team, round_label):
    """Per dimension id: the mean over respondents of their mean effective item score, for respondents who
    answered at least half of the dimension's items; None when fewer than 3 respondents have a score."""
    db = sqlite3.connect(DB)
    definition, = db.execute("SELECT q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire "
                             "WHERE r.label = ?", (round_label,)).fetchone()
    root = ET.fromstring(definition.encode("utf-8"))
    scale = [int(p.get("value")) for p in root.find("scale").findall("point")]
    items, dims = [], []
    for dim in root.iter("dimension"):
        dims.append((dim.get("id"), [len(items) + i for i in range(len(dim.findall("item")))]))
        for item in dim.findall("item"):
            items.append(item.get("reverse") == "true")
    rows = db.execute("SELECT r.id, a.item, a.value FROM responses r JOIN rounds ro ON ro.id = r.round "
                      "JOIN teams t ON t.id = r.team LEFT JOIN answers a ON a.response = r.id "
                      "WHERE ro.label = ? AND t.name = ? AND r.status = 'complete'", (round_label, team)).fetchall()
    answers = {}
    for rid, item, value in rows:
        answers.setdefault(rid, {})
        if item is not None and value > 0:
            answers[rid][item] = (min(scale) + max(scale) - value) if items[item] else value
    result = {}
    for dim_id, idx in dims:
        scores = []
        for a in answers.values():
            got = [a[i] for i in idx if i in a]
            if got and len(got) >= (len(idx) + 1) // 2:
                scores.append(sum(got) / len(got))
        result[dim_id] = sum(scores) / len(scores) if len(scores) >= 3 else None
    return result


def sheet_rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def check_sheets():
    wb = openpyxl.load_workbook(TREND)
    assert wb.sheetnames == ["Overzicht", "Coaching", "Dimensies", "Items", "Verdeling", "Perspectieven",
                             "Opmerkingen", "Vragenlijst", "Gegevens"], wb.sheetnames
    en = openpyxl.load_workbook(TREND_EN)
    assert en.sheetnames[0] == "Overview" and en.sheetnames[-1] == "Data", en.sheetnames
    assert en["Dimensions"]["G1"].value == "Mean", en["Dimensions"]["G1"].value
    # Statements on the frequency and the agreement scale share the distribution's columns, labelled with both.
    dist = sheet_rows(wb["Verdeling"])
    assert dist[2][2] == "1 Nooit / Helemaal oneens" and dist[2][6] == "5 Altijd / Helemaal eens", dist[2]
    cmp = openpyxl.load_workbook(COMPARE)
    assert cmp.sheetnames == ["Teams vergeleken", "Organisatietrend", "Kwaliteit vragenlijst", "Vragenlijst"], cmp.sheetnames


def check_values():
    wb = openpyxl.load_workbook(TREND)
    checked = 0
    ws = wb["Dimensies"]
    rows = sheet_rows(ws)
    header = rows[0]
    col = {name: header.index(name) for name in ("Ronde", "Dimensie-id", "Gemiddelde", "N")}
    for label in ("2025-najaar", "2026-voorjaar"):
        expected = expected_dimension_means("FACT Noord", label)
        for row in rows[1:]:
            if row[col["Ronde"]] != label:
                continue
            want = expected[row[col["Dimensie-id"]]]
            got = row[col["Gemiddelde"]]
            if want is None:
                assert not isinstance(got, (int, float)), (label, row)
            else:
                assert isinstance(got, float) and math.isclose(got, want, abs_tol=1e-9), (label, row, want)
                assert isinstance(row[col["N"]], (int, float)), row
                checked += 1
    assert checked == 4, checked  # presentie and referentiekader in both rounds; hoop has too few items answered
    # The overview holds the same numbers, per round in columns.
    ov = sheet_rows(wb["Overzicht"])
    head = next(r for r in ov if r[0] == "Deel")
    presence = next(r for r in ov if r[1] == "Ruimte voor het levensverhaal")
    want = expected_dimension_means("FACT Noord", "2026-voorjaar")["presentie"]
    assert math.isclose(presence[head.index("2026-voorjaar")], want, abs_tol=1e-9), presence


def check_anonymity():
    cmp = openpyxl.load_workbook(COMPARE)
    rows = sheet_rows(cmp["Teams vergeleken"])
    klein = next(r for r in rows if r[0] == "Klein")
    assert "te weinig respondenten" in klein, klein
    assert not any(isinstance(v, float) for v in klein[3:]), klein
    noord = next(r for r in rows if r[0] == "FACT Noord")
    want = expected_dimension_means("FACT Noord", "2026-voorjaar")["presentie"]
    assert math.isclose(noord[3], want, abs_tol=1e-9), noord
    org = next(r for r in rows if r[0] and str(r[0]).startswith("Organisatie"))
    assert math.isclose(org[3], want, abs_tol=1e-9), org  # Klein has no numbers, so FACT Noord alone
    small = openpyxl.load_workbook(os.path.join(WORKDIR, "klein.xlsx"))
    for ws in small.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.value != "Geheim", f"a remark of a group under the threshold leaked in {ws.title}"
    data = sheet_rows(small["Gegevens"])
    assert len(data) == 1, "raw answers of a group under the threshold"
    # A role shared by fewer than the threshold is hidden in the raw data.
    roles = {r[3] for r in sheet_rows(openpyxl.load_workbook(TREND)["Gegevens"])[1:]}
    assert "leidinggevende" not in roles and "hulpverlener" in roles, roles


def check_text_and_numbers():
    wb = openpyxl.load_workbook(TREND)
    remarks = wb["Opmerkingen"]
    cells = [row[2] for row in remarks.iter_rows(min_row=2) if row[2].value]
    formula = [c for c in cells if c.value == "=SUM(A1:A3)"]
    assert formula and formula[0].data_type == "s", [(c.value, c.data_type) for c in cells]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"formula in {ws.title}!{c.coordinate}"
                if isinstance(c.value, str):
                    try:
                        float(c.value.replace(",", "."))
                        assert False, f"number stored as text in {ws.title}!{c.coordinate}: {c.value}"
                    except ValueError:
                        pass


def check_charts():
    def charts(path):
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")}
    trend = charts(TREND)
    kinds = " ".join(trend.values())
    assert len(trend) == 4, sorted(trend)  # two trend lines (one per part), the radar, the distribution
    assert "<c:lineChart>" in kinds and "<c:radarChart>" in kinds and "<c:barChart>" in kinds, "chart types"
    assert "'Overzicht'!$C$" in kinds, "chart series refer to the overview's data"
    compare = charts(COMPARE)
    assert len(compare) == 2 and all("<c:lineChart>" in c for c in compare.values()), sorted(compare)


def check_deterministic():
    again = os.path.join(WORKDIR, "trend-again.xlsx")
    cli("export-trend", "--team", "FACT Noord", "--out", again)
    with open(TREND, "rb") as a, open(again, "rb") as b:
        assert a.read() == b.read(), "the same data gave a different file"


def check_libreoffice():
    profile = os.path.join(WORKDIR, "lo-profile")
    for book in (TREND, COMPARE):
        result = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                                 "--convert-to", "pdf", "--outdir", WORKDIR, book],
                                capture_output=True, text=True, timeout=300)
        pdf = os.path.splitext(book)[0] + ".pdf"
        assert result.returncode == 0 and os.path.getsize(pdf) > 10000, (result.stdout, result.stderr)


def check_refusals():
    out = cli("export-trend", "--team", "FACT Noord", "--out", "/nonexistent/folder/x.xlsx", expect=1)
    bad = write("bad-report.xml", '<report id="r" kind="team-trend"><sheet type="pie"><title lang="nl">X</title>'
                                  '<title lang="en">X</title></sheet></report>')
    result = subprocess.run([CLI, "--db", DB, "export-trend", "--team", "FACT Noord", "--report", bad, "--out",
                             os.path.join(WORKDIR, "never.xlsx")], capture_output=True, text=True)
    assert result.returncode == 1 and "bad-report.xml:1: unknown sheet type 'pie'" in result.stderr, result.stderr
    assert not os.path.exists(os.path.join(WORKDIR, "never.xlsx"))
    leftovers = [n for n in os.listdir(WORKDIR) if n.endswith(".part")]
    assert not leftovers, leftovers


def check_instrument():
    """The questionnaire-quality sheet of the organisation workbook, against numbers computed here from the store:
    only FACT Noord counts (Klein is under the threshold), Cronbach's alpha over its complete answers, and the
    share at the best answer. The CLI verb writes the same sheet in English."""
    db = sqlite3.connect(DB)
    definition, = db.execute("SELECT q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire "
                             "WHERE r.label = '2026-voorjaar'").fetchone()
    root = ET.fromstring(definition.encode("utf-8"))
    items = [(i.get("id"), i.get("reverse") == "true") for i in root.iter("item")]
    dim = next(d for d in root.iter("dimension") if d.get("id") == "presentie")
    idx = [next(n for n, (iid, _) in enumerate(items) if iid == i.get("id")) for i in dim.findall("item")]
    rows = db.execute("SELECT r.id, a.item, a.value FROM responses r JOIN rounds ro ON ro.id = r.round "
                      "JOIN teams t ON t.id = r.team JOIN answers a ON a.response = r.id "
                      "WHERE ro.label = '2026-voorjaar' AND t.name = 'FACT Noord' AND r.status = 'complete'").fetchall()
    answers = {}
    for rid, item, value in rows:
        answers.setdefault(rid, {})[item] = value
    cases = [[a[i] for i in idx] for a in answers.values() if all(i in a and a[i] > 0 for i in idx)]

    def var(v):
        m = sum(v) / len(v)
        return sum((x - m) ** 2 for x in v) / (len(v) - 1)
    k = len(idx)
    alpha = k / (k - 1) * (1 - sum(var([c[j] for c in cases]) for j in range(k)) / var([sum(c) for c in cases]))
    first = [a[idx[0]] for a in answers.values() if idx[0] in a and a[idx[0]] > 0]
    top = sum(1 for v in first if v == 5) / len(first)

    rows = sheet_rows(openpyxl.load_workbook(COMPARE)["Kwaliteit vragenlijst"])
    # Whatever the report's threshold (3 to 5), FACT Noord's five count and Klein's two do not.
    assert re.search(r"van 1 teams met minstens [345] respondenten \(5 respondenten\)\. Niet meegeteld: 1 teams", rows[1][0]), rows[1][0]
    presentie = next(r for r in rows if r[0] == "presentie")
    assert presentie[3] == len(cases) and math.isclose(presentie[4], alpha, abs_tol=1e-9), (presentie, alpha, cases)
    assert presentie[7] is None, presentie  # ICC(1) needs two teams
    item = next(r for r in rows if r[1] == items[idx[0]][0])
    assert math.isclose(item[7], top, abs_tol=1e-9) and item[8] == "Altijd", (item, top)

    book = os.path.join(WORKDIR, "quality-en.xlsx")
    out = cli("instrument-report", "--round", "2026-voorjaar", "--out", book, "--lang", "en")
    assert "Written:" in out and "2026-voorjaar" in out, out
    en = openpyxl.load_workbook(book)
    assert en.sheetnames == ["Questionnaire quality"], en.sheetnames
    assert sheet_rows(en["Questionnaire quality"])[4][4] == "Cronbach's alpha"
    cli("instrument-report", "--round", "no-such-round", "--out", book, expect=1)


def check_version_break():
    """A team with a round on questionnaire 1.0 and one on 2.0: the overview marks the break and says how many
    statements carry on (matched by id); the coaching sheet repeats it."""
    db = os.path.join(WORKDIR, "versions.db")
    src = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    v1 = os.path.join(src, "questionnaires", "archive", "herstelondersteuning-team-1.0.xml")

    def run(*args):
        result = subprocess.run([CLI, "--db", db, *args], capture_output=True, text=True)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
    if os.path.exists(db):
        os.remove(db)
    run("new-round", "--label", "2025-najaar", "--date", "2025-10-01", "--questionnaire", v1)
    run("new-round", "--label", "2026-voorjaar", "--date", "2026-04-01")
    old = "rol,presentie.aandacht,hoop.beperkingen,ruimte-financiering.tijd\n" + "practitioner,3,2,3\n" * 5
    new = "rol,presentie.eerst-luisteren,hoop.beperkingen,ruimte-financiering.tijd\n" + "practitioner,4,2,4\n" * 5
    run("import", "--round", "2025-najaar", "--team", "Wissel", write("v1.csv", old))
    run("import", "--round", "2026-voorjaar", "--team", "Wissel", write("v2.csv", new))
    book = os.path.join(WORKDIR, "versions.xlsx")
    run("export-trend", "--team", "Wissel", "--out", book, "--threshold", "5")
    ov = sheet_rows(openpyxl.load_workbook(book)["Overzicht"])
    versions = next(r for r in ov if r[1] == "Vragenlijstversie")
    assert versions[2] == "v1.0" and versions[3] == "v2.0 (trendbreuk)", versions
    note = next(r[0] for r in ov if r[0] and str(r[0]).startswith("trendbreuk 2026-voorjaar"))
    assert "1.0 → 2.0; 4 stellingen vergelijkbaar (zelfde id), 68 nieuw, 61 ingetrokken" in note, note
    coaching = [c for row in sheet_rows(openpyxl.load_workbook(book)["Coaching"]) for c in row if c]
    assert any(str(c).startswith("trendbreuk 2026-voorjaar") for c in coaching), coaching


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}
if CHECK == "setup":
    setup()
else:
    CHECKS[CHECK]()
print(f"{CHECK}: ok")
