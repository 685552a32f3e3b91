package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.EventParser;
import io.communitypulse.events.ParseResult;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.OrderItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueTest {

    @Test
    void catalogueFileHasEveryBrandAndEverySkuOrdersReference(@TempDir Path dir) throws Exception {
        // Given
        Simulation simulation = Simulation.create(SimulatorConfig.defaults().withDuration(Duration.ofMinutes(5)));
        JsonlOutput.write(simulation, dir);

        // When
        JsonNode brands = EventJson.mapper().readTree(Files.readString(dir.resolve(JsonlOutput.CATALOGUE))).get("brands");

        // Then
        Map<String, String> nameBySku = new HashMap<>();
        Set<String> brandOfSku = new HashSet<>();
        brands.properties().forEach(brand -> brand.getValue().forEach(product -> {
            assertThat(product.get("aliases").isArray()).isTrue();
            assertThat(nameBySku.put(product.get("sku").asText(), product.get("name").asText())).isNull();
            brandOfSku.add(brand.getKey() + "/" + product.get("sku").asText());
        }));
        assertThat(brands.size()).isEqualTo(4);
        var orders = Files.readAllLines(dir.resolve(JsonlOutput.EVENTS)).stream()
                .filter(l -> l.contains("\"type\":\"order\""))
                .map(CatalogueTest::order)
                .toList();
        assertThat(orders).isNotEmpty();
        for (OrderEvent order : orders) {
            for (OrderItem item : order.items()) {
                assertThat(brandOfSku).contains(order.brandId() + "/" + item.sku());
                assertThat(item.name()).isEqualTo(nameBySku.get(item.sku()));
            }
        }
    }

    private static OrderEvent order(String line) {
        return (OrderEvent) ((ParseResult.Accepted) new EventParser().parse(line)).event();
    }

    @Test
    void aliasesAreUniqueWithinABrand() {
        for (Brand brand : Catalogue.standard().brands()) {
            Set<String> seen = new HashSet<>();
            brand.products().forEach(p -> {
                assertThat(seen.add(p.name())).as(p.name()).isTrue();
                p.aliases().forEach(a -> assertThat(seen.add(a)).as(a).isTrue());
            });
        }
    }
}
