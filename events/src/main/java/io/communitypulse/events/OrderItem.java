package io.communitypulse.events;

import java.math.BigDecimal;

/** One line of an order: a catalogue SKU, how many, at what unit price (yuan). */
public record OrderItem(String sku, String name, int quantity, BigDecimal unitPrice) {}
