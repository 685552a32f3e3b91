package io.communitypulse.api.alerts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.communitypulse.events.alert.Alert;

/** An alert as the API serves it: the generic alert's fields, and what operators made of it. */
public record AlertView(@JsonUnwrapped Alert alert, Workflow workflow) {}
