class Twitter:
    """One global timeline; a feed walks it from the newest tweet back, keeping those by the user or a followee.
    Each author contributes only their own last 10, so the walk is cut short per author (fine in practice)."""

    def __init__(self):
        self.timeline = []  # (userId, tweetId), oldest first
        self.followees = {}

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.timeline.append((userId, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        wanted = self.followees.get(userId, set()) | {userId}
        feed = []
        for author, tweet in reversed(self.timeline):
            if author in wanted:
                feed.append(tweet)
                if len(feed) == 10:
                    break
        return feed

    def follow(self, followerId: int, followeeId: int) -> None:
        self.followees.setdefault(followerId, set()).add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.followees.get(followerId, set()).discard(followeeId)
