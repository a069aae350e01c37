"""The routes: one HTML page, its assets, and a JSON API over the library the CLI uses."""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response, StreamingResponse
from starlette.routing import Route

from judge.backends import LoadRequest, Sandbox
from judge.errors import JudgeError, UnknownProblem
from judge.practice.checks import Check
from judge.practice.history import History
from judge.practice.picker import Filters
from judge.practice.round import RoundRuleError
from judge.problem import Problem, load_problem
from judge.submission import Submission, read_submission
from judge.web import workspace
from judge.web.assets import asset_response, index_page
from judge.web.catalogue import problem_list, problem_page
from judge.web.charts import stats_json
from judge.web.practice import LiveRound, Practice
from judge.web.running import run_examples
from judge.web.security import Allowed, Guard
from judge.web.submitting import judge_fully, submission_events
from judge.web.wire import Json, result_json

TICK_S = 0.2
MAX_CODE_BYTES = 1 << 20


@dataclass
class Services:
    """What the routes share: the sandbox kept warm, the rounds and their history, the token."""

    sandbox: Sandbox
    sandbox_name: str
    practice: Practice
    history: History
    token: str
    ready: threading.Event = field(default_factory=threading.Event)


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def api(handler):
    """JSON errors the page shows: 400 for the user's input, 404 unknown problem, 409 a round rule, 500 ours."""

    async def wrapped(request: Request) -> Response:
        try:
            return await handler(request)
        except ApiError as error:
            return Json({"error": error.message}, status_code=error.status)
        except UnknownProblem as error:
            return Json({"error": str(error)}, status_code=404)
        except RoundRuleError as error:
            return Json({"error": str(error)}, status_code=409)
        except JudgeError as error:
            return Json({"error": str(error)}, status_code=400 if error.exit_code == 2 else 500)

    return wrapped


