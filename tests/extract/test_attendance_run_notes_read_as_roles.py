"""Names run together with notes after commas (a flattened list): a vice post cut short ("v.ordf."), a compound
role ("personalrepresentant") and the group a person is there for ("valberedningen") read as the note of the
name before, so the whole run is read (planner.extract.attendance). Look-alikes: a note that is no role nor
group ("hälsade välkommen") leaves the run unread."""

from __future__ import annotations

from planner.extract.attendance import _runs_with_roles

LINE = ("Eva Eliasson, v.ordf. Bengt Forsgren Yvonne Hagström-Theander Anna Lögdberg Jennifer van der Gronden "
        "Johan Sandler, t.f. generalsekreterare Anders Svärdh, personalrepresentant Arne Karlsson och Åsa Edlund, "
        "valberedningen")


def test_run_with_cut_vice_compound_role_and_group() -> None:
    people = _runs_with_roles(LINE, 0)
    assert [(p.name, p.role) for p in people] == [
        ("Eva Eliasson", "v.ordf."), ("Bengt Forsgren", None), ("Yvonne Hagström-Theander", None),
        ("Anna Lögdberg", None), ("Jennifer van der Gronden", None), ("Johan Sandler", "t.f. generalsekreterare"),
        ("Anders Svärdh", "personalrepresentant"), ("Arne Karlsson", None), ("Åsa Edlund", "valberedningen"),
    ]
    assert all(LINE[p.start:p.end] == p.name for p in people)


def test_note_that_is_no_role_reads_nothing() -> None:
    assert _runs_with_roles("Eva Eliasson, v.ordf. Bengt Forsgren Anna Lögdberg, hälsade Cia Holm", 0) == []
