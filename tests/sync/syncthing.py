"""Two real Syncthing instances on 127.0.0.1 carrying one shared folder: a test harness (stdlib only).

Recipe and measured pitfalls: ../shared/docs/syncthing-testing.md. In short: each instance gets a generated home
with an absolute path; its config.xml is edited before the first start so that it talks to nobody but the other
instance (discovery, relays, NAT, usage and crash reports, upgrades off; GUI/REST and the sync listener on
127.0.0.1 only); the shared <folder> is a copy of <defaults><folder> (a folder written from scratch has
maxConflicts=0 and would hide conflict copies); only A dials B; B starts first and A only once B listens.

Use in a test::

    with SyncthingPair(tmp_path) as pair:       # 1.2-1.6 s; stopped (SIGTERM, waited for) on exit
        (pair.folder_a / "x").write_bytes(b"...")
        pair.wait_until_same(timeout=30)        # rescans both, waits until idle and the file sets match
        assert (pair.folder_b / "x").read_bytes() == b"..."

or the fixtures in tests/sync/conftest.py: `syncthing_pair` (one running pair per test module), `lane` (a fresh
subfolder of the shared folder per test, as `lane.a` / `lane.b`) and `syncthing_binary` (skips the test, with the
reason, when and only when the `syncthing` binary is absent). `carry()` and `wait_until_same()` are one operation
under two names; `pair.instances` gives A and B (REST, scan, pids) for tests that look inside.

For an app-level sync test (the lead's): two data folders D1 and D2, each device with its own sync folder,
which is one side of the pair:

    D1 (app, device 1) --writes bundles--> pair.folder_a ==Syncthing==> pair.folder_b --reads--> D2 (app, device 2)

1. Point device 1's sync folder at `pair.folder_a` and device 2's at `pair.folder_b` (or, on the shared module
   pair, at `lane.a` and `lane.b`: a subfolder carries exactly like the folder's top level).
2. Run the app's `sync` on D1: it writes `<device-id>-<seq>.osb` bundles into folder_a (temp name, fsync, rename).
3. `pair.wait_until_same()`: it returns the seconds it took, or raises SyncthingError with the difference and
   both instances' log tails.
4. Run `sync` on D2: it reads the bundles in folder_b (and writes its own, which travel back the same way).

The sync folder also holds Syncthing's own names: `.stfolder` (the folder marker) and `.syncthing.NAME.tmp`
(transfers in progress, renamed atomically when complete); the app must ignore everything that does not parse as
a bundle name. A temporary file the app writes *inside* the folder is carried too, possibly half written, under
its temporary name, unless that name has Syncthing's own temporary form `.syncthing.NAME.tmp` (never carried);
only the final name is guaranteed whole. tests/sync/test_syncthing_transport.py shows all three.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

SYNCTHING = "syncthing"
FOLDER_ID = "onestop-sync"
LOOPBACK = "127.0.0.1"

# Options that would make Syncthing talk to anything but the other instance, or restart/upgrade itself.
OFF_OPTIONS: dict[str, str] = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "crashReportingEnabled": "false",
    "announceLANAddresses": "false",
    "startBrowser": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
}
# Redial a lost peer within a second instead of a minute.
RECONNECT_S = "1"

# Syncthing reads ST* variables (e.g. STGUIADDRESS overrides the GUI address) and honours ALL_PROXY for its
# outgoing connections: neither may leak in from the environment the tests run in.
_PROXY_VARIABLES = {"all_proxy", "http_proxy", "https_proxy", "no_proxy"}

# Names in a shared folder that belong to Syncthing, not to the data: the folder marker (.stfolder), .stignore,
# .stversions, and transfers in progress (.syncthing.NAME.tmp).
IGNORED_PREFIXES = (".st", ".syncthing.")
VANISHED = "vanished"  # a file listed but gone before it was read: the folder is still changing


class SyncthingError(RuntimeError):
    """The pair did not start, stop or converge; the message carries the tail of both logs."""


def is_syncthing_name(name: str) -> bool:
    return name.startswith(IGNORED_PREFIXES)


def snapshot(folder: Path) -> dict[str, str]:
    """Relative path -> SHA-256 (or "directory") of everything under `folder` but Syncthing's own names."""
    entries: dict[str, str] = {}
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(is_syncthing_name(part) for part in relative.parts):
            continue
        try:
            entries[relative.as_posix()] = (
                "directory" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
            )
        except FileNotFoundError:  # renamed away by Syncthing between listing and reading: differs for now
            entries[relative.as_posix()] = VANISHED
    return entries


