package dev.hertz.core.strategy.ta;

import com.tictactec.ta.lib.MAType;

/**
 * Moving-average kinds TA-Lib can use inside composite indicators (the {@code matype} argument of
 * {@code ta.STOCH}, {@code ta.STOCHF}, {@code ta.STOCHRSI}); in TA-Lib's numbering, 0 = SMA.
 */
public enum MaType {
    SMA(MAType.Sma),
    EMA(MAType.Ema),
    WMA(MAType.Wma),
    DEMA(MAType.Dema),
    TEMA(MAType.Tema),
    TRIMA(MAType.Trima),
    KAMA(MAType.Kama),
    MAMA(MAType.Mama),
    T3(MAType.T3);

    private final MAType talib;

    MaType(MAType talib) {
        this.talib = talib;
    }

    MAType talib() {
        return talib;
    }
}
