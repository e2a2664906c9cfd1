package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.config.ConfigException;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The loss functions by name (reference bot-core §8.3): freqtrade's built-ins and user classes.
 * Lookup order is freqtrade's: {@code --hyperopt-path}, then {@code <user_data_dir>/hyperopts},
 * then the built-ins, so a user class may replace a built-in of the same name.
 */
public final class HyperOptLosses {
    /** A loss function's name and documentation text ({@code /hyperoptloss}). */
    public record Description(String name, String description) {
    }

    static final String BUILTIN = "<builtin>";

    private record Builtin(Supplier<HyperOptLoss> create, String description) {
    }

    private static final Map<String, Builtin> BUILTINS = builtins();

    private HyperOptLosses() {
    }

    private static Map<String, Builtin> builtins() {
        Map<String, Builtin> b = new LinkedHashMap<>();
        b.put("ShortTradeDurHyperOptLoss", new Builtin(ShortTradeDurHyperOptLoss::new, ShortTradeDurHyperOptLoss.DESCRIPTION));
        b.put("DefaultHyperOptLoss", new Builtin(ShortTradeDurHyperOptLoss::new, ShortTradeDurHyperOptLoss.DESCRIPTION));
        b.put("OnlyProfitHyperOptLoss", new Builtin(OnlyProfitHyperOptLoss::new, OnlyProfitHyperOptLoss.DESCRIPTION));
        b.put("SharpeHyperOptLoss", new Builtin(SharpeHyperOptLoss::new, SharpeHyperOptLoss.DESCRIPTION));
        b.put("SharpeHyperOptLossDaily", new Builtin(SharpeHyperOptLossDaily::new, SharpeHyperOptLossDaily.DESCRIPTION));
        b.put("SortinoHyperOptLoss", new Builtin(SortinoHyperOptLoss::new, SortinoHyperOptLoss.DESCRIPTION));
        b.put("SortinoHyperOptLossDaily", new Builtin(SortinoHyperOptLossDaily::new, SortinoHyperOptLossDaily.DESCRIPTION));
        b.put("CalmarHyperOptLoss", new Builtin(CalmarHyperOptLoss::new, CalmarHyperOptLoss.DESCRIPTION));
        b.put("MaxDrawDownHyperOptLoss", new Builtin(MaxDrawDownHyperOptLoss::new, MaxDrawDownHyperOptLoss.DESCRIPTION));
        b.put("MaxDrawDownRelativeHyperOptLoss", new Builtin(MaxDrawDownRelativeHyperOptLoss::new,
                MaxDrawDownRelativeHyperOptLoss.DESCRIPTION));
        b.put("ProfitDrawDownHyperOptLoss", new Builtin(ProfitDrawDownHyperOptLoss::new,
                ProfitDrawDownHyperOptLoss.DESCRIPTION));
        b.put("MultiMetricHyperOptLoss", new Builtin(MultiMetricHyperOptLoss::new, MultiMetricHyperOptLoss.DESCRIPTION));
        return Map.copyOf(b);
    }

    /**
     * Built-in by name (freqtrade's names, {@code DefaultHyperOptLoss} alias), else a user class of
     * that name in {@code <userDataDir>/hyperopts}.
     *
     * @param userDataDir null when there is none to search
     * @throws ConfigException when the name is empty or no such loss exists, listing the valid names
     */
    public static HyperOptLoss byName(String name, Path userDataDir) {
        return byName(name, userDataDir, null);
    }

