#!/usr/bin/python3
"""Reads the PDF reports back as a reader's PDF program would (poppler's pdftotext, pdfinfo, pdffonts) and
checks them against the trend workbook of the same team, written by the same program from the same store.

usage: pdf_checks.py CLI WORKDIR CHECK
"""
import glob
import os
import re
import shutil
import sqlite3
import subprocess
import sys

import openpyxl

CLI, WORKDIR, CHECK = sys.argv[1], sys.argv[2], sys.argv[3]
SOURCE = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
DB = os.path.join(WORKDIR, "hs.db")
REPORT_NL = os.path.join(WORKDIR, "report-nl.pdf")
REPORT_EN = os.path.join(WORKDIR, "report-en.pdf")
FORMS = os.path.join(WORKDIR, "forms.pdf")
TREND = os.path.join(WORKDIR, "trend.xlsx")
REPORT_SMALL = os.path.join(WORKDIR, "report-small.pdf")


def run(*args, expect=0):
    result = subprocess.run(list(args), capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"{args}: exit {result.returncode}, expected {expect}\n{result.stdout}{result.stderr}")
    return result.stdout


def cli(*args, expect=0):
    return run(CLI, "--db", DB, *args, expect=expect)


def text_of(pdf):
    """The PDF's text with white space folded, so wrapped lines read as one sentence."""
    return " ".join(run("pdftotext", "-enc", "UTF-8", pdf, "-").split())


def team_and_rounds():
    db = sqlite3.connect(DB)
    team = db.execute("SELECT name FROM teams ORDER BY id LIMIT 1").fetchone()[0]
    rounds = [r for r, in db.execute("SELECT label FROM rounds ORDER BY date, label")]
    return team, rounds


def setup():
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    cli("demo", "--teams", "3", "--rounds", "2", "--respondents", "9", "--seed", "7")
    team, rounds = team_and_rounds()
    cli("actions", "add", "--team", team, "--round", rounds[0], "--dimension", "presentie", "--due", "2000-01-01",
        "--owner", "Anna", "--text", "Elke week één levensverhaal in het teamoverleg")
    # Agreement 2: open, no due date (listed after the overdue one); 3: done (not listed among the open ones).
    cli("actions", "add", "--team", team, "--round", rounds[-1], "--dimension", "hoop", "--text", "Herstelverhalen delen in het overleg")
    cli("actions", "add", "--team", team, "--round", rounds[0], "--dimension", "referentiekader",
        "--text", "Diagnose minder leidend laten zijn")
    cli("actions", "set-status", "3", "done", "--note", "Gelukt", "--date", "2001-01-01")
    cli("report", "--team", team, "--round", rounds[-1], "--out", REPORT_NL)
    # A team with too few questionnaires for numbers still has its plan in the report.
    small = os.path.join(WORKDIR, "small.csv")
    with open(small, "w", encoding="utf-8") as f:
        f.write("rol,presentie.eerst-luisteren\npractitioner,3\npractitioner,4\n")
    cli("import", "--round", rounds[-1], "--team", "Klein team", small)
    cli("actions", "add", "--team", "Klein team", "--round", rounds[-1], "--dimension", "hoop",
        "--text", "Vaker naar de toekomst vragen")
    cli("report", "--team", "Klein team", "--round", rounds[-1], "--out", REPORT_SMALL)
    cli("report", "--team", team, "--round", rounds[-1], "--out", REPORT_EN, "--lang", "en")
    cli("paper-form", "--round", rounds[-1], "--team", team, "--copies", "3", "--out", FORMS)
    cli("export-trend", "--team", team, "--out", TREND)
    run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", REPORT_NL, os.path.join(WORKDIR, "report-page"))
    run("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", FORMS, os.path.join(WORKDIR, "form-page"))


def check_pages_and_fonts():
    for pdf in (REPORT_NL, REPORT_EN, FORMS):
        info = run("pdfinfo", pdf)
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        assert pages >= 3, f"{pdf}: only {pages} pages"
        assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info), f"{pdf} is not A4:\n{info}"
        fonts = run("pdffonts", pdf).splitlines()[2:]
        assert fonts, f"{pdf} has no fonts"
        for line in fonts:
            assert "DejaVuSans" in line, f"{pdf}: unexpected font {line}"
            assert re.search(r"\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$", line), f"{pdf}: font not embedded and subset: {line}"
    assert len(glob.glob(os.path.join(WORKDIR, "report-page-*.png"))) == 3


def dimension_titles(lang):
    db = sqlite3.connect(DB)
    import xml.etree.ElementTree as ET
    # The team questionnaire of the latest round (the demo's last rounds also hold client and relatives versions).
    definition, = db.execute("SELECT q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire"
                             " ORDER BY r.date DESC, r.id DESC LIMIT 1").fetchone()
    root = ET.fromstring(definition.encode("utf-8"))
    titles = []
    for dim in root.iter("dimension"):
        title = next(t for t in dim.findall("title") if t.get("lang") == lang)
        titles.append(" ".join(title.text.split()))
    return titles


