"""Up to 3 * 10^4 calls among 500 users: tweet ids shuffled (not in time order), repeated follows and unfollows,
and feeds of users who follow everyone after 10^4 tweets."""

import random

from hypothesis import strategies as st

from judge.kit import Bound, calls

MAX_CALLS, MAX_USER, MAX_TWEET = 3 * 10**4, 500, 10**4
USER = Bound("userId", 1, MAX_USER)
TWEET = Bound("tweetId", 0, MAX_TWEET)
SIZE = "number of calls"


class _Calls:
    def __init__(self, rng, users=MAX_USER):
        self.rng, self.users = rng, users
        self.ids = rng.sample(range(MAX_TWEET + 1), MAX_TWEET + 1)  # unique, not in time order
        self.operations, self.arguments = ["Twitter"], [[]]

    def add(self, operation, *args):
        self.operations.append(operation)
        self.arguments.append(list(args))

    def post(self, user=None):
        self.add("postTweet", user or self.rng.randint(1, self.users), self.ids.pop())

    def feed(self, user=None):
        self.add("getNewsFeed", user or self.rng.randint(1, self.users))

    def pair(self):
        a, b = self.rng.sample(range(1, self.users + 1), 2)
        return a, b

    def random_calls(self, count, weights=(4, 3, 2, 1)):
        for _ in range(count):
            kind = self.rng.choices(("post", "feed", "follow", "unfollow"), weights)[0]
            if kind == "post" and self.ids:
                self.post()
            elif kind == "follow":
                self.add("follow", *self.pair())
            elif kind == "unfollow":
                self.add("unfollow", *self.pair())
            else:
                self.feed()
        return self

    def case(self):
        return {"operations": self.operations, "arguments": self.arguments}


def _everyone_follows_everyone_then_feeds(rng):
    calls = _Calls(rng)
    for _ in range(MAX_TWEET + 1):
        calls.post()
    reader = 1
    for followee in range(2, MAX_USER + 1):
        calls.add("follow", reader, followee)
    for _ in range(5000):  # each feed merges 500 authors: 5000 of them cost the heap merge about 0.4 s
        calls.feed(reader)
    return calls.case()


def _few_users(rng):
    calls = _Calls(rng, users=4)
    for _ in range(MAX_CALLS):
        if len(calls.operations) - 1 >= MAX_CALLS:
            break
        kind = rng.random()
        if kind < 0.3 and calls.ids:
            calls.post()
        elif kind < 0.5:
            calls.add("follow", *calls.pair())
        elif kind < 0.7:
            calls.add("unfollow", *calls.pair())
        else:
            calls.feed()
    return calls.case()


def hidden_cases():
    rng = random.Random(355)
    return [
        ("largest, random calls", _Calls(random.Random(1)).random_calls(MAX_CALLS).case()),
        ("largest, 4 users, many follows and unfollows", _few_users(rng)),
        ("large, one reader follows all 499 others, 5000 feeds", _everyone_follows_everyone_then_feeds(rng)),
        ("largest, mostly feeds", _Calls(random.Random(2)).random_calls(MAX_CALLS, (2, 6, 3, 1)).case()),
        ("small, 3 users", _Calls(random.Random(3), users=3).random_calls(300).case()),
        ("feed of a user never seen", {"operations": ["Twitter", "getNewsFeed", "unfollow"],
                                       "arguments": [[], [500], [500, 1]]}),
    ]


@st.composite
def _inputs(draw):
    operations, arguments = ["Twitter"], [[]]
    ids = iter(draw(st.permutations(list(range(20)))))
    user = st.integers(1, 3)
    for _ in range(draw(st.integers(1, 12))):
        kind = draw(st.sampled_from(("postTweet", "postTweet", "getNewsFeed", "follow", "unfollow")))
        if kind == "postTweet":
            args = [draw(user), next(ids)]
        elif kind == "getNewsFeed":
            args = [draw(user)]
        else:
            a = draw(user)
            args = [a, draw(user.filter(lambda b: b != a))]
        operations.append(kind)
        arguments.append(args)
    return {"operations": operations, "arguments": arguments}


def strategy():
    return _inputs()


ARITY = {"postTweet": 2, "getNewsFeed": 1, "follow": 2, "unfollow": 2}


def validate(case):
    posted = set()
    for index, operation, args in calls.check(case, "Twitter", ARITY, MAX_CALLS):
        USER.check(args[0], f"call {index}: user id")
        if operation == "postTweet":
            TWEET.check(args[1], f"call {index}: tweetId")
            assert args[1] not in posted, f"call {index}: tweet id {args[1]} posted twice"
            posted.add(args[1])
        elif operation in ("follow", "unfollow"):
            USER.check(args[1], f"call {index}: followee id")
            assert args[0] != args[1], f"call {index}: user {args[0]} {operation}s themself"


def input_of_size(n, rng):
    return _Calls(rng).random_calls(max(1, min(n, MAX_CALLS))).case()
