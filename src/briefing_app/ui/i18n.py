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
        "放映：F5 从头，Shift+F5 从当前页；Esc 结束放映\n交换屏幕：S",
        "Next: → ↓ Space PageDown Enter N\nPrevious: ← ↑ PageUp Backspace P\nFirst/last: Home / End\n"
        "Jump: type a number, then Enter\nOverview: G or Tab (type to filter)\nBlack: B or .    White: W or ,\n"
        "Show: F5 from start, Shift+F5 from current; Esc ends the show\nSwap screens: S",
    ),
}

_language = "zh_CN"


def set_language(language: str) -> None:
    """Choose the interface language: 'zh_CN' (default) or 'en'."""
    global _language
    _language = "en" if language.lower().startswith("en") else "zh_CN"


def language() -> str:
    return _language


def tr(key: str, **values: object) -> str:
    """Return the interface string `key` in the current language, formatted with `values`."""
    zh, en = _STRINGS[key]
    text = en if _language == "en" else zh
    return text.format(**values) if values else text
    set_message_language(_language)