def create_app(services: Services, allowed: Allowed) -> Guard:
    practice = services.practice

    async def problem_of(request: Request) -> Problem:
        return await run_in_threadpool(load_problem, request.path_params["problem_id"])

    async def body(request: Request) -> dict:
        raw = await request.body()
        if len(raw) > MAX_CODE_BYTES:
            raise ApiError(413, f"the request is {len(raw)} bytes, over the {MAX_CODE_BYTES}-byte limit")
        try:
            data = (await request.json()) if raw else {}
        except ValueError:
            raise ApiError(400, "the request body is not JSON") from None
        if not isinstance(data, dict):
            raise ApiError(400, "the request body must be a JSON object")
        return data

    def saved_submission(problem: Problem, code: str | None) -> Submission:
        """The editor's code written to the problem's file, then read back as `judge run` reads a file."""
        path = practice.file_for(problem)
        if code is not None:
            if not isinstance(code, str):
                raise ApiError(400, "'code' must be a string")
            if workspace.read(path).code != code:  # unchanged: its mtime stays, so no page reloads it
                workspace.save(path, code)
        return read_submission(path)

    def warm_up(problem: Problem) -> None:
        """A sandbox kept warm starts this problem's container now, so the first Run does not wait for one.
        Only a head start: whatever keeps it from starting is reported by the Run that needs the container."""
        try:
            services.sandbox.keep_warm(LoadRequest.for_problem(problem))
        except Exception:
            pass

    async def index(request: Request) -> Response:
        return HTMLResponse(index_page(services.token))

    async def static(request: Request) -> Response:
        return asset_response(request.path_params["path"])

    @api
    async def problems(request: Request) -> Response:
        return Json(await run_in_threadpool(problem_list))

    @api
    async def problem(request: Request) -> Response:
        problem = await problem_of(request)
        warm_up(problem)
        data = problem_page(problem)
        data["hints"] = practice.hints_shown(problem)
        live = practice.open_round(problem.id)
        data["round"] = live.to_json() if live is not None else None
        return Json(data)

    @api
    async def code(request: Request) -> Response:
        problem = await problem_of(request)
        return Json(workspace.read(practice.file_for(problem)).to_json())

    @api
    async def code_mtime(request: Request) -> Response:
        problem = await problem_of(request)
        return Json({"mtime_ns": str(workspace.mtime_ns(practice.file_for(problem)))})

    @api
    async def save_code(request: Request) -> Response:
        problem, data = await problem_of(request), await body(request)
        if not isinstance(data.get("code"), str):
            raise ApiError(400, "'code' must be a string")
        mtime = workspace.save(practice.file_for(problem), data["code"])
        return Json({"mtime_ns": str(mtime)})

    @api
    async def run(request: Request) -> Response:
        problem, data = await problem_of(request), await body(request)
        inputs = data.get("inputs") or []
        if not isinstance(inputs, list) or not all(isinstance(item, str) for item in inputs):
            raise ApiError(400, "'inputs' must be a list of JSON texts, one input each")

        def judge():
            submission = saved_submission(problem, data.get("code"))
            result = run_examples(problem, submission, [item for item in inputs if item.strip()],
                                  services.sandbox, services.sandbox_name)
            practice.checked(problem, result)
            return result

        result = await run_in_threadpool(judge)
        warm_up(problem)
        return Json(result_json(result, every_case=True))

    @api
    async def submit(request: Request) -> Response:
        problem, data = await problem_of(request), await body(request)
        submission = await run_in_threadpool(saved_submission, problem, data.get("code"))
        estimate = data.get("estimate") if isinstance(data.get("estimate"), dict) else None
        live, elapsed = practice.begin_submit(problem, estimate)

        def judge(progress) -> Check:
            result = judge_fully(problem, submission, services.sandbox, services.sandbox_name, progress)
            return Check("submit", elapsed, result, submission.source)

        def done(check: Check | None, error: BaseException | None) -> None:
            if check is not None:
                practice.judged(live, check)
            else:
                practice.submission_failed(live)

        return StreamingResponse(submission_events(judge, done), media_type="text/event-stream",
                                 headers={"x-accel-buffering": "no"})

    @api
    async def hint(request: Request) -> Response:
        problem = await problem_of(request)
        return Json({"hints": practice.take_hint(problem), "total": len(problem.hints)})

    @api
    async def submissions(request: Request) -> Response:
        problem = await problem_of(request)
        return Json({"submissions": await run_in_threadpool(practice.submissions, problem.id)})

    @api
    async def end_round(request: Request) -> Response:
        data = await body(request)
        how = data.get("how")
        if how not in ("give_up", "quit"):
            raise ApiError(400, "'how' must be give_up or quit")
        practice.end(request.path_params["problem_id"], how)
        return Json({"round": practice.timed_state()})

    @api
    async def round_state(request: Request) -> Response:
        return Json({"round": practice.timed_state()})

    @api
    async def start_round(request: Request) -> Response:
        data = await body(request)
        tags = tuple(tag for tag in [data.get("tag")] if tag)
        filters = Filters(data.get("track") or None, data.get("difficulty") or None, tags)
        minutes = data.get("minutes")
        if minutes is not None and not (isinstance(minutes, (int, float)) and 0 < minutes <= 600):
            raise ApiError(400, f"minutes must be between 0 and 600, not {minutes!r}")
        state = await run_in_threadpool(practice.start_timed, bool(data.get("mock")), filters, minutes,
                                        data.get("problem_id") or None)
        return Json({"round": state})

    @api
    async def stats(request: Request) -> Response:
        def figures() -> dict:
            with practice.lock:  # the history's connection is shared with the rounds' writes
                return stats_json(services.history, time.time())

        return Json(await run_in_threadpool(figures))

    def final_judgement(live: LiveRound) -> None:
        """Time ran out: the last saved version, judged in full, unless it is exactly what was last submitted."""
        try:
            submission = read_submission(live.path)
        except JudgeError as error:
            practice.judged(live, Check("final", live.round.limit_s, None, problem=str(error)))
            return
        elapsed = live.round.last_save_s if live.round.last_save_s is not None else live.round.limit_s
        last = live.round.submissions[-1] if live.round.submissions else None
        if last is not None and last.result is not None and last.source == submission.source:
            practice.judged(live, Check("final", elapsed, last.result, last.source))
            return
        try:
            result = judge_fully(live.problem, submission, services.sandbox, services.sandbox_name)
        except Exception:
            practice.submission_failed(live)
            return
        practice.judged(live, Check("final", elapsed, result, submission.source))

    async def ticker() -> None:
        while True:
            live = practice.due_for_final()
            if live is not None:
                threading.Thread(target=final_judgement, args=(live,), name="judge-final").start()
            await asyncio.sleep(TICK_S)

    @asynccontextmanager
    async def lifespan(app):
        task = asyncio.create_task(ticker())
        services.ready.set()
        try:
            yield
        finally:
            task.cancel()
            practice.close()

    pid = "{problem_id}"
    routes = [
        Route("/", index),
        Route("/static/{path:path}", static),
        Route("/api/problems", problems),
        Route(f"/api/problems/{pid}", problem),
        Route(f"/api/problems/{pid}/code", code, methods=["GET"]),
        Route(f"/api/problems/{pid}/code", save_code, methods=["PUT"]),
        Route(f"/api/problems/{pid}/code/mtime", code_mtime),
        Route(f"/api/problems/{pid}/run", run, methods=["POST"]),
        Route(f"/api/problems/{pid}/submit", submit, methods=["POST"]),
        Route(f"/api/problems/{pid}/hint", hint, methods=["POST"]),
        Route(f"/api/problems/{pid}/submissions", submissions),
        Route(f"/api/problems/{pid}/end", end_round, methods=["POST"]),
        Route("/api/round", round_state, methods=["GET"]),
        Route("/api/round", start_round, methods=["POST"]),
        Route("/api/stats", stats),
    ]
    return Guard(Starlette(routes=routes, lifespan=lifespan), allowed)

