"""Name a figure with the plain words of its sentence: the subject before it, or its list item."""

from __future__ import annotations

import re

from briefing_app.draft.figures import Figure
from briefing_app.draft.structure import Span
from briefing_app.draft.text import cjk_count, short

NAME_LIMIT = 18
_TRAILING = re.compile(
    r"(?:分别|同比|比上年末|比上年|较上年|共计|合计|总计|累计|达到|达|完成|实现|突破|超过|保持在|保持|"
    r"增长|增加|提高|提升|上升|下降|减少|降低|回落|扩大|控制在|稳定在|约为|约|近|超|为|是|到|至|在|了|的|"
    r"有|共|全年|以上|左右|其中|)+$"
)
_LEADING = re.compile(
    r"^(?:其中|全年|年末|共|以及|和|及|并|使|在(?![校园职岗读])|\d{2,4}年(?:底|末)?|[一二三四五六七八九十]是)"
)
_WEAK = re.compile(r"^(?:比|较|同比|按|与|增长|增加)")
_CUT = re.compile(r"[，,；;：:。！？、]")
_AFTER_WORDS = re.compile(
    r"^(?![增减提降下上达比同较以左约多余和及的分到至为占])[\u4e00-\u9fff“”]{1,10}"
)
_AFTER_STOP = re.compile(
    r"增长|增加|下降|减少|达到|比上年|同比|全面|完成|开工|竣工|投产|投入|实现|高位|跃升|排名"
)
_VERB = re.compile(r"^(?:推动|推进|加快|打造|实施|发展|培育|壮大|支持|建设)")
_LIST_END = re.compile(r"等|[两三四五六七八九十]大|\d")
COUNTING = set("个家项条所座套户人名台辆床批件栋处宗笔间张场次") | {"人次"}
_NUMBER = re.compile(r"\d+(?:[.．]\d+)?")
RISE_OR_FALL = re.compile(r"增长|增速|下降|减少|降低|回落|提高|提升|上升|增加(?!值)|负增长")


def plain_name(before: str, trim: bool = True) -> str:
    """Return the words before a number that name it: the last phrase, verbs dropped."""
    text = re.sub(r"\s+", "", before)
    if trim:
        text = _TRAILING.sub("", text)
    tail = _CUT.split(text)[-1] if text else ""
    tail = _LEADING.sub("", _LEADING.sub("", tail)).lstrip("0123456789.%")
    return _tail(tail, NAME_LIMIT)


def _tail(name: str, limit: int) -> str:
    """Return the last `limit` characters of a name: the words nearest the number name it."""
    if len(name) <= limit:
        return name
    return name[-limit:].lstrip("0123456789.零〇一二两三四五六七八九十百千万亿及和与、年的在")


def weak(name: str) -> bool:
    """Return whether a name says too little alone (比上年末, 增长, one character)."""
    return cjk_count(name) < 2 or bool(_WEAK.match(name))


def name_figure(
    sentence: Span,
    parts: list[Span],
    index: int,
    figure: Figure,
    others: list[Figure],
    verb: str,
) -> tuple[str, int]:
    """Return the figure's name and the index of the clause its quote should start from."""
    clause = parts[index]
    before = sentence.text[clause.start - sentence.start : figure.start - sentence.start]
    name, start = plain_name(before), index
    prior = [f for f in others if clause.start <= f.start and f.end <= figure.start]
    if prior:  # 分别为52380元和27640元: after another figure, only its words count
        name = plain_name(
            sentence.text[prior[-1].end - sentence.start : figure.start - sentence.start]
        )
        if weak(name):
            name = plain_name(
                sentence.text[clause.start - sentence.start : prior[0].start - sentence.start]
            )
    listed = _respectively(sentence, parts, index, figure, others)
    if listed is not None:
        name, start = listed
        if start < index and verb:
            name += verb
    if figure.unit.lstrip("万亿") in COUNTING:  # 三个百亿级产业集群: the thing counted follows
        after = _AFTER_WORDS.match(sentence.text[figure.end - sentence.start :])
        words = _AFTER_STOP.split(after.group(0))[0].rstrip("中的") if after else ""
        if words:
            name = _tail(name, NAME_LIMIT - len(words)) + words
    if weak(name):
        for j in range(index - 1, max(-1, index - 4), -1):
            subject = plain_name(_before_figures(parts[j], others))
            if not weak(subject):
                return subject + verb, j
    if weak(name):
        name = plain_name(before, trim=False) or plain_name(clause.text)
    return name, start


def _before_figures(clause: Span, others: list[Figure]) -> str:
    first = next((f for f in others if clause.start <= f.start < clause.end), None)
    return clause.text[: first.start - clause.start] if first else clause.text


def _subjects_before(
    parts: list[Span], index: int, figure: Figure, mine: list[Figure], others: list[Figure]
) -> tuple[str, int] | None:
    """游客46万人次，收入2.3亿元，分别增长18%和21%: the clauses before, one number each."""
    before = parts[index - len(mine) : index]
    if any(len(_NUMBER.findall(c.text)) != 1 for c in before):
        return None
    names = [plain_name(_NUMBER.split(c.text)[0]) for c in before]
    if any(weak(n) for n in names):
        return None
    return names[mine.index(figure)], index - len(mine)


def _respectively(
    sentence: Span, parts: list[Span], index: int, figure: Figure, others: list[Figure]
) -> tuple[str, int] | None:
    """城镇、农村居民收入分别增长4.8%、7.2%: the k-th item names the k-th figure after 分别."""
    clause = parts[index]
    mark = sentence.text.rfind("分别", clause.start - sentence.start, figure.start - sentence.start)
    if mark < 0:
        return None
    mine = [f for f in others if sentence.start + mark < f.start < clause.end + 1]
    head = clause.text[: sentence.start + mark - clause.start]
    where = index
    for j in range(index, max(-1, index - 3), -1):
        text = head if j == index else _before_figures(parts[j], others)
        if "、" in text:
            head, where = text.split("分别")[0], j
            break
    items = [_LEADING.sub("", i) for i in re.sub(r"\s+", "", head).split("、") if i]
    items[:1] = [_VERB.sub("", i) or i for i in items[:1]]  # 推动新材料、装备制造: 新材料
    if len(items) < 2 and index >= len(mine) >= 2 and figure in mine:
        return _subjects_before(parts, index, figure, mine, others)
    if len(items) < 2 or len(items) != len(mine) or figure not in mine:
        return None
    last = _LIST_END.split(items[-1])[0]
    items[-1] = last if len(last) >= 2 else items[-1]
    k = mine.index(figure)
    item = items[k]
    lengths = {len(i) for i in items[:-1]}
    if len(lengths) == 1 and len(items[-1]) > min(lengths) + 1 and k < len(items) - 1:
        item += items[-1][min(lengths) :]  # 城镇、农村居民收入: 城镇 + 居民收入
    return short(item, NAME_LIMIT), where
