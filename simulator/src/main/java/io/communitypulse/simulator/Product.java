package io.communitypulse.simulator;

import java.math.BigDecimal;
import java.util.List;

/** A catalogue product: members call it by its name or by one of its aliases. */
public record Product(String sku, String name, List<String> aliases, BigDecimal unitPrice) {

    public Product {
        aliases = List.copyOf(aliases);
    }

    static Product of(String sku, String name, String price, String... aliases) {
        return new Product(sku, name, List.of(aliases), new BigDecimal(price));
    }
}
