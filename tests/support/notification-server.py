#!/usr/bin/python3
"""A notification server for tests, on the D-Bus session bus given by
DBUS_SESSION_BUS_ADDRESS (python3-dbus, python3-gi): it answers the Desktop
Notifications Specification as a desktop's would, and a test acts as the
person in front of it.

    notification-server.py LOG    prints "READY" once it owns the name.

Every notification shown is appended to LOG as one JSON line: {"id",
"app_name", "summary", "body", "actions"}. A line written to standard
input, "invoke ID ACTION", is the person clicking ACTION ("default": the
notification itself) on notification ID: the server emits ActionInvoked
and then, as servers do, closes it (NotificationClosed, reason 2). The
server ends when standard input closes.
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, log):
        super().__init__(bus, PATH)
        self.log = log
        self.next_id = 0

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, icon, summary, body, actions, hints, timeout):
        self.next_id += 1
        shown = {
            "id": self.next_id,
            "app_name": str(app_name),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(a) for a in actions],
        }
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(json.dumps(shown, ensure_ascii=False) + "\n")
        return self.next_id

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["actions", "body"]

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ["huiskamer-test", "huiskamer", "1", "1.2"]

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, id):
        self.NotificationClosed(id, 3)

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, id, action):
        pass

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, id, reason):
        pass


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    server = Server(bus, sys.argv[1])
    loop = GLib.MainLoop()

    def command(source, _condition):
        line = source.readline()
        if not line:
            loop.quit()
            return False
        parts = line.split()
        if len(parts) == 3 and parts[0] == "invoke":
            server.ActionInvoked(dbus.UInt32(int(parts[1])), parts[2])
            server.NotificationClosed(dbus.UInt32(int(parts[1])), dbus.UInt32(2))
        return True

    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, command)
    print("READY", flush=True)
    loop.run()
    del name


if __name__ == "__main__":
    main()
