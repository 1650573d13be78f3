#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End to end, as a screen-reader user: monime-portal on a real X server (Xvfb), driven through AT-SPI with the
keyboard alone — a live token created in the wizard, its one-time dialog, then read back from the list.
Run by tests/ui/run-e2e-atspi.sh (xvfb-run, then a private D-Bus session with a keyring). Exit 0 on success."""
import json
import os
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

APP = sys.argv[1]
DATABASE = sys.argv[2]
CLI = sys.argv[3]
CONTROL = 1 << 2
ALT = 1 << 3
KEYSYM = {"Tab": 0xFF09, "Return": 0xFF0D, "Escape": 0xFF1B, "Down": 0xFF54, "space": 0x20}


def fail(message):
    print("FAIL: " + message, flush=True)
    raise SystemExit(1)


def step(message):
    print("step: " + message, flush=True)


def wait_for(what, predicate, timeout=15.0):
    end = time.time() + timeout
    while time.time() < end:
        found = predicate()
        if found:
            return found
        time.sleep(0.1)
    fail("timed out waiting for " + what)


def walk(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    for i in range(node.get_child_count()):
        yield from walk(node.get_child_at_index(i), depth + 1)


def find(root, role, name=None):
    for n in walk(root):
        if n.get_role_name() == role and (name is None or n.get_name() == name):
            return n
    return None


def focused(root):
    for n in walk(root):
        if n.get_state_set().contains(Atspi.StateType.FOCUSED):
            return n
    return None


def describe(node):
    return "nothing" if node is None else f"{node.get_role_name()} '{node.get_name()}'"


def press(sym, modifiers=0):
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(KEYSYM.get(sym, ord(sym[0]) if len(sym) == 1 else 0), None, Atspi.KeySynthType.SYM)
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.15)


def type_text(text):
    Atspi.generate_keyboard_event(0, text, Atspi.KeySynthType.STRING)
    time.sleep(0.3)


def tab_to(root, role, name, limit=25):
    """Tab until the screen reader would announce `role 'name'`: the way a keyboard user reaches a control."""
    for _ in range(limit):
        now = focused(root)
        if now is not None and now.get_role_name() == role and now.get_name() == name:
            return now
        press("Tab")
    fail(f"Tab never reached {role} '{name}'; focus is on {describe(focused(root))}")


def top_level(app, role, name):
    for i in range(app.get_child_count()):
        c = app.get_child_at_index(i)
        if c is not None and c.get_role_name() == role and (name is None or c.get_name() == name):
            return c
    return None


CONTROLS = ("push button", "check box", "radio button", "text", "password text", "combo box", "list", "table",
            "spin button", "toggle button", "page tab", "menu item", "tool bar")


def unnamed_controls(root):
    """What a screen reader would announce without a name."""
    return [n.get_role_name() for n in walk(root) if n.get_role_name() in CONTROLS and not n.get_name()
            and n.get_state_set().contains(Atspi.StateType.SHOWING)]


def wait_for_display():
    """xvfb-run can hand over before Xvfb accepts connections: wait until its socket does."""
    import socket
    number = os.environ.get("DISPLAY", ":0").lstrip(":").split(".")[0]
    path = "/tmp/.X11-unix/X" + number

    def accepts():
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                s.connect(path)
            return True
        except OSError:
            return False

    wait_for("the X server " + os.environ.get("DISPLAY", "?"), accepts, 20)


def main():
    wait_for_display()
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
               MONIME_PORTAL_DATABASE=DATABASE, QT_ACCESSIBILITY="1")
    # Xvfb under xvfb-run sometimes refuses the very first client for a moment after its socket is up ("could
    # not connect to display"): start the app again then, at most three times, and say so.
    for attempt in range(3):
        app_process = subprocess.Popen([APP], env=env)
        try:
            app_process.wait(2)
        except subprocess.TimeoutExpired:
            break
        step("the app could not start (exit %d); starting it again" % app_process.returncode)
        time.sleep(1)
    else:
        fail("the app never started on " + os.environ.get("DISPLAY", "?"))
    try:
        def the_app():
            desktop = Atspi.get_desktop(0)
            for i in range(desktop.get_child_count()):
                a = desktop.get_child_at_index(i)
                if a is not None and a.get_name() == "monime-portal" and top_level(a, "frame", None):
                    return a
            return None

        app = wait_for("the app on the accessibility bus", the_app, 30)
        frame = top_level(app, "frame", None)
        step("window: " + describe(frame))
        # No window manager under Xvfb: one click on the window's bottom edge gives it the keyboard; everything
        # after this is keys.
        if unnamed_controls(frame):
            fail("controls without an accessible name in the window: %r" % unnamed_controls(frame))
        ext = frame.get_extents(Atspi.CoordType.SCREEN)
        Atspi.generate_mouse_event(ext.x + ext.width // 2, ext.y + ext.height - 4, "b1c")
        time.sleep(0.5)

        press("n", CONTROL)
        wizard = wait_for("the Create token wizard", lambda: top_level(app, "dialog", "Create token"))
        name = wait_for("focus on the token name", lambda: (lambda f: f if f is not None and
                        f.get_name() == "Token name" else None)(focused(wizard)))
        step("wizard opens on " + describe(name))
        type_text("Screen reader token")
        if name.get_text(0, -1) != "Screen reader token":
            fail("the name field holds " + repr(name.get_text(0, -1)))

        test_mode = tab_to(wizard, "check box", "Test mode")
        if not test_mode.get_state_set().contains(Atspi.StateType.CHECKED):
            fail("Test mode should be on by default")
        press("space")
        wait_for("Test mode off", lambda: not test_mode.get_state_set().contains(Atspi.StateType.CHECKED))
        step("Test mode switched off with Space")

        if unnamed_controls(wizard):
            fail("controls without an accessible name in the wizard: %r" % unnamed_controls(wizard))
        press("Return")  # Next: the restrictions page
        wait_for("the IP field", lambda: find(wizard, "text", "IP address or range to add"))
        if unnamed_controls(wizard):
            fail("controls without an accessible name on the restrictions page: %r" % unnamed_controls(wizard))
        ip_field = tab_to(wizard, "text", "IP address or range to add")
        type_text("203.0.113.0/24")
        press("Return")  # adds the range, and only that
        ips = find(wizard, "list", "Whitelisted IP addresses")
        wait_for("the range in the whitelist", lambda: ips.get_child_count() == 1)
        if focused(wizard) is None or focused(wizard).get_name() != ip_field.get_name():
            step("focus after adding: " + describe(focused(wizard)))
        step("IP range added with Enter: " + ips.get_child_at_index(0).get_name())

        press("n", ALT)  # &Next: the permissions page
        offered = wait_for("focus on the permissions on offer",
                           lambda: (lambda f: f if f is not None and f.get_role_name() in ("list", "list item")
                                    else None)(focused(wizard)))
        step("permissions page, focus on " + describe(offered))
        press("Down")
        press("Return")  # adds the permission under the cursor
        press("n", ALT)  # &Next: Review
        wait_for("the Create button", lambda: find(wizard, "push button", "Create"))
        step("review page")
        press("Return")  # Create, the default button

        shown = wait_for("the one-time token dialog", lambda: top_level(app, "dialog", "Copy your new token"), 20)
        step("one-time dialog: " + describe(shown))
        secret = None
        for n in walk(shown):
            if n.get_role_name() in ("text", "password text"):
                t = n.get_text(0, -1)
                if t.startswith("mon_"):
                    secret = t
        if secret is None or secret.startswith("mon_test_") or len(secret) < 40:
            fail("the one-time dialog should show a live token (mon_…)")
        step("the dialog shows a live secret of %d characters (not printed)" % len(secret))
        tab_to(shown, "push button", "Copy token")
        press("space")
        time.sleep(0.3)
        press("Escape")
        wait_for("the one-time dialog to close", lambda: not any(
            c is not None and c.get_role_name() == "dialog" for c in
            (app.get_child_at_index(i) for i in range(app.get_child_count()))), 10)

        table = find(frame, "table", "Tokens")
        if table is None:
            fail("no table named Tokens")

        def row_text():
            cells = [n.get_name() for n in walk(table) if n.get_role_name() in ("table cell", "label")]
            return cells

        cells = wait_for("the new token in the list", lambda: (lambda c: c if "Screen reader token" in c else None)(
            row_text()))
        if "LIVE" not in cells:
            fail("the list should say LIVE for the new token: %r" % cells[:12])
        if any(secret in c for c in cells):
            fail("the secret is in the list")
        step("read back from the list: " + ", ".join(c for c in cells if c)[:160])
        # And from outside the app: the CLI reads the same inventory.
        listed = subprocess.run([CLI, "--database", DATABASE, "list", "--json"], capture_output=True, text=True,
                                timeout=60)
        tokens = json.loads(listed.stdout or "[]")
        if len(tokens) != 1 or tokens[0]["name"] != "Screen reader token" or tokens[0]["environment"] != "live" \
                or tokens[0]["ipWhitelist"] != ["203.0.113.0/24"] or len(tokens[0]["permissions"]) != 1:
            fail("the CLI lists %r" % tokens)
        if secret in listed.stdout:
            fail("the secret is in the CLI's list")
        step("the CLI lists it: live, 203.0.113.0/24, %s" % tokens[0]["permissions"][0])
        print("PASS", flush=True)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()


main()
