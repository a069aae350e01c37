"""Screenshots of `judge serve`'s main pages, at 1366x768 and 1920x1080, light and dark.

    .venv/bin/python docs/screenshots.py        # writes docs/screenshots/*.png (needs Docker and Chromium)

The server runs in this process on a sample history (rounds over three weeks, so the
stats page has something to chart) and a scratch workspace; Debian's Chromium takes
the pictures through Playwright. Look at them after a layout change.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.practice.history import History, SubmissionRecord  # noqa: E402
from judge.practice.review import after_round, grade  # noqa: E402
from judge.problem import load_problem  # noqa: E402
from judge.web.server import ServeSettings, in_thread  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
THEMES = ("light", "dark")
CHROMIUM = "/usr/bin/chromium"
SAMPLE = ["two-sum", "valid-parentheses", "climbing-stairs", "softmax", "3sum", "number-of-islands",
          "binary-tree-level-order-traversal", "adam-step", "longest-substring-without-repeating-characters",
          "merge-intervals", "word-break", "coin-change", "lru-cache", "trapping-rain-water"]
WRONG_TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i in range(len(nums) - 1):
            if nums[i] + nums[i + 1] == target:
                return [i, i + 1]
        return [0, 1]
"""


def sample_history(path: Path, now: float) -> None:
    """Three weeks of rounds: most solved, a few given up (those enter the review queue)."""
    rng = random.Random(19)
    with History(path) as history:
        cards = {}
        for day, problem_id in enumerate(SAMPLE):
            problem = load_problem(problem_id) if (ROOT / "problems" / problem_id).is_dir() else None
            if problem is None:
                continue
            started = now - (21 - day * 1.4) * 86_400
            limit = 45 * 60
            round_id = history.start_round(problem.id, problem.track, problem.difficulty, problem.tags, "single",
                                           limit, started)
            solved = rng.random() > 0.25
            minutes = {"easy": 9, "medium": 22, "hard": 38}[problem.difficulty] * rng.uniform(0.6, 1.3)
            solve_s = minutes * 60 if solved else None
            history.add_submission(SubmissionRecord(round_id, "submit", started + (solve_s or limit), solve_s or limit,
                                                    "AC" if solved else "WA", 10, 10 if solved else 12, 40.0, 14000))
            outcome = "accepted" if solved else "gave_up"
            card = after_round(cards.get(problem.id), problem.id, grade(outcome, solve_s, limit, 1), started + limit)
            if card:
                cards[problem.id] = card
            history.finish_round(round_id, outcome, solve_s, card, ended_at=started + (solve_s or limit))


def shoot(page, name: str, size: str, theme: str) -> None:
    page.wait_for_timeout(400)  # fonts and charts settle
    page.screenshot(path=str(OUT / f"{name}-{size}-{theme}.png"))


def pages(browser, url: str, size: str, theme: str) -> None:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=theme)
    page = context.new_page()
    page.set_default_timeout(90_000)  # the machine is shared
    page.on("pageerror", lambda error: print(f"{size} {theme}: page error: {error}"))
    base = url.split("?")[0]
    page.goto(url)
    page.wait_for_selector("table.problems tbody tr")
    shoot(page, "list", size, theme)

    page.goto(base + "#/problem/two-sum")
    page.wait_for_selector(".CodeMirror")
    page.evaluate("(text) => document.querySelector('.CodeMirror').CodeMirror.setValue(text)", WRONG_TWO_SUM)
    page.click("[data-action=submit]")
    page.wait_for_selector(".result .run-verdict[data-verdict]", timeout=180_000)
    shoot(page, "problem-verdict", size, theme)

    page.goto(base + "#/problem/softmax")
    page.wait_for_selector(".katex")
    page.evaluate("(text) => document.querySelector('.CodeMirror').CodeMirror.setValue(text)",
                  (ROOT / "problems" / "softmax" / "reference.py").read_text())
    page.click("[data-action=add-case]")
    page.fill(".custom-input", '{"logits": [[1000.0, 0.0, -1000.0]]}')
    page.click("[data-action=run]")
    page.wait_for_selector(".case-card[data-case='custom 1']", timeout=60_000)
    shoot(page, "problem-run", size, theme)

    page.goto(base + "#/stats")
    page.wait_for_selector(".stats-page canvas")
    shoot(page, "stats", size, theme)

    page.goto(base + "#/rounds")
    page.click("[data-action=start-mock]")
    page.wait_for_selector(".CodeMirror")
    page.wait_for_selector("#round-clock:not([hidden])")
    shoot(page, "round", size, theme)
    for _ in range(2):
        page.click("[data-action=quit]")
    page.wait_for_selector(".rounds-page .card")
    shoot(page, "rounds", size, theme)
    context.close()


def main() -> None:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["JUDGE_DATA_DIR"] = str(Path(folder) / "data")
        sample_history(Path(folder) / "data" / "history.sqlite3", time.time())
        with in_thread(ServeSettings(port=0, workspace=Path(folder) / "workspace")) as running, \
                sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
            for size in SIZES:
                for theme in THEMES:
                    pages(browser, running.url, size, theme)
            browser.close()
    print(f"wrote {len(list(OUT.glob('*.png')))} screenshots to {OUT}")


if __name__ == "__main__":
    main()
