package io.communitypulse.runtime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} flags and {@code --switch} switches after a subcommand. */
record CommandLine(Map<String, String> flags, List<String> positional) {

    static CommandLine parse(List<String> args) {
        Map<String, String> flags = new HashMap<>();
        List<String> positional = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                boolean hasValue = i + 1 < args.size() && !args.get(i + 1).startsWith("--");
                flags.put(arg.substring(2), hasValue ? args.get(++i) : "true");
            } else {
                positional.add(arg);
            }
        }
        return new CommandLine(flags, positional);
    }

    String get(String name, String fallback) {
        return flags.getOrDefault(name, fallback);
    }

    int getInt(String name, int fallback) {
        String value = flags.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, not '" + value + "'");
        }
    }
}
