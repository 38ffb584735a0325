"""The app that holds a database's lock listens on a local socket; a second app asks it to come
forward instead of opening the same file twice.

The protocol is one line, ``raise``. The holder answers ``ok`` after bringing its window forward,
but the asking app does not wait for it: once the line is written, the holder will see it as soon
as its event loop runs, and a busy holder must not make the second app hang.

This module imports QtNetwork, so it is only imported after the first window is shown (holder)
or when another app holds the lock (asker); start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

RAISE_REQUEST = b"raise\n"
ANSWER = b"ok\n"


def bring_forward(window: QWidget) -> None:
    """Show ``window`` on top, un-minimised and focused, as far as the desktop allows.

    Many window managers refuse to hand focus to a background app; the taskbar entry then at
    least asks for attention.
    """
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


class RaiseServer(QObject):
    """Listens on ``name`` and calls ``on_raise`` whenever another app sends ``raise``."""

    def __init__(
        self, name: str, on_raise: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._on_raise = on_raise
        self._server = QLocalServer(self)
        # Only this user's apps may ask; another account has no business with our windows.
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self.name = name

    def listen(self) -> bool:
        """Start listening. Only the lock holder calls this, so a socket file already there was
        left by a crashed holder: it is removed first. (With UserAccessOption Qt also binds in
        a private folder and renames over it; without either, listen() fails on Unix.)"""
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def full_name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # the request may have arrived with the connection
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data())
            if line.strip() == RAISE_REQUEST.strip():
                self._on_raise()
                socket.write(ANSWER)
                socket.flush()
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            socket.deleteLater()  # it left before we listened for "disconnected"


def request_raise(name: str, timeout_ms: int = 1500) -> bool:
    """Ask the app listening on ``name`` to come forward; True if the request was delivered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_REQUEST)
    delivered = socket.waitForBytesWritten(timeout_ms) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return delivered
