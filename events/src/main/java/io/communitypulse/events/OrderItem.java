package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One line of an order: a catalogue SKU, how many, at what unit price (yuan).
 *
 * @param quantity required on the wire: an absent one is a missing field, not 0
 */
public record OrderItem(String sku, String name, @JsonProperty(required = true) int quantity, BigDecimal unitPrice) {}
