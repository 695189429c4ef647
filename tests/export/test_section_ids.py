"""The deck's section GUIDs are the name-based UUIDs (version 5) of RFC 4122."""

from __future__ import annotations

import uuid

import pytest

from briefing_app.export.pptx.package_props import name_uuid


@pytest.mark.parametrize("name", ["", "a", "郑州经开区2023年经济工作会议/review", "x" * 200])
def test_name_uuid_is_uuid5_of_the_url_namespace(name: str) -> None:
    assert name_uuid(name) == str(uuid.uuid5(uuid.NAMESPACE_URL, name))
