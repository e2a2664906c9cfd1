package dev.hertz.core.rpc;

import java.util.List;

/**
 * {@code /whitelist}: the active whitelist.
 *
 * @param method the pairlist handler names
 */
public record WhitelistResult(List<String> method, int length, List<String> whitelist) {
    public WhitelistResult {
        method = List.copyOf(method);
        whitelist = List.copyOf(whitelist);
    }
}
