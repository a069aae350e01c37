import heapq
from collections import defaultdict


class Twitter:
    """Per user, their tweets in posting order; a feed merges the newest ends with a heap."""

    FEED_SIZE = 10

    def __init__(self):
        self.clock = 0
        self.tweets = defaultdict(list)  # user -> [(time, tweetId), ...], oldest first
        self.followees = defaultdict(set)

    def postTweet(self, userId, tweetId):
        self.clock += 1
        self.tweets[userId].append((self.clock, tweetId))

    def getNewsFeed(self, userId):
        heap = []
        for author in self.followees[userId] | {userId}:
            posts = self.tweets.get(author)
            if posts:
                time, tweet = posts[-1]
                heap.append((-time, tweet, author, len(posts) - 1))
        heapq.heapify(heap)
        feed = []
        while heap and len(feed) < self.FEED_SIZE:
            _, tweet, author, index = heapq.heappop(heap)
            feed.append(tweet)
            if index:
                time, older = self.tweets[author][index - 1]
                heapq.heappush(heap, (-time, older, author, index - 1))
        return feed

    def follow(self, followerId, followeeId):
        if followerId != followeeId:
            self.followees[followerId].add(followeeId)

    def unfollow(self, followerId, followeeId):
        self.followees[followerId].discard(followeeId)
