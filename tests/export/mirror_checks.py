#!/usr/bin/python3
"""The mirror in the outputs: the trend workbook's Spiegel sheet and coaching sheet, the organisation workbook's
heat map and the PDF coaching report, read back as their readers' programs would (openpyxl, pdftotext,
LibreOffice) and checked against numbers computed here, independently of the C++ analysis, straight from the
SQLite database and the questionnaire versions stored in it.

usage: mirror_checks.py CLI WORKDIR CHECK
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
REPORT = os.path.join(WORKDIR, "report.pdf")
REPORT_EN = os.path.join(WORKDIR, "report-en.pdf")
THRESHOLD = 5      # the program's default anonymity threshold
INDICATIVE = 10    # fewer clients or relatives than this: indicative
R1, R2 = "2026-voorjaar", "2026-najaar"
TEAM = "Spiegelteam"


def cli(*args, expect=0):
    result = subprocess.run([CLI, "--db", DB, *args], capture_output=True, text=True)
    if result.returncode != expect:
        sys.exit(f"{args}: exit {result.returncode}, expected {expect}\n{result.stdout}{result.stderr}")
    return result.stdout


def csv_file(name, header, rows):
    path = os.path.join(WORKDIR, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(str(v) for v in row) + "\n")
    return path


TEAM_ITEMS = ["presentie.eerst-luisteren", "presentie.leven-vragen", "presentie.doelen-eigen-woorden",
              "hoop.vooruitgang-benoemen", "hoop.sterke-kanten-plan", "hoop.initiatief-steunen",
              "tempo.tempo-vragen", "tempo.contact-houden", "tempo.kleine-stap", "scholing.tijd-voor-training",
              "scholing.inwerken"]
CLIENT_ITEMS = ["presentie.goed-luisteren", "presentie.mijn-verhaal", "presentie.mijn-woorden", "hoop.beter-gaan",
                "hoop.wat-ik-goed-kan", "tempo.mijn-tempo"]
RELATIVE_ITEMS = ["naasten.betrokken", "naasten.hoe-steunen", "naasten.wat-ik-nodig-heb", "hoop.sterke-kanten-naaste"]


def answers(n, levels):
    """n respondents; respondent r answers item i with levels[i], shifted by -1, 0 or +1 for the respondent and now
    and then one more for the item (kept within 1 to 5), so that respondents differ."""
    return [[max(1, min(5, level + r % 3 - 1 + ((r + 2 * i) % 4 == 0))) for i, level in enumerate(levels)] for r in range(n)]


def import_team(team, round_label, rows, name):
    path = csv_file(name, ["rol"] + TEAM_ITEMS, [["practitioner"] + r for r in rows])
    cli("import", "--round", round_label, "--team", team, path)


def import_mirror(team, round_label, perspective, items, rows, name):
    path = csv_file(name, items, rows)
    cli("import", "--round", round_label, "--team", team, "--perspective", perspective, "--collection", "paper", path)


def setup():
    """Two rounds with team, client and relatives versions. Spiegelteam: round 1 with 6 team members, 12 clients
    (firm) and 2 relatives (hidden); round 2 with 5 team members and 6 clients (indicative). In round 2 also
    Aardig (5, 5 clients and 5 relatives), Weinig (5 team members, 2 clients: hidden) and Zonder (team only)."""
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    cli("new-round", "--label", R1, "--date", "2026-04-01", "--perspectives", "team,client,relative")
    cli("new-round", "--label", R2, "--date", "2026-10-01", "--perspectives", "team,client,relative")
    # The team sees itself high on presence and own pace; clients see presence much lower, hope about the same.
    import_team(TEAM, R1, answers(6, [5, 4, 4, 3, 3, 4, 4, 4, 3, 2, 3]), "t1.csv")
    import_mirror(TEAM, R1, "client", CLIENT_ITEMS, answers(12, [2, 2, 3, 3, 4, 3]), "c1.csv")
    import_mirror(TEAM, R1, "relative", RELATIVE_ITEMS, [[1, 1, 1, 1], [1, 1, 1, 1]], "f1.csv")
    import_team(TEAM, R2, answers(5, [5, 5, 4, 3, 4, 4, 4, 5, 4, 2, 3]), "t2.csv")
    import_mirror(TEAM, R2, "client", CLIENT_ITEMS, answers(6, [3, 3, 3, 4, 4, 2]), "c2.csv")
    import_team("Aardig", R2, answers(5, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]), "a2.csv")
    import_mirror("Aardig", R2, "client", CLIENT_ITEMS, answers(5, [4, 4, 4, 4, 4, 4]), "ac2.csv")
    import_mirror("Aardig", R2, "relative", RELATIVE_ITEMS, answers(5, [2, 2, 3, 2]), "ar2.csv")
    import_team("Weinig", R2, answers(5, [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]), "w2.csv")
    import_mirror("Weinig", R2, "client", CLIENT_ITEMS, [[1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]], "wc2.csv")
    import_team("Zonder", R2, answers(5, [4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4]), "z2.csv")
    cli("export-trend", "--team", TEAM, "--out", TREND)
    cli("export-trend", "--team", TEAM, "--out", TREND_EN, "--lang", "en")
    cli("export-compare", "--round", R2, "--out", COMPARE)
    cli("report", "--team", TEAM, "--round", R1, "--out", REPORT)
    cli("report", "--team", TEAM, "--round", R1, "--out", REPORT_EN, "--lang", "en")


# ---- numbers computed here from the store ----

def definition(db, round_label, perspective):
    """The questionnaire definition of the round for a perspective."""
    row = db.execute("SELECT q.definition FROM round_questionnaires rq JOIN rounds r ON r.id = rq.round "
                     "JOIN questionnaires q ON q.id = rq.questionnaire WHERE r.label = ? AND rq.perspective = ?",
                     (round_label, perspective)).fetchone()
    if row is None and perspective == "team":
        row = db.execute("SELECT q.definition FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire "
                         "WHERE r.label = ?", (round_label,)).fetchone()
    return ET.fromstring(row[0].encode("utf-8")) if row else None


def dimension_scores(team, round_label, perspective):
    """Per dimension id: the respondents' dimension scores (mean of their answered items, when at least half are
    answered), as the README's "How scores are computed" says; reverse-scored items mirrored."""
    db = sqlite3.connect(DB)
    root = definition(db, round_label, perspective)
    scale = [int(p.get("value")) for p in root.find("scale").findall("point")]
    reverse, dims = [], []
    for dim in root.iter("dimension"):
        dims.append((dim.get("id"), [len(reverse) + i for i in range(len(dim.findall("item")))]))
        for item in dim.findall("item"):
            reverse.append(item.get("reverse") == "true")
    rows = answer_rows(db, "ro.label = ? AND t.name = ? AND r.status = 'complete' AND r.perspective = ?",
                       (round_label, team, perspective))
    given = {}
    for rid, item, value in rows:
        given.setdefault(rid, {})
        if item is not None and value > 0:
            given[rid][item] = (min(scale) + max(scale) - value) if reverse[item] else value
    result = {}
    for dim_id, idx in dims:
        scores = []
        for a in given.values():
            got = [a[i] for i in idx if i in a]
            if got and len(got) >= (len(idx) + 1) // 2:
                scores.append(sum(got) / len(got))
        result[dim_id] = scores
    return result, len(given)


