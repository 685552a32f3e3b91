package io.communitypulse.pipeline.storage;

import io.communitypulse.pipeline.ingest.DeadLetter;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rejected records into {@code dead_letters} (sql/001). */
public final class DeadLettersTable implements TableWriter<DeadLetter> {

    private static final long serialVersionUID = 1L;

    @Override
    public String insertSql() {
        return "INSERT INTO dead_letters (brand_id, record_key, source, reason, detail, raw_record, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bind(PreparedStatement statement, DeadLetter letter) throws SQLException {
        statement.setString(1, letter.brandId());
        statement.setString(2, letter.recordKey());
        statement.setString(3, letter.source());
        statement.setString(4, letter.reason());
        Columns.nullableAsEmpty(statement, 5, letter.detail());
        statement.setString(6, letter.rawRecord());
        Columns.dateTime(statement, 7, letter.receivedAtMillis());
    }
}
