"""Normalisation and number extraction used by the provenance checks."""

from __future__ import annotations

from decimal import Decimal

from briefing_app.content.normalize import (
    as_decimal,
    chinese_numeral,
    half_width_punctuation,
    normalize,
    stated_numbers,
)


def test_normalize_folds_width_whitespace_and_emphasis() -> None:
    assert normalize("宇通国家电动客车工程\n\n\n\n技术中心") == normalize(
        "宇通国家电动客车工程技术中心"
    )
    assert normalize("地区生产总值**增长8%**,规模") == normalize("地区生产总值增长8%，规模")
    assert normalize("“五链”深度耦合") == normalize('"五链"深度耦合')


def test_chinese_numerals() -> None:
    assert chinese_numeral("千") == 1000
    assert chinese_numeral("两千") == 2000
    assert chinese_numeral("三十") == 30
    assert chinese_numeral("十四") == 14
    assert chinese_numeral("百亿") == 100 * 10**8


def test_stated_numbers_include_units_of_yi() -> None:
    numbers = stated_numbers("两千亿级汽车制造产业集群，总投资2940.1亿元")
    assert Decimal(2000) in numbers
    assert Decimal("2940.1") in numbers
    assert Decimal("2940.7") not in numbers


def test_as_decimal_keeps_the_written_digits() -> None:
    assert as_decimal(2940.1) == Decimal("2940.1")
    assert as_decimal(17.099999, 1) == Decimal("17.1")
    assert as_decimal(8.0) == Decimal(8)


def test_half_width_punctuation_in_chinese_text() -> None:
    assert half_width_punctuation("稳中有进,稳中向好") == [","]
    assert half_width_punctuation("稳中有进、稳中向好") == []
    assert half_width_punctuation("GDP 8%, CPI") == []
