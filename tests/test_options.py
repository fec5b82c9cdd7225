"""Settings: defaults < quotewire.toml ([quotewire] table) < QUOTEWIRE_* < arguments; a bad
setting is an error that names where it is, never silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from quotewire.cli import main
from quotewire.errors import SettingsError
from quotewire.options import load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "quotewire.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write(tmp_path, "[quotewire]\nbatch_size = 8\njobs = 3\nfetch_timeout = 5\n")
    monkeypatch.setenv("QUOTEWIRE_JOBS", "2")
    monkeypatch.setenv("QUOTEWIRE_SELECTIVE_PARSE", "off")
    settings = load_settings(config, fetch_timeout=1.5)
    assert (settings.batch_size, settings.jobs, settings.fetch_timeout) == (8, 2, 1.5)
    assert settings.selective_parse is False


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[quotewire\n", r"quotewire\.toml: cannot read the settings: "),
        ("max_article_chars = 5\n", r"max_article_chars: settings go under a \[quotewire\] table"),
        ("[quotewire]\nmax_artcle_chars = 5\n", r"max_artcle_chars: no such setting \(known: db, "),
        ("[quotewire]\nmax_article_chars = 'lots'\n", r"= 'lots': expected a whole number"),
        ("[quotewire]\nselective_parse = 1\n", r"selective_parse = 1: expected true or false"),
    ],
)
def test_a_bad_config_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        load_settings(write(tmp_path, text))


@pytest.mark.parametrize(
    ("name", "raw"),
    [("QUOTEWIRE_MAX_ARTICLE_CHARS", "abc"), ("QUOTEWIRE_SELECTIVE_PARSE", "maybe")],
)
def test_a_bad_environment_variable_is_named(
    name: str, raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(name, raw)
    with pytest.raises(SettingsError, match=rf"^{name}='{raw}': expected "):
        load_settings()


def test_the_cli_says_it_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTEWIRE_MAX_ARTICLE_CHARS", "abc")
    article = tmp_path / "a.txt"
    article.write_text("The minister said the talks were useful.", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert result.stderr == "Error: QUOTEWIRE_MAX_ARTICLE_CHARS='abc': expected a whole number\n"


@pytest.mark.parametrize(
    ("flag", "env", "expected"),
    [
        (None, None, "from-file.db"),
        (None, "from-env.db", "from-env.db"),
        ("from-flag.db", "from-env.db", "from-flag.db"),
    ],
)
def test_the_store_is_the_flag_then_the_environment_then_the_config_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    flag: str | None,
    env: str | None,
    expected: str,
) -> None:
    """--db > $QUOTEWIRE_DB > quotewire.toml's db > quotewire.db: the file's db was ignored
    while the flag's default came from the environment alone."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path, '[quotewire]\ndb = "from-file.db"\n')
    if env is None:
        monkeypatch.delenv("QUOTEWIRE_DB", raising=False)
    else:
        monkeypatch.setenv("QUOTEWIRE_DB", env)
    result = CliRunner().invoke(main, ["search", *(["--db", flag] if flag else [])])
    assert result.stderr == f"Error: {expected}: no such database (ingest something first)\n"


def test_without_a_config_file_the_store_is_quotewire_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTEWIRE_DB", raising=False)
    monkeypatch.delenv("QUOTEWIRE_CONFIG", raising=False)
    result = CliRunner().invoke(main, ["search"])
    assert result.stderr == "Error: quotewire.db: no such database (ingest something first)\n"


@pytest.mark.parametrize("command", ["ingest", "watch"])
@pytest.mark.parametrize("flag", [None, "from-flag.db"])
def test_ingest_and_watch_read_the_settings_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, flag: str | None
) -> None:
    """``--db``'s default and the command share one reading of the file and the environment
    (they read them twice), with the same result: the file's settings, the flags on top."""
    from quotewire import options
    from quotewire.cli import ingest_cmd
    from quotewire.ingest import IngestReport

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTEWIRE_DB", raising=False)
    monkeypatch.delenv("QUOTEWIRE_CONFIG", raising=False)
    write(tmp_path, '[quotewire]\ndb = "from-file.db"\nbatch_size = 7\njobs = 3\n')
    monkeypatch.setenv("QUOTEWIRE_FETCH_TIMEOUT", "4.5")
    reads: list[Path] = []
    read_file = options._file_settings
    monkeypatch.setattr(
        options, "_file_settings", lambda path: reads.append(path) or read_file(path)
    )
    used: list[options.Settings] = []

    def ingested(documents, store, *, settings, on_progress):  # type: ignore[no-untyped-def]
        used.append(settings)
        return IngestReport()

    def polled(feeds, store, read, *, every, settings):  # type: ignore[no-untyped-def]
        used.append(settings)
        return []

    monkeypatch.setattr(ingest_cmd, "ingest", ingested)
    monkeypatch.setattr(ingest_cmd, "poll_due_feeds", polled)
    args = [command, "feed.xml", *(["--db", flag] if flag else []), "--jobs", "2"]
    result = CliRunner().invoke(main, [*args, *(["--once"] if command == "watch" else [])])
    assert result.exit_code == 0, result.output
    assert len(reads) == 1
    (settings,) = used
    expected = (flag or "from-file.db", 7, 2, 4.5)
    assert (settings.db, settings.batch_size, settings.jobs, settings.fetch_timeout) == expected
