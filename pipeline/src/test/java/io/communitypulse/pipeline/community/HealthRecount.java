package io.communitypulse.pipeline.community;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Community health worked out again from the raw JSON lines of a replayed file, with plain Java and
 * none of the job's code: the figures of docs/clickhouse.md's definitions, group by group and day by
 * day, as the expected rows of {@code group_health_daily}.
 */
final class HealthRecount {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final long REPLY_HORIZON = 6 * HOUR;
    private static final long SETTLE = Duration.ofMinutes(11).toMillis();

    /** One input event, as the raw JSON says. */
    record Event(String type, String id, String group, long at, JsonNode json) {
        String text(String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }

    private final ZoneId zone;
    private final Map<String, List<Event>> groups = new TreeMap<>();
    private long lastEventAt = Long.MIN_VALUE;

    /** @param lines the valid event records of the file, duplicates included (the first of each id counts) */
    HealthRecount(List<String> lines, ZoneId zone) throws Exception {
        this.zone = zone;
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            JsonNode json = JSON.readTree(line);
            String brand = json.get("brand_id").asText();
            if (!seen.add(brand + "|" + json.get("event_id").asText()) || json.get("group_id") == null
                    || json.get("group_id").isNull()) {
                continue;
            }
            String type = json.get("type").asText();
            String time = switch (type) {
                case "chat_message" -> "sent_at";
                case "group_snapshot" -> "taken_at";
                default -> "occurred_at";
            };
            long at = OffsetDateTime.parse(json.get(time).asText()).toInstant().toEpochMilli();
            lastEventAt = Math.max(lastEventAt, at);
            if (type.equals("order")) {
                continue;
            }
            String key = brand + "|" + json.get("group_id").asText();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Event(type, json.get("event_id").asText(), key, at, json));
        }
        groups.values().forEach(events -> events.sort(Comparator.comparingLong(Event::at)
                .thenComparingInt(HealthRecount::rank).thenComparing(Event::id)));
    }

    Set<String> groupKeys() {
        return groups.keySet();
    }

    List<Event> events(String groupKey) {
        return groups.get(groupKey);
    }

    /** Expected rows by "brand|group|day": the columns in the order of {@link #COLUMNS}. */
    Map<String, List<Long>> expectedRows() {
        Map<String, List<Long>> rows = new LinkedHashMap<>();
        for (Map.Entry<String, List<Event>> group : groups.entrySet()) {
            List<Event> events = group.getValue();
            int first = day(events.get(0).at());
            int last = day(lastEventAt);
            long previousMembers = -1;
            for (int day = first; day <= last; day++) {
                List<Long> row = row(events, day, previousMembers);
                rows.put(group.getKey() + "|" + LocalDate.ofEpochDay(day), row);
                previousMembers = row.get(0);
            }
        }
        return rows;
    }

    static final String COLUMNS = "members, members_at_start, staff, bots, joins, leaves, removals, early_exits,"
            + " daily_senders, active_members_7d, member_messages, staff_messages, bot_messages, member_topics,"
            + " member_replies, ifNull(toUnixTimestamp64Milli(last_member_message_at), -1), day_complete,"
            + " toUnixTimestamp64Milli(as_of)";

    private List<Long> row(List<Event> events, int day, long previousMembers) {
        long start = startOf(day);
        long end = startOf(day + 1);
        Map<String, String> roles = roles(events, end);
        Map<String, Boolean> present = presence(events, end);
        long joins = 0;
        long leaves = 0;
        long removals = 0;
        long[] messages = new long[3];
        Set<String> senders = new HashSet<>();
        for (Event e : events) {
            if (e.at() < start || e.at() >= end) {
                continue;
            }
            if (e.type().equals("membership_change")) {
                switch (e.text("change")) {
                    case "join" -> joins++;
                    case "leave" -> leaves++;
                    default -> removals++;
                }
            } else if (e.type().equals("chat_message")) {
                String role = e.text("sender_role");
                messages[role.equals("member") ? 0 : role.equals("staff") ? 1 : 2]++;
                if (role.equals("member")) {
                    senders.add(e.text("sender_id"));
                }
            }
        }
        long members = 0;
        long staff = 0;
        long bots = 0;
        long active = 0;
        Set<String> spokeThisWeek = spokeBetween(events, startOf(day - 6), end);
        for (Map.Entry<String, Boolean> person : present.entrySet()) {
            if (!person.getValue()) {
                continue;
            }
            String role = roles.getOrDefault(person.getKey(), "member");
            if (role.equals("member")) {
                members++;
                active += spokeThisWeek.contains(person.getKey()) ? 1 : 0;
            } else if (role.equals("staff")) {
                staff++;
            } else {
                bots++;
            }
        }
        long atStart = previousMembers >= 0 ? previousMembers : Math.max(0, members - joins + leaves + removals);
        long lastMember = events.stream().filter(e -> e.type().equals("chat_message") && e.at() < end
                && e.text("sender_role").equals("member")).mapToLong(Event::at).max().orElse(-1);
        return List.of(members, atStart, staff, bots, joins, leaves, removals, earlyExits(events, start, end),
                (long) senders.size(), active, messages[0], messages[1], messages[2], topics(events, start, end),
                replies(events, start, end), lastMember, 1L, end + SETTLE);
    }

    /** Presence at the end of the day: each person's latest-dated fact before it. */
    private static Map<String, Boolean> presence(List<Event> events, long end) {
        Map<String, Boolean> present = new HashMap<>();
        for (Event e : events) {
            if (e.at() >= end) {
                break;
            }
            switch (e.type()) {
                case "chat_message" -> present.put(e.text("sender_id"), true);
                case "membership_change" -> present.put(e.text("member_id"), e.text("change").equals("join"));
                case "group_snapshot" -> {
                    Set<String> listed = new HashSet<>();
                    e.json().get("members").forEach(m -> listed.add(m.get("member_id").asText()));
                    present.replaceAll((person, in) -> listed.contains(person));
                    listed.forEach(person -> present.put(person, true));
                }
                default -> { }
            }
        }
        return present;
    }

    private static Map<String, String> roles(List<Event> events, long end) {
        Map<String, String> roles = new HashMap<>();
        for (Event e : events) {
            if (e.at() >= end) {
                break;
            }
            if (e.type().equals("chat_message")) {
                roles.put(e.text("sender_id"), e.text("sender_role"));
            } else if (e.type().equals("group_snapshot")) {
                e.json().get("members").forEach(m -> roles.put(m.get("member_id").asText(), m.get("role").asText()));
            }
        }
        return roles;
    }

    private static Set<String> spokeBetween(List<Event> events, long from, long until) {
        Set<String> spoke = new HashSet<>();
        for (Event e : events) {
            if (e.type().equals("chat_message") && e.at() >= from && e.at() < until) {
                spoke.add(e.text("sender_id"));
            }
        }
        return spoke;
    }

    /** Leaves within 24 h of the member's latest join before them (a join event, or a snapshot's joined_at). */
    private static long earlyExits(List<Event> events, long start, long end) {
        long early = 0;
        Map<String, Long> joined = new HashMap<>();
        for (Event e : events) {
            if (e.type().equals("membership_change")) {
                String member = e.text("member_id");
                if (e.text("change").equals("join")) {
                    joined.put(member, e.at());
                } else if (e.text("change").equals("leave") && e.at() >= start && e.at() < end) {
                    Long at = joined.get(member);
                    early += at != null && e.at() - at <= DAY ? 1 : 0;
                }
            } else if (e.type().equals("group_snapshot")) {
                e.json().get("members").forEach(m -> {
                    if (m.hasNonNull("joined_at")) {
                        joined.put(m.get("member_id").asText(), OffsetDateTime.parse(m.get("joined_at").asText())
                                .toInstant().toEpochMilli());
                    }
                });
            }
        }
        return early;
    }

    /** Member replies, on the reply's day, to another member's message sent at most 6 h before. */
    private static long replies(List<Event> events, long start, long end) {
        Map<String, Event> byId = memberMessages(events);
        long replies = 0;
        for (Event reply : byId.values()) {
            Event target = reply.text("reply_to") == null ? null : byId.get(reply.text("reply_to"));
            if (reply.at() >= start && reply.at() < end && answers(reply, target)) {
                replies++;
            }
        }
        return replies;
    }

    /** Members' own messages (not replies) answered by another member within 6 h, on the day of the first answer. */
    private static long topics(List<Event> events, long start, long end) {
        Map<String, Event> byId = memberMessages(events);
        Map<String, Long> firstAnswer = new HashMap<>();
        for (Event reply : byId.values()) {
            Event target = reply.text("reply_to") == null ? null : byId.get(reply.text("reply_to"));
            if (answers(reply, target) && target.text("reply_to") == null) {
                firstAnswer.merge(target.id(), reply.at(), Math::min);
            }
        }
        return firstAnswer.values().stream().filter(at -> at >= start && at < end).count();
    }

    private static boolean answers(Event reply, Event target) {
        return target != null && !target.text("sender_id").equals(reply.text("sender_id"))
                && reply.at() >= target.at() && reply.at() - target.at() <= REPLY_HORIZON;
    }

    private static Map<String, Event> memberMessages(List<Event> events) {
        Map<String, Event> byId = new HashMap<>();
        for (Event e : events) {
            if (e.type().equals("chat_message") && e.text("sender_role").equals("member")) {
                byId.put(e.id(), e);
            }
        }
        return byId;
    }

    private int day(long millis) {
        return (int) LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone).toEpochDay();
    }

    private long startOf(int day) {
        return LocalDate.ofEpochDay(day).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** At one instant the job takes a snapshot first, then membership changes, then messages. */
    private static int rank(Event event) {
        return switch (event.type()) {
            case "group_snapshot" -> 0;
            case "membership_change" -> 1;
            default -> 2;
        };
    }
}
