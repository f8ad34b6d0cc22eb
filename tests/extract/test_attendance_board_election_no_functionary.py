"""Minutes without attendance lists read who ran the meeting from the elections ("Till mötesordförande valdes
Anna Ek"); a line that elects the board for the coming year ("Till ordförande valdes Anna Lancing, till
sekreterare valdes Maria Wihlborg, till kassör omvaldes Pia Sigevall, till suppleanter valdes ...") names no
one present (planner.extract.attendance). Look-alikes: the meeting's chair and secretary elected in one line
still count."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Årsmöte Norrekås och Örnahusen Byalag 2012-07-25\n\n1. Ordförande hälsade alla välkomna till mötet\n\n"


def present(body: str) -> list[str]:
    return [a.name for a in extract_text(minutes_from_text(HEAD + body)).meeting.present]


def test_board_election_names_no_one_present() -> None:
    assert present(
        "2. Styrelsen beviljades ansvarsfrihet\n\n"
        "3. Till ordförande valdes Anna Lancing, till sekreterare valdes Maria Wihlborg, till kassör omvaldes Pia "
        "Sigevall, till suppleanter valdes Oscar Carlgren och Kurt Lekås.\n\n4. Mötet avslutades.\n") == []


def test_meeting_functionaries_still_count() -> None:
    assert present(
        "2. Till mötesordförande valdes Anna Lancing, till kassör för mötet valdes Pia Sigevall.\n\n"
        "3. Till sekreterare valdes Maria Wihlborg.\n\n4. Mötet avslutades.\n") == ["Anna Lancing", "Maria Wihlborg"]
