#!/usr/bin/env python3
"""The peer of Hertz's API benchmark: freqtrade's API stack doing comparable work.

This is not freqtrade. freqtrade cannot be installed on the benchmark machine (no PyPI), but the
stack its REST API runs on can (Debian's FastAPI, pydantic, Starlette and uvicorn). This app serves
the three benchmarked endpoints the way freqtrade's API does its work:

- GET /api/v1/ping: a constant, no auth, with a response model (as freqtrade declares it);
- GET /api/v1/status: Basic auth; reads the open trades and their orders from the SQLite trade
  database, builds for each the JSON dict of freqtrade's Trade.to_json plus the current profit and
  stoploss distances, and lets FastAPI validate the list against a response model of the
  OpenTrade schema (freqtrade declares response_model=list[OpenTradeSchema]);
- GET /api/v1/trades?limit=&offset=: Basic auth; one page of closed trades ordered by id, each
  with its orders, plus the count of all closed trades; no response model (freqtrade has none
  there either), so FastAPI's jsonable_encoder walks the dicts.

Handlers and the auth dependency are plain `def` functions, which FastAPI runs in its thread pool,
as freqtrade's are. uvicorn runs one worker process, as freqtrade runs it. The current rate of an
open trade comes from a dict filled at start-up, standing in for freqtrade's rate cache.

Usage: python3 fastapi_peer.py --db tradesv3.sqlite --user U --password P [--port 0]
Prints "LISTENING <port>" once the socket is bound.
"""
import argparse
import secrets
import socket
import sqlite3
import sys
import threading
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional

import uvicorn
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from pydantic import BaseModel

try:  # freqtrade renders with orjson; Debian has no orjson, rapidjson is the closest C encoder
    import rapidjson
except ImportError:  # pragma: no cover
    rapidjson = None

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
NON_OPEN_STATES = ("cancelled", "canceled", "closed", "expired")


class FastJSONResponse(JSONResponse):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        if rapidjson is None:
            return super().render(content)
        return rapidjson.dumps(content, number_mode=rapidjson.NM_NATIVE).encode("utf-8")


class Ping(BaseModel):
    status: str


class OrderModel(BaseModel):
    pair: str
    order_id: str
    status: str
    remaining: Optional[float] = None
    amount: float
    safe_price: float
    cost: float
    filled: Optional[float] = None
    ft_order_side: str
    order_type: str
    is_open: bool
    order_timestamp: Optional[int] = None
    order_filled_timestamp: Optional[int] = None
    ft_fee_base: Optional[float] = None
    ft_order_tag: Optional[str] = None


class TradeModel(BaseModel):
    trade_id: int
    pair: str
    base_currency: str
    quote_currency: str
    is_open: bool
    is_short: bool
    exchange: str
    amount: float
    amount_requested: float
    stake_amount: float
    max_stake_amount: Optional[float] = None
    strategy: str
    enter_tag: Optional[str] = None
    timeframe: int
    fee_open: Optional[float] = None
    fee_open_cost: Optional[float] = None
    fee_open_currency: Optional[str] = None
    fee_close: Optional[float] = None
    fee_close_cost: Optional[float] = None
    fee_close_currency: Optional[str] = None
    open_date: str
    open_timestamp: int
    open_fill_date: Optional[str] = None
    open_fill_timestamp: Optional[int] = None
    open_rate: float
    open_rate_requested: Optional[float] = None
    open_trade_value: float
    close_date: Optional[str] = None
    close_timestamp: Optional[int] = None
    close_rate: Optional[float] = None
    close_rate_requested: Optional[float] = None
    close_profit: Optional[float] = None
    close_profit_pct: Optional[float] = None
    close_profit_abs: Optional[float] = None
    profit_ratio: Optional[float] = None
    profit_pct: Optional[float] = None
    profit_abs: Optional[float] = None
    profit_fiat: Optional[float] = None
    realized_profit: float
    realized_profit_ratio: Optional[float] = None
    exit_reason: Optional[str] = None
    exit_order_status: Optional[str] = None
    stop_loss_abs: Optional[float] = None
    stop_loss_ratio: Optional[float] = None
    stop_loss_pct: Optional[float] = None
    stoploss_last_update: Optional[str] = None
    stoploss_last_update_timestamp: Optional[int] = None
    initial_stop_loss_abs: Optional[float] = None
    initial_stop_loss_ratio: Optional[float] = None
    initial_stop_loss_pct: Optional[float] = None
    min_rate: Optional[float] = None
    max_rate: Optional[float] = None
    has_open_orders: bool
    orders: List[OrderModel]
    leverage: Optional[float] = None
    interest_rate: Optional[float] = None
    liquidation_price: Optional[float] = None
    funding_fees: Optional[float] = None
    trading_mode: Optional[str] = None
    amount_precision: Optional[float] = None
    price_precision: Optional[float] = None
    precision_mode: Optional[int] = None


