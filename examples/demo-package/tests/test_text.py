from demo_pkg import slugify, word_count
from demo_pkg.cli import main


def test_slugify_basic() -> None:
    assert slugify("Hello, World!") == "hello-world"


def test_slugify_unicode() -> None:
    assert slugify("Crème brûlée") == "creme-brulee"


def test_word_count() -> None:
    assert word_count("one two  three") == 3
    assert word_count("") == 0


def test_cli(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["slugify", "A B"]) == 0
    assert capsys.readouterr().out.strip() == "a-b"
    assert main([]) == 2
