package dev.hertz.api.schema;

import java.util.List;

/** {@code /freqaimodels}: Hertz has no FreqAI, so the list is empty (FreqUI then hides the model picker). */
public record FreqAiModelList(List<String> freqaimodels) {
}
