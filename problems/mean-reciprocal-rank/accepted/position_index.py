# Index each ranked list by position, then take the best position among the relevant ids.
from typing import List


def mean_reciprocal_rank(recommended: List[List[int]], relevant: List[List[int]]) -> float:
    reciprocal = []
    for ranked, answers in zip(recommended, relevant):
        position = {item: i for i, item in enumerate(ranked)}
        hits = [position[a] for a in answers if a in position]
        reciprocal.append(1.0 / (min(hits) + 1) if hits else 0.0)
    return sum(reciprocal) / len(reciprocal)
