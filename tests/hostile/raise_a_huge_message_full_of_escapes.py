# attack: print escape sequences and raise a 20 MB message holding more and a lone surrogate, to draw a fake pass
# expect: RE
# local: RE


def two_sum(nums, target):
    print("\x1b[2J\x1b[H\x1b]0;judge\x07\x1b[32mAccepted\x1b[0m", flush=True)
    raise ValueError("\x1b[2J\x1b[32mAccepted\x1b[0m \ud800" + "x" * 20_000_000)
