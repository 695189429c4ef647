"""Interface strings in Chinese (default) and English; the briefing itself is never translated."""

from __future__ import annotations

from briefing_app.content.messages import set_language as set_message_language

_STRINGS: dict[str, tuple[str, str]] = {
    # key: (zh_CN, en)
    "app.title": ("简报演示", "Briefing"),
    "menu.file": ("文件(&F)", "&File"),
    "menu.open": ("打开简报…", "Open briefing…"),
    "menu.export_pptx": ("导出 PowerPoint…", "Export PowerPoint…"),
    "menu.export_pptx_template": (
        "导出 PowerPoint（选择模板）…",
        "Export PowerPoint with a template…",
    ),
    "menu.export_pdf": ("导出 PDF 讲义…", "Export PDF handout…"),
    "menu.export_png": ("导出 PNG 图片…", "Export PNG images…"),
    "menu.quit": ("退出", "Quit"),
    "menu.show": ("放映(&S)", "&Show"),
    "menu.show_start": ("从头开始放映", "From the beginning"),
    "menu.show_current": ("从当前页放映", "From the current panel"),
    "menu.overview": ("总览", "Overview"),
    "menu.view": ("视图(&V)", "&View"),
    "menu.theme_dark": ("深色主题（暗室）", "Dark theme (dim rooms)"),
    "menu.reduced_motion": ("减少动画", "Reduced motion"),
    "menu.language": ("界面语言", "Interface language"),
    "menu.help": ("帮助(&H)", "&Help"),
    "menu.keys": ("快捷键", "Keyboard shortcuts"),
    "menu.about": ("关于", "About"),
    "status.panel": ("第 {x} / {n} 页", "Panel {x} of {n}"),
    "console.current": ("当前", "Current"),
    "console.next": ("下一页", "Next"),
    "console.end": ("（结束）", "(end)"),
    "console.notes": ("备注", "Notes"),
    "console.elapsed": ("已用时间", "Elapsed"),
    "console.clock": ("时钟", "Clock"),
    "console.pause": ("暂停", "Pause"),
    "console.resume": ("继续", "Resume"),
    "console.reset": ("重置", "Reset"),
    "console.swap": ("交换屏幕 (S)", "Swap screens (S)"),
    "console.end_show": ("结束放映 (Esc)", "End show (Esc)"),
    "console.font_bigger": ("A+", "A+"),
    "console.font_smaller": ("A−", "A−"),
    "console.blanked_black": ("观众屏幕：黑屏", "Audience screen: black"),
    "console.blanked_white": ("观众屏幕：白屏", "Audience screen: white"),
    "console.pace.ahead": ("进度提前", "Ahead of plan"),
    "console.pace.on_track": ("进度正常", "On time"),
    "console.pace.behind": ("进度落后", "Behind plan"),
    "console.section_budget": ("本节计划 {m} 分钟", "Section budget {m} min"),
    "overview.filter": ("输入标题筛选…", "Type to filter by title…"),
    "error.banner": (
        "简报文件有错误，仍显示上次正确的版本：",
        "The briefing has errors; showing the last good version:",
    ),
    "error.fallback": (
        "无法打开所选简报，现显示内置简报。请改正以下错误后用“文件 > 打开简报”重新打开：",
        "The chosen briefing cannot be shown; this is the built-in one. Fix these, then File > Open:",
    ),
    "error.load": ("无法打开简报", "Cannot open the briefing"),
    "banner.open_panel": ("点击打开这一页", "Click to open this panel"),
    "export.running": ("正在导出…", "Exporting…"),
    "export.done": ("已导出：{path}", "Exported: {path}"),
    "export.failed": ("导出失败：{error}", "Export failed: {error}"),
    "reload.done": ("已重新载入简报", "Briefing reloaded"),
    "reload.too_long": (
        "检查简报超过 {s} 秒，已放弃；仍显示上次正确的版本。保存后将重新检查。",
        "Checking the briefing took longer than {s} s and was given up; the last good version "
        "stays. It is checked again on the next save.",
    ),
    "reload.crashed": (
        "检查简报时程序出错（{error}），仍显示上次正确的版本。请将此信息告知技术支持。",
        "Checking the briefing failed with an internal error ({error}); the last good version "
        "stays. Please tell support.",
    ),
    "console.reload_problem": (
        "⚠ 简报保存有误，观众仍看到上次正确的版本（详见主窗口）",
        "⚠ The saved briefing has a problem; the audience still sees the last good version "
        "(details in the main window)",
    ),
    "keys.help": (
        "下一页：→ ↓ 空格 PageDown Enter N\n上一页：← ↑ PageUp Backspace P\n首页/末页：Home / End\n"
        "跳页：输入页码后按 Enter\n总览：G 或 Tab（输入文字筛选）\n黑屏：B 或 .    白屏：W 或 ,\n"
        "放映：F5 从头，Shift+F5 从当前页，Alt+F5 演示者视图（单屏也可）；Esc 结束放映\n"
        "交换屏幕：S\n鼠标：左键/滚轮向下 下一页，右键/滚轮向上 上一页\n"
        "激光笔：Ctrl+L 或按住 Ctrl 移动鼠标\n放大：Z 后拖出区域，或 Ctrl+滚轮；Z 或 Esc 还原",
        "Next: → ↓ Space PageDown Enter N\nPrevious: ← ↑ PageUp Backspace P\nFirst/last: Home / End\n"
        "Jump: type a number, then Enter\nOverview: G or Tab (type to filter)\nBlack: B or .    White: W or ,\n"
        "Show: F5 from start, Shift+F5 from current, Alt+F5 presenter view (one screen too); "
        "Esc ends the show\nSwap screens: S\n"
        "Mouse: left click/wheel down next, right click/wheel up previous\n"
        "Laser pointer: Ctrl+L, or hold Ctrl and move the mouse\n"
        "Zoom: Z then drag a region, or Ctrl+wheel; Z or Esc back",
    ),
    # presenting from one laptop (issue 13)
    "menu.presenter_view": ("演示者视图", "Presenter view"),
    "menu.rehearse": ("排练计时", "Rehearse timings"),
    "menu.notes_pane": ("备注栏", "Notes pane"),
    "notes.empty": ("（本页没有备注）", "(no notes for this panel)"),
    "jump.typed": ("跳到第 {n} 页（按 Enter）", "Go to panel {n} (press Enter)"),
    "show.one_screen_hint": (
        "只检测到一个屏幕（复制模式），备注不会显示。按 Win+P → 扩展，可在笔记本上看演示者视图。",
        "One screen found (duplicated display): notes stay hidden. Press Win+P → Extend "
        "to see the presenter view on the laptop.",
    ),
    "console.rehearsing": ("排练计时中：本页 {t}", "Rehearsing: this panel {t}"),
    "console.rehearsed": ("排练用时：本页 {t}", "Rehearsed: this panel {t}"),
    "console.pace_from_rehearsal": ("（按排练计时）", "(from the rehearsal)"),
    "console.zoom": ("观众屏幕：放大中（Z 或 Esc 还原）", "Audience screen: zoomed (Z or Esc)"),
    "console.laser": ("激光笔开（Ctrl+L 关闭）", "Laser pointer on (Ctrl+L off)"),
    "rehearsal.saved": ("排练计时已保存：{n} 页", "Rehearsed timings saved: {n} panels"),
    "rehearsal.save_failed": ("无法保存排练计时：{error}", "Cannot save the timings: {error}"),
    "overview.hidden": ("（隐藏）", "(hidden)"),
    "menu.copy_builtin": ("复制内置简报…", "Copy of the built-in briefing…"),
    "new.choose_folder": (
        "选择一个空文件夹，放新简报",
        "Choose an empty folder for the new briefing",
    ),
    "new.not_empty": (
        "文件夹 {folder} 不是空的，没有复制任何文件。请选择或新建一个空文件夹。",
        "The folder {folder} is not empty; nothing was copied. Choose or make an empty one.",
    ),
    "new.failed": ("无法复制简报：{error}", "Cannot copy the briefing: {error}"),
    # edit mode (ui/editor)
    "menu.edit": ("编辑(&E)", "&Edit"),
    "menu.new": ("新建", "New"),
    "menu.draft": ("从报告生成…", "From a report…"),
    "menu.save": ("保存", "Save"),
    "menu.undo": ("撤销", "Undo"),
    "menu.redo": ("重做", "Redo"),
    "menu.add_panel": ("添加页面", "Add panel"),
    "editor.toggle": ("编辑", "Edit"),
    "editor.title": ("编辑简报", "Editing the briefing"),
    "editor.opening": ("正在准备编辑…", "Preparing to edit…"),
    "editor.ready": ("可以编辑了：修改后按 Ctrl+S 保存", "Ready to edit: Ctrl+S saves"),
    "editor.cannot_open": ("无法编辑这份简报：{error}", "This briefing cannot be edited: {error}"),
    "editor.edit_failed": ("这项修改无法进行：{error}", "This edit cannot be made: {error}"),
    "editor.saved": ("已保存：{path}", "Saved: {path}"),
    "editor.save_failed": ("保存失败：{error}", "Saving failed: {error}"),
    "editor.outside_change": (
        "简报文件在编辑期间被其他程序修改了。要重新载入文件（放弃未保存的修改），还是保留我的修改？",
        "The briefing file was changed by another program while you were editing. Reload it "
        "(losing your unsaved edits) or keep your edits?",
    ),
    "editor.outside_on_save": (
        "简报文件已被其他程序修改。仍用我的修改覆盖它吗？",
        "The briefing file was changed by another program. Overwrite it with your edits?",
    ),
    "editor.reload": ("重新载入", "Reload"),
    "editor.keep_mine": ("保留我的修改", "Keep my edits"),
    "editor.overwrite": ("覆盖", "Overwrite"),
    "editor.cancel": ("取消", "Cancel"),
    "editor.unsaved": (
        "简报有未保存的修改。现在保存吗？",
        "The briefing has unsaved edits. Save them now?",
    ),
    "editor.save_now": ("保存", "Save"),
    "editor.dont_save": ("不保存", "Don't save"),
    "editor.recover": (
        "上次编辑这份简报时程序意外退出，留下了未保存的修改。要恢复这些修改吗？",
        "The app stopped while this briefing had unsaved edits. Restore them?",
    ),
    "editor.restore": ("恢复", "Restore"),
    "editor.discard": ("放弃", "Discard"),
    "editor.inspector": ("属性", "Inspector"),
    "editor.inspector_of": ("本页（{kind}）", "This panel ({kind})"),
    "editor.no_panel": ("未选择页面", "No panel selected"),
    "editor.checks": ("检查", "Check"),
    "editor.source": ("原文", "Source"),
    "editor.coverage": ("未用数据", "Unused figures"),
    "editor.check_and_source": ("检查与原文", "Check and source"),
    "editor.checking": ("正在检查…", "Checking…"),
    "editor.check_ok": (
        "✔ 检查通过：放映和导出使用这一版",
        "✔ Passes every check: the show uses it",
    ),
    "editor.check_problems": (
        "✘ {n} 个问题：放映仍使用上次通过检查的版本。点击问题可跳到对应字段。",
        "✘ {n} problems: the show keeps the last version that passed. Click one to go to its field.",
    ),
    "editor.not_a_number": ("请输入数字", "Type a number"),
    "editor.add_item": ("＋ 添加要点", "+ Add an item"),
    "editor.add_card": ("＋ 添加卡片", "+ Add a card"),
    "editor.remove": ("删除这一项", "Remove this one"),
    "editor.f.title": ("标题", "Title"),
    "editor.f.subtitle": ("副标题", "Subtitle"),
    "editor.f.tagline": ("标语", "Tagline"),
    "editor.f.lead": ("导语", "Lead"),
    "editor.f.headline": ("任务要点", "Headline"),
    "editor.f.quote_text": ("引语", "Quote"),
    "editor.f.closing_text": ("结束语", "Closing words"),
    "editor.f.item": ("要点 {n}", "Item {n}"),
    "editor.f.card_title": ("卡片 {n} 标题", "Card {n} title"),
    "editor.f.card_text": ("卡片 {n} 内容", "Card {n} text"),
    "editor.f.event": ("事件 {n}", "Event {n}"),
    "editor.f.chart_kind": ("图表类型", "Chart kind"),
    "editor.f.series": ("数据系列 {n}", "Series {n}"),
    "editor.f.values": ("系列 {n} 数值", "Series {n} values"),
    "editor.figure": (
        "数据 {n}（改动会影响所有引用此数据的页面）",
        "Figure {n} (shown wherever it is used)",
    ),
    "editor.f.value": ("数值", "Value"),
    "editor.f.target": ("目标值", "Target"),
    "editor.f.name": ("数据名称", "Figure name"),
    "editor.f.unit": ("单位", "Unit"),
    "editor.f.source": ("原文引用", "Quote"),
    "editor.f.notes": ("讲稿备注", "Speaker notes"),
    "editor.f.minutes": ("计划用时（分钟）", "Minutes"),
    "chart.bar": ("柱状图", "Bars"),
    "chart.grouped_bar": ("分组柱状图", "Grouped bars"),
    "chart.donut": ("环形图", "Donut"),
    "chart.progress_ring": ("进度环", "Progress ring"),
    "chart.rank_marker": ("排名标记", "Rank marker"),
    "chart.scale_bars": ("规模条形图", "Scale bars"),
    "chart.line_target": ("折线与目标区间", "Line with target band"),
    "gallery.title": ("添加页面", "Add panel"),
    "gallery.cover": ("封面", "Cover"),
    "gallery.key_figures": ("关键数据", "Key figures"),
    "gallery.cards": ("卡片", "Cards"),
    "gallery.bullets": ("要点", "Bullets"),
    "gallery.task": ("重点任务", "Task"),
    "gallery.timeline": ("时间轴", "Timeline"),
    "gallery.quote": ("引语", "Quote"),
    "gallery.chart": ("图表", "Chart"),
    "gallery.closing": ("结束页", "Closing"),
    "gallery.image": ("图片", "Image"),
    "nav.duplicate": ("复制本页", "Duplicate"),
    "nav.hide": ("放映时隐藏", "Hide from the show"),
    "nav.show_in_show": ("放映时显示", "Show in the show"),
    "nav.move_up": ("上移", "Move up"),
    "nav.move_down": ("下移", "Move down"),
    "nav.delete": ("删除本页", "Delete"),
    "nav.section_up": ("章节上移", "Move section up"),
    "nav.section_down": ("章节下移", "Move section down"),
    "nav.hidden_marker": ("（隐藏）", "(hidden)"),
    "source.add_figure": ("添加为数据", "Add as a figure"),
    "source.hint": (
        "黄色为已引用的句子。选中一个数字可“添加为数据”。",
        "Quoted sentences are yellow. Select a number to add it as a figure.",
    ),
    "coverage.missing": (
        "原文中有 {n} 个数据还没有页面展示：",
        "{n} figures of the source are not shown on any panel:",
    ),
    "coverage.all_shown": ("原文中的数据都已展示。", "Every figure of the source is shown."),
    "draft.choose_report": (
        "选择报告（.docx / .txt / .pdf）",
        "Choose a report (.docx / .txt / .pdf)",
    ),
    "draft.choose_folder": ("选择新简报所在的文件夹", "Choose where the new briefing goes"),
    "draft.running": ("正在从报告生成简报…", "Drafting the briefing from the report…"),
    "draft.done": (
        "已生成简报：{panels} 页，{indicators} 个数据（原文共 {figures} 个数据）",
        "Drafted: {panels} panels, {indicators} figures (of {figures} in the report)",
    ),
    "draft.failed": ("无法生成简报：{error}", "Cannot draft the briefing: {error}"),
}

_language = "zh_CN"


def set_language(language: str) -> None:
    """Choose the interface language: 'zh_CN' (default) or 'en'; check messages follow it."""
    global _language
    _language = "en" if language.lower().startswith("en") else "zh_CN"
    set_message_language(_language)


def language() -> str:
    return _language


def tr(key: str, **values: object) -> str:
    """Return the interface string `key` in the current language, formatted with `values`."""
    zh, en = _STRINGS[key]
    text = en if _language == "en" else zh
    return text.format(**values) if values else text
