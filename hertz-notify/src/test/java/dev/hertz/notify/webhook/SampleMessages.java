package dev.hertz.notify.webhook;

import dev.hertz.core.rpc.LockJson;
import dev.hertz.core.rpc.RpcMessage;

import java.time.Instant;
import java.util.List;

/** One message of each kind, with the values freqtrade's own tests use for a 0.05 ETH trade. */
public final class SampleMessages {
    public static final Instant OPEN = Instant.parse("2024-03-01T10:00:00Z");
    public static final Instant CLOSE = Instant.parse("2024-03-01T10:10:30.500Z");

    private SampleMessages() {
    }

    public static RpcMessage.EntryInfo entryInfo() {
        return new RpcMessage.EntryInfo(7, "breakout", "breakout", "Binance", "ETH/USDT", null, "Long", 2000.5,
                2000.5, "limit", 100.025, "USDT", "ETH", "USDT", null, 0.05, OPEN, 2001.0, false);
    }

    public static RpcMessage.Entry entry() {
        return new RpcMessage.Entry(entryInfo());
    }

    public static RpcMessage.EntryFill entryFill() {
        return new RpcMessage.EntryFill(entryInfo());
    }

    public static RpcMessage.EntryCancel entryCancel() {
        return new RpcMessage.EntryCancel(entryInfo(), "cancelled due to timeout");
    }

    /** An exit of the trade with {@code profitRatio} (4.9 USDT of profit when 0.049). */
    public static RpcMessage.ExitInfo exitInfo(double profitRatio) {
        return new RpcMessage.ExitInfo(7, "Binance", "ETH/USDT", null, "Long", profitRatio > 0 ? "profit" : "loss",
                2098.5, 2098.5, "limit", 0.05, 2000.5, 2098.5, null, profitRatio * 100, profitRatio, "breakout",
                "breakout", "roi", OPEN, CLOSE, 100.025, "USDT", "ETH", "USDT", null, false, profitRatio * 100,
                profitRatio, true);
    }

    public static RpcMessage.Exit exit(double profitRatio) {
        return new RpcMessage.Exit(exitInfo(profitRatio));
    }

    public static RpcMessage.ExitFill exitFill(double profitRatio) {
        return new RpcMessage.ExitFill(exitInfo(profitRatio));
    }

    public static RpcMessage.ExitCancel exitCancel() {
        return new RpcMessage.ExitCancel(7, "Binance", "ETH/USDT", null, "Long", "loss", 2098.5, "limit", 0.05,
                2000.5, 1999.0, -0.075, -0.00075, "breakout", "breakout", "roi", OPEN, CLOSE, "USDT", "ETH", "USDT",
                null, "cancelled due to timeout", false, 100.025);
    }

    public static RpcMessage.ProtectionTrigger protectionTrigger() {
        return new RpcMessage.ProtectionTrigger("ETH", new LockJson(3L, "ETH/USDT", "2024-03-01 10:10:30",
                1709287830000L, "2024-03-01 11:10:30", 1709291430000L, "2 stoplosses in 60 min", "long", true));
    }

    public static RpcMessage.Whitelist whitelist() {
        return new RpcMessage.Whitelist(List.of("ETH/USDT", "BTC/USDT"));
    }
}
