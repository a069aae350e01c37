"""The page in a real browser: Debian's Chromium, driven by Playwright, against `judge serve` in this process.

A person opens a problem, types a solution, runs it with an input of their own,
submits it (Accepted, then a wrong one with its failing case), sees the math of an
ML problem typeset and their past submissions, and the page and their own editor
share one file on disk.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.web_support import chromium, served

pytestmark = pytest.mark.docker

TWO_SUM = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""
TWO_SUM_WRONG = """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        for i in range(len(nums) - 1):
            if nums[i] + nums[i + 1] == target:
                return [i, i + 1]
        return [0, 1]
"""
JUDGED_S = 180_000  # ms: a full judgement with its property search and complexity note, on a busy machine
expect.set_options(timeout=30_000)  # the machine is shared: a page may wait for a CPU


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("serve")


@pytest.fixture(scope="module")
def server(folder):
    with served(folder) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with chromium() as browser:
        yield browser


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(60_000)  # the machine is shared: a page may wait for a CPU
    page.goto(server.url)
    page.wait_for_selector("table.problems tbody tr")
    yield page
    context.close()
    assert errors == []


def open_problem(page, problem_id: str) -> None:
    page.goto(page.url.split("#")[0] + f"#/problem/{problem_id}")
    page.wait_for_selector(".CodeMirror")
    page.wait_for_selector(".statement h1")


def type_solution(page, source: str) -> None:
    page.click(".CodeMirror-code")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(source)


def editor_text(page) -> str:
    return page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")


def submit(page) -> str:
    page.click("[data-action=submit]")
    verdict = page.wait_for_selector(".result .run-verdict[data-verdict]", timeout=JUDGED_S)
    return verdict.get_attribute("data-verdict")


def test_the_list_filters_by_track_difficulty_and_search(page):
    page.select_option("[data-filter=track]", "ml")
    page.select_option("[data-filter=difficulty]", "easy")
    rows = page.locator("table.problems tbody tr")
    assert rows.count() > 0
    assert page.locator("tr[data-problem=softmax]").count() == 1
    assert page.locator("tr[data-problem=two-sum]").count() == 0
    page.select_option("[data-filter=track]", "")
    page.select_option("[data-filter=difficulty]", "")
    page.fill("input[type=search]", "two sum")
    assert page.locator("tr[data-problem=two-sum]").count() == 1
    page.click("tr[data-problem=two-sum] a")
    page.wait_for_selector(".statement h1:has-text('Two Sum')")


def test_run_judges_the_examples_and_a_custom_input_with_got_and_expected(page, folder):
    open_problem(page, "two-sum")
    type_solution(page, TWO_SUM)
    page.click("[data-action=add-case]")
    page.fill(".custom-input", '{"nums": [1, 5, 9], "target": 14}')
    page.click("[data-action=run]")
    card = page.wait_for_selector(".case-card[data-case='custom 1']", timeout=60_000)
    assert "AC" in card.inner_text() and "[1, 2]" in card.inner_text()
    assert page.locator(".case-card[data-case='example 1'].pass").count() == 1
    assert (folder / "workspace" / "two_sum.py").read_text() == TWO_SUM  # the one file on disk


def test_a_custom_input_outside_the_constraints_is_refused_by_name(page):
    open_problem(page, "two-sum")
    page.click("[data-action=add-case]")
    page.fill(".custom-input", '{"nums": [1], "target": 2}')
    page.click("[data-action=run]")
    error = page.wait_for_selector(".result .error", timeout=60_000)
    assert "custom 1" in error.inner_text() and "constraints" in error.inner_text()


def test_submit_accepted_then_a_wrong_answer_with_its_case_then_both_in_the_submissions_tab(page):
    open_problem(page, "two-sum")
    type_solution(page, TWO_SUM)
    assert submit(page) == "AC"
    assert page.locator(".result .facts-row").inner_text().count("cases passed") == 1
    assert "O(n)" in page.locator(".result .complexity").inner_text()
    type_solution(page, TWO_SUM_WRONG)
    assert submit(page) == "WA"
    failure = page.locator(".result .failure").inner_text()
    assert "Failing case" in failure and "nums = " in failure
    assert page.locator(".result .diff .diff-line.got").count() >= 1
    page.click(".tabs [data-tab=submissions]")
    page.wait_for_selector("table.submissions tr.submission")
    assert page.locator("tr.submission[data-verdict=WA]").count() >= 1
    page.click("tr.submission[data-verdict=AC]")
    assert "seen[x] = i" in page.locator(".past-code").inner_text()


def test_the_math_of_an_ml_problem_is_typeset(page):
    open_problem(page, "softmax")
    page.wait_for_selector(".statement .katex-display .katex")
    assert "softmax" in page.locator(".statement .katex").first.inner_text()


def test_hints_are_revealed_one_at_a_time(page):
    open_problem(page, "two-sum")
    assert page.locator(".hints li").count() == 0
    page.click("[data-action=hint]")
    page.wait_for_selector(".hints li")
    assert page.locator(".hints li").count() == 1


def test_a_save_from_another_editor_shows_up_in_the_page(page, folder):
    open_problem(page, "climbing-stairs")
    path = folder / "workspace" / "climbing_stairs.py"
    assert path.read_text() == editor_text(page)
    path.write_text("# written by another editor\n")
    expect(page.locator(".CodeMirror-code")).to_contain_text("written by another editor")


def test_an_ml_problem_runs_and_is_accepted(page):
    open_problem(page, "softmax")
    type_solution(page, """import numpy as np