def free_loopback_ports(count: int) -> list[int]:
    """`count` distinct ports that were free on 127.0.0.1 a moment ago.

    All sockets are held open together so the kernel hands out distinct ports; another process could still take
    one before Syncthing binds it, which `SyncthingPair` detects (the GUI port: the process exits; the sync port:
    REST reports a listener error) and answers with fresh ports.
    """
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((LOOPBACK, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


# ---------------------------------------------------------------------------------------------------------------
# config.xml


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    if found is None:
        raise SyncthingError(f"config.xml has no <{tag}> under <{parent.tag}>")
    return found


def _set(parent: ET.Element, tag: str, text: str) -> None:
    found = parent.find(tag)
    if found is None:
        found = ET.SubElement(parent, tag)
    found.text = text


def configure(
    config_path: Path,
    *,
    name: str,
    gui_port: int,
    listen_port: int,
    api_key: str,
    peer_id: str,
    peer_name: str,
    peer_address: str,
    folder_path: Path,
) -> None:
    """Edit a freshly generated config.xml in place, exactly as the recipe says (before the first start)."""
    tree = ET.parse(config_path)
    root = tree.getroot()
    own = _child(root, "device")
    own_id = own.get("id", "")
    own.set("name", name)

    gui = _child(root, "gui")
    gui.set("tls", "false")
    _set(gui, "address", f"{LOOPBACK}:{gui_port}")
    _set(gui, "apikey", api_key)

    options = _child(root, "options")
    for element in options.findall("listenAddress"):
        options.remove(element)
    _set(options, "listenAddress", f"tcp://{LOOPBACK}:{listen_port}")
    for option, value in OFF_OPTIONS.items():
        _set(options, option, value)
    _set(options, "reconnectionIntervalS", RECONNECT_S)

    defaults = _child(root, "defaults")
    # The peer: a copy of <defaults><device>; A gets B's address, B keeps "dynamic" for A (so only A dials).
    peer = _copy(_child(defaults, "device"))
    peer.set("id", peer_id)
    peer.set("name", peer_name)
    _set(peer, "address", peer_address)
    root.insert(list(root).index(own) + 1, peer)

    # The shared folder: a copy of <defaults><folder> (its maxConflicts, markerName, ... are Syncthing's defaults).
    folder = _copy(_child(defaults, "folder"))
    folder.set("id", FOLDER_ID)
    folder.set("label", FOLDER_ID)
    folder.set("path", str(folder_path))
    for element in folder.findall("device"):
        folder.remove(element)
    for device_id in (own_id, peer_id):
        member = ET.Element("device", {"id": device_id, "introducedBy": ""})
        ET.SubElement(member, "encryptionPassword").text = ""
        folder.insert(0, member)
    root.insert(0, folder)
    tree.write(config_path, encoding="utf-8", xml_declaration=False)


def _copy(element: ET.Element) -> ET.Element:
    return ET.fromstring(ET.tostring(element))


def loopback_problems(config_path: Path) -> list[str]:
    """Everything in config.xml that could make Syncthing reach or be reached beyond 127.0.0.1; empty when none."""
    root = ET.parse(config_path).getroot()
    problems: list[str] = []
    options = _child(root, "options")
    for option, wanted in OFF_OPTIONS.items():
        value = options.findtext(option)
        if value != wanted:
            problems.append(f"options/{option} is {value!r}, not {wanted!r}")
    listen = [element.text or "" for element in options.findall("listenAddress")]
    if not listen:
        problems.append("no options/listenAddress (Syncthing would use 'default': every interface)")
    problems += [f"listens on {address!r}" for address in listen if not _is_loopback_url(address, "tcp")]
    gui = _child(root, "gui")
    if _host(gui.findtext("address") or "") != LOOPBACK:
        problems.append(f"gui/address is {gui.findtext('address')!r}")
    for device in root.findall("device"):
        for address in (element.text or "" for element in device.findall("address")):
            if address != "dynamic" and not _is_loopback_url(address, "tcp"):
                problems.append(f"device {device.get('name')} has address {address!r}")
    return problems


def _host(host_port: str) -> str:
    return host_port.rpartition(":")[0].strip("[]")


def _is_loopback_url(address: str, scheme: str) -> bool:
    parts = urlsplit(address)
    return parts.scheme == scheme and parts.hostname == LOOPBACK and parts.port is not None


# ---------------------------------------------------------------------------------------------------------------
# One instance


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _start_new_child_dies_with_parent() -> None:
    """preexec_fn: SIGTERM the instance if the test process dies without stopping it (Linux only)."""
    ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Instance:
    """One Syncthing process: its home, ports, REST client and log."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    binary: str  # the syncthing executable, resolved once by SyncthingPair
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    # urllib without any proxy from the environment: REST stays on loopback.
    _opener: urllib.request.OpenerDirector = field(
        default_factory=lambda: urllib.request.build_opener(urllib.request.ProxyHandler({})), repr=False
    )

    @property
    def config_path(self) -> Path:
        return self.home / "config.xml"

    @property
    def log_path(self) -> Path:
        return self.home / "syncthing.log"

    @property
    def listen_address(self) -> str:
        return f"tcp://{LOOPBACK}:{self.listen_port}"

    def generate(self) -> None:
        _run_checked(
            # Without --skip-port-probing, generate test-binds [::]:22000 (every interface) to pick a default port.
            [self.binary, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"],
            env=_environment(),
        )
        out = _run_checked([self.binary, "serve", f"--home={self.home}", "--device-id"], env=_environment())
        self.device_id = out.strip()
        if len(self.device_id) != 63:
            raise SyncthingError(f"unexpected device id {self.device_id!r}")

    def start(self) -> None:
        problems = loopback_problems(self.config_path)
        if problems:  # never start an instance that could leave the machine
            raise SyncthingError(f"{self.name}: refusing to start: " + "; ".join(problems))
        command = [self.binary, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade"]
        env = {**_environment(), "STNOUPGRADE": "1", "STNORESTART": "1", "STHASHING": "minio"}
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,  # its own process group: a last-resort kill reaches a child it forked
                preexec_fn=_start_new_child_dies_with_parent if sys.platform == "linux" else None,
            )

    def exited(self) -> bool:
        return self.process is not None and self.process.poll() is not None

    def terminate(self) -> None:
        """SIGTERM the process we started; Syncthing's monitor forwards it to the child it forked."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def wait(self, timeout: float = 15.0) -> None:
        """Wait for the exit; SIGKILL the process group (ours alone, see start) only if SIGTERM did not work."""
        process = self.process
        if process is None:
            return
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)

    def pids(self) -> list[int]:
        """The process and its descendants (Linux /proc)."""
        if self.process is None:
            return []
        found: list[int] = []
        todo = [self.process.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            for children in Path(f"/proc/{pid}/task").glob("*/children"):
                try:
                    todo += [int(child) for child in children.read_text().split()]
                except OSError:
                    continue
        return found

    # REST -----------------------------------------------------------------------------------------------------

    def rest(self, method: str, path: str, timeout: float = 10.0) -> Any:
        request = urllib.request.Request(
            f"http://{LOOPBACK}:{self.gui_port}{path}", method=method, headers={"X-API-Key": self.api_key}
        )
        with self._opener.open(request, timeout=max(timeout, 0.5)) as response:
            body = response.read()
        return json.loads(body) if body.strip() else None

    def ping(self) -> bool:
        try:
            return bool(self.rest("GET", "/rest/system/ping", timeout=1.0) == {"ping": "pong"})
        except (OSError, urllib.error.URLError, ValueError):
            return False

    def listener_state(self) -> str | None:
        """None while the sync listener is not up yet; 'ok' once it listens; otherwise Syncthing's error."""
        status = self.rest("GET", "/rest/system/status")
        listener = status.get("connectionServiceStatus", {}).get(self.listen_address)
        if not listener:
            return None
        if listener.get("error"):
            return str(listener["error"])
        return "ok" if listener.get("lanAddresses") else None

    def connected_to(self, device_id: str) -> bool:
        connections = self.rest("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(device_id, {}).get("connected"))

    def scan(self, timeout: float) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}", timeout=timeout)

    def folder_status(self) -> dict[str, Any]:
        status: dict[str, Any] = self.rest("GET", f"/rest/db/status?folder={FOLDER_ID}")
        return status

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return f"[{self.name}] (no log)"
        return "\n".join(f"[{self.name}] {line}" for line in text.splitlines()[-lines:])


def _environment() -> dict[str, str]:
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("ST") and key.lower() not in _PROXY_VARIABLES
    }


def _run_checked(command: list[str], env: dict[str, str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=30, check=False)
    if result.returncode != 0:
        raise SyncthingError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
    return result.stdout


# ---------------------------------------------------------------------------------------------------------------
# The pair


class SyncthingPair:
    """Two Syncthing instances, A and B, sharing one folder: `folder_a` (A's copy) and `folder_b` (B's copy).

    `root` must be an empty or missing directory (a pytest tmp_path); homes and folders are created inside it
    with absolute paths. Start with `with SyncthingPair(root) as pair:` or `start()` / `stop()`.
    """

    START_ATTEMPTS = 3

    def __init__(self, root: Path, *, binary: str | None = None, start_timeout: float = 30.0) -> None:
        found = binary or shutil.which(SYNCTHING)
        if found is None:
            raise SyncthingError(f"{SYNCTHING} is not installed (Debian: apt-get install syncthing)")
        self.binary = found
        self.root = root.resolve()
        self.start_timeout = start_timeout
        self.folder_a = self.root / "folder-a"
        self.folder_b = self.root / "folder-b"
        self.a: Instance | None = None
        self.b: Instance | None = None
        self.start_seconds = 0.0  # how long the last start() took, for reports

    # lifecycle ------------------------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        began = time.monotonic()
        self.folder_a.mkdir(parents=True, exist_ok=True)
        self.folder_b.mkdir(parents=True, exist_ok=True)
        for attempt in range(1, self.START_ATTEMPTS + 1):
            try:
                self._start_once(attempt)
                break
            except _PortTaken:
                self.stop()  # someone took a port between choosing and binding it: fresh ports, fresh homes
            except BaseException:
                self.stop()  # __exit__ does not run when __enter__ fails: never leave a process behind
                raise
        else:
            raise SyncthingError(f"no free loopback ports after {self.START_ATTEMPTS} attempts")
        self.start_seconds = time.monotonic() - began

    def stop(self) -> None:
        """SIGTERM both, then wait for both to exit (together: each takes about a second)."""
        started = [instance for instance in (self.a, self.b) if instance is not None]
        for instance in started:
            instance.terminate()
        for instance in started:
            instance.wait()

    def _start_once(self, attempt: int) -> None:
        gui_a, listen_a, gui_b, listen_b = free_loopback_ports(4)
        a = Instance("A", self.root / f"home-a-{attempt}", self.folder_a, gui_a, listen_a, self.binary)
        b = Instance("B", self.root / f"home-b-{attempt}", self.folder_b, gui_b, listen_b, self.binary)
        self.a, self.b = a, b
        a.generate()
        b.generate()
        configure(
            a.config_path, name="A", gui_port=gui_a, listen_port=listen_a, api_key=a.api_key,
            peer_id=b.device_id, peer_name="B", peer_address=b.listen_address, folder_path=self.folder_a,
        )  # fmt: skip
        configure(
            b.config_path, name="B", gui_port=gui_b, listen_port=listen_b, api_key=b.api_key,
            peer_id=a.device_id, peer_name="A", peer_address="dynamic", folder_path=self.folder_b,
        )  # fmt: skip
        deadline = time.monotonic() + self.start_timeout
        # B first, and A only once B listens: A's first dial then succeeds (a failed one is retried after 5 s).
        b.start()
        self._wait_up(b, deadline)
        self._wait_listening(b, deadline)
        a.start()
        self._wait_up(a, deadline)
        self._wait(lambda: a.connected_to(b.device_id) and b.connected_to(a.device_id), deadline, "A and B to connect")
        self._wait_listening(a, deadline)  # A only dials, but a port taken by someone else must not pass unseen
        self._wait(lambda: self._idle(a) and self._idle(b), deadline, "both folders to be idle")

    def _wait_up(self, instance: Instance, deadline: float) -> None:
        while not instance.ping():
            if instance.exited():  # typically: the GUI port was taken before Syncthing bound it
                if _port_in_use(instance.gui_port):
                    raise _PortTaken
                raise SyncthingError(f"Syncthing {instance.name} exited at start\n{self._logs()}")
            if time.monotonic() > deadline:
                raise SyncthingError(f"Syncthing {instance.name} did not answer REST in time\n{self._logs()}")
            time.sleep(0.05)

    def _wait_listening(self, instance: Instance, deadline: float) -> None:
        while (state := instance.listener_state()) != "ok":
            if state is not None and "address already in use" in state:
                raise _PortTaken
            if time.monotonic() > deadline:
                raise SyncthingError(f"Syncthing {instance.name} does not listen ({state})\n{self._logs()}")
            time.sleep(0.05)

    def _wait(self, condition: Callable[[], bool], deadline: float, what: str) -> None:
        while not condition():
            if time.monotonic() > deadline:
                raise SyncthingError(f"timed out waiting for {what}\n{self._logs()}")
            time.sleep(0.05)

    # use ------------------------------------------------------------------------------------------------------

    @property
    def instances(self) -> tuple[Instance, Instance]:
        if self.a is None or self.b is None:
            raise SyncthingError("the pair is not started")
        return self.a, self.b

    def wait_until_same(self, timeout: float = 30.0) -> float:
        """Rescan both sides, then wait until both are idle with nothing to pull and hold the same files.

        "Same" compares every file's content (SHA-256), leaving out `.st*` and `.syncthing.*` names. A side that
        looks idle while the files still differ has not scanned a change yet (or not heard of the other side's
        scan): both are rescanned and the wait goes on. Returns the seconds it took; raises SyncthingError with
        the difference and both logs' tails on timeout.
        """
        a, b = self.instances
        began = time.monotonic()
        deadline = began + timeout
        self._scan_both(deadline)
        while True:
            if self._idle(a) and self._idle(b):
                left, right = snapshot(self.folder_a), snapshot(self.folder_b)
                if left == right and VANISHED not in left.values():
                    return time.monotonic() - began
                self._scan_both(deadline)
            if time.monotonic() > deadline:
                raise SyncthingError(f"folders still differ after {timeout} s: {self._difference()}\n{self._logs()}")
            time.sleep(0.02)

    def carry(self, timeout: float = 30.0) -> float:
        """Carry what either side wrote to the other: the same as `wait_until_same`, named for the caller's intent."""
        return self.wait_until_same(timeout)

    def scan(self, timeout: float = 30.0) -> None:
        """Rescan both sides now without waiting for the transfer (tests that watch a transfer in progress)."""
        self._scan_both(time.monotonic() + timeout)

    def loopback_problems(self) -> list[str]:
        """What in either config.xml could reach beyond 127.0.0.1 (see `loopback_problems`); empty when none."""
        return [f"{i.name}: {problem}" for i in self.instances for problem in loopback_problems(i.config_path)]

    def _scan_both(self, deadline: float) -> None:
        for instance in self.instances:
            instance.scan(timeout=deadline - time.monotonic())

    @staticmethod
    def _idle(instance: Instance) -> bool:
        status = instance.folder_status()
        return bool(status["state"] == "idle" and status["needTotalItems"] == 0)

    def _difference(self) -> str:
        left, right = snapshot(self.folder_a), snapshot(self.folder_b)
        only_a = sorted(set(left) - set(right))
        only_b = sorted(set(right) - set(left))
        changed = sorted(name for name in set(left) & set(right) if left[name] != right[name])
        return f"only on A {only_a[:10]}, only on B {only_b[:10]}, different {changed[:10]}"

    def _logs(self) -> str:
        return "\n".join(i.log_tail() for i in (self.a, self.b) if i is not None)


class _PortTaken(Exception):
    """A chosen port was taken by another process before Syncthing bound it."""


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((LOOPBACK, port))
        except OSError:
            return True
    return False


# ---------------------------------------------------------------------------------------------------------------
# Sockets of running processes (Linux /proc), for the loopback-only check


@dataclass(frozen=True)
class Socket:
    protocol: str  # tcp, tcp6, udp, udp6
    local: str  # address:port
    remote: str
    listening: bool


def sockets_of(pids: list[int]) -> list[Socket]:
    """Every TCP and UDP socket the given processes hold open, from /proc/PID/fd and /proc/net/*."""
    inodes: set[str] = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
    found: list[Socket] = []
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        for line in Path(f"/proc/net/{protocol}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                listening = protocol.startswith("tcp") and fields[3] == "0A"
                found.append(Socket(protocol, _address(fields[1]), _address(fields[2]), listening))
    return found


def _address(hex_address: str) -> str:
    """/proc/net/tcp's 0100007F:1F90 (host byte order, little-endian here) -> 127.0.0.1:8080; IPv6 likewise."""
    host, port = hex_address.split(":")
    raw = bytes.fromhex(host)
    if len(raw) == 4:
        text = socket.inet_ntop(socket.AF_INET, raw[::-1])
    else:
        words = b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4))
        text = f"[{socket.inet_ntop(socket.AF_INET6, words)}]"
    return f"{text}:{int(port, 16)}"


def is_loopback(address: str) -> bool:
    host = address.rpartition(":")[0]
    return host.startswith("127.") or host in ("[::1]", "[::ffff:127.0.0.1]")
