package dev.kgx.eval;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.kgx.KgxException.InputException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A gold annotation in the {@code kg-gold/1} format (README, Evaluating on your own articles): the documents by id
 * and file name, the entities with their names per document, the relations and the events.
 */
public record GoldStandard(Map<String, String> docs, List<Entity> entities, List<Relation> relations,
                           List<Event> events) {
    /** An entity; {@code required} false: finding it is neither rewarded nor punished. */
    public record Entity(String id, String type, List<String> altTypes, String name, Map<String, List<String>> mentions,
                         List<String> aliases, boolean required) {
    }

    public record Relation(String s, String p, String o, List<String> docs, boolean required) {
    }

    /** An event; {@code agents} may be empty, {@code date} null. */
    public record Event(String type, Set<String> agents, String object, String date, List<String> docs,
                        boolean required) {
    }

    public static GoldStandard read(Path file) {
        JsonObject root;
        try {
            root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            throw new InputException(file + ": not a JSON object (" + e.getMessage() + ")", e);
        }
        try {
            if (!"kg-gold/1".equals(string(root, "schema"))) {
                throw new IllegalArgumentException("\"schema\" must be \"kg-gold/1\"");
            }
            Map<String, String> docs = new TreeMap<>();
            root.getAsJsonObject("docs").entrySet().forEach(e -> docs.put(e.getKey(), e.getValue().getAsString()));
            List<Entity> entities = new ArrayList<>();
            for (JsonElement el : array(root, "entities")) {
                JsonObject e = el.getAsJsonObject();
                Map<String, List<String>> mentions = new LinkedHashMap<>();
                if (e.has("mentions")) {
                    e.getAsJsonObject("mentions").entrySet().forEach(m -> mentions.put(m.getKey(),
                            strings(m.getValue().getAsJsonArray())));
                }
                entities.add(new Entity(string(e, "id"), string(e, "type"), strings(array(e, "alt_types")),
                        string(e, "name"), mentions, strings(array(e, "aliases")), required(e)));
            }
            List<Relation> relations = new ArrayList<>();
            for (JsonElement el : array(root, "relations")) {
                JsonObject r = el.getAsJsonObject();
                relations.add(new Relation(string(r, "s"), string(r, "p"), string(r, "o"), strings(array(r, "docs")),
                        required(r)));
            }
            List<Event> events = new ArrayList<>();
            for (JsonElement el : array(root, "events")) {
                JsonObject e = el.getAsJsonObject();
                Set<String> agents = new LinkedHashSet<>();
                JsonElement a = e.get("agent");
                if (a != null && a.isJsonArray()) {
                    agents.addAll(strings(a.getAsJsonArray()));
                } else if (a != null && !a.isJsonNull() && !a.getAsString().isEmpty()) {
                    agents.add(a.getAsString());
                }
                String object = e.has("object") && !e.get("object").isJsonNull() ? e.get("object").getAsString() : null;
                String date = e.has("date") && !e.get("date").isJsonNull() ? e.get("date").getAsString() : null;
                events.add(new Event(string(e, "type"), agents, object, date, strings(array(e, "docs")), required(e)));
            }
            return new GoldStandard(docs, entities, relations, events);
        } catch (RuntimeException e) {
            throw new InputException(file + ": not a kg-gold/1 annotation: " + e.getMessage(), e);
        }
    }

    private static boolean required(JsonObject o) {
        return !o.has("required") || o.get("required").getAsBoolean();
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new IllegalArgumentException("\"" + key + "\" is missing in " + o);
        }
        return e.getAsString();
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.has(key) && o.get(key).isJsonArray() ? o.getAsJsonArray(key) : new JsonArray();
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.getAsString()));
        return out;
    }
}
