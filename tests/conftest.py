"""Shared test helpers: small briefing folders written on the fly."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _no_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the app's cache and settings (and those of the processes tests start) in a
    temporary folder: a test run must not write to ~/.cache or ~/.config. Tests that need
    their own set these again."""
    folder = tmp_path_factory.mktemp("user")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFING_APP_CACHE", str(folder / "cache"))
        patch.setenv("BRIEFING_APP_SETTINGS", str(folder / "settings.ini"))
        yield


BUILTIN = ROOT / "resources" / "briefings" / "etdz-2023"

SOURCE = """标题

全区共实施项目393个,总投资2940.1亿元,年度计划投资502.8亿元,计划新开工项目187个,续建项目142个,前期项目64个。

地区生产总值**增长8%**,规模以上工业增加值**增长10%**。

宇通国家电动客车工程



技术中心等76个项目竣工投产投入。
"""

MINIMAL = """\
format: 1
source: source.txt
meta:
  title: 测试简报
  subtitle: 副标题
  organisation: 测试单位
  meeting: 测试会议
  date: 2023-01-09
  anniversary: {years: 30, founded: 1993}
indicators:
  - id: total
    name: 总投资
    kind: amount
    unit: 亿元
    year: 2023
    target: 2940.1
    decimals: 1
    source: 总投资2940.1亿元
  - id: annual
    name: 年度计划投资
    kind: amount
    unit: 亿元
    year: 2023
    target: 502.8
    decimals: 1
    source: 年度计划投资502.8亿元
  - id: share
    name: 年度占比
    kind: share
    unit: "%"
    year: 2023
    decimals: 1
    formula: annual / total * 100
  - id: projects
    name: 实施项目
    kind: count
    unit: 个
    year: 2023
    target: 393
    formula: new + continuing + preliminary
    source: 全区共实施项目393个
  - {id: new, name: 新开工, kind: count, unit: 个, year: 2023, target: 187, source: 计划新开工项目187个}
  - {id: continuing, name: 续建, kind: count, unit: 个, year: 2023, target: 142, source: 续建项目142个}
  - {id: preliminary, name: 前期, kind: count, unit: 个, year: 2023, target: 64, source: 前期项目64个}
  - {id: gdp, name: 地区生产总值, kind: growth_rate, unit: "%", year: 2023, target: 8, source: 地区生产总值**增长8%**}
sections:
  - id: main
    title: 主体
    panels:
      - id: cover
        kind: cover
        title: 测试简报
        notes: 开场。
      - id: figures
        kind: key_figures
        title: 项目投资
        notes: 共393个项目。
        figures:
          - {indicator: projects}
          - {indicator: total}
          - {indicator: share, caption: 年度计划投资占总投资}
      - id: list
        kind: bullets
        title: 竣工项目
        notes: 说一下竣工。
        items:
          - text: 宇通国家电动客车工程技术中心等76个项目竣工投产投入
            source: 宇通国家电动客车工程技术中心等76个项目竣工投产投入
          - 不带数字的一条
      - id: donut
        kind: chart
        title: 项目构成
        notes: 看图。
        chart:
          kind: donut
          categories: [新开工, 续建, 前期]
          total: projects
          series:
            - name: 项目数
              unit: 个
              values: [new, continuing, preliminary]
"""


def write_briefing(folder: Path, yaml_text: str = MINIMAL, source: str = SOURCE) -> Path:
    """Write a briefing folder and return the path of its YAML file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "source.txt").write_text(source, encoding="utf-8")
    path = folder / "briefing.yaml"
    path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    return path


@pytest.fixture
def minimal_briefing(tmp_path: Path) -> Path:
    """Return the YAML path of a small valid briefing in a temporary folder."""
    return write_briefing(tmp_path / "b")
