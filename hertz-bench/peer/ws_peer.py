#!/usr/bin/env python3
"""The peer of Hertz's WebSocket fan-out benchmark: freqtrade's WebSocket stack doing the same work.

This is not freqtrade (which cannot be installed on the benchmark machine: no PyPI), but the stack
its message WebSocket runs on (Debian's FastAPI, Starlette, pydantic, uvicorn and websockets),
arranged the way freqtrade arranges it:

- /api/v1/message/ws checks the `token` query parameter against the configured ws tokens
  (constant-time) and closes with 1008 before accepting when it does not match;
- every published message goes onto one shared stream, a chain of futures in which each message
  resolves the current link and carries the next; each connection has a broadcaster task that
  walks the chain at its own pace (so a slow client holds every message it has not yet sent: the
  chain is its queue, unbounded) and a reader task that handles `subscribe` requests (validated
  with a pydantic model; all topics must be known message types, an empty list is ignored);
- each send serialises the message for that connection, runs under asyncio.wait_for with a
  timeout of twice the average of the last 10 send times (1 s to 3 s, 3 s until 10 sends are
  known), then sleeps `--send-throttle` seconds (freqtrade: 0.01) to give the loop back;
- messages are published by a thread that is not the event loop's, as freqtrade's bot thread
  calls its API server's send_msg: with `--publish thread` (freqtrade's way) the thread resolves
  the future directly, which queues the broadcasters' wake-up on the loop without waking the loop;
  with `--publish threadsafe` it hands the publish to the loop with call_soon_threadsafe.

POST /broadcast?first=F&n=N&size=S&rate=R publishes N `status` messages (seq F..F+N-1) from the
request's worker thread, R per second (0: as fast as possible), and answers when all are published.
Each message's text is "#<seq> <time.time_ns()> " padded with x to S characters: the wall clock,
which the Java clients on the same machine read too, so receive time minus send time is the delay.

Usage: python3 ws_peer.py --token T [--port 0] [--send-throttle 0.01] [--publish thread|threadsafe]
Prints "LISTENING <port>" once the socket is bound.
"""
import argparse
import asyncio
import secrets
import socket
import sys
import time
from collections import deque
from typing import Any, List, Optional

import uvicorn
from fastapi import FastAPI, Query, WebSocket
from pydantic import BaseModel, ValidationError

try:  # freqtrade serialises with orjson; Debian has no orjson, rapidjson is the closest C encoder
    import rapidjson

    dumps, loads = rapidjson.dumps, rapidjson.loads
except ImportError:  # pragma: no cover
    import json

    rapidjson = None
    dumps, loads = json.dumps, json.loads

# freqtrade's RPCMessageType values: the topics a client may subscribe to
MESSAGE_TYPES = {"status", "warning", "exception", "startup", "entry", "entry_fill", "entry_cancel", "exit",
                 "exit_fill", "exit_cancel", "protection_trigger", "protection_trigger_global", "strategy_msg",
                 "whitelist", "analyzed_df", "new_candle"}


class Request(BaseModel):
    type: str
    data: Optional[Any] = None


class MessageStream:
    """A chain of futures: publishing resolves the current link with (message, time, next link)."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.loop = loop
        self._link = loop.create_future()

    def publish(self, message: dict) -> None:
        link, self._link = self._link, self.loop.create_future()
        link.set_result((message, time.time(), self._link))

    async def follow(self):
        link = self._link
        while True:
            # shielded: a broadcaster being cancelled must not cancel the link the others wait on
            message, published, link = await asyncio.shield(link)
            yield message, published


class Channel:
    """One connection: its subscriptions and a send that times out and throttles as freqtrade's does."""

    def __init__(self, websocket: WebSocket, throttle: float):
        self.websocket = websocket
        self.subscriptions: List[str] = []
        self._throttle = throttle
        self._send_times: deque = deque(maxlen=10)
        self._send_limit = 3.0

    async def send(self, message: dict, use_timeout: bool) -> None:
        started = time.time()
        await asyncio.wait_for(self.websocket.send_text(dumps(message)),
                               timeout=self._send_limit if use_timeout else None)
        self._send_times.append(time.time() - started)
        if len(self._send_times) == self._send_times.maxlen:
            average = sum(self._send_times) / len(self._send_times)
            self._send_limit = min(max(average * 2, 1.0), 3.0)
        await asyncio.sleep(self._throttle)