class OpenTradeModel(TradeModel):
    stoploss_current_dist: Optional[float] = None
    stoploss_current_dist_pct: Optional[float] = None
    stoploss_current_dist_ratio: Optional[float] = None
    stoploss_entry_dist: Optional[float] = None
    stoploss_entry_dist_ratio: Optional[float] = None
    current_rate: float
    total_profit_abs: float
    total_profit_fiat: Optional[float] = None
    total_profit_ratio: Optional[float] = None
    open_orders: Optional[str] = None


class TradeStore:
    """Reads trades and orders with sqlite3; one connection per pool thread (sqlite3's rule)."""

    def __init__(self, path: str):
        self.path = path
        self.local = threading.local()

    def db(self) -> sqlite3.Connection:
        conn = getattr(self.local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path)
            conn.row_factory = sqlite3.Row
            self.local.conn = conn
        return conn

    def _with_orders(self, rows: List[sqlite3.Row]) -> List[Dict[str, Any]]:
        trades = {row["id"]: dict(row) for row in rows}
        for trade in trades.values():
            trade["orders"] = []
        if trades:
            marks = ",".join("?" * len(trades))
            for order in self.db().execute(
                    f"SELECT * FROM orders WHERE ft_trade_id IN ({marks}) ORDER BY id", list(trades)):
                trades[order["ft_trade_id"]]["orders"].append(dict(order))
        return list(trades.values())

    def open_trades(self) -> List[Dict[str, Any]]:
        rows = self.db().execute("SELECT * FROM trades WHERE is_open = 1 ORDER BY id").fetchall()
        return self._with_orders(rows)

    def closed_page(self, limit: int, offset: int) -> List[Dict[str, Any]]:
        rows = self.db().execute("SELECT * FROM trades WHERE is_open = 0 ORDER BY id LIMIT ? OFFSET ?",
                                 (limit, offset)).fetchall()
        return self._with_orders(rows)

    def closed_count(self) -> int:
        return self.db().execute("SELECT count(id) FROM trades WHERE is_open = 0").fetchone()[0]


def parse_date(text: Optional[str]) -> Optional[datetime]:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def date_str(value: Optional[datetime]) -> Optional[str]:
    return None if value is None else value.strftime(DATE_FORMAT)


def millis(value: Optional[datetime]) -> Optional[int]:
    return None if value is None else int(value.timestamp() * 1000)


def is_filled(order: Dict[str, Any]) -> bool:
    return not order["ft_is_open"] and (order["filled"] or 0) > 0 and order["status"] in NON_OPEN_STATES


def order_json(order: Dict[str, Any], entry_side: str) -> Dict[str, Any]:
    placed = parse_date(order["order_date"])
    filled_at = parse_date(order["order_filled_date"])
    price = order["average"] or order["price"] or order["stop_price"] or order["ft_price"]
    return {
        "amount": order["amount"] or order["ft_amount"],
        "safe_price": price,
        "ft_order_side": order["ft_order_side"],
        "order_filled_timestamp": millis(filled_at),
        "ft_is_entry": order["ft_order_side"] == entry_side,
        "ft_order_tag": order["ft_order_tag"],
        "pair": order["ft_pair"],
        "order_id": order["order_id"],
        "status": order["status"],
        "average": round(order["average"], 8) if order["average"] else 0,
        "cost": order["cost"] or 0,
        "filled": order["filled"],
        "is_open": bool(order["ft_is_open"]),
        "order_date": date_str(placed),
        "order_timestamp": millis(placed),
        "order_filled_date": date_str(filled_at),
        "order_type": order["order_type"],
        "price": order["price"],
        "remaining": order["remaining"],
        "ft_fee_base": order["ft_fee_base"],
        "funding_fee": order["funding_fee"],
    }


