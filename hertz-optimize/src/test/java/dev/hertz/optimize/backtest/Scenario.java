package dev.hertz.optimize.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hand-made case of freqtrade's {@code test_backtest_detail}, read from the table in
 * {@code bot-core.md} §11.3: settings, candles with signals, expected trades and profit sum.
 */
record Scenario(int number, Settings settings, List<Candle> candles, List<Expected> trades, double profitSum,
                String description) {

    record Settings(double stoploss, Map<String, Double> roi, boolean exitSignal, boolean trailing,
                    boolean onlyOffset, Double trailingPositive, double trailingOffset, boolean customStoploss,
                    Double customEntry, Double customExit, Integer timeout, boolean adjustEntryGiven,
                    Double adjustEntry, double leverage) {
    }

    record Candle(double open, double high, double low, double close, boolean enterLong, boolean exitLong,
                  boolean enterShort, boolean exitShort, String enterTag) {
    }

    record Expected(String reason, int openTick, int closeTick, boolean isShort, String enterTag) {
    }

    private static final Pattern CANDLE = Pattern.compile(
            "(\\d+):([\\d.]+)/([\\d.]+)/([\\d.]+)/([\\d.]+)\\s*(?:\\*\\*([A-Z+]+)\\*\\*)?\\s*(?:tag=(\\S+))?");
    private static final Pattern TRADE = Pattern.compile(
            "(\\w+) (\\d+)→(\\d+)( short)?(?: tag=(\\S+))?");

    /** Every scenario row of the table. */
    static List<Scenario> parseTable(String markdown) {
        int start = markdown.indexOf("### 11.3");
        int end = markdown.indexOf("### 11.4");
        List<Scenario> result = new ArrayList<>();
        for (String line : markdown.substring(start, end).split("\n")) {
            if (!line.matches("\\| \\d+ \\|.*")) {
                continue;
            }
            String[] cells = line.split("\\|");
            result.add(new Scenario(Integer.parseInt(cells[1].trim()), settings(cells[2].trim()),
                    candles(cells[3].trim()), trades(cells[4].trim()), Double.parseDouble(cells[5].trim()),
                    cells[6].trim()));
        }
        return result;
    }

    private static Settings settings(String text) {
        double stoploss = 0;
        Map<String, Double> roi = new LinkedHashMap<>();
        boolean exitSignal = false;
        boolean trailing = false;
        boolean onlyOffset = false;
        Double tsp = null;
        double tspOffset = 0;
        boolean customSl = false;
        Double customEntry = null;
        Double customExit = null;
        Integer timeout = null;
        boolean adjustGiven = false;
        Double adjust = null;
        double leverage = 1.0;
        String roiText = text.replaceAll(".*roi (\\{[^}]*}).*", "$1");
        for (String entry : roiText.replaceAll("[{}\"]", "").split(",")) {
            if (!entry.isBlank()) {
                String[] kv = entry.split(":");
                roi.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            }
        }
        for (String part : text.replaceAll("roi \\{[^}]*}", "").split(",")) {
            String[] words = part.trim().split(" ");
            switch (words[0]) {
                case "sl" -> stoploss = Double.parseDouble(words[1]);
                case "exit_sig" -> exitSignal = true;
                case "tsl" -> trailing = true;
                case "only_offset" -> onlyOffset = true;
                case "tsp" -> tsp = Double.parseDouble(words[1]);
                case "tsp_offset" -> tspOffset = Double.parseDouble(words[1]);
                case "custom_sl" -> customSl = true;
                case "cust_entry" -> customEntry = Double.parseDouble(words[1]);
                case "cust_exit" -> customExit = Double.parseDouble(words[1]);
                case "timeout" -> timeout = Integer.parseInt(words[1]);
                case "adj_entry" -> {
                    adjustGiven = true;
                    adjust = words[1].equals("None") ? null : Double.parseDouble(words[1]);
                }
                case "lev" -> leverage = Double.parseDouble(words[1]);
                case "" -> {
                }
                default -> throw new IllegalArgumentException("unknown setting '" + part + "' in: " + text);
            }
        }
        return new Settings(stoploss, roi, exitSignal, trailing, onlyOffset, tsp, tspOffset, customSl, customEntry,
                customExit, timeout, adjustGiven, adjust, leverage);
    }

    private static List<Candle> candles(String text) {
        List<Candle> result = new ArrayList<>();
        for (String part : text.split("<br>")) {
            Matcher m = CANDLE.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("unreadable candle: " + part);
            }
            String signals = m.group(6) == null ? "" : m.group(6);
            List<String> flags = List.of(signals.split("\\+"));
            result.add(new Candle(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), flags.contains("EL"),
                    flags.contains("XL"), flags.contains("ES"), flags.contains("XS"), m.group(7)));
        }
        return result;
    }

    private static List<Expected> trades(String text) {
        List<Expected> result = new ArrayList<>();
        if (text.equals("none")) {
            return result;
        }
        for (String part : text.split(";")) {
            Matcher m = TRADE.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("unreadable trade: " + part);
            }
            result.add(new Expected(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) != null, m.group(5)));
        }
        return result;
    }

    @Override
    public String toString() {
        return "case " + number + ": " + description;
    }
}
