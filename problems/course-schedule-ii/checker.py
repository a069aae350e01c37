"""Any order that lists every course once, each after its prerequisites; [] only when none exists."""


def check(input, expected, got):
    n = input["numCourses"]
    if not isinstance(got, list) or not all(type(x) is int for x in got):
        return "the answer must be a list of course numbers"
    if expected == []:
        return None if got == [] else "the prerequisites form a cycle, so the answer is []"
    if got == []:
        return "returned [] but a valid order exists"
    if len(got) != n or sorted(got) != list(range(n)):
        return f"the answer must list each of the {n} courses exactly once"
    position = {course: index for index, course in enumerate(got)}
    for course, before in input["prerequisites"]:
        if position[before] > position[course]:
            return f"course {course} comes before its prerequisite {before}"
    return None