def trade_json(t: Dict[str, Any]) -> Dict[str, Any]:
    entry_side = "sell" if t["is_short"] else "buy"
    orders = [o for o in t["orders"] if is_filled(o) or (o["ft_is_open"] and o["status"] is not None)]
    entry_fills = [parse_date(o["order_filled_date"]) for o in t["orders"]
                   if o["ft_order_side"] == entry_side and is_filled(o) and o["order_filled_date"]]
    open_date = parse_date(t["open_date"])
    close_date = parse_date(t["close_date"])
    entry_fill = min(entry_fills) if entry_fills else None
    duration = int((close_date - open_date).total_seconds()) if close_date else None
    profit = t["close_profit"]
    stop_pct = t["stop_loss_pct"]
    initial_pct = t["initial_stop_loss_pct"]
    pair = t["pair"]
    return {
        "trade_id": t["id"],
        "pair": pair,
        "base_currency": t["base_currency"] or pair.split("/")[0],
        "quote_currency": t["stake_currency"] or pair.split("/")[1].split(":")[0],
        "is_open": bool(t["is_open"]),
        "exchange": t["exchange"],
        "amount": round(t["amount"], 8),
        "amount_requested": round(t["amount_requested"], 8) if t["amount_requested"] else None,
        "stake_amount": round(t["stake_amount"], 8),
        "max_stake_amount": round(t["max_stake_amount"], 8) if t["max_stake_amount"] else None,
        "strategy": t["strategy"],
        "enter_tag": t["enter_tag"],
        "timeframe": t["timeframe"],
        "fee_open": t["fee_open"],
        "fee_open_cost": t["fee_open_cost"],
        "fee_open_currency": t["fee_open_currency"],
        "fee_close": t["fee_close"],
        "fee_close_cost": t["fee_close_cost"],
        "fee_close_currency": t["fee_close_currency"],
        "open_date": date_str(open_date),
        "open_timestamp": millis(open_date),
        "open_fill_date": date_str(entry_fill),
        "open_fill_timestamp": millis(entry_fill),
        "open_rate": t["open_rate"],
        "open_rate_requested": t["open_rate_requested"],
        "open_trade_value": round(t["open_trade_value"], 8),
        "close_date": date_str(close_date),
        "close_timestamp": millis(close_date),
        "realized_profit": t["realized_profit"] or 0.0,
        "realized_profit_ratio": profit or None,
        "close_rate": t["close_rate"],
        "close_rate_requested": t["close_rate_requested"],
        "close_profit": profit,
        "close_profit_pct": round(profit * 100, 2) if profit else None,
        "close_profit_abs": t["close_profit_abs"],
        "trade_duration_s": duration,
        "trade_duration": duration // 60 if duration is not None else None,
        "profit_ratio": profit,
        "profit_pct": round(profit * 100, 2) if profit else None,
        "profit_abs": t["close_profit_abs"],
        "exit_reason": t["exit_reason"],
        "exit_order_status": t["exit_order_status"],
        "stop_loss_abs": t["stop_loss"],
        "stop_loss_ratio": stop_pct or None,
        "stop_loss_pct": stop_pct * 100 if stop_pct else None,
        "stoploss_last_update": None,
        "stoploss_last_update_timestamp": None,
        "initial_stop_loss_abs": t["initial_stop_loss"],
        "initial_stop_loss_ratio": initial_pct or None,
        "initial_stop_loss_pct": initial_pct * 100 if initial_pct else None,
        "min_rate": t["min_rate"],
        "max_rate": t["max_rate"],
        "leverage": t["leverage"],
        "interest_rate": t["interest_rate"],
        "liquidation_price": t["liquidation_price"],
        "is_short": bool(t["is_short"]),
        "trading_mode": (t["trading_mode"] or "spot").lower(),
        "funding_fees": t["funding_fees"],
        "amount_precision": t["amount_precision"],
        "price_precision": t["price_precision"],
        "precision_mode": t["precision_mode"],
        "precision_mode_price": t["precision_mode_price"],
        "contract_size": t["contract_size"],
        "has_open_orders": any(o["ft_is_open"] and o["ft_order_side"] != "stoploss" for o in t["orders"]),
        "orders": [order_json(o, entry_side) for o in orders],
    }


