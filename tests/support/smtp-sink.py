#!/usr/bin/python3
"""A real SMTP server on loopback for tests: aiosmtpd (python3-aiosmtpd),
writing each message it receives to a file in a folder.

    smtp-sink.py FOLDER        prints "PORT <n>" once it listens, then runs
                               until killed or its standard input closes.
"""
import os
import socket
import sys
import threading

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.n = 0

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        tmp = os.path.join(self.folder, f".{self.n}.tmp")
        with open(tmp, "wb") as f:
            f.write(b"X-Rcpt: " + ",".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.content if isinstance(envelope.content, bytes) else envelope.content.encode())
        os.rename(tmp, os.path.join(self.folder, f"{self.n}.eml"))
        return "250 OK"


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    # aiosmtpd's Controller cannot take port 0: ask the system for a free one.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"PORT {port}", flush=True)
    done = threading.Event()
    # Ends when the test that started it goes away (its stdin closes).
    threading.Thread(target=lambda: (sys.stdin.read(), done.set()), daemon=True).start()
    done.wait()
    controller.stop()


if __name__ == "__main__":
    main()
