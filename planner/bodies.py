"""Names of bodies and organisations as keys: one body whatever the spelling or the year.

Pure functions used by ingest: "Kommunalt forum", "kommunala forum" and "Kommunalt Forum"
give one key; "Lessebo" and "Lessebo kommun" give one organisation key.
"""

from __future__ import annotations

import re
import unicodedata

# Words that open a title line but are not part of the body's name.
_DOC_WORDS = ("mötesanteckningar", "minnesanteckningar", "protokoll", "anteckningar", "dagordning",
              "kallelse", "sammanträde", "möte")
# Swedish adjective and definite endings folded to one form (longest first), keeping a stem >= 3.
_ENDINGS = (("alt", "al"), ("ala", "al"), ("ale", "al"), ("igt", "ig"), ("iga", "ig"), ("skt", "sk"),
            ("ska", "sk"), ("amt", "am"), ("amma", "am"), ("ellt", "ell"), ("ella", "ell"),
            ("et", ""), ("en", ""), ("e", ""))
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_REGION = re.compile(r"\bRegion(?:en)? ([A-ZÅÄÖ][a-zåäö]+(?: län)?)")
_ORG_DROP = ("kommun", "kommunen", "län", "läns")


# Names that say what kind of meeting it is but not whose: qualified by organisation or file name.
GENERIC = frozenset(("styrels", "styrelsemöt", "styrelsesammanträd", "årsmöt", "medlemsmöt", "ledningsgrupp",
                     "arbetsgrupp", "möt", "sammanträd", "protokoll", "mötesanteckningar", "agenda", "referensgrupp",
                     "styrgrupp", "extra styrelsemöt", "konstituerand styrelsemöt"))
_FILE_NOISE = re.compile(r"^\d+[_-]+|[_-]*\d{6,8}$|[_-]*\d{4}-\d{2}-\d{2}$")


def is_generic(name: str) -> bool:
    """Say whether a body name is generic ("Styrelsen", "Styrelsemöte") and needs an owner."""
    return body_key(name) in GENERIC


def name_from_file(filename: str) -> str | None:
    """Return a body hint from a file name: "107_oidc-sweden-20201210.txt" -> "oidc sweden"."""
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", filename.rsplit("/", 1)[-1])
    for _ in range(3):
        stem = _FILE_NOISE.sub("", stem)
    words = [w for w in re.split(r"[_\s-]+", stem)
             if w and not any(c.isdigit() for c in w) and slugify(fold_word(w.lower())) not in _GENERIC_ASCII]
    return " ".join(words) or None


def fold_word(word: str) -> str:
    """Fold one lower-case Swedish word to a stem shared by its inflections."""
    for ending, replacement in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) + len(replacement) >= 3:
            return word[: len(word) - len(ending)] + replacement
    return word


def clean_body_name(name: str) -> str:
    """Return the body's name without document words, dates and surrounding punctuation."""
    text = re.sub(r"\d{4}-\d{2}-\d{2}|\b\d{4}\b", " ", name)
    text = re.sub(r"^\W*(?:" + "|".join(_DOC_WORDS) + r")\b\s*[–—:-]?\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+", " ", text).strip(" -–—:,.#*")
    return text or name.strip()


def body_key(name: str) -> str:
    """Return the alias key of a body name: lower case, inflections folded, no years."""
    words = _WORD.findall(clean_body_name(name).lower())
    return " ".join(fold_word(w) for w in words)[:300]


def organisation_key(name: str) -> str:
    """Return the key of an organisation name: "Lessebo kommun" and "Lessebo" give "lessebo"."""
    words = [w for w in _WORD.findall(name.lower()) if w not in _ORG_DROP]
    if len(words) == 1 and words[0].endswith("s") and len(words[0]) > 4 and "kommun" in name.lower():
        words = [words[0][:-1]]  # genitive: "Västerviks kommun" = "Västervik"
    return " ".join(words)[:200]


def slugify(name: str) -> str:
    """Return an ASCII slug for URLs: "Kommunalt forum" -> "kommunalt-forum"."""
    folded = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:200] or "okand"


def organisation_name(name: str) -> str:
    """Return a display name: "Lessebo" -> "Lessebo kommun" for a bare municipality name stays as written."""
    return re.sub(r"\s+", " ", name).strip(" ,.")


def find_region(text: str, organisations: list[str]) -> str | None:
    """Return the region named by attendee organisations, else the one the text names most often."""
    for org in organisations:
        match = _REGION.match(org.strip())
        if match:
            return f"Region {match.group(1)}"
    counts: dict[str, int] = {}
    for match in _REGION.finditer(text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    if not counts:
        return None
    return "Region " + max(counts, key=lambda k: (counts[k], k))


_GENERIC_ASCII = frozenset(slugify(g) for g in GENERIC)
