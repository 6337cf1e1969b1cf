"""The answers as the database keeps them, for checks that compute their expectations from the database itself: a
response's answers are in its own row, one signed byte per item in the order of its questionnaire version, 0 for an
unanswered item (src/core/store/answer_bytes.h)."""


def answer_rows(db, where, params=()):
    """(response id, item, value) for each answer of the responses `where` selects (r: responses, ro: rounds, t: teams),
    and (response id, None, None) for a response without answers."""
    out = []
    for rid, stored in db.execute("SELECT r.id, r.answers FROM responses r JOIN rounds ro ON ro.id = r.round "
                                  "JOIN teams t ON t.id = r.team WHERE " + where, params):
        values = [(item, b - 256 if b > 127 else b) for item, b in enumerate(stored) if b]
        if values:
            out.extend((rid, item, value) for item, value in values)
        else:
            out.append((rid, None, None))
    return out
