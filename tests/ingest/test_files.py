import pytest

from dyad.errors import InputError, UnreadableFile, UnsupportedFormat
from dyad.ingest.files import iter_articles, iter_sources, read_text_file
from dyad.model import RawArticle


def test_txt_headline_and_body(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("\nIran Urges Closer Ties\n\nTEHRAN (Tasnim) – The minister spoke.\n", encoding="utf-8")
    art = read_text_file(f, "a")
    assert art.title == "Iran Urges Closer Ties"
    assert art.text.startswith("TEHRAN (Tasnim)")


def test_a_long_first_line_is_body_not_headline(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("Tehran (IP) - The Chief Commander of the IRGC met the Iraqi Defense Minister on Sunday.\n\nMore.",
                 encoding="utf-8")
    art = read_text_file(f, "b")
    assert art.title is None and art.text.startswith("Tehran (IP)")


def test_folder_is_recursive_with_relative_ids(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("Head\n\nBody.", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Head\n\nBody.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    ids = [a.source_id for a in iter_articles(tmp_path)]
    assert ids == ["sub/x", "y"]


def test_binary_and_missing_files_are_clear_errors(tmp_path):
    f = tmp_path / "bin.txt"
    f.write_bytes(b"\x00\x01\x02garbage")
    (item,) = list(iter_articles(tmp_path))
    assert isinstance(item, UnreadableFile) and "binary" in str(item)
    with pytest.raises(InputError, match="no such file"):
        list(iter_sources(tmp_path / "nope"))
    with pytest.raises(UnsupportedFormat):
        list(iter_sources(tmp_path / "x.pdf")) if (tmp_path / "x.pdf").write_bytes(b"x") else None
