package io.communitypulse.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for requests a client library would refuse or tidy up before
 * sending (a path with {@code ..}, a 10 KB request line), so the test sees what the server does with them.
 */
final class RawHttp {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    /** A response: status, headers (names case-insensitive) and body text. */
    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private RawHttp() {
    }

    /** Sends {@code method target} with {@code headerLines} ("Name: value" each) and reads the whole response. */
    static Response send(int port, String method, String target, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Response parse(String text) {
        int endOfHead = text.indexOf("\r\n\r\n");
        if (endOfHead < 0) {
            throw new AssertionError("no complete HTTP response: " + text);
        }
        String[] lines = text.substring(0, endOfHead).split("\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim());
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        return new Response(status, headers, text.substring(endOfHead + 4));
    }
}
