"""PyInstaller runtime hook: the frozen app is offline, and can prove it.

Runs before the app's own code. The model, tokenizer and catalogue are read from files in the bundle, so
nothing needs the network; the Hugging Face switches make sure no library would try to fetch anything.
onnxruntime's telemetry is switched off by the ``coder_assist`` package itself, which the launcher imports
first, so the frozen and the installed program share that one switch.

``CODER_ASSIST_AUDIT_NETWORK=FILE`` (set by the installer tests, never by users) records every network
attempt Python makes (connect, sendto, name lookups, HTTP) as one line in FILE, through an audit hook
(PEP 578), so that a test can assert the file stays empty.
"""

import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

_NETWORK_EVENTS = frozenset(
    {
        "socket.connect",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "http.client.connect",
        "urllib.Request",
        "ftplib.connect",
        "smtplib.connect",
    }
)


def _install_network_audit(path: str) -> None:
    # Opened once: the hook itself must not open files (that would be audited too, and slow every open).
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def hook(event: str, args: tuple) -> None:
        if event in _NETWORK_EVENTS:
            os.write(fd, f"{event} {args!r}\n".encode("utf-8", "replace"))

    sys.addaudithook(hook)


if os.environ.get("CODER_ASSIST_AUDIT_NETWORK"):
    _install_network_audit(os.environ["CODER_ASSIST_AUDIT_NETWORK"])
