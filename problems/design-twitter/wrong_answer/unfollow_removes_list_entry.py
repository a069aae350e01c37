# Keeps followees in a list, so following twice stores two entries and one unfollow leaves the other.
class Twitter:
    def __init__(self):
        self.clock, self.tweets, self.followees = 0, {}, {}

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock += 1
        self.tweets.setdefault(userId, []).append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        authors = set(self.followees.get(userId, [])) | {userId}
        posts = [p for a in authors for p in self.tweets.get(a, [])]
        return [tweet for _, tweet in sorted(posts, reverse=True)[:10]]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.followees.setdefault(followerId, []).append(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        if followeeId in self.followees.get(followerId, []):
            self.followees[followerId].remove(followeeId)
