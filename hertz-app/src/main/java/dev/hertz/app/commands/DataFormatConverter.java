package dev.hertz.app.commands;

import dev.hertz.core.data.history.DataFormat;
import picocli.CommandLine;

/** Turns {@code --data-format-ohlcv}, {@code --format-from}, {@code --format-to} values into formats; picocli names the option on error. */
final class DataFormatConverter implements CommandLine.ITypeConverter<DataFormat> {
    @Override
    public DataFormat convert(String value) {
        try {
            return DataFormat.fromValue(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
