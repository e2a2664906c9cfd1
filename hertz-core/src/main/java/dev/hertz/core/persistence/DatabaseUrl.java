package dev.hertz.core.persistence;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A freqtrade {@code db_url} (SQLAlchemy URL syntax) translated to what JDBC needs.
 *
 * <p>Accepted forms, as SQLAlchemy reads them:
 * <ul>
 *   <li>{@code sqlite:///relative/path.sqlite} (resolved against a working directory),
 *       {@code sqlite:////absolute/path.sqlite} (the fourth slash starts the absolute path);</li>
 *   <li>{@code sqlite://}: an in-memory database ({@code sqlite:///} alone is refused, as freqtrade does);</li>
 *   <li>{@code postgresql://user:password@host:port/database?param=value}, also with the schemes
 *       {@code postgresql+psycopg2}, {@code postgresql+psycopg} and {@code postgres}.</li>
 * </ul>
 *
 * <p>{@link #toString()} never shows the password.
 *
 * @param kind       which kind of database
 * @param original   the URL as the user wrote it
 * @param sqlitePath the database file for {@link Kind#SQLITE_FILE}, else null
 * @param jdbcUrl    the JDBC URL (for in-memory SQLite, a unique shared-cache memory URI)
 * @param user       PostgreSQL user or null
 * @param password   PostgreSQL password or null
 */
public record DatabaseUrl(Kind kind, String original, Path sqlitePath, String jdbcUrl, String user,
                          String password) {

    /** The kinds of database Hertz can open. */
    public enum Kind { SQLITE_FILE, SQLITE_MEMORY, POSTGRESQL }

    static final String SUPPORTED = "supported: sqlite:///<relative path>, sqlite:////<absolute path>, "
            + "sqlite:// (in-memory), postgresql://user:password@host:port/database "
            + "(also postgresql+psycopg2://, postgresql+psycopg://, postgres://)";

    /** SQLAlchemy's own URL grammar: user, password up to the last '@', host or [ipv6], port, database, query. */
    private static final Pattern PG = Pattern.compile(
            "(?<scheme>[\\w+]+)://"
                    + "(?:(?<user>[^:/]*)(?::(?<password>[^@]*))?@)?"
                    + "(?:\\[(?<ipv6>[^/?]+)]|(?<host>[^/:?]+))?"
                    + "(?::(?<port>[^/?]*))?"
                    + "(?:/(?<database>[^?]*))?"
                    + "(?:\\?(?<query>.*))?");

    private static final Pattern CREDENTIALS = Pattern.compile("^([^:/]+://[^:/@]*:)[^@]*@");

    /**
     * Parses a {@code db_url}.
     *
     * @param url     the URL from the config or command line
     * @param workDir directory against which relative SQLite paths are resolved
     * @throws PersistenceException when the URL is malformed or its scheme is not supported
     */
    public static DatabaseUrl parse(String url, Path workDir) {
        if (url == null || url.isBlank()) {
            throw new PersistenceException("db_url is empty; " + SUPPORTED);
        }
        String u = url.strip();
        if (u.equals("sqlite:///")) {
            throw new PersistenceException("Bad db_url 'sqlite:///'. For an in-memory database, please use 'sqlite://'.");
        }
        if (u.equals("sqlite://")) {
            String name = "hertz-memory-" + java.util.UUID.randomUUID();
            return new DatabaseUrl(Kind.SQLITE_MEMORY, u, null,
                    "jdbc:sqlite:file:" + name + "?mode=memory&cache=shared", null, null);
        }
        if (u.startsWith("sqlite:///")) {
            return sqliteFile(u, u.substring("sqlite:///".length()), workDir);
        }
        if (u.startsWith("sqlite:")) {
            throw new PersistenceException("Invalid SQLite db_url '" + mask(u) + "': expected sqlite:///<path> or sqlite://; "
                    + SUPPORTED);
        }
        String scheme = u.contains("://") ? u.substring(0, u.indexOf("://")) : "";
        if (scheme.equals("postgresql") || scheme.equals("postgresql+psycopg2")
                || scheme.equals("postgresql+psycopg") || scheme.equals("postgres")) {
            return postgres(u);
        }
        throw new PersistenceException("Given value for db_url: '" + mask(u) + "' is no valid database URL ("
                + (scheme.isEmpty() ? "no scheme" : "unsupported scheme '" + scheme + "'") + "); " + SUPPORTED);
    }

    private static DatabaseUrl sqliteFile(String url, String rawPath, Path workDir) {
        if (rawPath.contains("?")) {
            throw new PersistenceException("SQLite db_url '" + url + "' has query parameters, which Hertz does not support; "
                    + "use sqlite:///<path> without '?'.");
        }
        Path path = rawPath.startsWith("/") ? Path.of(rawPath) : workDir.resolve(rawPath);
        path = path.toAbsolutePath().normalize();
        return new DatabaseUrl(Kind.SQLITE_FILE, url, path, "jdbc:sqlite:" + path, null, null);
    }

    private static DatabaseUrl postgres(String url) {
        Matcher m = PG.matcher(url);
        if (!m.matches()) {
            throw new PersistenceException("Malformed PostgreSQL db_url '" + mask(url) + "'; " + SUPPORTED);
        }
        String database = decode(m.group("database"));
        if (database == null || database.isEmpty()) {
            throw new PersistenceException("PostgreSQL db_url '" + mask(url) + "' names no database; "
                    + "expected postgresql://user:password@host:port/database");
        }
        String host = m.group("ipv6") != null ? "[" + m.group("ipv6") + "]"
                : m.group("host") != null && !m.group("host").isEmpty() ? m.group("host") : "localhost";
        String port = m.group("port");
        if (port != null && !port.isEmpty() && !port.chars().allMatch(Character::isDigit)) {
            throw new PersistenceException("PostgreSQL db_url '" + mask(url) + "' has an invalid port '" + port + "'");
        }
        String jdbc = "jdbc:postgresql://" + host + ":" + (port == null || port.isEmpty() ? "5432" : port)
                + "/" + m.group("database") + (m.group("query") != null ? "?" + m.group("query") : "");
        String user = decode(m.group("user"));
        return new DatabaseUrl(Kind.POSTGRESQL, url, null, jdbc, user == null || user.isEmpty() ? null : user,
                decode(m.group("password")));
    }

    private static String decode(String s) {
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** Replaces the password of a {@code scheme://user:password@...} URL by {@code ***}. */
    public static String mask(String url) {
        return url == null ? null : CREDENTIALS.matcher(url).replaceFirst("$1***@");
    }

    /** True for both SQLite kinds. */
    public boolean isSqlite() {
        return kind != Kind.POSTGRESQL;
    }

    /** The URL with its password replaced by {@code ***}. */
    public String masked() {
        return mask(original);
    }

    @Override
    public String toString() {
        return masked();
    }
}
