# attack: set up an io_uring and talk to the kernel over netlink (routes, interfaces), the syscalls the container leaves open
# expect: AC
# local: AC
import ctypes
import socket

libc = ctypes.CDLL(None, use_errno=True)
IO_URING_SETUP = 425


def two_sum(nums, target):
    ring = libc.syscall(IO_URING_SETUP, 8, ctypes.create_string_buffer(120))
    try:
        with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0) as route:  # NETLINK_ROUTE
            route.bind((0, 0))
            # RTM_GETLINK dump: what interfaces exist (only loopback, with --network none)
            request = (b"\x20\x00\x00\x00" b"\x12\x00" b"\x01\x03" + b"\x00" * 8 + b"\x00" * 16)
            route.send(request)
            route.settimeout(0.5)
            route.recv(65536)
    except OSError:
        pass
    if ring >= 0:
        import os
        os.close(ring)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i