def create_app(tokens: List[str], throttle: float, publish_mode: str) -> FastAPI:
    app = FastAPI(title="hertz-bench ws peer", docs_url=None, redoc_url=None, openapi_url=None)
    state = {}

    @app.on_event("startup")
    async def startup() -> None:
        # created on uvicorn's loop, which the publishing thread has to reach
        state["stream"] = MessageStream(asyncio.get_running_loop())

    def token_ok(token: Optional[str]) -> bool:
        return bool(token) and any(secrets.compare_digest(t, token) for t in tokens)

    async def reader(channel: Channel) -> None:
        while True:
            raw = loads(await channel.websocket.receive_text())
            try:
                request = Request.parse_obj(raw)
            except ValidationError:
                continue
            if request.type == "subscribe" and request.data:
                if isinstance(request.data, list) and all(t in MESSAGE_TYPES for t in request.data):
                    channel.subscriptions = list(request.data)

    async def broadcaster(channel: Channel) -> None:
        async for message, _published in state["stream"].follow():
            if message["type"] in channel.subscriptions:
                await channel.send(message, use_timeout=True)

    @app.websocket("/api/v1/message/ws")
    async def message_ws(websocket: WebSocket, token: Optional[str] = Query(default=None)) -> None:
        if not token_ok(token):
            await websocket.close(code=1008)
            return
        await websocket.accept()
        channel = Channel(websocket, throttle)
        tasks = [asyncio.create_task(reader(channel)), asyncio.create_task(broadcaster(channel))]
        try:
            await asyncio.gather(*tasks)
        except Exception:  # a disconnect or a send timeout ends both tasks, as in freqtrade
            pass
        finally:
            for task in tasks:
                task.cancel()
                try:
                    await task
                except BaseException:
                    pass
            try:
                await websocket.close()
            except RuntimeError:
                pass

    @app.post("/broadcast")
    def broadcast(first: int, n: int, size: int = 1024, rate: float = 0.0):
        # a plain def: FastAPI runs it on a worker thread, standing in for freqtrade's bot thread
        stream: MessageStream = state["stream"]
        start = time.monotonic()
        for i in range(n):
            if rate > 0:
                wait = start + i / rate - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
            text = f"#{first + i} {time.time_ns()} "
            message = {"type": "status", "status": text + "x" * (size - len(text))}
            if publish_mode == "thread":
                stream.publish(message)
            else:
                stream.loop.call_soon_threadsafe(stream.publish, message)
        return {"published": n}

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--token", action="append", required=True, help="a ws_token (repeatable)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--send-throttle", type=float, default=0.01,
                        help="seconds each send is followed by (freqtrade: 0.01)")
    parser.add_argument("--publish", choices=["thread", "threadsafe"], default="thread",
                        help="thread: resolve the stream's future from the publishing thread, as freqtrade does; "
                             "threadsafe: through loop.call_soon_threadsafe")
    args = parser.parse_args()

    app = create_app(args.token, args.send_throttle, args.publish)
    # proto IPPROTO_TCP, as uvicorn's own bind gets it: asyncio sets TCP_NODELAY only on such sockets
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    sock.listen(2048)
    # as freqtrade configures uvicorn: no WebSocket pings, no access log; one worker
    config = uvicorn.Config(app, ws="websockets", ws_ping_interval=None, workers=1, log_config=None,
                            log_level="warning", access_log=False, use_colors=False)
    print(f"peer: python {sys.version.split()[0]}, json {'rapidjson' if rapidjson else 'stdlib json'}, "
          f"send throttle {args.send_throttle} s, publish {args.publish}", flush=True)
    print(f"LISTENING {sock.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
