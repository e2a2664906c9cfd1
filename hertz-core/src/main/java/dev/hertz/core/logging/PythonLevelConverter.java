package dev.hertz.core.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback {@code %pyLevel}: level names as freqtrade users see them ({@code WARNING}, not {@code WARN}). */
public final class PythonLevelConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LogRing.pythonLevelName(event.getLevel());
    }
}
