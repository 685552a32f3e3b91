package io.communitypulse.pipeline.storage;

import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.OrderItem;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Order events into {@code orders} (sql/004), items as parallel arrays. */
public final class OrdersTable implements TableWriter<OrderEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO orders (brand_id, event_id, order_id, customer_id, status, amount, currency, item_skus,"
                + " item_quantities, item_unit_prices, group_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, OrderEvent order) throws SQLException {
        statement.setString(1, order.brandId());
        statement.setString(2, order.eventId());
        statement.setString(3, order.orderId());
        statement.setString(4, order.customerId());
        statement.setString(5, order.status().wireName());
        statement.setBigDecimal(6, order.amount());
        statement.setString(7, order.currency());
        Columns.stringArray(statement, 8, order.items().stream().map(OrderItem::sku).toList());
        statement.setObject(9, order.items().stream().mapToLong(OrderItem::quantity).toArray());
        statement.setObject(10, order.items().stream()
                .map(item -> item.unitPrice() == null ? BigDecimal.ZERO : item.unitPrice()).toArray(BigDecimal[]::new));
        Columns.nullableAsEmpty(statement, 11, order.groupId());
        Columns.dateTime(statement, 12, order.occurredAt().toEpochMilli());
    }
}
