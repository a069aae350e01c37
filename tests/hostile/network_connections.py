# attack: open network connections (TCP, UDP, DNS)
# expect: WA
# local: unsafe: the local backend has your network
import socket


def two_sum(nums, target):
    reached = []
    try:
        socket.create_connection(("1.1.1.1", 80), timeout=1).close()
        reached.append("tcp")
    except OSError:
        pass
    try:
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        s.sendto(b"x", ("8.8.8.8", 53))
        reached.append("udp")
    except OSError:
        pass
    try:
        socket.getaddrinfo("example.com", 80)
        reached.append("dns")
    except OSError:
        pass
    return reached  # the empty list: nothing reached (a wrong answer)
