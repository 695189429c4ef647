"""`briefing-app draft`: a summary line on success, one line and status 1 on failure."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT
from tests.draft.reports_helpers import REPORTS

from briefing_app.cli import main


def test_draft_writes_a_briefing_that_check_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "draft"
    assert main(["draft", str(REPORTS / "hexi-county-2025.txt"), "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"wrote {out}: ") and "figures quoted" in said
    assert main(["check", str(out)]) == 0


def test_draft_into_a_briefing_folder_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "taken"
    out.mkdir()
    (out / "briefing.yaml").write_bytes(b"kept")
    assert main(["draft", str(REPORTS / "hexi-county-2025.txt"), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("briefing-app: ") and str(out) in err
    assert (out / "briefing.yaml").read_bytes() == b"kept"


def test_a_report_without_a_date_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.txt"
    report.write_text("某局工作总结\n\n新增学位6500个。\n", encoding="utf-8")
    assert main(["draft", str(report), "--out", str(tmp_path / "d")]) == 0
    assert "states no date" in capsys.readouterr().err


def test_drafting_libraries_load_only_when_drafting() -> None:
    """Starting the app, checking and exporting never import python-docx, pypdf or lxml's docx."""
    code = (
        "import sys\n"
        "import briefing_app.cli, briefing_app.app, briefing_app.draft\n"
        "from briefing_app.content import check_briefing\n"
        "assert check_briefing(sys.argv[1]).ok\n"
        "print(','.join(m for m in ('docx', 'pypdf') if m in sys.modules))\n"
    )
    builtin = ROOT / "resources" / "briefings" / "etdz-2023"
    done = subprocess.run(
        [sys.executable, "-c", code, str(builtin)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == ""
