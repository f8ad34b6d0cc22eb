"""A config.toml that is not valid TOML names its file and line the way every other error of a file does.

- A syntax error said "config.toml: not valid TOML: Illegal character '\\n' (at line 3, column 10)": the line
  at the end, in words, where editors and `file:line:` readers do not find it; one at the end of the file
  said "(at end of document)" and no line at all.
- A config.toml saved by Windows' Notepad (UTF-8 with a byte order mark) was refused with
  "Invalid statement (at line 1, column 1)", on a first line that looked right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.config import load_settings
from planner.errors import ConfigError


@pytest.mark.parametrize(("text", "message"), [
    ('[web]\nport = 80\nhost = "127.0.0.1\n', ":3: not valid TOML: Illegal character '\\n' (column 18)"),
    ("[web]\nport = 80\nport = 81\n", ":3: not valid TOML: Cannot overwrite a value (column 10)"),
    ("[web]\nport = ", ":2: not valid TOML: Invalid value (at the end of the file)"),
    ('[mail]\nsender = """Forum\n\n', ":2: not valid TOML: Unterminated string (at the end of the file)"),
])
def test_a_syntax_error_names_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "config.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(config, env={})
    assert str(err.value) == f"{config}{message}"


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_bytes(b"\xef\xbb\xbf[web]\nport = 8001\n")
    assert load_settings(config, env={}).web.port == 8001