def softmax(logits):
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
""")
    page.click("[data-action=add-case]")
    page.fill(".custom-input", '{"logits": [[1000.0, 0.0]]}')
    page.click("[data-action=run]")
    card = page.wait_for_selector(".case-card[data-case='custom 1'].pass")
    assert "[[1.0, 0.0]]" in card.inner_text()
    assert submit(page) == "AC"


def test_a_tree_problem_runs_and_is_accepted(page):
    open_problem(page, "binary-tree-level-order-traversal")
    type_solution(page, """class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, level = [], [root] if root else []
        while level:
            levels.append([node.val for node in level])
            level = [child for node in level for child in (node.left, node.right) if child]
        return levels
""")
    page.click("[data-action=run]")
    page.wait_for_selector(".result .run-head.v-AC", timeout=60_000)
    assert submit(page) == "AC"


def test_a_timed_round_shows_its_clock_and_giving_up_asks_twice_then_is_on_record(page):
    page.click("nav [data-nav=rounds]")
    page.select_option(".rounds-page select[aria-label='Any track']", "dsa")
    page.select_option(".rounds-page select[aria-label='Any difficulty']", "easy")
    page.click("[data-action=start-round]")
    page.wait_for_selector(".CodeMirror")
    expect(page.locator("#round-clock")).to_contain_text("left")
    title = page.locator(".statement h1").inner_text()
    press_twice(page, "give_up")
    page.wait_for_selector(".rounds-page")
    expect(page.locator(".rounds-page")).to_contain_text("Gave up")
    assert title.split(". ", 1)[-1] in page.locator(".rounds-page").inner_text()
    expect(page.locator("#round-clock")).to_be_hidden()


def press_twice(page, action):
    """Give up and quit ask for a second press; the first one is seen before the second is made."""
    page.click(f"[data-action={action}]")
    expect(page.locator(f"[data-action={action}]")).to_contain_text("click again")
    page.click(f"[data-action={action}]")


def test_a_mock_has_two_parts_on_one_clock(page):
    page.click("nav [data-nav=rounds]")
    page.click("[data-action=start-mock]")
    page.wait_for_selector(".CodeMirror")
    expect(page.locator("#round-clock")).to_contain_text("part 1 of 2")
    press_twice(page, "give_up")
    expect(page.locator("#round-clock")).to_contain_text("part 2 of 2")
    expect(page.locator(".facts")).to_contain_text("ml")  # the next part's page: the ML problem
    press_twice(page, "quit")
    page.wait_for_selector(".rounds-page")
    expect(page.locator(".rounds-page")).to_contain_text("Quit")


def test_when_time_runs_out_the_last_saved_version_is_judged(page):
    page.click("nav [data-nav=rounds]")
    page.select_option(".rounds-page select[aria-label='Any track']", "dsa")
    page.fill(".rounds-page input[aria-label=minutes]", "0.05")  # three seconds
    page.click("[data-action=start-round]")
    page.wait_for_selector(".CodeMirror")
    page.click("nav [data-nav=rounds]")
    expect(page.locator(".rounds-page")).to_contain_text("Round under way")
    expect(page.locator("#round-clock")).to_be_hidden(timeout=JUDGED_S)
    page.reload()
    page.click("nav [data-nav=rounds]")
    expect(page.locator(".rounds-page")).to_contain_text("Time ran out")


def test_the_stats_page_draws_its_charts(page):
    page.click("nav [data-nav=stats]")
    page.wait_for_selector(".stats-page canvas")
    assert page.locator(".stats-page canvas").count() == 3
    expect(page.locator(".stats-page .numbers")).to_contain_text("Solved")


def test_the_complexity_notes_lines_are_marked_in_the_gutter(page):
    open_problem(page, "two-sum")
    type_solution(page, """class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = []
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen.index(target - x), i]
            seen.append(x)
