import pytest

from acme_cli.__main__ import main


def test_slug(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["slug", "A B"]) == 0
    assert capsys.readouterr().out.strip() == "a-b"
    assert main([]) == 2