def check_contents():
    team, rounds = team_and_rounds()
    nl = text_of(REPORT_NL)
    for needed in (team, rounds[-1], rounds[-2], "Coachingsrapport", "Veranderingen sinds", "Anonimiteit",
                   "Open afspraken", "Elke week één levensverhaal in het teamoverleg", "had af moeten zijn op 2000-01-01"):
        assert needed in nl, f"'{needed}' missing from the Dutch report"
    missing = [t for t in dimension_titles("nl") if t not in nl]
    assert not missing, f"dimension titles missing from the Dutch report: {missing}"
    en = text_of(REPORT_EN)
    missing = [t for t in dimension_titles("en") if t not in en]
    assert not missing, f"dimension titles missing from the English report: {missing}"


def check_table_headers():
    """A table that goes on on a new page names its columns again there: every page with rows of the mirror table
    (a theme the clients' or relatives' version does not ask about) also has the table's header."""
    pages = int(next(line.split()[-1] for line in run("pdfinfo", REPORT_NL).splitlines() if line.startswith("Pages:")))
    with_rows = 0
    for page in range(1, pages + 1):
        text = " ".join(run("pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), REPORT_NL, "-").split())
        if "geen naastenperspectief" in text or "geen cliëntperspectief" in text:
            with_rows += 1
            assert "Thema team" in text and "Oordeel" in text and "(95%-interval)" in text, \
                f"page {page} continues a table without its header"
            assert " naaste n " not in text and " cliënte n " not in text, f"a column heading broken inside its word on page {page}"
    assert with_rows >= 2, "the demo's mirror tables should span pages"


def check_open_agreements():
    """The coaching report starts with the open agreements, the overdue one first, before the profile and the
    changes; a done agreement is not among them. A team without numbers in the round still sees its plan."""
    nl = text_of(REPORT_NL)
    heading = nl.index("Open afspraken")
    overdue = nl.index("Elke week één levensverhaal in het teamoverleg")
    later = nl.index("Herstelverhalen delen in het overleg")
    assert heading < overdue < later, (heading, overdue, later)
    assert later < nl.index("Veranderingen sinds"), "the agreements come before the changes"
    assert "Diagnose minder leidend laten zijn" not in nl, "a done agreement is listed among the open ones"
    assert nl.index("had af moeten zijn op 2000-01-01") < later
    small = text_of(REPORT_SMALL)
    assert "te weinig ingevulde vragenlijsten" in small, small
    assert "Open afspraken" in small and "Vaker naar de toekomst vragen" in small, small


def check_numbers_equal_workbook():
    """Every dimension mean of the latest round in the trend workbook's profile appears in the report, written
    the Dutch way with one decimal, and the report names as many clear changes as the workbook."""
    nl = text_of(REPORT_NL)
    wb = openpyxl.load_workbook(TREND, data_only=True)
    means = []
    for ws in wb.worksheets:
        header = [c.value for c in ws[1]]
        if "Gemiddelde" in header and ("Dimensie" in header or "Thema" in header):
            col = header.index("Gemiddelde")
            for row in ws.iter_rows(min_row=2, values_only=True):
                if isinstance(row[col], (int, float)):
                    means.append(row[col])
    assert means, "no dimension means found in the workbook"
    shown = set(re.findall(r"\b\d,\d\b", nl))
    latest = [f"{m:.1f}".replace(".", ",") for m in means[-len(dimension_titles('nl')):]]
    absent = [m for m in latest if m not in shown]
    assert not absent, f"means of the workbook not in the report: {absent}"


def check_no_english_in_dutch():
    """No text the report code writes in English (its msgids) is left untranslated in the Dutch report."""
    nl = text_of(REPORT_NL)
    msgids = []
    for path in glob.glob(os.path.join(SOURCE, "src", "core", "report", "*.cpp")):
        with open(path, encoding="utf-8") as f:
            msgids += re.findall(r'N_\("((?:[^"\\]|\\.)*)"', f.read())
    fragments = set()
    for m in msgids:
        for part in re.split(r"%\d|\\\"|'", m):
            part = part.strip(" .,:;()[]")
            if len(part) >= 12:
                fragments.add(part)
    leaked = sorted(f for f in fragments if f in nl)
    assert not leaked, f"English in the Dutch report: {leaked}"
    en = text_of(REPORT_EN)
    assert "Coaching report" in en and "Coachingsrapport" not in en


def check_paper_forms():
    text = text_of(FORMS)
    for n in (1, 2, 3):
        assert f"formulier {n}" in text, f"form {n} missing"
    team, rounds = team_and_rounds()
    assert team in text and rounds[-1] in text
    db = sqlite3.connect(DB)
    import xml.etree.ElementTree as ET
    # The team questionnaire of the latest round (the demo's last rounds also hold client and relatives versions).
    definition, = db.execute("SELECT q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire"
                             " ORDER BY r.date DESC, r.id DESC LIMIT 1").fetchone()
    items = list(ET.fromstring(definition.encode("utf-8")).iter("item"))
    first = text.split("formulier 2")[0]
    numbers = re.findall(r"(?:^| )(\d+)\. ", first)
    assert str(len(items)) in numbers, f"the last statement number {len(items)} is missing: {numbers[-5:]}"
    # The clients' forms: the round's clients' version, numbered as the entry grid's columns.
    client_forms = os.path.join(WORKDIR, "forms-client.pdf")
    cli("paper-form", "--round", rounds[-1], "--perspective", "client", "--out", client_forms)
    round_id, = db.execute("SELECT id FROM rounds WHERE label = ?", (rounds[-1],)).fetchone()
    client_definition, = db.execute(
        "SELECT q.definition FROM round_questionnaires rq JOIN questionnaires q ON q.id = rq.questionnaire "
        "WHERE rq.round = ? AND rq.perspective = 'client'", (round_id,)).fetchone()
    client_items = list(ET.fromstring(client_definition.encode("utf-8")).iter("item"))
    assert 0 < len(client_items) < len(items)
    assert "Mijn rol" in text and "Mijn rol" not in text_of(client_forms), "the role boxes are for the team's forms only"
    # Colleagues are addressed as "je", clients politely as "u" (pdftotext may break a line anywhere: spaces folded).
    folded = " ".join(text.split())
    client_folded = " ".join(text_of(client_forms).split())
    assert "Zet bij elke stelling één kruisje." in folded and "Dank je wel" in folded and " uw " not in folded, "team forms say je"
    assert "Zet bij elke zin één kruisje." in client_folded and "uw begeleiders zien uw antwoorden niet" in client_folded
    assert "je werk" not in client_folded, "a client's form speaks of the client, not of work"
    # The choice words of the introduction stand whole over their columns ("weet niet", "past niet bij mij"), the
    # title apart from the form number's box.
    assert "weet niet" in folded and "weet…" not in folded, "the team form's column head is cut"
    assert "weet ik niet" in client_folded and "past niet bij mij" in client_folded and "…" not in client_folded
    relative_forms = os.path.join(WORKDIR, "forms-relative.pdf")
    cli("paper-form", "--round", rounds[-1], "--perspective", "relative", "--out", relative_forms)
    relative_folded = " ".join(text_of(relative_forms).split())
    assert "het team ziet uw antwoorden niet" in relative_folded and "begeleiders" not in relative_folded, \
        "relatives have no support workers of their own"
    layout = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", FORMS, "-"], check=True, capture_output=True,
                            text=True).stdout.splitlines()
    box = next(line for line in layout if "formulier 1" in line)
    assert "Herstelspiegel" not in box, f"the title runs through the form number: {box!r}"
    client_numbers = re.findall(r"(?:^| )(\d+)\. ", text_of(client_forms))
    assert str(len(client_items)) in client_numbers and str(len(client_items) + 1) not in client_numbers, client_numbers[-5:]
    cli("paper-form", "--perspective", "client", "--out", client_forms, expect=2)  # needs --round


def check_spread():
    """Where views differ most, the report draws the spread chart the results window shows: the scale points as its
    legend, and per statement its answers per scale point, equal to the workbook's distribution sheet, and its
    agreement in words."""
    layout = run("pdftotext", "-enc", "UTF-8", "-layout", REPORT_NL, "-")
    section = layout.split("Waar het team het meest verschillend kijkt", 1)[1].split("Opmerkingen van het team", 1)[0]
    sheet = list(openpyxl.load_workbook(TREND)["Verdeling"].iter_rows(values_only=True))
    head = sheet[2]
    points = [h for h in head if h and re.match(r"\d ", h)]
    assert len(points) == 5, head
    for label in points:
        assert label in section, f"legend '{label}' missing:\n{section[:800]}"
    assert "overeenstemming (rwg)" in section
    rows = [line for line in section.splitlines() if "\u2026" in line and re.search(r"\d,\d\d +\w+\s*$", line)]
    assert 3 <= len(rows) <= 5, section
    for line in rows:
        label, rest = line.strip().split("\u2026", 1)
        item = [r for r in sheet[3:] if r[1] and r[1].startswith(label.strip())]
        assert len(item) == 1, (label, item)
        counts = [n for n in item[0][2:2 + len(points)]]
        assert all(isinstance(n, int) for n in counts), item  # a statement with numbers
        drawn = re.findall(r"(?<![\d,])(\d+)(?![\d,])", rest)
        assert [int(n) for n in drawn] == [n for n in counts if n > 0], (line, counts)
        assert re.search(r"\d,\d\d +(eensgezind|deels eensgezind|verdeeld)\s*$", line), line


CHECKS = {
    "setup": setup,
    "spread": check_spread,
    "table_headers": check_table_headers,
    "pages_and_fonts": check_pages_and_fonts,
    "contents": check_contents,
    "numbers": check_numbers_equal_workbook,
    "dutch": check_no_english_in_dutch,
    "paper_forms": check_paper_forms,
    "open_agreements": check_open_agreements,
}

if __name__ == "__main__":
    try:
        CHECKS[CHECK]()
    except AssertionError as e:
        sys.exit(f"{CHECK}: {e}")
