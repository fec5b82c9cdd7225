"""The exception tree. Every error names the input it is about, so a batch can report and go on."""

from __future__ import annotations


class QuotewireError(Exception):
    """Base class of every error quotewire raises on purpose."""


class InputError(QuotewireError):
    """An input could not be read: binary, undecodable, empty, truncated, not an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickled by its fields, like :class:`ExtractionError`: a process pool sends it back."""
        return type(self), (self.source, self.reason)


class ExtractionError(QuotewireError):
    """Extraction failed on one article; carries the article id and, when known, the offset."""

    def __init__(self, article_id: str | None, reason: str, offset: int | None = None) -> None:
        where = f" at offset {offset}" if offset is not None else ""
        super().__init__(f"article {article_id or '<unnamed>'}{where}: {reason}")
        self.article_id = article_id
        self.reason = reason
        self.offset = offset

    def __reduce__(self) -> tuple[type[ExtractionError], tuple[str | None, str, int | None]]:
        """Pickled by its fields: an extraction worker sends it back in a batch's results,
        and the default (the message as the one argument) would not unpickle."""
        return type(self), (self.article_id, self.reason, self.offset)


class SettingsError(QuotewireError):
    """A setting in ``quotewire.toml`` or a ``QUOTEWIRE_*`` variable is unknown or has the wrong
    kind of value: names the file or variable and the setting."""


class ModelNotInstalledError(QuotewireError):
    """The spaCy model (or another packaged model) is not installed; says what to install."""


class StoreError(QuotewireError):
    """The database could not be opened, migrated or written."""


class NotFoundError(StoreError):
    """A record asked for by id is not in the store."""


class EvalFormatError(QuotewireError):
    """A gold file does not follow the annotated-set format."""


class DataFileError(QuotewireError):
    """A file shipped under ``quotewire/data`` lacks a key its reader needs, or holds the wrong
    kind of value there: names the file and the key, so a bad edit to a word list is found."""

    def __init__(self, path: str, key: str, reason: str) -> None:
        super().__init__(f"quotewire/data/{path}: {key}: {reason}")
        self.path = path
        self.key = key
        self.reason = reason

    def __reduce__(self) -> tuple[type[DataFileError], tuple[str, str, str]]:
        """Pickled by its fields, like :class:`ExtractionError`: raised in an extraction
        worker, it travels back to the ingest process."""
        return type(self), (self.path, self.key, self.reason)
