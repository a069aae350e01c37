# The feed merges only the followees' tweets, leaving out the user's own.
class Twitter:
    def __init__(self):
        self.clock, self.tweets, self.followees = 0, {}, {}

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock += 1
        self.tweets.setdefault(userId, []).append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        posts = [p for a in self.followees.get(userId, set()) for p in self.tweets.get(a, [])]
        return [tweet for _, tweet in sorted(posts, reverse=True)[:10]]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.followees.setdefault(followerId, set()).add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.followees.get(followerId, set()).discard(followeeId)