def t_quantile(p, df):
    """The Student t quantile by bisection on its distribution function (the regularised incomplete beta)."""
    def betacf(a, b, x):
        qab, qap, qam = a + b, a + 1, a - 1
        c, d = 1.0, 1 - qab * x / qap
        d = 1 / d
        h = d
        for m in range(1, 300):
            m2 = 2 * m
            aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 / (1 + aa * d)
            c = 1 + aa / c
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 / (1 + aa * d)
            c = 1 + aa / c
            h *= d * c
        return h

    def ibeta(a, b, x):
        if x <= 0 or x >= 1:
            return 0.0 if x <= 0 else 1.0
        front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(1 - x))
        return front * betacf(a, b, x) / a if x < (a + 1) / (a + b + 2) else 1 - front * betacf(b, a, 1 - x) / b

    def cdf(t):
        tail = 0.5 * ibeta(df / 2, 0.5, df / (df + t * t))
        return 1 - tail if t > 0 else tail
    lo, hi = 0.0, 1000.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if cdf(mid) < p else (lo, mid)
    return (lo + hi) / 2


def sd(v):
    m = sum(v) / len(v)
    return math.sqrt(sum((x - m) ** 2 for x in v) / (len(v) - 1))


def expected_gap(team_scores, other_scores):
    """(gap, low, high): team mean minus the other's, with the Welch 95% interval."""
    nt, no = len(team_scores), len(other_scores)
    mt, mo = sum(team_scores) / nt, sum(other_scores) / no
    vt, vo = sd(team_scores) ** 2 / nt, sd(other_scores) ** 2 / no
    df = (vt + vo) ** 2 / (vt ** 2 / (nt - 1) + vo ** 2 / (no - 1))
    half = t_quantile(0.975, df) * math.sqrt(vt + vo)
    return mt - mo, mt - mo - half, mt - mo + half


