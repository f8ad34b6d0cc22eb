"""Taking up a custom again ("återuppta traditionen med att ...") is an activity resumed, not the matter
coming back (`items.resumes_custom`); "återuppta" said of a matter still returns."""

import pytest

from planner.extract.items import resumes_custom


@pytest.mark.parametrize(
    ("sentence", "custom"),
    [
        # real phrases
        ("föreningen kan igen återuppta traditionen med att bjuda invånarna på kaffe på palmsöndagen den 10 april.", True),
        ("vi återupptar traditionen med julfest den 12 december.", True),
        ("traditionen med vårutflykt återupptas i maj.", True),
        ("seden att fira namnsdag återupptas i juli.", True),
        # look-alikes: a matter taken up again
        ("diskussionen återupptas på mötet i mars.", False),
        ("ärendet återupptas i maj när underlaget är klart.", False),
        ("vi återupptar frågan om budgeten i september.", False),
    ],
)
def test_resumes_custom(sentence: str, custom: bool) -> None:
    m = next(w for w in ("återupptar", "återupptas", "återuppta") if w in sentence)
    start = sentence.index(m)
    assert resumes_custom(sentence, start, start + len("återuppta")) is custom
