"""Timed practice: rounds, watch mode, history, stats and a review queue."""
