"""Readers that turn sources (files, tables, HTML, feeds) into RawArticle objects. No NLP here."""
from .files import SUPPORTED_SUFFIXES, iter_articles, iter_sources

__all__ = ["SUPPORTED_SUFFIXES", "iter_articles", "iter_sources"]
