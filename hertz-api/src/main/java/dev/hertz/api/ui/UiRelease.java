package dev.hertz.api.ui;

import java.net.URI;

/**
 * One FreqUI release as the GitHub releases list describes it.
 *
 * @param version     the release name, written to {@code .uiversion} (freqtrade uses the name too)
 * @param downloadUrl where its {@code freqUI.zip} asset is downloaded from
 */
public record UiRelease(String version, URI downloadUrl) {
}