def close(a, b):
    return isinstance(a, (int, float)) and math.isclose(a, b, abs_tol=1e-9)


# ---- readers ----

def sheet_rows(ws):
    return [[c.value for c in row] for row in ws.iter_rows()]


def table(ws, first_header):
    """The header row whose first cell is `first_header`, and the rows under it up to the first empty one."""
    rows = sheet_rows(ws)
    at = next(i for i, r in enumerate(rows) if r[0] == first_header)
    header = rows[at]
    out = []
    for r in rows[at + 1:]:
        if r[0] is None:
            break
        out.append(r)
    return header, out


def text_of(pdf):
    result = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


# ---- checks ----

def check_mirror_sheet():
    """Per round and dimension the team's and the clients' mean and N and the gap with its Welch interval, as
    computed here; a verdict in Dutch; "indicatief" below 10 clients; dimensions clients cannot judge marked."""
    wb = openpyxl.load_workbook(TREND)
    assert "Spiegel" in wb.sheetnames, wb.sheetnames
    header, rows = table(wb["Spiegel"], "Ronde")
    col = {h: i for i, h in enumerate(header)}
    for name in ("Thema-id", "Gemiddelde (team)", "N (team)", "Gemiddelde (cliënten)", "N (cliënten)",
                 "Verschil team − cliënten", "95%-interval van", "95%-interval tot", "Gemiddelde (naasten)", "N (naasten)"):
        assert name in col, (name, header)
    gap_col = col["Verschil team − cliënten"]
    checked = 0
    for label, n_clients in ((R1, 12), (R2, 6)):
        team, n_team = dimension_scores(TEAM, label, "team")
        clients, n_c = dimension_scores(TEAM, label, "client")
        assert n_c == n_clients and n_team in (5, 6), (n_c, n_team)
        mine = {r[col["Thema-id"]]: r for r in rows if r[0] == label}
        for dim in ("presentie", "hoop", "tempo"):
            r = mine[dim]
            assert close(r[col["Gemiddelde (team)"]], sum(team[dim]) / len(team[dim])), (label, dim, r)
            assert r[col["N (team)"]] == len(team[dim]), (label, dim, r)
            assert close(r[col["Gemiddelde (cliënten)"]], sum(clients[dim]) / len(clients[dim])), (label, dim, r)
            assert r[col["N (cliënten)"]] == len(clients[dim]), (label, dim, r)
            gap, low, high = expected_gap(team[dim], clients[dim])
            assert close(r[gap_col], gap), (label, dim, r[gap_col], gap)
            assert math.isclose(r[gap_col + 1], low, abs_tol=1e-6) and math.isclose(r[gap_col + 2], high, abs_tol=1e-6), \
                (label, dim, r[gap_col:gap_col + 3], low, high)
            verdict = r[gap_col + 3]
            assert isinstance(verdict, str) and "team" in verdict, verdict
            assert ("indicatief" in verdict) == (n_clients < INDICATIVE), (label, verdict)
            checked += 1
        # A dimension the clients' version does not ask about: no number and no gap.
        training = mine["scholing"]
        assert training[col["Gemiddelde (cliënten)"]] == "geen cliëntperspectief", training
        assert training[gap_col] is None and training[gap_col + 3] is None, training
    assert checked == 6
    # The gap's change since the previous round, on presence.
    change = header.index("Verandering van het verschil sinds de vorige ronde")  # the clients' (the relatives' follows)
    p1 = next(r for r in rows if r[0] == R1 and r[1] == "presentie")
    p2 = next(r for r in rows if r[0] == R2 and r[1] == "presentie")
    assert p1[change] is None and close(p2[change], p2[gap_col] - p1[gap_col]), (p1[change], p2[change])
    # Dimensions ordered by the size of the gap within each round.
    gaps = [abs(r[gap_col]) for r in rows if r[0] == R1 and isinstance(r[gap_col], float)]
    assert gaps == sorted(gaps, reverse=True), gaps


