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
