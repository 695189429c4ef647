"""The catalog of check messages: key -> (English template, Chinese template), same fields.

Translators edit only this file and where_words.py (the field names). Templates use
`str.format` fields; a field may hold another message of this catalog (rendered in the same
language) or a value shown as is (numbers, names, quotes, YAML keys). Keys written in the YAML
(value, target, decimals) stay as typed.
"""

from __future__ import annotations

from briefing_app.content.where_words import WHERE

MESSAGES: dict[str, tuple[str, str]] = {
    # -- the same in every language: names, quotes, text from outside (the OS, PyYAML) ---------
    "text": ("{text}", "{text}"),
    "check.ok": (
        "OK — {panels} panels, {indicators} indicators",
        "检查通过：{panels} 页，{indicators} 个指标",
    ),
    # -- files -----------------------------------------------------------------------------
    "file.missing": ("no such file or folder", "找不到该文件或文件夹"),
    "file.folder_without": ("is a folder without a {name}", "是文件夹，其中没有 {name}"),
    "file.unreadable": ("cannot be read: {reason}", "无法读取：{reason}"),
    "file.unreadable_plain": ("unreadable", "无法读取"),
    "file.not_utf8": (
        "is not UTF-8 (byte 0x{byte}); save it as UTF-8",
        "不是 UTF-8 编码（字节 0x{byte}）；请另存为 UTF-8",
    ),
    "file.empty": ("the file is empty", "文件是空的"),
    "file.source": ("source text {file}: {problem}", "{file}：{problem}"),
    "yaml.syntax": ("YAML syntax error: {detail}", "YAML 格式错误：{detail}"),
    "yaml.error": ("YAML error: {detail}", "YAML 错误：{detail}"),
    "file.folder": ("is a folder, not a file", "是文件夹，不是文件"),
    "file.not_regular": ("is {kind}, not a regular file", "是{kind}，不是普通文件"),
    "file.kind_fifo": ("a pipe (FIFO)", "管道（FIFO）"),
    "file.kind_device": ("a device or socket", "设备或套接字"),
    "file.too_big": (
        "is {size}, more than the limit of {limit}",
        "大小为 {size}，超过上限 {limit}",
    ),
    "file.utf32": ("is saved as UTF-32; save it as UTF-8", "以 UTF-32 编码保存；请另存为 UTF-8"),
    "file.utf16": ("is saved as UTF-16; save it as UTF-8", "以 UTF-16 编码保存；请另存为 UTF-8"),
    "file.gbk": (
        "is saved as GBK (GB18030); save it as UTF-8",
        "以 GBK（GB18030）编码保存；请另存为 UTF-8",
    ),
    "file.control_char": (
        "holds the control character U+{code}, which YAML does not allow",
        "含有控制字符 U+{code}，YAML 不允许",
    ),
    "file.source_at": (
        "source text {file}: {problem} (line {line}, column {column})",
        "{file}：{problem}（第 {line} 行第 {column} 列）",
    ),
    "file.source_refused": ("source text {reason}", "{reason}"),
    "source.cannot_follow": ("'{name}' cannot be followed: {reason}", "“{name}”无法打开：{reason}"),
    "source.empty_name": (
        "is empty: name the source text file beside the briefing",
        "为空：请写出简报旁边的原文文件名",
    ),
    "source.outside": (
        "'{name}' leads outside the briefing's folder {home}: the source text must be a file "
        "in that folder",
        "“{name}”指向简报文件夹 {home} 之外：原文必须是该文件夹中的文件",
    ),
    "source.is_yaml": (
        "'{name}' is the briefing's own YAML file: quotes must come from the report it presents",
        "“{name}”是简报自己的 YAML 文件：引文必须来自它所呈现的报告",
    ),
    "image.empty_name": (
        "is empty: name a PNG or JPEG file beside the briefing",
        "为空：请写出简报旁边的 PNG 或 JPEG 图片文件名",
    ),
    "image.outside": (
        "'{name}' leads outside the briefing's folder {home}: an image must be a file in that "
        "folder",
        "“{name}”指向简报文件夹 {home} 之外：图片必须是该文件夹中的文件",
    ),
    "image.missing": (
        "'{name}' is not in the briefing's folder",
        "简报文件夹中没有“{name}”",
    ),
    "image.not_file": (
        "'{name}' is not a regular file (a folder, a device or a pipe)",
        "“{name}”不是普通文件（是文件夹、设备或管道）",
    ),
    "image.too_large": (
        "'{name}' is {size} bytes, over the limit of {limit}: save it smaller (1920 px wide is "
        "enough for a projector)",
        "“{name}”有 {size} 字节，超过上限 {limit}：请另存为较小的图片（投影宽 1920 像素即可）",
    ),
    "image.not_image": (
        "'{name}' is not a PNG or JPEG image",
        "“{name}”不是 PNG 或 JPEG 图片",
    ),
    "image.unreadable": ("'{name}' cannot be read: {reason}", "无法读取“{name}”：{reason}"),
    "yaml.too_large": ("YAML file too large: {detail}", "YAML 文件过大：{detail}"),
    "yaml.too_many_values": (
        "the file has more than {limit} values, the limit",
        "文件中的值超过上限 {limit} 个",
    ),
    "yaml.too_deep_limit": (
        "lists and mappings nest more than {limit} levels deep, the limit",
        "列表和映射的嵌套超过上限 {limit} 层",
    ),
    "yaml.too_deep": (
        "YAML error: lists or mappings nested too deeply",
        "YAML 错误：列表或映射嵌套太深",
    ),
    # -- editing in the app (content/edit_session.py, save.py, verify.py) ---------------------
    "edit.cannot_open": (
        "the file cannot be edited in the app: {detail}",
        "无法在程序中编辑此文件：{detail}",
    ),
    "edit.not_loadable": (
        "cannot edit a briefing that does not load: {problem}",
        "简报无法加载，不能编辑：{problem}",
    ),
    "edit.layout": (
        "the file's layout does not allow this edit: {detail}",
        "文件的写法不允许这项修改：{detail}",
    ),
    "edit.refused": ("the edit is refused: {reason}", "修改未被采用：{reason}"),
    "edit.reads_otherwise": (
        "the text would read back otherwise ({where})",
        "写入的文本读回后会不一样（{where}）",
    ),
    "edit.outside_change": (
        "{file}: changed outside the app since it was opened; not saved",
        "{file}：打开后已在本程序之外被修改，未保存",
    ),
    "edit.not_recovery": (
        "{copy}: not a recovery copy of {file}",
        "{copy}：不是 {file} 的恢复副本",
    ),
    # -- the shape of the YAML -----------------------------------------------------------------
    "decode.number_or_id": ("expected a number or an indicator id", "应为数字或指标编号"),
    "decode.expected_list": ("expected a list, got {got}", "应为列表，实际是{got}"),
    "decode.expected_panel": (
        "expected a panel (a mapping), got {got}",
        "应为一页（键值映射），实际是{got}",
    ),
    "decode.expected_mapping": ("expected a mapping, got {got}", "应为键值映射，实际是{got}"),
    "decode.expected": ("expected {expected}, got {got}", "应为{expected}，实际是{got}"),
    "decode.missing": ("missing required key '{key}'", "缺少必填项“{key}”"),
    "decode.missing_one_of": (
        "missing required key '{key}' (one of: {choices})",
        "缺少必填项“{key}”（可选：{choices}）",
    ),
    "decode.unknown_key": (
        "unknown key '{key}'{hint}; allowed: {allowed}",
        "未知的键“{key}”{hint}；允许的键：{allowed}",
    ),
    "decode.did_you_mean": (" (did you mean '{word}'?)", "（是否想写“{word}”？）"),
    "decode.key_twice": ("key given twice", "同一个键写了两次"),
    "decode.not_one_of": ("'{got}' is not one of: {choices}", "“{got}”不是以下之一：{choices}"),
    "node.mapping": ("a mapping", "键值映射"),
    "node.list": ("a list", "列表"),
    "node.nothing": ("nothing", "空值"),
    "node.value": ("'{value}'", "“{value}”"),
    "type.text": ("text", "文字"),
    "type.int": ("a whole number", "整数"),
    "type.number": ("a number", "数字"),
    "type.bool": ("true or false", "true 或 false"),
    "type.date": ("a date (YYYY-MM-DD)", "日期（YYYY-MM-DD）"),
    "decode.year_or_label": ("expected a year or a label", "应为年份或时期名称"),
    "decode.key_not_name": ("a key must be a name, not {got}", "键必须是名称，不能是{got}"),
    "decode.tag": (
        "the tag '{tag}' is not allowed here; remove it",
        "这里不允许使用标签“{tag}”；请删除",
    ),
    "decode.too_many_values": (
        "the briefing has more than {limit} values, the limit",
        "简报中的值超过上限 {limit} 个",
    ),
    "decode.anchor_expands": (
        "this anchor is used {uses} times, and with its aliases the briefing expands to more "
        "than {limit} values, the limit: write the values out or use fewer aliases",
        "这个锚点用了 {uses} 次，展开别名后简报中的值超过上限 {limit} 个："
        "请直接写出这些值或少用别名",
    ),
    "scalar.text_too_long": (
        "the text has {count} characters, more than the limit of {limit}",
        "文字有 {count} 个字符，超过上限 {limit}",
    ),
    "scalar.too_many_digits": (
        "'{text}' has more than {limit} digits",
        "“{text}”超过 {limit} 位数字",
    ),
    "scalar.not_finite": ("'{text}' is not a finite number", "“{text}”不是有限的数字"),
    "scalar.significant_digits": (
        "'{text}' has {digits} significant digits; a figure keeps at most {limit} exactly "
        "(it is held as a floating-point number)",
        "“{text}”有 {digits} 位有效数字；数字最多只能精确保存 {limit} 位（按浮点数保存）",
    ),
    "scalar.out_of_range": ("'{text}' is out of range for a figure", "“{text}”超出了数字的范围"),
    "scalar.underscore": (
        "'{text}' has an underscore; write the number without it ({plain}), as YAML reads it",
        "“{text}”含有下划线；请去掉下划线写作 {plain}（YAML 会这样读）",
    ),
    "rule.format_newer": (
        "format {version} is newer than this app understands ({format})",
        "格式版本 {version} 比本程序能读的版本（{format}）新",
    ),
    "rule.format_unknown": (
        "format {version} is not a version of the format (this app reads {format})",
        "{version} 不是有效的格式版本（本程序读取版本 {format}）",
    ),
    "rule.minutes_negative": (
        "{minutes} is negative: give the minutes it takes, 0 or more",
        "{minutes} 是负数：请填所需分钟数（0 或以上）",
    ),
    "rule.file_name_id": (
        "'{value}' is not a usable id: use 1 to {limit} ASCII letters, digits, - and _ (ids "
        "become parts of exported file names)",
        "“{value}”不能用作编号：请用 1 到 {limit} 个英文字母、数字、- 和 _"
        "（编号会成为导出文件名的一部分）",
    ),
    "rule.indicator_id": (
        "'{value}' is not a usable indicator id: use ASCII letters, digits and _, not starting "
        "with a digit, at most {limit} (formulas name indicators by id)",
        "“{value}”不能用作指标编号：请用英文字母、数字和 _，不以数字开头，最多 {limit} 个"
        "（公式按编号引用指标）",
    ),
    # -- the meeting and the outline ---------------------------------------------------------
    "meta.anniversary": (
        "founded {founded} + {years} years is not {year}, the year of the meeting",
        "成立年份 {founded} 加 {years} 年不等于会议年份 {year}",
    ),
    "sections.none": ("a briefing needs at least one section", "简报至少需要一个章节"),
    "section.id_twice": ("section id '{id}' is used twice", "章节编号“{id}”用了两次"),
    "panel.id_twice": ("panel id '{id}' is used twice", "页面编号“{id}”用了两次"),
    "panel.notes_empty": ("speaker notes are empty", "演讲备注是空的"),
    # -- indicators and formulas ---------------------------------------------------------------
    "indicator.id_twice": ("indicator id '{id}' is used twice", "指标编号“{id}”用了两次"),
    "indicator.value_or_target": (
        "give exactly one of 'value' and 'target'",
        "value（实际值）和 target（目标值）必须填且只填一个",
    ),
    "indicator.at_most_one": (
        "give at most one of 'value' and 'target'",
        "value（实际值）和 target（目标值）最多填一个",
    ),
    "indicator.no_source": (
        "figure has no source: quote the sentence it comes from",
        "数字没有出处：请引用它所在的原文句子",
    ),
    "indicator.decimals_range": (
        "{decimals} is not from 0 to {max}",
        "{decimals} 不在 0 到 {max} 之间",
    ),
    "indicator.decimals_hide": (
        "shows {shown} for {amount}; set decimals: {needed}",
        "{amount} 会显示为 {shown}；请设 decimals: {needed}",
    ),
    "indicator.decimals_add": (
        "shows {shown} where its quote writes {written}; set decimals: {needed}",
        "会显示为 {shown}，而引用的原文写的是 {written}；请设 decimals: {needed}",
    ),
    "indicator.unknown": ("unknown indicator '{name}'{hint}", "未知指标“{name}”{hint}"),
    "formula.cycle": ("formula of '{id}' depends on itself", "“{id}”的公式依赖它自己"),
    "formula.parse": ("formula '{formula}' does not parse", "公式“{formula}”无法解析"),
    "formula.division_by_zero": ("division by zero", "除数为零"),
    "formula.only": (
        "only numbers, indicator ids, + - * / and parentheses are allowed",
        "公式中只能有数字、指标编号、+ - * / 和括号",
    ),
    "formula.mismatch": (
        "{stated} does not equal {formula} = {computed}",
        "{stated} 不等于 {formula} = {computed}",
    ),
    "formula.cannot_compute": ("formula '{formula}' cannot be computed", "公式“{formula}”无法计算"),
    "formula.too_many_digits": (
        "formula '{formula}' gives a number of more than {limit} digits",
        "公式“{formula}”的结果超过 {limit} 位数字",
    ),
    "formula.too_long": (
        "formula has {count} characters, more than the limit of {limit}",
        "公式有 {count} 个字符，超过上限 {limit}",
    ),
    "formula.too_many_terms": (
        "formula has {count} numbers and ids, more than the limit of {limit}",
        "公式有 {count} 个数字和编号，超过上限 {limit}",
    ),
    "formula.not_number": ("{value} is not a number", "{value} 不是数字"),
    "formula.not_finite": ("{value} is not a finite number", "{value} 不是有限的数字"),
    "formula.chain": (
        "the formula of '{id}' starts a chain of more than {limit} formulas each using the "
        "next, the limit",
        "“{id}”的公式引出的公式链（每个公式用到下一个）超过上限 {limit} 个",
    ),
    "indicator.period_not_found": (
        "period {year} not found in {file}",
        "时期“{year}”在原文 {file} 中找不到",
    ),
    "which.gives_other": (
        "{amount}: its quote gives {name} {value}",
        "{amount}：引文中{name}是 {value}",
    ),
    "which.several": (
        "the quote states several figures ({listed}): add 'at' with the phrase of the quote "
        "that states {amount}",
        "引文中有多个数字（{listed}）：请用 at 写明引文中说出 {amount} 的那几个字",
    ),
    "which.at_not_in_quote": ("“{at}” is not part of its quote", "“{at}”不在它的引文中"),
    "which.at_not_amount": ("“{at}” does not state {amount}", "“{at}”说的不是 {amount}"),
    "which.at_several": (
        "“{at}” states more than one figure: shorten it",
        "“{at}”里有不止一个数字：请缩短",
    ),
    "task.number": (
        "{number}: its headline's quote numbers it {stated}",
        "{number}：标题句的引文给出的序号是 {stated}",
    ),
    "numbers.title_count": (
        "the title counts {written} but the panel shows {listed}",
        "标题说的是{written}，本页实际显示 {listed}",
    ),
    "numbers.name_not_in_source": (
        "“{name}” ({what}) is not named in the source",
        "“{name}”（{what}）在原文中没有出现",
    ),
    "numbers.phrase_not_quoted": (
        "“{phrase}” ({what}) appears in none of its quotes",
        "“{phrase}”（{what}）在引用的原文中找不到",
    ),
    "chart.unknown_colour": (
        "unknown colour '{token}'; use one of: {allowed}",
        "未知的颜色“{token}”；可用：{allowed}",
    ),
    # -- charts ------------------------------------------------------------------------------
    "chart.count": (
        "has {values} values for {categories} categories",
        "有 {values} 个数值，却有 {categories} 个类别",
    ),
    "chart.no_series": ("a chart needs at least one series", "图表至少需要一个数据系列"),
    "chart.bad_format": (
        "'{format}' is not a number format such as 0, 0.0, #,##0 or 0%",
        "“{format}”不是数字格式（例如 0、0.0、#,##0 或 0%）",
    ),
    "chart.format_rounds": (
        "'{format}' shows {shown} for {value}",
        "格式“{format}”把 {value} 显示为 {shown}",
    ),
    "chart.donut_sum": (
        "{total} is not the sum of the slices, {sum}",
        "{total} 不等于各扇区之和 {sum}",
    ),
    "chart.ring_part": (
        "the part {part} is not within the whole {whole}",
        "部分 {part} 超出了整体 {whole}",
    ),
    # -- provenance: quotes and the numbers they state ---------------------------------------
    "quote.not_found": (
        "quote not found in {file}: “{quote}”",
        "在原文 {file} 中找不到这句引文：“{quote}”",
    ),
    "figure.not_in_source": (
        "{amount} does not appear in its source “{quote}”",
        "{amount} 在引用的原文“{quote}”中找不到",
    ),
    "figure.sign": (
        "{amount}: its source “{quote}” states {says}",
        "{amount}：引用的原文“{quote}”{says}",
    ),
    "figure.says_fall": ("a fall (下降/减少)", "说的是下降（下降/减少）"),
    "figure.says_no_fall": ("no fall", "没有说下降"),
    "label.no_number": ("'{label}' states no number of its source", "“{label}”中没有原文里的数字"),
    "text.asterisks": (
        "displayed text contains '**' (an artefact of the source)",
        "显示的文字含有“**”（原文遗留的标记）",
    ),
    "text.half_width": (
        "use full-width Chinese punctuation, not '{mark}', in displayed text",
        "显示的文字请用全角中文标点，不要用“{mark}”",
    ),
    "numbers.not_quoted": (
        "{number} ({what}) appears in none of its quotes",
        "{number}（{what}）在引用的原文中找不到",
    ),
    "numbers.displayed": ("displayed", "显示的文字"),
    "numbers.notes": ("in the notes", "备注中"),
    "numbers.section_title": ("section title", "章节标题"),
    "chart.not_quoted": (
        "{number} appears in none of the panel's quotes",
        "{number} 在本页的引文中都找不到",
    ),
    "chart.category_names": (
        "'{category}' does not name '{ref}' ({name}): "
        "are the values in the order of the categories?",
        "类别“{category}”说的不是“{ref}”（{name}）：数值与类别的顺序一致吗？",
    ),
    "figure.label_names": (
        "'{label}' does not name '{id}' ({name})",
        "标签“{label}”说的不是“{id}”（{name}）",
    ),
}


MESSAGES.update(WHERE)