def check_mirror_team_only():
    """The team's own sheets count the team and nobody else: clients and relatives are not team members."""
    rows = sheet_rows(openpyxl.load_workbook(TREND)["Themascores"])
    col = {h: i for i, h in enumerate(rows[0])}
    team, n_team = dimension_scores(TEAM, R1, "team")
    presence = next(r for r in rows[1:] if r[col["Ronde"]] == R1 and r[col["Thema-id"]] == "presentie")
    assert presence[col["N"]] == 6 and close(presence[col["Gemiddelde"]], sum(team["presentie"]) / 6), presence


def check_mirror_clients_only():
    """A team whose clients answered but whose own members did not: its sheets say so and send the reader to the
    mirror, rather than "no completed questionnaires" (in a copy of the store: the other checks keep theirs)."""
    global DB
    copy = os.path.join(WORKDIR, "clients-only.db")
    shutil.copyfile(DB, copy)
    DB = copy
    import_mirror("Alleen cliënten", R2, "client", CLIENT_ITEMS, answers(6, [3, 3, 3, 4, 4, 2]), "oc2.csv")
    book = os.path.join(WORKDIR, "clients-only.xlsx")
    cli("export-trend", "--team", "Alleen cliënten", "--out", book)
    notes = [c.value for ws in openpyxl.load_workbook(book).worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert any(n.startswith("Geen ingevulde vragenlijsten van het team zelf") and "blad Spiegel" in n for n in notes), notes
    assert not any(n == "Geen ingevulde vragenlijsten voor dit team." for n in notes), notes


def check_mirror_hidden():
    """Two relatives answered in round 1: under the threshold, so no mean and no N for them anywhere - not in the
    Spiegel sheet, the heat map or the PDF; Weinig's two clients the same."""
    wb = openpyxl.load_workbook(TREND)
    header, rows = table(wb["Spiegel"], "Ronde")
    col = {h: i for i, h in enumerate(header)}
    for r in rows:
        if r[0] != R1:
            continue
        mean, n = r[col["Gemiddelde (naasten)"]], r[col["N (naasten)"]]
        assert not isinstance(mean, (int, float)) and n is None, r
        assert r[col["Verschil team − naasten"]] is None, r
    naasten = next(r for r in rows if r[0] == R1 and r[1] == "naasten")
    assert naasten[col["Gemiddelde (naasten)"]] == "te weinig respondenten", naasten
    # The chart data: no number in the relatives' column either.
    data = sheet_rows(wb["Spiegel"])
    at = next(i for i, r in enumerate(data) if r[2] == "Thema" and r[0] is None)
    head = data[at]
    if "naasten" in head:
        c = head.index("naasten")
        assert not any(isinstance(r[c], (int, float)) for r in data[at + 1:]), "a hidden group in the chart data"
    # The heat map: Weinig's row has no gap at all.
    rows = sheet_rows(openpyxl.load_workbook(COMPARE)["Spiegelkaart"])
    weinig = next(r for r in rows if r[0] == "Weinig")
    assert not any(isinstance(v, (int, float)) for v in weinig[1:]), weinig
    # The PDF: the relatives' table says why there is no number.
    text = text_of(REPORT)
    relatives = text[text.index("Het team en zijn naasten per thema"):]
    assert "te weinig" in relatives[:2000], relatives[:600]
    # Whole words in the table's narrow columns, in the theme column too (a word was broken inside: "respondente n").
    words = set(text.split())
    assert not {"respondente", "respo", "ndent", "Ervaringsdeskundige", "herstelondersteunin"} & words, \
        {"respondente", "respo", "ndent", "Ervaringsdeskundige", "herstelondersteunin"} & words


def check_mirror_coaching():
    """The coaching sheet names the three largest gaps first (before strengths and weaknesses), with the numbers
    computed here."""
    rows = sheet_rows(openpyxl.load_workbook(TREND)["Coaching"])
    titles = [r[0] for r in rows if r[0] and isinstance(r[0], str)]
    first = titles.index("Grootste verschillen tussen het team en cliënten of naasten")
    assert first < titles.index("Sterkste thema's"), titles
    at = next(i for i, r in enumerate(rows) if r[0] == "Grootste verschillen tussen het team en cliënten of naasten")
    listed = [r for r in rows[at + 2:at + 5]]
    team, _ = dimension_scores(TEAM, R2, "team")
    clients, _ = dimension_scores(TEAM, R2, "client")
    want = sorted(((expected_gap(team[d], clients[d])[0], d) for d in clients if d in team and len(clients[d]) >= THRESHOLD),
                  key=lambda g: -abs(g[0]))[:3]
    assert [r[0] for r in listed] == [d for _, d in want], (listed, want)
    for r, (gap, d) in zip(listed, want):
        assert r[2] == "cliënten" and close(r[5], gap), (r, gap)
        assert r[6] < r[5] < r[7] and "indicatief" in r[8], r


def check_mirror_map():
    """The organisation's heat map: per team (alphabetically) the gap team - clients per dimension, as computed
    here; empty where either group is hidden; no column of client scores, so no ranking of teams on them."""
    wb = openpyxl.load_workbook(COMPARE)
    assert "Spiegelkaart" in wb.sheetnames, wb.sheetnames
    header, body = table(wb["Spiegelkaart"], "Verschil team − cliënten")
    names = [r[0] for r in body]
    assert names == sorted(names) and set(names) >= {"Aardig", TEAM, "Weinig"}, names
    titles = [h for h in header[1:] if h]
    assert any("geen cliëntperspectief" in h for h in titles), titles  # e.g. training
    checked = 0
    for r in body:
        if r[0] not in ("Aardig", TEAM):
            continue
        team, _ = dimension_scores(r[0], R2, "team")
        clients, _ = dimension_scores(r[0], R2, "client")
        for dim, title_col in (("presentie", 1), ("hoop", None)):
            c = title_col or next(i for i, h in enumerate(header) if h and h.startswith("Hoop"))
            assert close(r[c], expected_gap(team[dim], clients[dim])[0]), (r[0], dim, r[c])
            checked += 1
    assert checked == 4
    # The relatives' block: only Aardig's relatives answered (5 of them).
    header, body = table(wb["Spiegelkaart"], "Verschil team − naasten")
    team, _ = dimension_scores("Aardig", R2, "team")
    relatives, _ = dimension_scores("Aardig", R2, "relative")
    hope = next(i for i, h in enumerate(header) if h and h.startswith("Hoop"))
    aardig = next(r for r in body if r[0] == "Aardig")
    assert close(aardig[hope], expected_gap(team["hoop"], relatives["hoop"])[0]), aardig
    assert all(not isinstance(v, (int, float)) for r in body if r[0] != "Aardig" for v in r[1:]), body
    assert any("geen naastenperspectief" in h for h in header[1:] if h), header
    # The team without clients has no gaps either.
    if "Zonder" in names:
        zonder = next(r for r in body if r[0] == "Zonder")
        assert not any(isinstance(v, (int, float)) for v in zonder[1:]), zonder
    with zipfile.ZipFile(COMPARE) as z:
        sheets = {n: z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/sheet")}
    assert any("colorScale" in s and 'val="-2"' in s for s in sheets.values()), "a diverging colour scale around 0"


def check_mirror_chart():
    with zipfile.ZipFile(TREND) as z:
        charts = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart")]
    mirror = [c for c in charts if "'Spiegel'!" in c]
    assert len(mirror) == 1 and "<c:barChart>" in mirror[0] and 'val="col"' in mirror[0], len(mirror)
    assert mirror[0].count("<c:ser>") == 2, "team and clients (the round's relatives: none)"


def check_mirror_pdf():
    """The coaching report's mirror section: the three largest gaps first, with interval and verdict, numbers as
    computed here (Dutch decimal commas)."""
    text = text_of(REPORT)
    start = text.index("Hoe cliënten en naasten het team zien")
    assert start < text.index("Profiel per thema"), "the mirror comes before the profile"
    section = text[start:]
    team, _ = dimension_scores(TEAM, R1, "team")
    clients, _ = dimension_scores(TEAM, R1, "client")
    want = sorted(((expected_gap(team[d], clients[d]), d) for d in clients if d in team and len(clients[d]) >= THRESHOLD),
                  key=lambda g: -abs(g[0][0]))[:3]
    last = 0
    for (gap, low, high), d in want:
        shown = f"{'+' if gap > 0 else ''}{gap:.2f} [{low:.2f}; {high:.2f}]".replace(".", ",")
        at = section.index(shown)
        assert at > last, (d, shown)
        last = at
    assert "geen cliëntperspectief" in section, "a theme clients cannot judge"
    english = text_of(REPORT_EN)
    assert "How clients and relatives see the team" in english and "no client perspective" in english


ENGLISH = {"the", "team's", "gap", "gaps", "clients", "relatives", "mean", "verdict", "indicative", "fewer",
           "largest", "round", "mirror", "perspective", "sees", "positively", "asked", "their", "chart"}


def check_mirror_language():
    """Every new text in the Dutch outputs is Dutch; the English workbook says the same in English."""
    for book in (TREND, COMPARE):
        wb = openpyxl.load_workbook(book)
        for title in ("Spiegel", "Spiegelkaart", "Coaching"):
            if title not in wb.sheetnames:
                continue
            for row in wb[title].iter_rows():
                for c in row:
                    if isinstance(c.value, str) and not re.fullmatch(r"[a-z0-9.\-]+", c.value):
                        hits = set(re.findall(r"[a-z']+", c.value.lower())) & ENGLISH - {"team"}
                        assert not hits, (title, c.coordinate, c.value, hits)
    text = text_of(REPORT)
    section = text[text.index("Hoe cliënten en naasten het team zien"):text.index("Profiel per thema")]
    hits = set(re.findall(r"[a-z']+", section.lower())) & ENGLISH
    assert not hits, hits
    en = openpyxl.load_workbook(TREND_EN)
    header, _ = table(en["Mirror"], "Round")
    assert "Gap team - clients" in header and "Mean (clients)" in header, header


def check_mirror_libreoffice():
    profile = os.path.join(WORKDIR, "lo-profile")
    for book in (TREND, COMPARE):
        result = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                                 "--convert-to", "pdf", "--outdir", WORKDIR, book],
                                capture_output=True, text=True, timeout=300)
        pdf = os.path.splitext(book)[0] + ".pdf"
        assert result.returncode == 0 and os.path.getsize(pdf) > 10000, (result.stdout, result.stderr)


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}
if CHECK == "setup":
    setup()
else:
    CHECKS[CHECK]()
print(f"{CHECK}: ok")