def profit_at(t: Dict[str, Any], rate: float) -> Dict[str, float]:
    """Spot profit of closing the whole position at `rate`, fees included (freqtrade's calculate_profit)."""
    open_value = t["open_trade_value"]
    close_value = t["amount"] * rate * (1 - t["fee_close"])
    profit_abs = close_value - open_value
    ratio = round((close_value / open_value - 1) * t["leverage"], 8)
    total_abs = profit_abs + (t["realized_profit"] or 0.0)
    total_ratio = round(total_abs / t["max_stake_amount"] * t["leverage"], 8) if t["max_stake_amount"] else 0.0
    return {"abs": round(profit_abs, 8), "ratio": ratio, "total": round(profit_abs, 8) + (t["realized_profit"] or 0.0),
            "total_ratio": total_ratio}


def open_trade_json(t: Dict[str, Any], current_rate: float) -> Dict[str, Any]:
    current = profit_at(t, current_rate)
    stop_entry = profit_at(t, t["stop_loss"])
    stop_dist = t["stop_loss"] - current_rate
    stop_dist_ratio = stop_dist / current_rate
    result = trade_json(t)
    result.update(
        close_profit=None,
        current_rate=current_rate,
        profit_ratio=current["ratio"],
        profit_pct=round(current["ratio"] * 100, 2),
        profit_abs=current["abs"],
        profit_fiat=None,
        total_profit_abs=current["total"],
        total_profit_fiat=None,
        total_profit_ratio=current["total_ratio"],
        stoploss_current_dist=stop_dist,
        stoploss_current_dist_ratio=round(stop_dist_ratio, 8),
        stoploss_current_dist_pct=round(stop_dist_ratio * 100, 2),
        stoploss_entry_dist=stop_entry["abs"],
        stoploss_entry_dist_ratio=round(stop_entry["ratio"], 8),
        open_orders=", ".join(f"({o['order_type']} {o['side']} rem={o['remaining'] or 0:.8f})"
                              for o in t["orders"] if o["ft_is_open"] and o["ft_order_side"] != "stoploss"),
    )
    return result


def create_app(store: TradeStore, user: str, password: str, response_model: bool) -> FastAPI:
    # a fixed rate per pair, read once: freqtrade answers /status from its cached exchange rates
    rates = {t["pair"]: round(t["open_rate"] * 1.01, 10) for t in store.open_trades()}
    security = HTTPBasic(auto_error=False)

    def basic_auth(credentials: Optional[HTTPBasicCredentials] = Depends(security)) -> str:
        if credentials and secrets.compare_digest(credentials.username, user) \
                and secrets.compare_digest(credentials.password, password):
            return credentials.username
        raise HTTPException(status_code=401, detail="Unauthorized")

    public = APIRouter()
    private = APIRouter()

    @public.get("/ping", response_model=Ping)
    def ping():
        return {"status": "pong"}

    @private.get("/status", response_model=List[OpenTradeModel] if response_model else None)
    def status():
        return [open_trade_json(t, rates[t["pair"]]) for t in store.open_trades()]

    @private.get("/trades")
    def trades(limit: int = 500, offset: int = 0):
        page = [trade_json(t) for t in store.closed_page(limit, offset)]
        return {"trades": page, "trades_count": len(page), "offset": offset, "total_trades": store.closed_count()}

    app = FastAPI(title="hertz-bench peer", docs_url=None, redoc_url=None, openapi_url=None,
                  default_response_class=FastJSONResponse)
    app.include_router(public, prefix="/api/v1")
    app.include_router(private, prefix="/api/v1", dependencies=[Depends(basic_auth)])
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the SQLite trade database")
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--no-response-model", action="store_true",
                        help="skip FastAPI's response validation on /status")
    args = parser.parse_args()

    app = create_app(TradeStore(args.db), args.user, args.password, not args.no_response_model)
    # proto IPPROTO_TCP, as uvicorn's own bind gets it: asyncio sets TCP_NODELAY only on such sockets,
    # and without it each response's body waits for the client's delayed ACK of its headers (~40 ms)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    sock.listen(2048)  # listening before the ready line; connections queue until uvicorn's loop accepts
    config = uvicorn.Config(app, workers=1, log_config=None, log_level="warning", access_log=False,
                            use_colors=False)
    print(f"peer: python {sys.version.split()[0]}, json {'rapidjson' if rapidjson else 'stdlib json'}, "
          f"response model on /status: {not args.no_response_model}", flush=True)
    print(f"LISTENING {sock.getsockname()[1]}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