""")
    assert submit(page) == "AC"
    mark = page.wait_for_selector(".CodeMirror .gutter-note")
    assert "list" in mark.get_attribute("title")
    assert page.locator(".CodeMirror .noted-line").count() >= 1


def test_no_autocompletion_unless_it_is_ticked(page):
    open_problem(page, "climbing-stairs")
    page.click(".CodeMirror-code")
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("\nclimbing_total = 1\n")
    page.keyboard.type("clim")
    assert page.locator(".CodeMirror-hints").count() == 0
    page.check(".editor-bar input[type=checkbox]")
    page.click(".CodeMirror-code")
    page.keyboard.press("Control+End")
    page.keyboard.type("\nclim")
    page.wait_for_selector(".CodeMirror-hints")
    assert "climbing_total" in page.locator(".CodeMirror-hints").inner_text()


def test_a_timed_rounds_first_submission_asks_for_its_complexity_and_the_history_keeps_it(page, folder):
    from judge.practice.history import History

    page.click("nav [data-nav=rounds]")
    page.select_option(".rounds-page select[aria-label='Any track']", "dsa")
    page.click("[data-action=start-round]")
    page.wait_for_selector("[data-action=give_up]")
    page.click("[data-action=submit]")
    expect(page.locator(".result")).to_contain_text("still the starter file")
    page.click("[data-action=submit]")
    page.select_option(".estimate select[aria-label=Time]", "O(n)")
    # The verdict's refresh of the round is held back, to land between the two presses of Give up.
    held = []
    a_problems_state = re.compile(r".*/api/problems/[^/?]+$")
    page.route(a_problems_state, lambda route: held.append(route))
    with page.expect_request(a_problems_state, timeout=JUDGED_S):
        page.click(".estimate button.primary")
    page.wait_for_selector(".result .run-verdict[data-verdict]", timeout=JUDGED_S)
    with History(folder / "data" / "history.sqlite3") as history:
        latest = history.rounds()[-1]
    assert latest.mode == "single" and latest.stated_time == "O(n)" and latest.submits == 1

    first_press = page.locator("[data-action=give_up]")
    first_press.click()
    old_button = page.query_selector("[data-action=give_up]")
    for route in held:
        route.continue_()
    old_button.wait_for_element_state("hidden")  # redrawn
    expect(first_press).to_contain_text("click again")
    first_press.click()
    page.wait_for_selector(".rounds-page")
