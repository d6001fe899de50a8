"""One error tree for dyad; the CLI and API translate it at the edges.

    DyadError
    ├── InputError            a source cannot be read
    │   ├── UnreadableFile    missing, binary, undecodable or malformed file/row
    │   ├── UnsupportedFormat extension or --format dyad does not know
    │   ├── FeedError         a URL or feed could not be fetched or parsed
    │   └── NotArticles       a table with no text column (e.g. annotations beside the articles): skipped
    ├── ConfigError           bad settings, gazetteer or lexicon file
    └── StoreError            the database cannot be opened or written
        └── SchemaTooNew      the file was written by a newer dyad

Messages say what to do next, because they are shown to users as they are.
"""


class DyadError(Exception):
    """Base of every error dyad raises on purpose."""

    exit_code = 1


class InputError(DyadError):
    exit_code = 2


class UnreadableFile(InputError):
    pass


class UnsupportedFormat(InputError):
    pass


class FeedError(InputError):
    pass


class NotArticles(InputError):
    """Not a failure: the source holds no articles, so ingest skips it and says so."""


class ConfigError(DyadError):
    exit_code = 3


class StoreError(DyadError):
    exit_code = 4


class SchemaTooNew(StoreError):
    pass
