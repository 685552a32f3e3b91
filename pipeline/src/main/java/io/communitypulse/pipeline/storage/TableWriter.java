package io.communitypulse.pipeline.storage;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** How one kind of record becomes a row of one ClickHouse table. */
public interface TableWriter<T> extends Serializable {

    String insertSql();

    void bind(PreparedStatement statement, T record) throws SQLException;
}
