"""The one error type a person sees: what went wrong and what to do instead."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or a refused request, with a message a person can act on.

    Pages show it with st.error, the CLI prints it and exits non-zero. Anything else that
    escapes is a bug in Goodwill Ledger, not the user's problem.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ColumnsNotRecognised(UserError):
    """A sheet (CSV or Excel) refused only because its date or text column was not recognised.

    Carries the file's name, its columns and which of date and text are missing, so the Import
    page can offer to map the columns by hand instead of parsing the message.
    """

    def __init__(
        self, message: str, name: str, columns: list[str], missing: tuple[str, ...]
    ) -> None:
        super().__init__(message)
        self.name = name
        self.columns = list(columns)
        self.missing = missing

    @property
    def mappable(self) -> bool:
        """At least two named columns: a date and a text column could be among them."""
        return len({c for c in self.columns if c.strip()}) >= 2


class DateOrderUnclear(ColumnsNotRecognised):
    """A sheet whose numeric dates read two ways (05/11/2026: 5 November or May 11) and nothing
    in the file tells which. Nothing is imported; the Import page asks (with the columns it
    found, so the same form can say both) and the CLI takes --dates."""

    def __init__(self, message: str, name: str, columns: list[str], example: str) -> None:
        super().__init__(message, name, columns, missing=())
        self.example = example
