package dev.hertz.api.schema;

import dev.hertz.core.rpc.WhitelistResult;

/** {@code /pairlists/evaluate/{jobid}}: {@code success} with the whitelist, or {@code failed} with the error. */
public record WhitelistEvaluateResponse(String status, WhitelistResult result, String error) {
}
