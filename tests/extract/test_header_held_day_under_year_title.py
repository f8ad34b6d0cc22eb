"""An association's news page about a meeting: a site's menu and name over a title that names the meeting's kind
and year ("Hem   Kommittéer   Museer" / "Vita Huset" / "ÖHF:s årsmöte 2009"), then "Hembygdsföreningen höll sitt
årsmöte den 19 april i Vita huset." The day comes from the sentence (a compound meeting word, "årsmöte", "höstmöte",
"stämma"), the year from the title below the menu; the site's line naming the place is no body, the title under
it names it ("ÖHF, årsmöte"). Look-alikes: the next meeting's day under the year title, a title with no year."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

CASES = [
    pytest.param("Hem           Kommittéer            Museer\nVita Huset\nÖHF:s årsmöte 2009\nHembygdsföreningen höll "
                 "sitt årsmöte den 19 april i Vita huset.\n35 medlemmar deltog. Styrelsen fick ansvarsfrihet.\n",
                 "2009-04-19", "ÖHF, årsmöte", id="news-page-with-menu"),
    pytest.param("Start   Om oss   Kontakt\nÅrsmöte 2015\nFöreningen höll sitt årsmöte den 22 mars i bygdegården.\n"
                 "Mötet leddes av Anna Ek.\n", "2015-03-22", None, id="menu-then-title"),
    pytest.param("Nyheter\nByalagets höstmöte 2018\nVi höll vårt höstmöte den 14 oktober i Folkets hus. Tjugo "
                 "medlemmar kom.\n", "2018-10-14", "Byalaget, höstmöte", id="autumn-meeting"),
    pytest.param("Vårstämma 2021\nSamfälligheten höll sin stämma den 2 maj i skolan.\n", "2021-05-02", None,
                 id="stamma"),
    # look-alikes: the next meeting's day, a title without the year
    pytest.param("Hem   Om oss\nÅrsmöte 2015\nNästa möte den 22 mars i bygdegården.\n", None, None, id="next-meeting"),
    pytest.param("Hem   Om oss\nÅrsmöte\nFöreningen höll sitt årsmöte den 22 mars i bygdegården.\n", None, None,
                 id="no-year"),
]


@pytest.mark.parametrize(("text", "day", "body"), CASES)
def test_held_day_under_year_title(text: str, day: str | None, body: str | None) -> None:
    meeting = extract_text(minutes_from_text(text)).meeting
    assert meeting.date == day
    if body is not None:
        assert meeting.body == body