    /**
     * As {@link #byName(String, Path)}, searching {@code hyperoptPath} ({@code --hyperopt-path}) first.
     *
     * @param hyperoptPath null without an extra folder
     */
    public static HyperOptLoss byName(String name, Path userDataDir, Path hyperoptPath) {
        if (name == null || name.isBlank()) {
            throw new ConfigException("No Hyperopt loss set. Please use `--hyperopt-loss` to specify the Hyperopt-Loss "
                    + "class to use.\nBuilt-in Hyperopt-loss-functions are: " + String.join(", ", builtinNames()));
        }
        List<UserLossSearch.Found> failed = new ArrayList<>();
        TreeSet<String> valid = new TreeSet<>(BUILTINS.keySet());
        for (Path folder : folders(userDataDir, hyperoptPath)) {
            for (UserLossSearch.Found f : UserLossSearch.scan(folder)) {
                if (f.loaded() && f.name().equals(name)) {
                    return instantiate(f.type());
                }
                if (f.loaded()) {
                    valid.add(f.name());
                } else {
                    failed.add(f);
                }
            }
        }
        Builtin builtin = BUILTINS.get(name);
        if (builtin != null) {
            return builtin.create().get();
        }
        StringBuilder message = new StringBuilder("Impossible to load HyperoptLoss '").append(name)
                .append("'. This class does not exist or contains Java code errors. Valid loss functions are: ")
                .append(String.join(", ", valid)).append('.');
        for (UserLossSearch.Found f : failed) {
            message.append("\nCould not load `").append(f.file()).append("`: ").append(f.problem());
        }
        throw new ConfigException(message.toString());
    }

    /** Every loss function that loads, with its description, sorted by name; a user class hides a built-in of its name. */
    public static List<Description> available(Path userDataDir) {
        return available(userDataDir, null);
    }

    /** As {@link #available(Path)}, with {@code hyperoptPath} searched first. */
    public static List<Description> available(Path userDataDir, Path hyperoptPath) {
        Map<String, Description> byName = new LinkedHashMap<>();
        for (LossListing l : list(userDataDir, hyperoptPath)) {
            if (l.loaded()) {
                byName.putIfAbsent(l.name(), new Description(l.name(), l.description()));
            }
        }
        return byName.values().stream().sorted(Comparator.comparing(Description::name)).toList();
    }

    /**
     * Every entry for {@code list-hyperoptloss}: user classes (and files that failed) in search
     * order, then the built-ins, sorted by name (stable, so the one that wins a duplicate name
     * comes first); duplicate names are marked.
     */
    public static List<LossListing> list(Path userDataDir, Path hyperoptPath) {
        List<LossListing> rows = new ArrayList<>();
        for (Path folder : folders(userDataDir, hyperoptPath)) {
            for (UserLossSearch.Found f : UserLossSearch.scan(folder)) {
                rows.add(new LossListing(f.name(), f.location(), f.loaded() ? LossListing.OK : LossListing.LOAD_FAILED,
                        f.description(), f.problem()));
            }
        }
        BUILTINS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                rows.add(new LossListing(e.getKey(), BUILTIN, LossListing.OK, e.getValue().description(), null)));
        Map<String, Integer> count = new HashMap<>();
        rows.stream().filter(LossListing::loaded).forEach(r -> count.merge(r.name(), 1, Integer::sum));
        List<LossListing> marked = new ArrayList<>();
        for (LossListing r : rows) {
            boolean duplicate = r.loaded() && count.get(r.name()) > 1;
            marked.add(duplicate ? new LossListing(r.name(), r.location(), LossListing.DUPLICATE_NAME, r.description(),
                    null) : r);
        }
        marked.sort(Comparator.comparing(LossListing::name));
        return List.copyOf(marked);
    }

    /** The names {@code --hyperopt-loss} accepts without user classes, sorted. */
    public static List<String> builtinNames() {
        return List.copyOf(new TreeSet<>(BUILTINS.keySet()));
    }

    private static List<Path> folders(Path userDataDir, Path hyperoptPath) {
        List<Path> folders = new ArrayList<>();
        if (hyperoptPath != null) {
            folders.add(hyperoptPath);
        }
        if (userDataDir != null) {
            folders.add(userDataDir.resolve("hyperopts"));
        }
        return folders;
    }

    private static HyperOptLoss instantiate(Class<? extends HyperOptLoss> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new ConfigException("HyperoptLoss '" + type.getSimpleName() + "' needs a public constructor without "
                    + "arguments.");
        } catch (InvocationTargetException e) {
            throw new ConfigException("HyperoptLoss '" + type.getSimpleName() + "' failed in its constructor: "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new ConfigException("HyperoptLoss '" + type.getSimpleName() + "' cannot be created: " + e, e);
        }
    }
}
