#!/usr/bin/python3
"""The `actions` verb as a script would use it: agreements added, listed beside the change of their dimension,
marked done, edited, and refused with exit 1 when they name what does not exist.

usage: actions_checks.py CLI WORKDIR CHECK
"""
import os
import shutil
import subprocess
import sys

CLI, WORKDIR, CHECK = sys.argv[1], sys.argv[2], sys.argv[3]
WORKDIR = os.path.join(WORKDIR, CHECK)
DB = os.path.join(WORKDIR, "hs.db")


def run(*args):
    return subprocess.run([CLI, "--db", DB, *args], capture_output=True, text=True)


def cli(*args, expect=0):
    result = run(*args)
    if result.returncode != expect:
        sys.exit(f"{args}: exit {result.returncode}, expected {expect}\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def setup():
    """Two rounds of FACT Noord. presentie (3 items) by hand: round 1 respondents 7/3, 3, 7/3, 10/3, 3 -> 2.80;
    round 2 respondents 4, 13/3, 14/3, 4, 14/3 -> 13/3."""
    shutil.rmtree(WORKDIR, ignore_errors=True)
    os.makedirs(WORKDIR)
    cli("new-round", "--label", "2025-najaar", "--date", "2025-10-01")
    cli("new-round", "--label", "2026-voorjaar", "--date", "2026-04-01")
    header = "rol,presentie.eerst-luisteren,presentie.leven-vragen,presentie.doelen-eigen-woorden\n"
    rounds = {"2025-najaar": "2,3,2\n3,3,nvt\n2,2,3\n3,4,3\n3,3,3\n",
              "2026-voorjaar": "4,4,4\n4,5,4\n5,5,4\n4,4,\n5,4,5\n"}
    for label, rows in rounds.items():
        path = os.path.join(WORKDIR, label + ".csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(header + "".join("practitioner," + r + "\n" for r in rows.strip().split("\n")))
        cli("import", "--round", label, "--team", "FACT Noord", path)
    cli("import", "--round", "2026-voorjaar", "--team", "Klein", os.path.join(WORKDIR, "2025-najaar.csv"))


def add_presence():
    out = cli("actions", "add", "--team", "FACT Noord", "--round", "2025-najaar", "--dimension", "presentie",
              "--text", "Elke week één levensverhaal in het teamoverleg", "--owner", "Anna", "--due", "2026-01-31")
    assert "Agreement 1 added" in out, out


def check_add_and_list():
    setup()
    add_presence()
    out = cli("actions", "list", "--today", "2026-05-01")
    assert "#1  FACT Noord  after 2025-najaar  presentie  open" in out, out
    assert "due 2026-01-31  OVERDUE  owner Anna" in out, out
    assert "Elke week één levensverhaal in het teamoverleg" in out, out
    assert "presentie: 2.80 in 2025-najaar -> 4.33 in 2026-voorjaar, change +1.53 [" in out, out
    assert out.rstrip().endswith("1 agreement"), out
    # Not overdue on its due date; an agreement made after the latest round has nothing to compare with yet.
    assert "OVERDUE" not in cli("actions", "list", "--today", "2026-01-31")
    cli("actions", "add", "--team", "Klein", "--round", "2026-voorjaar", "--dimension", "hoop", "--text", "Hoop delen",
        "--item", "hoop.vooruitgang-benoemen")
    out = cli("actions", "list", "--team", "Klein")
    assert "#2  Klein  after 2026-voorjaar  hoop / hoop.vooruitgang-benoemen  open" in out, out
    assert "no later round with numbers yet" in out, out
    assert "#1" not in out and out.rstrip().endswith("1 agreement"), out


def check_set_status():
    setup()
    add_presence()
    out = cli("actions", "set-status", "1", "done", "--note", "Gedaan; het team vraagt vaker door", "--date", "2026-04-20")
    assert "Agreement 1 is done" in out, out
    out = cli("actions", "list", "--status", "done", "--today", "2026-05-01")
    assert "#1  FACT Noord  after 2025-najaar  presentie  done since 2026-04-20" in out, out
    assert "OVERDUE" not in out, out
    assert "evaluation: Gedaan; het team vraagt vaker door" in out, out
    assert cli("actions", "list", "--status", "open").rstrip().endswith("0 agreements")
    cli("actions", "set-status", "1", "dropped")
    out = cli("actions", "list", "--status", "dropped")
    assert "evaluation: Gedaan; het team vraagt vaker door" in out, out  # no --note keeps the evaluation


def check_edit():
    setup()
    add_presence()
    cli("actions", "edit", "1", "--text", "Twee levensverhalen per maand", "--due", "", "--owner", "Bram",
        "--round", "2026-voorjaar", "--evaluation", "Loopt")
    out = cli("actions", "list")
    assert "#1  FACT Noord  after 2026-voorjaar  presentie  open" in out, out
    assert "Twee levensverhalen per maand" in out and "owner Bram" in out and "due" not in out, out
    assert "evaluation: Loopt" in out, out
    cli("actions", "edit", "1", "--item", "presentie.leven-vragen")
    assert "presentie / presentie.leven-vragen  open" in cli("actions", "list"), "the statement changed"
    cli("actions", "edit", "1", "--item", "")
    assert "presentie  open" in cli("actions", "list"), "the statement went"
    cli("actions", "edit", "1", "--dimension", "referentiekader")
    assert "referentiekader: " in cli("actions", "list"), "the dimension changed"


def check_refusals():
    setup()
    add_presence()
    before = cli("actions", "list")
    cases = [
        (("actions", "add", "--team", "Onbekend", "--round", "2025-najaar", "--dimension", "presentie", "--text", "x"),
         "no team called 'Onbekend'"),
        (("actions", "add", "--team", "FACT Noord", "--round", "2030", "--dimension", "presentie", "--text", "x"),
         "no round called '2030'"),
        (("actions", "add", "--team", "FACT Noord", "--round", "2025-najaar", "--dimension", "geen", "--text", "x"),
         "no dimension 'geen'"),
        (("actions", "add", "--team", "FACT Noord", "--round", "2025-najaar", "--dimension", "presentie", "--text", "x",
          "--item", "hoop.vooruitgang-benoemen"), "has no statement 'hoop.vooruitgang-benoemen'"),
        (("actions", "add", "--team", "FACT Noord", "--round", "2025-najaar", "--dimension", "presentie", "--text", "x",
          "--due", "2026-02-30"), "'2026-02-30' is not a date"),
        (("actions", "set-status", "99", "done"), "no agreement with number 99"),
        (("actions", "set-status", "1", "klaar"), "unknown status 'klaar'"),
        (("actions", "edit", "99", "--text", "x"), "no agreement with number 99"),
        (("actions", "edit", "1", "--dimension", "geen"), "no dimension 'geen'"),
        (("actions", "edit", "1", "--round", "2030"), "no round called '2030'"),
        (("actions", "edit", "1", "--item", "hoop.vooruitgang-benoemen"), "has no statement 'hoop.vooruitgang-benoemen'"),
        (("actions", "edit", "1", "--due", "31-12-2026"), "'31-12-2026' is not a date"),
        (("actions", "set-status", "1", "done", "--date", "gisteren"), "'gisteren' is not a date"),
        (("actions", "list", "--status", "klaar"), "unknown status 'klaar'"),
        (("actions", "list", "--today", "morgen"), "'morgen' is not a date"),
        (("actions", "list", "--team", "Onbekend"), "no team called 'Onbekend'"),
    ]
    for args, message in cases:
        result = run(*args)
        assert result.returncode == 1, (args, result.returncode, result.stdout, result.stderr)
        assert message in result.stderr, (args, result.stderr)
    assert cli("actions", "list") == before, "a refusal changed something"
    assert run("actions").returncode == 2, "actions needs one of its verbs"


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}
CHECKS[CHECK]()
print(f"{CHECK}: ok")
