package io.communitypulse.notifier.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** JSON bodies and answers of the robot APIs, which answer HTTP 200 with an error code inside. */
final class RobotJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json; charset=utf-8");

    private RobotJson() {}

    static byte[] bytes(Object body) {
        try {
            return MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An HTTP 200 whose {@code codeField} is 0 is delivered; a code in {@code busyCodes} (rate limit,
     * system busy) is worth retrying; any other code is refused (wrong key, signature, keyword...).
     */
    static Outcome judge(int status, String body, String codeField, int... busyCodes) {
        Outcome http = Outcome.ofHttpStatus(status, body);
        if (http.status() != Outcome.Status.DELIVERED) {
            return http;
        }
        JsonNode answer;
        try {
            answer = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return Outcome.retry("answer is not JSON: " + Outcome.abbreviate(body));
        }
        JsonNode code = answer.get(codeField);
        if (code == null || !code.canConvertToInt()) {
            return Outcome.retry("answer has no " + codeField + ": " + Outcome.abbreviate(body));
        }
        if (code.asInt() == 0) {
            return Outcome.delivered();
        }
        String error = codeField + " " + code.asInt() + ": " + Outcome.abbreviate(body);
        for (int busy : busyCodes) {
            if (code.asInt() == busy) {
                return Outcome.retry(error);
            }
        }
        return Outcome.refused(error);
    }
}
