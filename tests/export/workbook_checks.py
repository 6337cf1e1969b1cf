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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stored_answers import answer_rows  # noqa: E402

CLI, WORKDIR, CHECK = sys.argv[1], sys.argv[2], sys.argv[3]
DB = os.path.join(WORKDIR, "hs.db")
TREND = os.path.join(WORKDIR, "trend.xlsx")
TREND_EN = os.path.join(WORKDIR, "trend-en.xlsx")
COMPARE = os.path.join(WORKDIR, "compare.xlsx")
ONES = os.path.join(WORKDIR, "ones.xlsx")
THREE = os.path.join(WORKDIR, "three-rounds.xlsx")
THRESHOLD = 5  # the program's default anonymity threshold
LOCALES = os.path.join(WORKDIR, "locales")
SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # the repository


def cli(*args, expect=0, env=None):
    result = subprocess.run([CLI, "--db", DB, *args], capture_output=True, text=True, env=env)
    if result.returncode != expect:
        sys.exit(f"{args}: exit {result.returncode}, expected {expect}\n{result.stdout}{result.stderr}")
    return result.stdout


def write(name, text):
    path = os.path.join(WORKDIR, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def setup():
    """Three rounds; FACT Noord with 5 and 5 respondents, Klein with 2 (under the threshold), a formula-like remark;
    Eens answering 1 everywhere; Drie with 5, 2 and 5 respondents (the middle round hidden)."""
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    cli("new-round", "--label", "2025-najaar", "--date", "2025-10-01")
    cli("new-round", "--label", "2026-voorjaar", "--date", "2026-04-01")
    cli("new-round", "--label", "2026-najaar", "--date", "2026-10-01")
    header = "rol,presentie.eerst-luisteren,presentie.leven-vragen,presentie.doelen-eigen-woorden," \
             "referentiekader.vaktermen-uitleggen,referentiekader.eigen-uitleg,referentiekader.diagnose-eerst," \
             "hoop.vooruitgang-benoemen,opmerking:presentie\n"
    r1 = header + "practitioner,2,3,2,3,3,4,3,\n" \
                  "practitioner,3,3,nvt,2,2,5,3,\n" \
                  "manager,2,2,3,3,3,4,2,\"=SUM(A1:A3)\"\n" \
                  "expert-by-experience,3,4,3,weet niet,3,3,4,Meer tijd nodig\n" \
                  "practitioner,4,3,3,3,4,2,3,\n"
    r2 = header + "practitioner,4,4,4,5,4,2,4,\n" \
                  "practitioner,5,4,4,4,4,1,5,\n" \
                  "manager,4,5,5,4,3,2,4,\n" \
                  "practitioner,4,4,,4,4,2,4,\n" \
                  "practitioner,5,5,4,4,5,1,5,Veel beter dan vorig jaar\n"
    small = header + "practitioner,1,1,1,1,1,5,1,Geheim\npractitioner,2,2,2,2,2,4,2,\n"
    ones = header + "".join("practitioner,1,1,1,1,1,1,1,\n" for _ in range(5))
    low = header + "".join("practitioner,2,2,2,2,2,4,2,\n" for _ in range(5))
    high = header + "".join("practitioner,5,5,4,5,5,1,5,\n" for _ in range(5))
    cli("import", "--round", "2025-najaar", "--team", "FACT Noord", write("r1.csv", r1))
    cli("import", "--round", "2026-voorjaar", "--team", "FACT Noord", write("r2.csv", r2))
    cli("import", "--round", "2026-voorjaar", "--team", "Klein", write("small.csv", small))
    cli("import", "--round", "2026-voorjaar", "--team", "Eens", write("ones.csv", ones))
    cli("import", "--round", "2025-najaar", "--team", "Drie", write("low.csv", low))
    cli("import", "--round", "2026-voorjaar", "--team", "Drie", write("small2.csv", small))
    cli("import", "--round", "2026-najaar", "--team", "Drie", write("high.csv", high))
    # Agreements: one overdue whatever the day, one made after the latest round, one done.
    for args in (("--round", "2025-najaar", "--dimension", "presentie", "--due", "2000-01-02", "--text", "Levensverhaal eerst"),
                 ("--round", "2026-voorjaar", "--dimension", "hoop", "--due", "2999-12-31", "--text", "=Hoop delen"),
                 ("--round", "2025-najaar", "--dimension", "referentiekader", "--text", "Diagnose minder leidend")):
        cli("actions", "add", "--team", "FACT Noord", *args)
    cli("actions", "set-status", "3", "done", "--note", "Gelukt", "--date", "2026-04-02")
    # Klein has no numbers in any round, and still its plan.
    cli("actions", "add", "--team", "Klein", "--round", "2026-voorjaar", "--dimension", "hoop", "--text", "Vaker doorvragen")
    cli("export-trend", "--team", "FACT Noord", "--out", TREND)
    cli("export-trend", "--team", "FACT Noord", "--out", TREND_EN, "--lang", "en")
    cli("export-compare", "--round", "2026-voorjaar", "--out", COMPARE)
    cli("export-trend", "--team", "Klein", "--out", os.path.join(WORKDIR, "klein.xlsx"))
    cli("export-trend", "--team", "Eens", "--out", ONES)
    cli("export-trend", "--team", "Drie", "--out", THREE)


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
    rows = answer_rows(db, "ro.label = ? AND t.name = ? AND r.status = 'complete'", (round_label, team))
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
        result[dim_id] = sum(scores) / len(scores) if len(scores) >= THRESHOLD else None
    return result


def sheet_rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def check_sheets():
    wb = openpyxl.load_workbook(TREND)
    # No "Gegevens" sheet: a workbook for the team, its manager or its trainer holds no individual answers.
    assert wb.sheetnames == ["Overzicht", "Coaching", "Afspraken", "Themascores", "Stellingen", "Verdeling", "Spiegel",
                             "Perspectieven", "Opmerkingen", "Vragenlijst"], wb.sheetnames
    en = openpyxl.load_workbook(TREND_EN)
    assert en.sheetnames[0] == "Overview" and en.sheetnames[-1] == "Questionnaire", en.sheetnames
    assert en["Dimensions"]["G1"].value == "Mean", en["Dimensions"]["G1"].value
    # Statements on the frequency and the agreement scale share the distribution's columns, labelled with both.
    dist = sheet_rows(wb["Verdeling"])
    assert dist[2][2] == "1 Nooit / Helemaal oneens" and dist[2][6] == "5 Altijd / Helemaal eens", dist[2]
    cmp = openpyxl.load_workbook(COMPARE)
    assert cmp.sheetnames == ["Teams vergeleken", "Spiegelkaart", "Organisatietrend", "Kwaliteit vragenlijst", "Vragenlijst"], \
        cmp.sheetnames


def check_values():
    wb = openpyxl.load_workbook(TREND)
    checked = 0
    ws = wb["Themascores"]
    rows = sheet_rows(ws)
    header = rows[0]
    col = {name: header.index(name) for name in ("Ronde", "Thema-id", "Gemiddelde", "N")}
    for label in ("2025-najaar", "2026-voorjaar"):
        expected = expected_dimension_means("FACT Noord", label)
        for row in rows[1:]:
            if row[col["Ronde"]] != label:
                continue
            want = expected[row[col["Thema-id"]]]
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


def check_agreements():
    """The Afspraken sheet: every agreement with the dimension's mean when made and now, and the change with its
    interval; the overdue open one marked. The coaching sheet starts with the open ones, overdue first."""
    wb = openpyxl.load_workbook(TREND)
    rows = sheet_rows(wb["Afspraken"])
    head = rows[0]
    col = {name: head.index(name) for name in ("Nr.", "Gemaakt na ronde", "Thema-id", "Afspraak", "Status", "Uiterlijk",
                                               "Verlopen", "Gemiddelde toen", "Laatste ronde", "Gemiddelde nu",
                                               "Verschil", "95%-interval laag", "95%-interval hoog", "Oordeel",
                                               "Evaluatie")}
    by_dim = {r[col["Thema-id"]]: r for r in rows[1:]}
    assert sorted(by_dim) == ["hoop", "presentie", "referentiekader"], by_dim
    then = expected_dimension_means("FACT Noord", "2025-najaar")
    now = expected_dimension_means("FACT Noord", "2026-voorjaar")
    for dim in ("presentie", "referentiekader"):
        r = by_dim[dim]
        assert math.isclose(r[col["Gemiddelde toen"]], then[dim], abs_tol=1e-9), r
        assert math.isclose(r[col["Gemiddelde nu"]], now[dim], abs_tol=1e-9), r
        assert math.isclose(r[col["Verschil"]], now[dim] - then[dim], abs_tol=1e-9), r
        assert r[col["95%-interval laag"]] < r[col["Verschil"]] < r[col["95%-interval hoog"]], r
        assert r[col["Oordeel"]] in ("verbeterd", "verslechterd", "geen duidelijke verandering"), r
        assert r[col["Laatste ronde"]] == "2026-voorjaar", r
    presence = by_dim["presentie"]
    assert presence[col["Verlopen"]] == "VERLOPEN" and presence[col["Status"]] == "open", presence
    assert presence[col["Uiterlijk"]] == "2000-01-02", presence
    assert by_dim["referentiekader"][col["Status"]] == "gedaan" and not by_dim["referentiekader"][col["Verlopen"]]
    assert by_dim["referentiekader"][col["Evaluatie"]] == "Gelukt"
    hope = by_dim["hoop"]
    assert not hope[col["Verlopen"]] and hope[col["Afspraak"]] == "=Hoop delen", hope
    assert hope[col["Oordeel"]] == "nog geen latere ronde" and hope[col["Verschil"]] is None, hope
    assert now["hoop"] is None and hope[col["Gemiddelde toen"]] == "geen scores", hope  # too few items answered
    coaching = sheet_rows(wb["Coaching"])
    assert coaching[2][0] == "Open afspraken", coaching[:4]
    listed = [r[0] for r in coaching[4:6]]
    assert listed == ["presentie", "hoop"], coaching[2:7]  # overdue first, the done one left out
    assert "VERLOPEN" in coaching[4][3], coaching[4]
    assert not any(r[0] == "referentiekader" for r in coaching[4:7])
    # A team without numbers: the coaching sheet says so and still lists its open agreement, without a number.
    small = sheet_rows(openpyxl.load_workbook(os.path.join(WORKDIR, "klein.xlsx"))["Coaching"])
    assert small[2][0] == "Open afspraken", small[:5]
    assert small[4][0] == "hoop" and "Vaker doorvragen" in small[4][1], small[:5]
    assert not any(isinstance(v, float) for row in small for v in row), small


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
    # Each team once: two of the four teams have numbers this round; no respondent count and no mode for the row.
    assert org[0] == "Organisatie (gemiddelde van de 2 teams met getallen)" and org[1] is None and org[2] is None, org
    # The trend goes up to the round compared: the later round 2026-najaar is not in it.
    trend = sheet_rows(cmp["Organisatietrend"])
    labels = [r[0] for r in trend]
    assert "2025-najaar" in labels and "2026-voorjaar" in labels and "2026-najaar" not in labels, labels
    eens = expected_dimension_means("Eens", "2026-voorjaar")["presentie"]
    # Klein and Drie have no numbers this round, so the mean of FACT Noord and Eens, each team once.
    assert math.isclose(org[3], (want + eens) / 2, abs_tol=1e-9), org
    small = openpyxl.load_workbook(os.path.join(WORKDIR, "klein.xlsx"))
    for ws in small.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.value != "Geheim", f"a remark of a group under the threshold leaked in {ws.title}"
                assert not isinstance(c.value, float), f"a number of a group under the threshold in {ws.title}"
    # Its sheets say why they show no numbers: too few questionnaires, not none.
    notes = [c.value for ws in small.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(n.startswith("In elke ronde te weinig ingevulde vragenlijsten") and "minstens 5 per ronde" in n for n in notes), notes
    assert not any("Geen ingevulde vragenlijsten" in n for n in notes), notes
    # Perspectives of FACT Noord's latest round: 4 practitioners and 1 manager, both under 5: the manager is
    # hidden, and the practitioners with them (else team minus practitioners is the manager).
    persp = sheet_rows(openpyxl.load_workbook(TREND)["Perspectieven"])
    for row in persp[3:]:
        assert not any(isinstance(v, float) for v in row[1:]), row
    assert not any("N 1" in str(v) for v in persp[2]), persp[2]  # a hidden role's size is not shown either
    # The threshold can never be set below 3: a usage error (exit 2), the file not written.
    never = os.path.join(WORKDIR, "never-2.xlsx")
    cli("export-trend", "--team", "FACT Noord", "--out", never, "--threshold", "2", expect=2)
    cli("export-compare", "--round", "2026-voorjaar", "--out", never, "--threshold", "1", expect=2)
    cli("export-raw", "--round", "2026-voorjaar", "--out", never, "--remark-threshold", "2", expect=2)
    assert not os.path.exists(never)
    low = write("low-threshold.xml", '<report id="r" kind="team-trend"><settings anonymity-threshold="2"/>'
                                     '<sheet type="overview"><title lang="nl">X</title><title lang="en">X</title></sheet></report>')
    result = subprocess.run([CLI, "--db", DB, "export-trend", "--team", "FACT Noord", "--report", low, "--out", never],
                            capture_output=True, text=True)
    assert result.returncode == 1 and "must be a number from 3 to 1000" in result.stderr, result.stderr
    # At threshold 3 (the minimum) the practitioners (4) could show, but the manager (1) alone would then follow
    # from the team's total: the practitioners are hidden with the manager.
    three = os.path.join(WORKDIR, "trend-3.xlsx")
    cli("export-trend", "--team", "FACT Noord", "--out", three, "--threshold", "3")
    rows = sheet_rows(openpyxl.load_workbook(three)["Perspectieven"])
    assert all(not isinstance(v, float) for r in rows[3:] for v in r[1:]), rows


def check_raw():
    """The coordinator's raw export: random numbers instead of codes, random order, no team or role for small
    groups, remarks only at the remark threshold; the team workbooks hold none of it."""
    import csv
    first, second = os.path.join(WORKDIR, "raw1.csv"), os.path.join(WORKDIR, "raw2.csv")
    out = cli("export-raw", "--round", "2026-voorjaar", "--out", first)
    cli("export-raw", "--round", "2026-voorjaar", "--out", second)
    rows = list(csv.DictReader(open(first, encoding="utf-8")))
    again = list(csv.DictReader(open(second, encoding="utf-8")))
    # FACT Noord 5 and Eens 5; Klein's 2 and Drie's 2 together are fewer than 5 to hide among, so left out.
    assert len(rows) == len(again) == 10, (len(rows), out)
    db = sqlite3.connect(DB)
    codes = {c for (c,) in db.execute("SELECT code FROM responses")}
    text = open(first, encoding="utf-8").read()
    assert not any(code in text for code in codes), "a respondent code in the raw export"
    assert sorted(int(r["nummer"]) for r in rows) == list(range(1, len(rows) + 1))
    assert [r["nummer"] for r in rows] != [r["nummer"] for r in again] or \
           [r["presentie.eerst-luisteren"] for r in rows] != [r["presentie.eerst-luisteren"] for r in again], "not random per export"
    teams = {r["team"] for r in rows}
    assert teams == {"FACT Noord", "Eens"}, teams
    assert all(r["rol"] == "" for r in rows if r["team"] in ("", "FACT Noord")), rows  # roles under 5 hidden
    assert all(r["rol"] == "practitioner" for r in rows if r["team"] == "Eens"), rows
    remarks = [r["opmerking:presentie"] for r in rows if r["opmerking:presentie"]]
    assert remarks == ["Veel beter dan vorig jaar"], remarks  # "Geheim" is a small group's
    # A single small team's raw data is not exported at all.
    one = os.path.join(WORKDIR, "raw-klein.csv")
    cli("export-raw", "--round", "2026-voorjaar", "--team", "Klein", "--out", one)
    assert len(list(csv.DictReader(open(one, encoding="utf-8")))) == 0


def check_reverse_scored():
    """Team Eens answers 1 ("Helemaal oneens") everywhere, a reverse-scored statement included."""
    wb = openpyxl.load_workbook(ONES)
    rows = sheet_rows(wb["Verdeling"])
    header = rows[2]
    one = next(i for i, h in enumerate(header) if h and str(h).startswith("1 "))
    five = next(i for i, h in enumerate(header) if h and str(h).startswith("5 "))
    rev = next(r for r in rows if r[0] == "referentiekader.diagnose-eerst")
    assert rev[one] == 5 and rev[five] == 0, (header, rev)  # as answered, under the answer's label
    assert "omgekeerd gescoord" in rev, rev
    plain = next(r for r in rows if r[0] == "presentie.eerst-luisteren")
    assert plain[one] == 5 and "omgekeerd gescoord" not in plain, plain
    items = sheet_rows(wb["Stellingen"])
    col = items[0].index("Gemiddelde")
    mean = next(r for r in items if r[3] == "referentiekader.diagnose-eerst")
    assert mean[col] == 5 and mean[items[0].index("Omgekeerd gescoord")] == "ja", mean  # the mean is mirrored


def check_previous_round():
    """Drie: round 2 under the threshold. The coaching sheet compares round 3 with round 1, the same previous
    round the GUI's result model uses (team_trend's `previous`)."""
    rows = sheet_rows(openpyxl.load_workbook(THREE)["Coaching"])
    flat = [v for r in rows for v in r if isinstance(v, str)]
    assert "2025-najaar → 2026-najaar" in flat, flat
    assert "verbeterd" in flat, "clear changes from 2 to 5"


def localised_env():
    """A comma-decimal locale (nl_NL.UTF-8), generated here with localedef so no system set-up is needed."""
    target = os.path.join(LOCALES, "nl_NL.UTF-8")
    if not os.path.isdir(target):
        os.makedirs(LOCALES, exist_ok=True)
        subprocess.run(["localedef", "-i", "nl_NL", "-f", "UTF-8", target], check=True, capture_output=True)
    env = dict(os.environ, LOCPATH=LOCALES, LC_ALL="nl_NL.UTF-8")
    shown = subprocess.run(["/usr/bin/printf", "%.2f", "3.5"], env=env, capture_output=True, text=True).stdout
    assert shown == "3,50", f"the test locale does not write a decimal comma: {shown!r}"
    return env


def check_locale():
    """The CLI under a Dutch locale writes the same workbook, numbers with a decimal point that a spreadsheet reads
    as numbers, and reads a report definition's 0.5 as a half."""
    env = localised_env()
    dutch = os.path.join(WORKDIR, "trend-nl-locale.xlsx")
    cli("export-trend", "--team", "FACT Noord", "--out", dutch, env=env)
    with open(TREND, "rb") as a, open(dutch, "rb") as b:
        assert a.read() == b.read(), "the locale changed the workbook"
    report = write("decimals.xml", '<report id="r" kind="organisation-compare"><settings scale-low="0.5" scale-mid="2.5" '
                                   'scale-high="4.5"/><sheet type="comparison"><title lang="nl">Teams</title>'
                                   '<title lang="en">Teams</title></sheet></report>')
    compare = os.path.join(WORKDIR, "compare-nl-locale.xlsx")
    cli("export-compare", "--round", "2026-voorjaar", "--report", report, "--out", compare, env=env)
    rows = sheet_rows(openpyxl.load_workbook(compare)["Teams"])
    noord = next(r for r in rows if r[0] == "FACT Noord")
    want = expected_dimension_means("FACT Noord", "2026-voorjaar")["presentie"]
    assert isinstance(noord[3], float) and math.isclose(noord[3], want, abs_tol=1e-9), noord
    with zipfile.ZipFile(compare) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert 'val="2.5"' in sheet or ">2.5<" in sheet, "the colour scale's 2.5 as written"


ENGLISH = {"the", "and", "with", "from", "to", "round", "rounds", "mean", "median", "previous", "current",
           "difference", "verdict", "improved", "declined", "change", "changes", "respondents", "few",
           "yes", "no", "chart", "empty", "cell", "strongest", "weakest", "share", "unanswered", "know",
           "reverse", "scored", "statement", "dimension", "dimensions", "part", "questionnaire", "version", "remark",
           "remarks", "note", "groups", "threshold", "agreement", "latest", "organisation", "compared", "trend",
           "across", "distribution", "answers", "consensus response", "not", "comparable", "clear", "differ"}
DUTCH = {"ronde", "gemiddelde", "vorige", "huidige", "verschil", "oordeel", "verbeterd", "verslechterd", "weinig",
         "respondenten", "geen", "opmerkingen", "groepen", "drempel", "dimensie", "thema", "stelling", "deel", "vragenlijst",
         "versie", "ja", "nee", "omgekeerd", "gescoord", "verdeling", "duidelijke", "verandering", "van"}


def words_in(path, vocabulary):
    found = []
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str) and not re.fullmatch(r"[a-z0-9.\-]+", c.value):  # ids are ids
                    hits = set(re.findall(r"[a-z']+", c.value.lower())) & vocabulary
                    if hits:
                        found.append((ws.title, c.coordinate, c.value, sorted(hits)))
    return found


def check_language():
    """Every text of a Dutch workbook from the CLI is Dutch (notes and reasons included), and of an English one
    English: both come from the analysis's reason codes through the one catalogue."""
    for book in (TREND, COMPARE, ONES, THREE):
        english = words_in(book, ENGLISH)
        assert not english, english[:10]
    notes = [v for r in sheet_rows(openpyxl.load_workbook(THREE)["Coaching"]) for v in r if isinstance(v, str)]
    assert "geen scores" in notes or "te weinig respondenten" in notes, "the reasons are there, in Dutch"
    english_book = os.path.join(WORKDIR, "three-en.xlsx")
    cli("export-trend", "--team", "Drie", "--out", english_book, "--lang", "en")
    dutch = [f for f in words_in(english_book, DUTCH) if f[0] != "Remarks"]  # remarks are the team's own words
    assert not dutch, dutch[:10]


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
    # A marker on every point of every line (a round between two hidden ones still shows) and titles on both axes.
    for name, xml in list(trend.items()) + list(compare.items()):
        if "<c:lineChart>" in xml or "<c:radarChart>" in xml:
            for series in re.findall(r"<c:ser>.*?</c:ser>", xml, re.S):
                assert '<c:symbol val="circle"/>' in series, f"{name}: a series without markers"
        if "<c:lineChart>" in xml or "<c:barChart>" in xml:
            axes = re.findall(r"<c:(?:catAx|valAx)>.*?</c:(?:catAx|valAx)>", xml, re.S)
            assert len(axes) == 2 and all("<c:title>" in a for a in axes), f"{name}: an axis without a title"
    line = next(x for x in trend.values() if "<c:lineChart>" in x)
    assert "<a:t>Ronde</a:t>" in line and "<a:t>Gemiddelde score</a:t>" in line, "axis titles in Dutch"
    # The distribution names statements by a short text, not by id, and colours the answer positions diverging
    # from the scale's middle: orange below, grey at it, blue above.
    bar = next(x for x in trend.values() if "<c:barChart>" in x)
    categories = re.findall(r"<c:cat>.*?</c:cat>", bar, re.S)[0]
    assert "presentie.eerst-luisteren" not in categories, "category axis shows item ids"
    labels = re.findall(r"<c:v>(.*?)</c:v>", categories)
    assert labels and all(len(l) <= 48 and "." not in l for l in labels), labels
    fills = [tuple(int(c[i:i + 2], 16) for i in (0, 2, 4)) for c in re.findall(r'<a:srgbClr val="([0-9A-F]{6})"/>', bar)]
    assert len(fills) == 5, fills
    low, mid, high = fills[0], fills[2], fills[4]
    assert low[0] > low[2] + 80 and high[2] > high[0] + 80, ("orange below, blue above", fills)
    assert max(mid) - min(mid) < 10, ("grey in the middle", fills)
    assert fills[1][0] - fills[1][2] < low[0] - low[2], ("the colour deepens away from the middle", fills)


def check_print():
    """Every sheet of the trend workbook prints landscape, one page wide, with its headings repeated and a header
    that names the team, the sheet and the round, and page numbers in the footer. Sheets that grow with every round
    print one page: the overview (table and charts), and of the tables with a row per round only the latest round."""
    book = openpyxl.load_workbook(TREND)
    one_page = {"Overzicht", "Verdeling", "Themascores", "Stellingen"}
    for ws in book:
        assert ws.page_setup.orientation == "landscape", ws.title
        # (fitToWidth left out means 1, the default)
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth in (None, 1), ws.title
        # (fitToHeight left out means 1)
        assert ws.page_setup.fitToHeight in ((None, 1) if ws.title in one_page else (0,)), (ws.title, ws.page_setup.fitToHeight)
        header = ws.oddHeader
        assert "FACT Noord" in header.left.text and header.center.text == ws.title, (ws.title, header.left.text)
        if ws.title in ("Themascores", "Stellingen"):
            assert header.right.text == "afgedrukt: ronde 2026-voorjaar (het blad bevat alle rondes)", header.right.text
        else:
            assert header.right.text == "rondes t/m 2026-voorjaar", header.right.text
        assert ws.oddFooter.center.text == "pagina &P van &N", ws.oddFooter.center.text
    assert book["Stellingen"].print_title_rows == "$1:$1", book["Stellingen"].print_title_rows
    assert book["Themascores"].print_title_rows == "$1:$1"
    assert book["Overzicht"].print_title_rows == "$4:$4", book["Overzicht"].print_title_rows
    assert book["Verdeling"].print_title_rows == "$3:$3"
    # The tables with a row per round print the latest round's rows (under the repeated headings), nothing else.
    for title in ("Themascores", "Stellingen"):
        ws = book[title]
        assert len(ws.print_area) == 1, ws.print_area  # (openpyxl reads it as a list of ranges)
        area = re.fullmatch(r"\$A\$(\d+):\$([A-Z]+)\$(\d+)", ws.print_area[0])
        assert area, ws.print_area
        first, last = int(area.group(1)), int(area.group(3))
        rounds = {ws.cell(r, 1).value for r in range(first, last + 1)}
        assert rounds == {"2026-voorjaar"}, (title, rounds)
        assert ws.cell(first - 1, 1).value != "2026-voorjaar" and ws.cell(last + 1, 1).value is None, title
    # The overview prints the table and its charts, not the chart data under them.
    ov = book["Overzicht"]
    last = int(re.fullmatch(r"\$A\$1:\$[A-Z]+\$(\d+)", ov.print_area[0]).group(1))
    data_row = next(r for r in range(1, ov.max_row + 1) if str(ov.cell(r, 1).value).startswith("Grafiekgegevens"))
    assert last < data_row, (ov.print_area, data_row)
    for chart in ov._charts:
        assert chart.anchor._from.row + 1 <= last and chart.anchor.to.row + 1 <= last, "a chart outside the print area"
    # A team name with an ampersand prints as itself (Excel reads a single & as a code).
    amp, amp_db = os.path.join(WORKDIR, "amp.xlsx"), os.path.join(WORKDIR, "amp.db")  # a database of its own
    for args in (("new-round", "--label", "2026-voorjaar", "--date", "2026-04-01"),
                 ("import", "--round", "2026-voorjaar", "--team", "Zorg & Welzijn", os.path.join(WORKDIR, "ones.csv")),
                 ("export-trend", "--team", "Zorg & Welzijn", "--out", amp)):
        result = subprocess.run([CLI, "--db", amp_db, *args], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    assert "Zorg && Welzijn" in openpyxl.load_workbook(amp)["Overzicht"].oddHeader.left.text


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
    # A realistic team (the full questionnaire) prints a page a sheet, each naming the team, whether it has had
    # four rounds or twelve: no sheet grows with the rounds on paper.
    for rounds in (4, 12):
        demo_db = os.path.join(WORKDIR, f"print-demo-{rounds}.db")
        book = os.path.join(WORKDIR, f"print-demo-{rounds}.xlsx")
        for args in (("demo", "--teams", "1", "--rounds", str(rounds), "--respondents", "9", "--seed", "3"),
                     ("export-trend", "--team", "FACT Noord", "--out", book)):
            result = subprocess.run([CLI, "--db", demo_db, *args], capture_output=True, text=True)
            assert result.returncode == 0, result.stderr
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", WORKDIR, book], capture_output=True, text=True, timeout=300, check=True)
        pdf = os.path.splitext(book)[0] + ".pdf"
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        sheets = openpyxl.load_workbook(book).sheetnames
        assert pages == len(sheets) <= 10, f"{rounds} rounds: the trend workbook prints on {pages} pages"
        latest = None
        for page in range(1, pages + 1):
            text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"],
                                  capture_output=True, text=True).stdout
            assert "FACT Noord" in text and f"pagina {page} van" in text, (page, text[:300])
            head = text.lstrip().splitlines()[0]
            assert sheets[page - 1] in head, (page, head)  # in the sheets' order, one page each
            if sheets[page - 1] == "Stellingen":
                # The latest round only, under the table's headings.
                latest = re.search(r"afgedrukt: ronde (\S+)", head).group(1)
                assert "Stelling" in text and "Gemiddelde" in text, text[:600]
                labels = set(re.findall(r"^(\d{4}-\w+)\s", text, re.M))
                assert labels == {latest}, labels
        assert latest, "the Items sheet printed"
    # A shorter print: a report definition with the sheets a team reads prints a page each, nothing more.
    with open(os.path.join(SOURCE, "reports", "team-trend.xml"), encoding="utf-8") as f:
        shipped = f.read()
    short = re.sub(r'\s*<sheet type="(dimensions|items|perspectives|remarks|questionnaire)".*?</sheet>', "", shipped,
                   flags=re.S)
    definition = write("print-short.xml", short)
    book = os.path.join(WORKDIR, "print-short.xlsx")
    result = subprocess.run([CLI, "--db", os.path.join(WORKDIR, "print-demo-12.db"), "export-trend", "--team",
                             "FACT Noord", "--report", definition, "--out", book], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", WORKDIR, book], capture_output=True, text=True, timeout=300, check=True)
    info = subprocess.run(["pdfinfo", os.path.splitext(book)[0] + ".pdf"], capture_output=True, text=True).stdout
    sheets = openpyxl.load_workbook(book).sheetnames
    assert sheets == ["Overzicht", "Coaching", "Afspraken", "Verdeling", "Spiegel"], sheets
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == 5, info


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
    FACT Noord and Eens count (Klein and Drie are under the threshold), Cronbach's alpha over its complete answers, and the
    share at the best answer. The CLI verb writes the same sheet in English."""
    db = sqlite3.connect(DB)
    definition, = db.execute("SELECT q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire "
                             "WHERE r.label = '2026-voorjaar'").fetchone()
    root = ET.fromstring(definition.encode("utf-8"))
    items = [(i.get("id"), i.get("reverse") == "true") for i in root.iter("item")]
    dim = next(d for d in root.iter("dimension") if d.get("id") == "presentie")
    idx = [next(n for n, (iid, _) in enumerate(items) if iid == i.get("id")) for i in dim.findall("item")]
    rows = answer_rows(db, "ro.label = '2026-voorjaar' AND t.name IN ('FACT Noord', 'Eens') AND r.status = 'complete'")
    answers = {}
    for rid, item, value in rows:
        if item is not None:
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
    # Whatever the report's threshold (3 to 5), the five of FACT Noord and of Eens count, the two of Klein and Drie not.
    assert re.search(r"van 2 teams met minstens [345] respondenten \(10 respondenten\)\. Niet meegeteld: 2 teams", rows[1][0]), rows[1][0]
    presentie = next(r for r in rows if r[0] == "presentie")
    assert presentie[3] == len(cases) and math.isclose(presentie[4], alpha, abs_tol=1e-9), (presentie, alpha, cases)
    assert isinstance(presentie[7], float), presentie  # ICC(1): two teams to compare
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
    note = next(r[0] for r in ov if r[0] and str(r[0]).startswith("Trendbreuk bij 2026-voorjaar"))
    assert "vragenlijst 1.0 naar 2.0; 4 stellingen vergelijkbaar (zelfde id), 68 nieuw, 61 ingetrokken" in note, note
    coaching = [c for row in sheet_rows(openpyxl.load_workbook(book)["Coaching"]) for c in row if c]
    assert any(str(c).startswith("Trendbreuk bij 2026-voorjaar") for c in coaching), coaching


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}
if CHECK == "setup":
    setup()
else:
    CHECKS[CHECK]()
print(f"{CHECK}: ok")
